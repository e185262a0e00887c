/**
 * The shape of a phrasing corpus: what a person writes and what the bot should take it to mean.
 * Every corpus file (ours, and the ones written by other writers) uses these types, so one runner
 * checks them all against the real understanding layer.
 *
 * The reference moment is Tuesday 1 December 2026, 09:00 Europe/Amsterdam, in a personal chat that is
 * not bound to a group, with the default schedule (config/schedule.yaml).
 */

/** Group ids of the default schedule. */
export type GroupId = 'sg' | 'werkgroep' | 'gemeenten-wetenschap' | 'rijk' | 'doorbraak';

/** Theme ids of the default schedule. */
export type ThemeId =
  'schulden' | 'arbeidsmarkt' | 'wonen' | 'multiprobleem' | 'kwetsbare-jeugd' | 'jongerenparticipatie' | 'kansengelijkheid' | 'gebiedsgericht';

/** A feature whose help can be asked for ("hoe dien ik een pitch in?" → pitches). */
export type HelpTopic =
  | 'meetings'
  | 'deadlines'
  | 'pitches'
  | 'status'
  | 'agenda'
  | 'bundle'
  | 'reminders'
  | 'bind'
  | 'change-meeting'
  | 'language'
  | 'attendance'
  | 'attendance-overview';

/** An ISO calendar date, "2026-12-18". */
export type Day = string;

/**
 * What a message means. Slots that the message does not give are left out (not `undefined`).
 * A period is inclusive: `from` and `to` are the first and last day.
 */
export type Expect =
  /** When is the next meeting (of a group, or of every group); `after`: the next one after that meeting date ("en de keer daarna?"). */
  | { intent: 'next'; group?: GroupId; after?: Day }
  /** Which meetings there are in a period ("volgende week", "in maart", "de komende twee weken"). */
  | { intent: 'period'; from: Day; to: Day; group?: GroupId }
  /** What there is on one day, also as a yes/no question ("gaat het SG-overleg van 1 januari door?"). */
  | { intent: 'on-date'; date: Day; group?: GroupId }
  /** What time a meeting starts or ends ("hoe laat begint het SG-overleg?"); `date` when a day is named. */
  | { intent: 'time'; group?: GroupId; date?: Day }
  /** When pitches are due; `date` is the date of the meeting the pitches are for, when named. */
  | { intent: 'deadline'; group?: GroupId; date?: Day }
  /** What the bot can do; `topic` when the question is about one feature. */
  | { intent: 'help'; topic?: HelpTopic }
  | { intent: 'set-language'; language: 'nl' | 'en' }
  /** Coordinators: link this channel or chat to a group. */
  | { intent: 'bind'; group: GroupId }
  /** Coordinators: cancel one meeting (asks for confirmation first). */
  | { intent: 'cancel'; group: GroupId; date: Day }
  /** Coordinators: move one meeting; `toDate`, `toStart` ("15:00"), `toEnd` as given. */
  | { intent: 'move'; group: GroupId; date: Day; toDate?: Day; toStart?: string; toEnd?: string }
  /** Theme leads: submit or edit a pitch, for a theme when named. */
  | { intent: 'pitch'; theme?: ThemeId }
  /** Which pitches are in and which are missing for a meeting. */
  | { intent: 'status'; group?: GroupId; date?: Day }
  /** What is on a meeting's agenda (standing items and themes). */
  | { intent: 'agenda'; group?: GroupId; date?: Day }
  /** Coordinators: put themes on or take them off a meeting's agenda. */
  | { intent: 'agenda-change'; op: 'add' | 'remove'; themes: ThemeId[]; group?: GroupId; date?: Day }
  /** Coordinators: all pitches of a meeting together. */
  | { intent: 'bundle'; group?: GroupId; date?: Day }
  /** One's own personal reminders off (`muted: true`) or on again. */
  | { intent: 'mute-reminders'; muted: boolean }
  /** Coordinators: personal reminders for the leads of these themes on or off. */
  | { intent: 'theme-reminders'; on: boolean; themes: ThemeId[] }
  /** Coordinators: the weekly digest on or off. */
  | { intent: 'digest'; on: boolean }
  /** Coordinators: what the bot will post in a period. */
  | { intent: 'plan-preview'; from: Day; to: Day }
  /** A member's attendance answer, with the deputy and reason as typed. */
  | { intent: 'attend'; answer: 'present' | 'apologies'; group?: GroupId; date?: Day; deputy?: string; reason?: string }
  /** Who comes to a meeting (coordinators). */
  | { intent: 'attendance'; group?: GroupId; date?: Day }
  /** Coordinators: record an action item (`due` its due date, `meeting` the date of the meeting it came from, when named). */
  | { intent: 'action-item'; group?: GroupId; due?: Day; meeting?: Day }
  /** An owner or coordinator marks action item `number` done. */
  | { intent: 'action-done'; number: number; group?: GroupId }
  /** An owner asks for a new due date (a coordinator's counts at once). */
  | { intent: 'action-new-date'; number: number; group?: GroupId; due?: Day }
  /** Coordinators confirm the new date asked for an action item. */
  | { intent: 'action-confirm-date'; number: number; group?: GroupId }
  /** An owner's own action items. */
  | { intent: 'my-actions' }
  /** Coordinators: a group's action items (open, overdue, done). */
  | { intent: 'open-actions'; group?: GroupId; date?: Day }
  /** A date that does not exist or does not match its weekday: the bot asks, for the command `of`. */
  | { intent: 'bad-date'; of: string }
  /** The group named could be several: the bot asks which, with these as options. */
  | { intent: 'ask-group'; options: GroupId[] }
  /** The date could be several days ("volgende vrijdag" on a Tuesday): the bot asks. */
  | { intent: 'ask-date' }
  /** Thanks or a greeting: a friendly answer that keeps what the conversation was about. */
  | { intent: 'thanks' }
  /** Not understood: the bot answers "Bedoel je …?" with suggestions, and changes nothing. */
  | { intent: 'unknown' };

/** One message and its meaning; `note` says what the row is about (for the writer, not checked). */
export interface Row {
  text: string;
  expect: Expect;
  note?: string;
}

/**
 * A conversation: each turn is understood with what the previous answers were about. After an answer
 * about a meeting, the bot remembers the group and that meeting's date (for `next`: the next meeting that
 * takes place; for `on-date`/`time`/`deadline` with a date: that meeting) for 30 minutes.
 * `minutesLater` on a turn: that much time passed before it was sent.
 */
export interface Dialogue {
  note?: string;
  turns: { text: string; expect: Expect; minutesLater?: number }[];
}
