import { zonedInstant } from '../domain/zonedTime';
import { clockTime, dateOnly, dayAndMonth, longDate } from './dates';
import { Messages } from './messages';

export const nlMessages: Messages = {
  meetingWhen: (o, { zone }) => `${longDate(o.start, zone, 'nl')}, ${o.startTime}-${o.endTime}`,
  pitchDeadline: (d, { zone }) => `pitches uiterlijk ${dayAndMonth(d, zone, 'nl')} ${clockTime(d, zone)}`,
  notTakingPlace: (o, name, ctx) => `${dateOnly(o.start, ctx.zone, 'nl')}: geen ${name} (${nlMessages.reasonLabel(o)})`,
  movedFrom: (o, { zone }) => `verplaatst van ${dayAndMonth(zonedInstant(o.originalDate, o.startTime, zone), zone, 'nl')}`,
  reasonLabel: (o) => {
    const r = o.reason;
    if (!r) return '';
    if (r.label) return r.label.nl;
    return r.kind === 'cancelled' ? 'geannuleerd' : r.kind === 'moved' ? 'verplaatst' : r.kind;
  },
  noMeetings: 'Geen overleggen in deze periode.',
  cliUsage: [
    'Gebruik:',
    '  overlegbot occurrences --from JJJJ-MM-DD --to JJJJ-MM-DD [--group ID] [--config BESTAND] [--json]',
    '  overlegbot ics [--group ID] [--config BESTAND]',
    '  overlegbot check-config BESTAND',
  ].join('\n'),
  configOk: 'ok',
};
