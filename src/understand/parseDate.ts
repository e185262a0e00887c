import { addDays, isLocalDate, isoWeekday, LocalDate, LocalTime, mondayOf } from '../domain/localDate';
import { MONTH_RE, MONTHS, NAMED_DAYS, WEEKDAY_NAMES, WEEKDAY_RE } from './dateWords';

export type DateProblem =
  /** More than one date fits ("next Friday" on a Tuesday); `options` lists them. */
  | { problem: 'ambiguous'; options: LocalDate[] }
  /** No such date (31 November), or a weekday that does not match the date. */
  | { problem: 'no-such-date'; text: string }
  | { problem: 'weekday-mismatch'; date: LocalDate; weekday: number }
  | { problem: 'not-a-date'; text: string };

export type DateResult = { ok: true; date: LocalDate } | ({ ok: false } & DateProblem);

export interface TimeRange {
  start: LocalTime;
  end?: LocalTime;
}

export type DateTimeResult =
  { ok: true; date?: LocalDate; time?: TimeRange } | ({ ok: false } & DateProblem) | { ok: false; problem: 'bad-time'; text: string };

const pad = (n: number) => String(n).padStart(2, '0');

function timeOf(h: string, m: string | undefined, ampm: string | undefined): LocalTime | undefined {
  let hours = Number(h);
  const minutes = m === undefined ? 0 : Number(m);
  if (ampm === 'pm' && hours < 12) hours += 12;
  if (ampm === 'am' && hours === 12) hours = 0;
  if (hours > 23 || minutes > 59) return undefined;
  return `${pad(hours)}:${pad(minutes)}`;
}

const T = String.raw`(\d{1,2})(?:[:.](\d{2}))?\s*(am|pm|uur|u|h)?`;
const TIME_TAIL = new RegExp(String.raw`(?:^|\s+)(?:(?:om|at|van|from|vanaf)\s+)?${T}(?:\s*(?:-|tot|to|until|till)\s*${T})?$`);

/** Splits a trailing time or time range off `text`. A bare number is only a time after "om"/"at" or with a colon. */
export function splitTime(text: string): { rest: string; time?: TimeRange; bad?: string } {
  const m = TIME_TAIL.exec(text);
  if (!m) return { rest: text };
  const whole = m[0];
  const explicit = /[:.]/.test(whole) || /\b(?:om|at|van|from|vanaf)\s/.test(whole) || /(?:am|pm|uur|u|h)\b/.test(whole);
  if (!explicit) return { rest: text };
  const rest = text.slice(0, m.index).trim();
  const start = timeOf(m[1], m[2], m[3]);
  const end = m[4] !== undefined ? timeOf(m[4], m[5], m[6] ?? m[3]) : undefined;
  if (!start || (m[4] !== undefined && !end)) return { rest, bad: whole.trim() };
  return { rest, time: { start, ...(end ? { end } : {}) } };
}

/** How far back a date without a year may lie: "het overleg van 27 november", said on 1 December, was last week. */
const RECENT_PAST_DAYS = 31;

/**
 * The year of a day and month given without one: the coming one, unless the day was at most a month ago
 * (minutes name last week's meeting; "18 december" in early January is the one just past, not next year's).
 */
function yearFor(month: number, day: number, today: LocalDate): number {
  const year = Number(today.slice(0, 4));
  const on = (y: number) => `${y}-${pad(month)}-${pad(day)}`;
  const next = on(year) >= today ? year : year + 1;
  const last = next - 1;
  const recent = addDays(today, -RECENT_PAST_DAYS);
  return isLocalDate(on(last)) && on(last) >= recent && on(last) < today ? last : next;
}

function dateFrom(y: number, m: number, d: number, text: string): DateResult {
  const iso = `${String(y).padStart(4, '0')}-${pad(m)}-${pad(d)}`;
  if (!isLocalDate(iso)) return { ok: false, problem: 'no-such-date', text };
  return { ok: true, date: iso };
}

function upcomingWeekday(today: LocalDate, wd: number): LocalDate {
  const diff = (wd - isoWeekday(today) + 7) % 7 || 7;
  return addDays(today, diff);
}

function weekdayPhrase(text: string, today: LocalDate): DateResult | undefined {
  const m = new RegExp(
    String.raw`^(?:(aanstaande|komende|deze|this|coming|volgende week|next week|volgende|next) )?(${WEEKDAY_RE})(?: (volgende week|next week|over een week))?$`,
  ).exec(text);
  if (!m) return undefined;
  const wd = WEEKDAY_NAMES[m[2]];
  const mod = m[1] ?? m[3];
  if (mod === 'volgende week' || mod === 'next week' || mod === 'over een week') {
    return { ok: true, date: addDays(mondayOf(today), 7 + wd - 1) };
  }
  if (mod === 'deze' || mod === 'this') {
    const d = addDays(mondayOf(today), wd - 1);
    return { ok: true, date: d >= today ? d : upcomingWeekday(today, wd) };
  }
  const upcoming = upcomingWeekday(today, wd);
  if (mod === 'volgende' || mod === 'next') {
    // "next Friday" on a Tuesday means this Friday to some and the one after to others: ask.
    if (mondayOf(upcoming) === mondayOf(today)) return { ok: false, problem: 'ambiguous', options: [upcoming, addDays(upcoming, 7)] };
    return { ok: true, date: upcoming };
  }
  // A bare weekday on that same weekday: today, or in a week?
  if (isoWeekday(today) === wd && !mod) return { ok: false, problem: 'ambiguous', options: [today, addDays(today, 7)] };
  return { ok: true, date: upcoming };
}

/** Parses a date as people type it, relative to `today`. Never guesses: ambiguity is a result. */
export function parseDate(input: string, today: LocalDate): DateResult {
  const text = input
    .replace(/,/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^(?:(?:op|on|the|de)\s+)+/, '');
  if (/^(?:vandaag|today)$/.test(text)) return { ok: true, date: today };
  if (/^(?:morgen|tomorrow)$/.test(text)) return { ok: true, date: addDays(today, 1) };
  if (/^(?:overmorgen|the day after tomorrow|day after tomorrow)$/.test(text)) return { ok: true, date: addDays(today, 2) };

  // "Kerst", "Christmas Day", "nieuwjaarsdag": the coming one (or one at most a month ago, like any day without a year).
  const named = Object.hasOwn(NAMED_DAYS, text) ? NAMED_DAYS[text] : undefined;
  if (named) return dateFrom(yearFor(named[0], named[1], today), named[0], named[1], input);

  const wdPhrase = weekdayPhrase(text, today);
  if (wdPhrase) return wdPhrase;

  let m = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(text);
  if (m) return dateFrom(Number(m[1]), Number(m[2]), Number(m[3]), input);

  // Optional weekday in front, checked against the date.
  let weekday: number | undefined;
  const wdm = new RegExp(String.raw`^(${WEEKDAY_RE}) (.+)$`).exec(text);
  let rest = text;
  if (wdm) {
    weekday = WEEKDAY_NAMES[wdm[1]];
    rest = wdm[2];
  }

  let result: DateResult | undefined;
  m = /^(\d{1,2})[-/.](\d{1,2})(?:[-/.](\d{2}|\d{4}))?$/.exec(rest);
  if (m) {
    const d = Number(m[1]);
    const mo = Number(m[2]);
    const y = m[3] ? (m[3].length === 2 ? 2000 + Number(m[3]) : Number(m[3])) : yearFor(mo, d, today);
    result = dateFrom(y, mo, d, input);
  }
  m = result ? null : new RegExp(String.raw`^(\d{1,2})(?:st|nd|rd|th|e|ste|de)? (?:of )?(${MONTH_RE})(?: (\d{4}))?$`).exec(rest);
  if (m) {
    const d = Number(m[1]);
    const mo = MONTHS[m[2]];
    result = dateFrom(m[3] ? Number(m[3]) : yearFor(mo, d, today), mo, d, input);
  }
  m = result ? null : new RegExp(String.raw`^(${MONTH_RE}) (\d{1,2})(?:st|nd|rd|th)?(?: (\d{4}))?$`).exec(rest);
  if (m) {
    const mo = MONTHS[m[1]];
    const d = Number(m[2]);
    result = dateFrom(m[3] ? Number(m[3]) : yearFor(mo, d, today), mo, d, input);
  }
  // "de 18e", "the 18th", "vrijdag de 18e": a day of this month (of the next once it has passed). Only with an
  // ordinal ending, so a bare number stays a number.
  m = result ? null : /^(?:de |the )?(\d{1,2})(?:e|ste|de|st|nd|rd|th)$/.exec(rest);
  if (m) {
    const d = Number(m[1]);
    const t = today.split('-').map(Number);
    const [y, mo] = d >= t[2] ? [t[0], t[1]] : t[1] === 12 ? [t[0] + 1, 1] : [t[0], t[1] + 1];
    result = dateFrom(y, mo, d, input);
  }
  if (!result) return { ok: false, problem: 'not-a-date', text: input };
  if (result.ok && weekday !== undefined && isoWeekday(result.date) !== weekday) {
    return { ok: false, problem: 'weekday-mismatch', date: result.date, weekday };
  }
  return result;
}

/** A date with an optional time ("donderdag 17 december 15:00"), or a time alone ("15:00"). */
export function parseDateTime(input: string, today: LocalDate): DateTimeResult {
  const { rest, time, bad } = splitTime(input.trim());
  if (bad) return { ok: false, problem: 'bad-time', text: bad };
  if (rest === '') return time ? { ok: true, time } : { ok: false, problem: 'not-a-date', text: input };
  const date = parseDate(rest, today);
  if (!date.ok) return date;
  return { ok: true, date: date.date, ...(time ? { time } : {}) };
}
