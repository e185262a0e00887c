import { TZDate } from '@date-fns/tz';
import { format } from 'date-fns';
import { dateParts, LocalDate, LocalTime, parseTime } from './localDate';

/** The instant at which the wall clock in `zone` shows `date` `time`. */
export function zonedInstant(date: LocalDate, time: LocalTime, zone: string): TZDate {
  const { year, month, day } = dateParts(date);
  const { hours, minutes } = parseTime(time);
  return new TZDate(year, month - 1, day, hours, minutes, zone);
}

/** The wall-clock date in `zone` at `instant`. */
export function localDateAt(instant: Date, zone: string): LocalDate {
  return format(new TZDate(instant.getTime(), zone), 'yyyy-MM-dd');
}

/** The wall-clock time in `zone` at `instant`. */
export function localTimeAt(instant: Date, zone: string): LocalTime {
  return format(new TZDate(instant.getTime(), zone), 'HH:mm');
}

/** ISO-8601 with the zone's offset and no milliseconds, e.g. `2026-12-04T16:00:00+01:00`. */
export function isoWithOffset(instant: Date, zone: string): string {
  return format(new TZDate(instant.getTime(), zone), "yyyy-MM-dd'T'HH:mm:ssxxx");
}
