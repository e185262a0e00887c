/** A calendar date without a time or zone, as `YYYY-MM-DD`. Ordering as strings is chronological. */
export type LocalDate = string;
/** A wall-clock time as `HH:MM` (24h). */
export type LocalTime = string;

const DATE_RE = /^(\d{4})-(\d{2})-(\d{2})$/;
const TIME_RE = /^([01]\d|2[0-3]):([0-5]\d)$/;
const DAY_MS = 86_400_000;

// Date-only arithmetic on whole UTC days: exact (no DST, no host zone) and cheap, which matters because
// every answer expands each series from its start. Zoned wall-clock instants are in zonedTime.ts.
function toDayNumber(y: number, m: number, d: number): number {
  return Date.UTC(y, m - 1, d) / DAY_MS;
}

function fromDayNumber(n: number): LocalDate {
  const t = new Date(n * DAY_MS);
  const y = t.getUTCFullYear();
  const m = t.getUTCMonth() + 1;
  const d = t.getUTCDate();
  return `${String(y).padStart(4, '0')}-${m < 10 ? '0' : ''}${m}-${d < 10 ? '0' : ''}${d}`;
}

// Hot path (every rule step): slicing is several times faster than the regex, which stays for validation.
function parts(d: LocalDate): [number, number, number] {
  if (d.length !== 10 || d.charCodeAt(4) !== 45 || d.charCodeAt(7) !== 45) throw new RangeError(`not a date: ${d}`);
  const y = Number(d.slice(0, 4));
  const m = Number(d.slice(5, 7));
  const day = Number(d.slice(8, 10));
  if (!Number.isInteger(y) || !Number.isInteger(m) || !Number.isInteger(day)) throw new RangeError(`not a date: ${d}`);
  return [y, m, day];
}

function dayNumber(d: LocalDate): number {
  const [y, m, day] = parts(d);
  return toDayNumber(y, m, day);
}

export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

export function isLocalDate(s: string): boolean {
  const m = DATE_RE.exec(s);
  if (!m) return false;
  const month = Number(m[2]);
  const day = Number(m[3]);
  return month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(Number(m[1]), month);
}

export function isLocalTime(s: string): boolean {
  return TIME_RE.test(s);
}

export function parseTime(t: LocalTime): { hours: number; minutes: number } {
  const m = TIME_RE.exec(t);
  if (!m) throw new RangeError(`not a time: ${t}`);
  return { hours: Number(m[1]), minutes: Number(m[2]) };
}

/** Normalises out-of-range parts like Date.UTC does (day 0 is the last day of the previous month). */
export function makeDate(year: number, month: number, day: number): LocalDate {
  return fromDayNumber(toDayNumber(year, month, day));
}

export function dateParts(d: LocalDate): { year: number; month: number; day: number } {
  const [year, month, day] = parts(d);
  return { year, month, day };
}

export function addDays(d: LocalDate, n: number): LocalDate {
  return fromDayNumber(dayNumber(d) + n);
}

/** First day of the month `n` months after the month of `d`. */
export function addMonthsToFirst(d: LocalDate, n: number): LocalDate {
  const [y, m] = parts(d);
  return makeDate(y, m + n, 1);
}

/** ISO weekday: 1 = Monday ... 7 = Sunday. */
export function isoWeekday(d: LocalDate): number {
  // Day 0 (1970-01-01) was a Thursday.
  return ((((dayNumber(d) + 3) % 7) + 7) % 7) + 1;
}

/** The Monday of the ISO week that contains `d`. */
export function mondayOf(d: LocalDate): LocalDate {
  return addDays(d, 1 - isoWeekday(d));
}

export function daysBetween(from: LocalDate, to: LocalDate): number {
  return dayNumber(to) - dayNumber(from);
}

export function minDate(a: LocalDate, b: LocalDate): LocalDate {
  return a < b ? a : b;
}
