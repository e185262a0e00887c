import { addDays, LocalDate, LocalTime } from './localDate';
import { WorkCalendar } from './workCalendar';
import { zonedInstant } from './zonedTime';

/** "N working days before the meeting, at HH:MM". */
export interface DeadlineRule {
  workingDaysBefore: number;
  time: LocalTime;
}

/** The local date of the deadline: step back over non-working days until N working days are counted. */
export function deadlineDate(meetingDate: LocalDate, rule: DeadlineRule, cal: WorkCalendar): LocalDate {
  let d = meetingDate;
  let counted = 0;
  // 0 working days before means the meeting day itself.
  while (counted < rule.workingDaysBefore) {
    d = addDays(d, -1);
    if (cal.isWorkingDay(d)) counted++;
  }
  return d;
}

export function deadlineInstant(meetingDate: LocalDate, rule: DeadlineRule, cal: WorkCalendar, zone: string): Date {
  return zonedInstant(deadlineDate(meetingDate, rule, cal), rule.time, zone);
}
