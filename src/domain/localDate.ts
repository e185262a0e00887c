import { TZDate } from '@date-fns/tz';
import { addDays as dfAddDays, addMonths, differenceInCalendarDays, format, getDaysInMonth, getISODay } from 'date-fns';

/** A calendar date without a time or zone, as `YYYY-MM-DD`. Ordering as strings is chronological. */
export type LocalDate = string;
/** A wall-clock time as `HH:MM` (24h). */
export type LocalTime = string;

const DATE_RE = /^(\d{4})-(\d{2})-(\d{2})$/;
const TIME_RE = /^([01]\d|2[0-3]):([0-5]\d)$/;

// Calendar arithmetic runs on TZDate in UTC so that the host's TZ can never shift a date.
function toUtc(d: LocalDate): TZDate {
  const m = DATE_RE.exec(d);
  if (!m) throw new RangeError(`not a date: ${d}`);
  return new TZDate(Number(m[1]), Number(m[2]) - 1, Number(m[3]), 'UTC');
}

function fromUtc(d: Date): LocalDate {
  return format(d, 'yyyy-MM-dd');
}

export function isLocalDate(s: string): boolean {
  const m = DATE_RE.exec(s);
  if (!m) return false;
  const month = Number(m[2]);
  const day = Number(m[3]);
  if (month < 1 || month > 12 || day < 1) return false;
  return day <= getDaysInMonth(new TZDate(Number(m[1]), month - 1, 1, 'UTC'));
}

export function isLocalTime(s: string): boolean {
  return TIME_RE.test(s);
}

export function parseTime(t: LocalTime): { hours: number; minutes: number } {
  const m = TIME_RE.exec(t);
  if (!m) throw new RangeError(`not a time: ${t}`);
  return { hours: Number(m[1]), minutes: Number(m[2]) };
}

export function makeDate(year: number, month: number, day: number): LocalDate {
  return fromUtc(new TZDate(year, month - 1, day, 'UTC'));
}

export function dateParts(d: LocalDate): { year: number; month: number; day: number } {
  const u = toUtc(d);
  return { year: u.getFullYear(), month: u.getMonth() + 1, day: u.getDate() };
}

export function addDays(d: LocalDate, n: number): LocalDate {
  return fromUtc(dfAddDays(toUtc(d), n));
}

/** First day of the month `n` months after the month of `d`. */
export function addMonthsToFirst(d: LocalDate, n: number): LocalDate {
  const u = toUtc(d);
  return fromUtc(addMonths(new TZDate(u.getFullYear(), u.getMonth(), 1, 'UTC'), n));
}

export function daysInMonth(year: number, month: number): number {
  return getDaysInMonth(new TZDate(year, month - 1, 1, 'UTC'));
}

/** ISO weekday: 1 = Monday ... 7 = Sunday. */
export function isoWeekday(d: LocalDate): number {
  return getISODay(toUtc(d));
}

/** The Monday of the ISO week that contains `d`. */
export function mondayOf(d: LocalDate): LocalDate {
  return addDays(d, 1 - isoWeekday(d));
}

export function daysBetween(from: LocalDate, to: LocalDate): number {
  return differenceInCalendarDays(toUtc(to), toUtc(from));
}

export function compareDates(a: LocalDate, b: LocalDate): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

export function maxDate(a: LocalDate, b: LocalDate): LocalDate {
  return a > b ? a : b;
}

export function minDate(a: LocalDate, b: LocalDate): LocalDate {
  return a < b ? a : b;
}
