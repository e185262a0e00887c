import { DeadlineRule } from './deadline';
import { LocalDate, LocalTime } from './localDate';
import { RecurrenceRule } from './recurrence';

export type HolidayPolicy = 'skip' | 'previous' | 'next';

/** One occurrence changed by hand. Stored as data beside the rule; the rule itself is never rewritten. */
export type SeriesException =
  | { kind: 'cancelled'; originalDate: LocalDate; reason?: string; by?: string; at?: string }
  | {
      kind: 'moved';
      originalDate: LocalDate;
      to: { date: LocalDate; startTime: LocalTime; endTime: LocalTime };
      reason?: string;
      by?: string;
      at?: string;
    };

/** A recurring meeting: an RFC 5545-style rule in one IANA zone, plus its exceptions. */
export interface Series {
  id: string;
  name: string;
  zone: string;
  start: LocalDate;
  startTime: LocalTime;
  endTime: LocalTime;
  rule: RecurrenceRule;
  onHoliday: HolidayPolicy;
  deadline: DeadlineRule | null;
  exceptions: SeriesException[];
}
