import { LocalDate, LocalTime } from './localDate';
import { WorkCalendar } from './workCalendar';
import { zonedInstant } from './zonedTime';

/** "N working days before the meeting, at HH:MM". */
export interface DeadlineRule {
  workingDaysBefore: number;
  time: LocalTime;
}

/** The local date of the deadline: N working days before the meeting (0: the meeting day itself). */
export function deadlineDate(meetingDate: LocalDate, rule: DeadlineRule, cal: WorkCalendar): LocalDate {
  return cal.workingDaysBefore(meetingDate, rule.workingDaysBefore);
}

export function deadlineInstant(meetingDate: LocalDate, rule: DeadlineRule, cal: WorkCalendar, zone: string): Date {
  return zonedInstant(deadlineDate(meetingDate, rule, cal), rule.time, zone);
}
