import { addDays, daysBetween, addMonthsToFirst, dateParts, daysInMonth, isoWeekday, LocalDate, makeDate, mondayOf } from './localDate';

/** RFC 5545 weekday codes. */
export const WEEKDAYS = ['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU'] as const;
export type Weekday = (typeof WEEKDAYS)[number];

/** A BYDAY entry: a weekday, with an ordinal (1..5, or -1..-5 from the end) in monthly rules. */
export interface ByDay {
  day: Weekday;
  ordinal?: number;
}

/**
 * The subset of an RFC 5545 RRULE the working groups need. WKST is always MO.
 * `until` is an inclusive local date; `count` counts rule instances from the start (before exclusions),
 * as RFC 5545 does, so the ICS export and this expansion agree.
 */
export interface RecurrenceRule {
  freq: 'once' | 'weekly' | 'monthly';
  interval: number;
  byDay?: ByDay[];
  byMonthDay?: number[];
  until?: LocalDate;
  count?: number;
}

export function weekdayIndex(day: Weekday): number {
  return WEEKDAYS.indexOf(day) + 1; // ISO weekday
}

export function weekdayOf(date: LocalDate): Weekday {
  return WEEKDAYS[isoWeekday(date) - 1];
}

/** Parses `FR`, `4MO`, `-1FR` (RFC 5545 BYDAY notation). */
export function parseByDay(s: string): ByDay | undefined {
  const m = /^([+-]?[1-5])?(MO|TU|WE|TH|FR|SA|SU)$/.exec(s.trim().toUpperCase());
  if (!m) return undefined;
  return m[1] ? { day: m[2] as Weekday, ordinal: Number(m[1]) } : { day: m[2] as Weekday };
}

export function formatByDay(b: ByDay): string {
  return `${b.ordinal ?? ''}${b.day}`;
}

/** The dates in one month that a monthly rule selects, ascending. */
function monthlyCandidates(rule: RecurrenceRule, year: number, month: number, startDay: number): LocalDate[] {
  const last = daysInMonth(year, month);
  const days = new Set<number>();
  if (rule.byDay?.length) {
    for (const b of rule.byDay) {
      const first = makeDate(year, month, 1);
      const offset = (weekdayIndex(b.day) - isoWeekday(first) + 7) % 7;
      const all: number[] = [];
      for (let d = 1 + offset; d <= last; d += 7) all.push(d);
      if (b.ordinal === undefined) all.forEach((d) => days.add(d));
      else {
        const pick = b.ordinal > 0 ? all[b.ordinal - 1] : all[all.length + b.ordinal];
        if (pick !== undefined) days.add(pick);
      }
    }
  } else {
    const wanted = rule.byMonthDay?.length ? rule.byMonthDay : [startDay];
    for (const md of wanted) {
      const d = md > 0 ? md : last + 1 + md;
      // RFC 5545: a day that does not exist in the month (31 February) is ignored, not moved.
      if (d >= 1 && d <= last) days.add(d);
    }
  }
  return [...days].sort((a, b) => a - b).map((d) => makeDate(year, month, d));
}

/** Candidate dates of one period (a week or a month), ascending. */
function periodCandidates(rule: RecurrenceRule, start: LocalDate, period: number): LocalDate[] {
  if (rule.freq === 'weekly') {
    const monday = addDays(mondayOf(start), 7 * rule.interval * period);
    const days = rule.byDay?.length ? rule.byDay.map((b) => weekdayIndex(b.day)) : [isoWeekday(start)];
    return [...new Set(days)].sort((a, b) => a - b).map((wd) => addDays(monday, wd - 1));
  }
  const first = addMonthsToFirst(start, rule.interval * period);
  const { year, month } = dateParts(first);
  return monthlyCandidates(rule, year, month, dateParts(start).day);
}

/** The first period that can hold a date on or after `from` (0 when the rule has a COUNT, counted from the start). */
function firstPeriod(rule: RecurrenceRule, start: LocalDate, from: LocalDate | undefined): number {
  if (!from || from <= start || rule.count !== undefined) return 0;
  if (rule.freq === 'weekly') return Math.max(0, Math.floor(daysBetween(mondayOf(start), from) / (7 * rule.interval)) - 1);
  const a = dateParts(start);
  const b = dateParts(from);
  return Math.max(0, Math.floor(((b.year - a.year) * 12 + (b.month - a.month)) / rule.interval) - 1);
}

/**
 * The rule's instance dates in [from, through] (from defaults to the start), ascending. Without COUNT the
 * periods before `from` are skipped arithmetically, so the cost follows the window, not the series' age.
 */
export function expandRule(rule: RecurrenceRule, start: LocalDate, through: LocalDate, from?: LocalDate): LocalDate[] {
  if (rule.freq === 'once') return start <= through && (!from || start >= from) ? [start] : [];
  const out: LocalDate[] = [];
  const end = rule.until && rule.until < through ? rule.until : through;
  let seen = 0;
  for (let period = firstPeriod(rule, start, from); ; period++) {
    const candidates = periodCandidates(rule, start, period);
    if (candidates.length === 0) {
      // A month without a matching day (e.g. a 5th Monday): keep going, but never past the end.
      if (addMonthsToFirst(start, rule.interval * period) > end) return out;
      continue;
    }
    for (const d of candidates) {
      if (d < start) continue;
      if (d > end) return out;
      seen++;
      if (rule.count !== undefined && seen > rule.count) return out;
      if (!from || d >= from) out.push(d);
    }
  }
}

/** Whether `date` is an instance of the rule started at `start`. */
export function isInstance(rule: RecurrenceRule, start: LocalDate, date: LocalDate): boolean {
  return expandRule(rule, start, date, date).includes(date);
}

/** Whether the start date is itself selected by the rule (RFC 5545 requires DTSTART to be synchronised). */
export function startMatchesRule(rule: RecurrenceRule, start: LocalDate): boolean {
  if (rule.freq === 'once') return true;
  return periodCandidates(rule, start, 0).includes(start);
}
