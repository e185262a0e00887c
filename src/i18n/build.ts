import { Language } from '../domain/language';
import { Occurrence } from '../domain/occurrences';
import { zonedInstant } from '../domain/zonedTime';
import { clockTime, dateOnly, dayAndMonth, dayAndTime, longDate } from './dates';
import { Messages } from './messages';

// The logic both languages share, once, in the manner of date-fns' locale builders (buildLocalizeFn,
// buildFormatLongFn): a language file gives words and templates that only interpolate; the builders here
// join lists, pick by count or by case, format dates and compose messages out of other messages.

/** "a, b en c" / "a, b and c": `and` is the language's word. */
export function list(items: readonly string[], and: string): string {
  return items.length <= 1 ? items.join('') : `${items.slice(0, -1).join(', ')} ${and} ${items.at(-1)}`;
}

/** Words for a count: `one` for exactly one, `other` for every other number (date-fns' formatDistance tokens). */
export interface ByCount<T> {
  one: T;
  other: T;
}

export function byCount<T>(n: number, words: ByCount<T>): T {
  return n === 1 ? words.one : words.other;
}

/** A phrase for something Teams may or may not have named. */
export interface Known {
  named(name: string): string;
  unknown: string;
}

export function known(words: Known): (name: string | undefined) => string {
  return (name) => (name ? words.named(name) : words.unknown);
}

/** A date label at the start of a sentence. */
export const capitalise = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

/** `part` when the value is there, nothing otherwise: optional parts of a sentence. */
export function ifGiven<T>(value: T | undefined | null | false | '', part: (v: T) => string): string {
  return value ? part(value) : '';
}

/** The messages whose logic is shared; every other message passes through from the language's words unchanged. */
type Built =
  | 'meetingWhen'
  | 'pitchDeadline'
  | 'notTakingPlace'
  | 'movedFrom'
  | 'reasonLabel'
  | 'shortDate'
  | 'thenLine'
  | 'feedName'
  | 'deadlineLine'
  | 'unknownGroup'
  | 'notCoordinator'
  | 'confirmCancelText'
  | 'confirmMoveText'
  | 'cancelled'
  | 'moved'
  | 'ambiguousDate'
  | 'pitchUnknownTheme'
  | 'pitchSubmitted'
  | 'pitchUnderstoodMissing'
  | 'pitchLateRefused'
  | 'statusLine'
  | 'statusSummary'
  | 'agendaChanged'
  | 'agendaUnknownThemes'
  | 'onlyCoordinatorsAgenda'
  | 'onlyCoordinatorsBundle'
  | 'bundleSubmittedBy'
  | 'bundleLeadPresence'
  | 'reminderPersonalText'
  | 'reminderActionText'
  | 'overdueActionsHeading'
  | 'overdueActionLine'
  | 'meetingStartsIn'
  | 'attendanceApologiesLine'
  | 'changeNoticeCancelled'
  | 'changeNoticeMoved'
  | 'themeRemindersSet'
  | 'digestSet'
  | 'conversationPlace';

type OnOff = { on(items: string): string; off(items: string): string };

/**
 * One language's words for the built messages. A template's string parameters arrive composed: a list already
 * joined, an optional part already rendered or empty (`contacts`, `by`), a date already formatted.
 */
export type MessageWords = Omit<Messages, Built> & {
  pitchDeadline(when: string): string;
  notTakingPlace(date: string, group: string, reason: string): string;
  movedFrom(day: string): string;
  thenLine(dates: string): string;
  feedName: Known;
  deadlineLine(group: string, day: string, deadline: string): string;
  unknownGroup(name: string, known: string): string;
  notCoordinator(group: string, action: string, contacts: string): string;
  confirmCancelText(group: string, when: string): string;
  confirmMoveText(group: string, when: string, to: string): string;
  cancelled(group: string, when: string, by: string): string;
  moved(group: string, when: string, by: string): string;
  ambiguousDate(options: string): string;
  pitchUnknownTheme(name: string, known: string): string;
  pitchSubmitted: Record<'onTime' | 'late', (time: string, deadline: string) => string>;
  pitchUnderstoodMissing(questions: string): string;
  pitchLateRefused(contacts: string): string;
  statusSummary(delivered: number, total: number, missing: string): string;
  agendaChanged(group: string, day: string, themes: string): string;
  agendaUnknownThemes: ByCount<(names: string, known: string) => string>;
  onlyCoordinatorsAgenda(group: string, contacts: string): string;
  onlyCoordinatorsBundle(group: string, contacts: string): string;
  bundleSubmittedBy(by: string, at: string): string;
  bundleLeadPresence: { present: string; noAnswer: string; deputy(deputy: string): string; nobody: string };
  reminderPersonalText(themes: string, deadline: string): string;
  reminderActionText(text: string, due: string): string;
  overdueActionsHeading: ByCount<(n: number) => string>;
  meetingStartsIn(time: string, duration: string): string;
  attendanceApologiesLine(people: string): string;
  changeNoticeCancelled(group: string, day: string, by: string, answered: string): string;
  changeNoticeMoved(group: string, day: string, to: string, by: string, stands: string): string;
  themeRemindersSet: OnOff;
  digestSet: OnOff;
  conversationPlace: {
    channel: Known & { inTeam(team: string): string; ofTeam(team: string): string };
    generalChannel: Known;
    personal: Known;
    groupChat: Known;
  };
  /** Pieces of sentences the builders put into the templates above; no message of their own. */
  parts: Parts;
};

export interface Parts {
  /** The last joiner of a list ("en" / "and"). */
  and: string;
  /** The joiner of alternatives ("of" / "or"). */
  or: string;
  /** Reasons without a name of their own (a holiday's name comes from the calendar). */
  reasons: { cancelled: string; moved: string };
  /** The coordinators' addresses after a refusal: " (a en b)". */
  contacts(items: string): string;
  coordinatorActions: Record<'change' | 'bind', string>;
  pitchStatus: { missing: string; draft: string; submitted(by: string, at: string): string; late(by: string, at: string): string };
  statusMissing(themes: string): string;
  agendaNoThemes: string;
  bundleLateMark: string;
  actionDueToday: string;
  actionDueOn(due: string): string;
  /** "uiterlijk dinsdag 26 mei": the due date in an action item's line. */
  actionDue(due: string): string;
  minutes: ByCount<(n: number) => string>;
  hours: ByCount<(n: number) => string>;
  deputy(name: string): string;
  cancelledBy(by: string): string;
  hadAnswered: Record<'present' | 'apologies', string>;
  movedBy(by: string): string;
  answerStands: Record<'present' | 'apologies', string>;
}

/** "#2 BZK: BZK levert input aan (uiterlijk dinsdag 26 mei)": an action item's line, in every language and list. */
export function actionItemLine(id: number, owner: string, text: string, detail: string, group?: string): string {
  return `${ifGiven(group, (g) => `${g} `)}#${id} ${owner}: ${text} (${detail})`;
}

export function buildMessages(lang: Language, w: MessageWords): Messages {
  const { parts: p, ...plain } = w;
  const and = (items: readonly string[]) => list(items, p.and);
  const contacts = (items: readonly string[]) => ifGiven(items.length, () => p.contacts(and(items)));
  const dayOf = (d: Date, zone: string) => dayAndMonth(d, zone, lang);
  // The clock times of the instants: a meeting whose start falls in a DST gap has moved forward.
  const meetingWhen = (o: Occurrence, zone: string) => `${longDate(o.start, zone, lang)}, ${clockTime(o.start, zone)}-${clockTime(o.end, zone)}`;
  const pitchDeadline = (d: Date, zone: string) => w.pitchDeadline(dayAndTime(d, zone, lang));
  const reasonLabel = (o: Occurrence) => {
    const r = o.reason;
    if (!r) return '';
    if (r.label) return r.label[lang];
    return r.kind === 'cancelled' || r.kind === 'moved' ? p.reasons[r.kind] : r.kind;
  };
  const place = w.conversationPlace;
  return {
    ...plain,
    meetingWhen: (o, { zone }) => meetingWhen(o, zone),
    pitchDeadline: (d, { zone }) => pitchDeadline(d, zone),
    notTakingPlace: (o, group, { zone }) => w.notTakingPlace(dateOnly(o.start, zone, lang), group, reasonLabel(o)),
    movedFrom: (o, { zone }) => w.movedFrom(dayOf(zonedInstant(o.originalDate, o.startTime, zone), zone)),
    reasonLabel,
    shortDate: (o, { zone }) => dayOf(o.start, zone),
    thenLine: (dates) => w.thenLine(and(dates)),
    feedName: (names) => (names.length === 1 ? w.feedName.named(names[0]) : w.feedName.unknown),
    deadlineLine: (group, o, { zone }) => w.deadlineLine(group, dayOf(o.start, zone), pitchDeadline(o.deadline!, zone)),
    unknownGroup: (name, names) => w.unknownGroup(name, and(names)),
    notCoordinator: (group, c, what) => w.notCoordinator(group, p.coordinatorActions[what], contacts(c)),
    confirmCancelText: (group, o, { zone }) => w.confirmCancelText(group, meetingWhen(o, zone)),
    confirmMoveText: (group, o, to, { zone }) => w.confirmMoveText(group, meetingWhen(o, zone), to),
    cancelled: (group, o, by, { zone }) => w.cancelled(group, meetingWhen(o, zone), by),
    moved: (group, o, by, { zone }) => w.moved(group, meetingWhen(o, zone), by),
    ambiguousDate: (options) => w.ambiguousDate(and(options)),
    pitchUnknownTheme: (name, names) => w.pitchUnknownTheme(name, and(names)),
    pitchSubmitted: (time, deadline, late) => w.pitchSubmitted[late ? 'late' : 'onTime'](time, deadline),
    pitchUnderstoodMissing: (qs) => w.pitchUnderstoodMissing(and(qs)),
    pitchLateRefused: (c) => w.pitchLateRefused(contacts(c)),
    statusLine: (theme, status, detail) =>
      `${theme}: ${status === 'submitted' || status === 'late' ? p.pitchStatus[status](detail!.by, detail!.at) : p.pitchStatus[status]}`,
    statusSummary: (delivered, total, missing) =>
      w.statusSummary(
        delivered,
        total,
        ifGiven(missing.length, () => p.statusMissing(and(missing))),
      ),
    agendaChanged: (group, day, themes) => w.agendaChanged(group, day, themes.length ? and(themes) : p.agendaNoThemes),
    agendaUnknownThemes: (names, themes) => byCount(names.length, w.agendaUnknownThemes)(and(names.map((n) => `"${n}"`)), and(themes)),
    onlyCoordinatorsAgenda: (group, c) => w.onlyCoordinatorsAgenda(group, contacts(c)),
    onlyCoordinatorsBundle: (group, c) => w.onlyCoordinatorsBundle(group, contacts(c)),
    bundleSubmittedBy: (by, at, late) => `${w.bundleSubmittedBy(by, at)}${late ? p.bundleLateMark : ''}`,
    bundleLeadPresence: (presence) => {
      const words = w.bundleLeadPresence;
      if (presence.kind === 'present') return words.present;
      if (presence.kind === 'no-answer') return words.noAnswer;
      return presence.deputy ? words.deputy(presence.deputy) : words.nobody;
    },
    reminderPersonalText: (themes, deadline) => w.reminderPersonalText(and(themes), deadline),
    reminderActionText: (text, due, today) => w.reminderActionText(text, today ? p.actionDueToday : p.actionDueOn(due)),
    overdueActionsHeading: (n) => byCount(n, w.overdueActionsHeading)(n),
    overdueActionLine: (id, owner, text, due, group) => actionItemLine(id, owner, text, p.actionDue(due), group),
    meetingStartsIn: (time, minutes) => {
      const h = Math.floor(minutes / 60);
      const m = minutes % 60;
      const mins = byCount(m, p.minutes)(m);
      const hours = byCount(h, p.hours)(h);
      return w.meetingStartsIn(time, h === 0 ? mins : m === 0 ? hours : `${hours} ${p.and} ${mins}`);
    },
    attendanceApologiesLine: (people) =>
      w.attendanceApologiesLine(and(people.map((person) => `${person.name} (${person.organisation}${ifGiven(person.deputy, (d) => `, ${p.deputy(d)}`)})`))),
    changeNoticeCancelled: (group, day, by, answer) => w.changeNoticeCancelled(group, day, ifGiven(by, p.cancelledBy), p.hadAnswered[answer]),
    changeNoticeMoved: (group, day, to, by, answer) => w.changeNoticeMoved(group, day, to, ifGiven(by, p.movedBy), p.answerStands[answer]),
    themeRemindersSet: (on, themes) => w.themeRemindersSet[on ? 'on' : 'off'](and(themes)),
    digestSet: (on, groups) => w.digestSet[on ? 'on' : 'off'](and(groups)),
    conversationPlace: {
      channel: (channel, team) =>
        channel ? `${place.channel.named(channel)}${ifGiven(team, place.channel.inTeam)}` : team ? place.channel.ofTeam(team) : place.channel.unknown,
      generalChannel: known(place.generalChannel),
      personal: known(place.personal),
      groupChat: known(place.groupChat),
    },
  };
}
