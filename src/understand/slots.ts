import { LocalDate } from '../domain/localDate';
import { PitchAnswers } from '../domain/pitches';
import { Language } from '../domain/language';
import { DateProblem, TimeRange } from './parseDate';
import { Period } from './period';

/** A group or theme as the user named it: known (by id), or not known (the words they used). */
export type Ref = { id: string } | { unknown: string };

/** What a message gives a command to work with. Each command reads the slots it declares. */
export interface Slots {
  group?: Ref;
  date?: LocalDate;
  period?: Period;
  /** "en de keer daarna?": the first meeting after this date. */
  after?: LocalDate;
  themes?: Ref[];
  /** Where a meeting moves to. */
  to?: { date?: LocalDate; time?: TimeRange };
  language?: Language;
  /** A switch: reminders on or off, a digest on or off. */
  on?: boolean;
  op?: 'add' | 'remove';
  /** The feature a help question is about. */
  topic?: string;
  /** The message is a greeting ("hoi", "goedemorgen"), answered with one. */
  greeting?: boolean;
  answers?: PitchAnswers;
  /** An attendance answer: present or apologies, with the deputy named (or just mentioned) and a reason given. */
  attendance?: { answer: 'present' | 'apologies'; deputy?: string; withDeputy?: boolean; reason?: string };
  /** A coordinator answering for someone else ("Daan kan vrijdag niet", "meld Fatima af"): the name as typed. */
  attendee?: string;
  /** An action item: its text as typed (recording), the meeting named for it, or its number (marking one done). */
  actionItem?: { text?: string; meeting?: LocalDate; number?: number; dueNextMeetingOf?: string };
}

export type SlotKind = keyof Slots;

/** What an answer was about, remembered for follow-ups ("hoe laat begint die?"). */
export interface Subject {
  intent: string;
  groupId?: string;
  /** The date of the meeting the answer was about. */
  date?: LocalDate;
  /** The period the answer covered ("overleggen in maart"), for "en voor de gemeenten?". */
  period?: Period;
  /** The group was not asked about but is the first of an answer about every group: only "die" refers to it. */
  implicit?: boolean;
}

/** Why the bot asks back instead of answering. */
export type Clarification =
  /** Two or more groups fit equally ("de burgemeesters"): the options, and where the name stood. */
  | { kind: 'group'; options: string[]; span: { start: number; end: number } }
  /** A date with several readings ("volgende vrijdag" on a Tuesday). */
  | { kind: 'date'; options: LocalDate[]; span: { start: number; end: number } }
  /** A date that does not exist or does not match its weekday. */
  | { kind: 'bad-date'; problem: DateProblem | { problem: 'bad-time'; text: string } }
  /** "hoe laat begint die?" with nothing remembered that "die" could be. */
  | { kind: 'no-antecedent' };

/**
 * The meaning of one message: a command with its slots, or a question back, or not understood
 * (with the commands that came closest). `why` says, in words a test can show, how it was decided.
 */
export interface Understood {
  intent: string;
  slots: Slots;
  language?: Language;
  why: string[];
  /** Slots were taken from what the previous answer was about. */
  followUp?: boolean;
  clarify?: Clarification;
  /** When not understood: the intents that came closest, best first. */
  closest?: string[];
  /** The message's words (normalised), to rewrite it in a button ("… met de gemeenten" → "… met Overleg gemeenten en wetenschap"). */
  words: string[];
}
