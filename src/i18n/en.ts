import { zonedInstant } from '../domain/zonedTime';
import { clockTime, dateOnly, dayAndMonth, longDate } from './dates';
import { Messages } from './messages';

export const enMessages: Messages = {
  meetingWhen: (o, { zone }) => `${longDate(o.start, zone, 'en')}, ${o.startTime}-${o.endTime}`,
  pitchDeadline: (d, { zone }) => `pitches due ${dayAndMonth(d, zone, 'en')} ${clockTime(d, zone)}`,
  notTakingPlace: (o, name, ctx) => `${dateOnly(o.start, ctx.zone, 'en')}: no ${name} (${enMessages.reasonLabel(o)})`,
  movedFrom: (o, { zone }) => `moved from ${dayAndMonth(zonedInstant(o.originalDate, o.startTime, zone), zone, 'en')}`,
  reasonLabel: (o) => {
    const r = o.reason;
    if (!r) return '';
    if (r.label) return r.label.en;
    return r.kind === 'cancelled' ? 'cancelled' : r.kind === 'moved' ? 'moved' : r.kind;
  },
  noMeetings: 'No meetings in this period.',
  cliUsage: [
    'Usage:',
    '  overlegbot occurrences --from YYYY-MM-DD --to YYYY-MM-DD [--group ID] [--config FILE] [--json]',
    '  overlegbot ics [--group ID] [--config FILE]',
    '  overlegbot check-config FILE',
  ].join('\n'),
  configOk: 'ok',
};
