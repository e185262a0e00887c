import { zonedInstant } from '../domain/zonedTime';
import { clockTime, dateOnly, dayAndMonth, longDate } from './dates';
import { Messages } from './messages';

const list = (items: string[]) => (items.length <= 1 ? items.join('') : `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`);

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
  shortDate: (o, { zone }) => dayAndMonth(o.start, zone, 'en'),
  noMeetings: 'No meetings in this period.',

  nextMeetingsTitle: 'Next meetings',
  periodTitle: (p) =>
    ({ 'this-week': 'Meetings this week', 'next-week': 'Meetings next week', 'this-month': 'Meetings this month', 'next-month': 'Meetings next month' })[p],
  thenLine: (dates) => `After that: ${list(dates)}`,
  noUpcoming: (name) => `No ${name} is planned any more.`,
  subscribe: 'Subscribe to calendar',
  deadlineTitle: 'Pitch deadlines',
  deadlineLine: (name, o, ctx) => `${name} of ${dayAndMonth(o.start, ctx.zone, 'en')}: ${enMessages.pitchDeadline(o.deadline!, ctx)}`,
  noDeadlines: (name) => `The ${name} does not take pitches.`,
  noGroupWithDeadlines: 'None of the meetings has a pitch deadline.',
  unknownGroup: (name, known) => `I don't know a meeting called "${name}". I know: ${list(known)}.`,

  helpTitle: 'What I can do for you',
  helpIntro: 'I keep track of the working groups\' meetings: when they are, when pitches are due, and what changes.',
  helpExamples: [
    { text: 'when is the next SG meeting?', what: 'the next meeting of one group' },
    { text: 'next meeting', what: 'the next meeting of every group (or of this channel\'s group)' },
    { text: 'meetings this month', what: 'everything planned this month' },
    { text: 'what is the pitch deadline?', what: 'when pitches are due' },
    { text: 'link this channel to the SG meeting', what: 'this channel belongs to one group' },
    { text: 'cancel the SG meeting of 18 December', what: 'for coordinators: cancel one meeting' },
    { text: 'move the SG meeting of 18 December to Thursday 17 December 15:00', what: 'for coordinators: move one meeting' },
    { text: 'in Dutch please', what: 'ik antwoord in het Nederlands' },
  ],
  welcome:
    'Hello! I am overlegbot. I know when the working groups meet and when pitches are due. Ask for example "when is the next SG meeting?" or type "help".',
  notUnderstood: 'I did not understand that. Try for example "next meeting" or "when is the next SG meeting?", or type "help" for everything I can do.',

  languageSet: 'Fine, from now on I will answer in English.',

  bound: (name) => `This channel is now linked to the ${name}. Questions here are about that meeting from now on.`,
  bindOnlyInChannelsOrChats: 'Linking works in a channel or group chat, not in a personal chat.',

  notCoordinator: (name, coordinators) =>
    `Only the coordinators of the ${name} can cancel or move meetings${coordinators.length ? ` (${list(coordinators)})` : ''}. Feel free to ask them.`,
  confirmCancelTitle: 'Cancel meeting?',
  confirmMoveTitle: 'Move meeting?',
  confirmCancelText: (name, o, ctx) => `Do you want to cancel the ${name} of ${enMessages.meetingWhen(o, ctx)}?`,
  confirmMoveText: (name, o, to, ctx) => `Do you want to move the ${name} of ${enMessages.meetingWhen(o, ctx)} to ${to}?`,
  confirmButton: 'Yes, go ahead',
  abortButton: 'No, change nothing',
  cancelled: (name, o, by, ctx) => `The ${name} of ${enMessages.meetingWhen(o, ctx)} was cancelled by ${by}.`,
  moved: (name, o, by, ctx) => `The ${name} was moved to ${enMessages.meetingWhen(o, ctx)} by ${by}.`,
  changeAborted: 'Fine, nothing was changed.',
  changeNoLongerPossible: 'This change is no longer possible: the meeting has changed or is over. Ask again if it is still needed.',
  noMeetingOn: (name, date) => `There is no ${name} on ${date}. Check the date, or ask "when is the next ${name}?".`,
  meetingIsOver: (name) => `That ${name} is already over; I cannot change it any more.`,
  alreadyCancelled: (name) => `That ${name} is already not taking place.`,
  invalidMove: 'That new time does not work: the meeting must end after it starts and lie in the future.',
  ambiguousDate: (options) => `Which date do you mean: ${list(options)}? Name the date, for example "18 December".`,
  noSuchDate: (text) => `"${text}" is not a date that exists. Which date do you mean?`,
  weekdayMismatch: (date, weekday) => `${date} is not a ${weekday}. Which date do you mean?`,
  notADate: (text) => `I do not understand "${text}" as a date. Name the date, for example "18 December" or "Friday next week".`,
  badTime: (text) => `"${text}" is not a valid time. Use for example 15:00 or 15:00-16:00.`,

  tenantNotAllowed: 'Sorry, this bot is not available for your organisation.',
  apology: 'Sorry, something went wrong on my side. Please try again in a moment.',

  cliUsage: [
    'Usage:',
    '  overlegbot occurrences --from YYYY-MM-DD --to YYYY-MM-DD [--group ID] [--config FILE] [--json]',
    '  overlegbot ics [--group ID] [--config FILE]',
    '  overlegbot check-config FILE',
  ].join('\n'),
  configOk: 'ok',
};
