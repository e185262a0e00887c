import { LocalDate } from '../domain/localDate';
import { PitchAnswers } from '../domain/pitches';
import { Language } from '../i18n/language';
import { DateProblem, TimeRange } from '../understand/parseDate';

export type Period = 'this-week' | 'next-week' | 'this-month' | 'next-month';

/** A group as the user named it: resolved to an id, or not known. */
export type GroupRef = { id: string } | { unknown: string };

/** What a message asks for. Parsed once, from anchored patterns; handlers never look at the text again. */
export type Command =
  | { kind: 'help' }
  | { kind: 'next'; group?: GroupRef }
  | { kind: 'period'; period: Period; group?: GroupRef }
  | { kind: 'deadline'; group?: GroupRef }
  | { kind: 'set-language'; language: Language }
  | { kind: 'bind'; group: GroupRef }
  | { kind: 'cancel'; group: GroupRef; date: LocalDate }
  | { kind: 'move'; group: GroupRef; date: LocalDate; to: { date?: LocalDate; time?: TimeRange } }
  | { kind: 'pitch'; theme?: GroupRef }
  | { kind: 'pasted-pitch'; answers: PitchAnswers }
  | { kind: 'status'; group?: GroupRef; date?: LocalDate }
  | { kind: 'agenda'; group?: GroupRef; date?: LocalDate }
  | { kind: 'agenda-change'; op: 'add' | 'remove'; themes: GroupRef[]; group?: GroupRef; date?: LocalDate }
  | { kind: 'bundle'; group?: GroupRef; date?: LocalDate }
  | { kind: 'mute-reminders'; muted: boolean }
  | { kind: 'theme-reminders'; on: boolean; themes: GroupRef[] }
  | { kind: 'digest'; on: boolean }
  | { kind: 'plan-preview'; period: Period }
  | { kind: 'bad-date'; intent: 'cancel' | 'move' | 'agenda'; problem: DateProblem | { problem: 'bad-time'; text: string } }
  | { kind: 'unknown' };

export interface Parsed {
  command: Command;
  /** The language the message was written in, when its words say so. */
  language?: Language;
}
