import { LocalDate } from '../domain/localDate';
import { MONTHS, NAMED_DAY_STARTS, WEEKDAY_NAMES } from './dateWords';
import { DateResult, parseDate, splitTime, TimeRange } from './parseDate';
import { comingDays, isoWeek, namedMonth, nextMonth, nextWeek, Period, range, thisMonth, thisWeek } from './period';
import { addDays, dateParts, makeDate, mondayOf } from '../domain/localDate';
import { Token } from './tokens';

/** A stretch of the message, `start` to `end` (exclusive) in token positions. */
export interface Span {
  start: number;
  end: number;
}

export type DateFound = Span & { result: DateResult; text: string };
export type PeriodFound = Span & { period: Period; text: string };
export type TimeFound = Span & { time: TimeRange; text: string };

const MAX_DATE_WORDS = 5;

/** The words dates and periods are made of, for the speller (so "maand" stays "maand"). */
export const DATE_VOCABULARY = [
  'vandaag',
  'morgen',
  'overmorgen',
  'today',
  'tomorrow',
  'week',
  'weken',
  'weeks',
  'maand',
  'maanden',
  'month',
  'months',
  'dag',
  'dagen',
  'day',
  'days',
  'jaar',
  'year',
  'deze',
  'dit',
  'this',
  'volgende',
  'komende',
  'aanstaande',
  'next',
  'coming',
  'upcoming',
  'huidige',
  'current',
  'afgelopen',
  'tussen',
  'between',
  'vanaf',
  'until',
  'till',
  'through',
  'tijdens',
  'during',
  'eind',
  'begin',
  'medio',
  'half',
  'midden',
  'early',
  'mid',
  'late',
  'kerst',
  'kerstmis',
  'kerstdag',
  'christmas',
  'nieuwjaarsdag',
  'oudjaarsdag',
  'koningsdag',
  'bevrijdingsdag',
];
const NUMBER_WORDS: Record<string, number> = { een: 1, one: 1, twee: 2, two: 2, drie: 3, three: 3, vier: 4, four: 4, vijf: 5, five: 5, zes: 6, six: 6 };
const THIS = new Set(['deze', 'dit', 'this', 'huidige', 'current']);
const NEXT = new Set(['volgende', 'komende', 'aanstaande', 'next', 'coming', 'upcoming']);
const WEEK = new Set(['week']);
const MONTH = new Set(['maand', 'month']);
/** Abbreviations that are also ordinary words ("zo", "do", "sun", "may", "jan"): a date only next to a day number. */
const SHORT = (w: string) => w.length <= 3 || w === 'tues' || w === 'thurs' || w === 'sept';
const FULL_MONTH = (w: string) => w in MONTHS && !SHORT(w) && w !== 'may';

function dateish(t: Token): boolean {
  const w = t.word;
  return (
    /^\d/.test(w) ||
    w in WEEKDAY_NAMES ||
    w in MONTHS ||
    THIS.has(w) ||
    NEXT.has(w) ||
    NAMED_DAY_STARTS.has(w) ||
    ['vandaag', 'today', 'morgen', 'tomorrow', 'overmorgen', 'the', 'op', 'on'].includes(w)
  );
}

/** Whether a candidate span is a date people would mean, not an ordinary word that parses as one ("zo", "may"). */
function plausible(ws: string[]): boolean {
  if (ws[0] === 'op' || ws[0] === 'on' || ws[0] === 'the') return ws.length > 1 && plausible(ws.slice(1));
  const hasNumber = ws.some((w) => /^\d/.test(w));
  return ws.every((w) => !(w in WEEKDAY_NAMES || w in MONTHS) || !SHORT(w) || hasNumber);
}

/**
 * Dates anywhere in a message: every stretch of up to five words that `parseDate` reads, longest first,
 * without overlaps. A date that does not exist or is ambiguous is found too (its result says why).
 */
export function findDates(tokens: readonly Token[], today: LocalDate, taken: Set<number>): DateFound[] {
  const out: DateFound[] = [];
  for (let i = 0; i < tokens.length; i++) {
    if (taken.has(i) || !dateish(tokens[i])) continue;
    for (let len = Math.min(MAX_DATE_WORDS, tokens.length - i); len >= 1; len--) {
      const ws = tokens.slice(i, i + len).map((t) => t.word);
      if (ws.some((_, k) => taken.has(i + k)) || !plausible(ws)) continue;
      // A leading "op"/"on" alone is no date.
      const text = ws.join(' ');
      const result = parseDate(text, today);
      if (!result.ok && result.problem === 'not-a-date') continue;
      // "15.00" is a time, not the 15th of month 0.
      if (!result.ok && result.problem === 'no-such-date' && /^\d{1,2}\.\d{2}$/.test(ws[ws.length - 1])) continue;
      // A trailing weekday-mismatch is a date problem only when the words really say a weekday and a date.
      out.push({ start: i, end: i + len, result, text });
      for (let k = i; k < i + len; k++) taken.add(k);
      i += len - 1;
      break;
    }
  }
  return out;
}

/** Words for a part of a month ("begin januari", "medio maart", "end of May"). */
const PART_OF_MONTH: Record<string, 'begin' | 'mid' | 'end'> = {
  begin: 'begin',
  start: 'begin',
  early: 'begin',
  medio: 'mid',
  half: 'mid',
  midden: 'mid',
  mid: 'mid',
  eind: 'end',
  einde: 'end',
  end: 'end',
  late: 'end',
};

const numberOf = (w: string | undefined) => (w === undefined ? undefined : /^\d{1,2}$/.test(w) ? Number(w) : NUMBER_WORDS[w]);

/** Periods: this/next week or month, a month by name, "de komende twee weken", "week 51". */
export function findPeriods(tokens: readonly Token[], today: LocalDate, taken: Set<number>): PeriodFound[] {
  const out: PeriodFound[] = [];
  const w = (i: number) => (taken.has(i) ? undefined : tokens[i]?.word);
  const push = (start: number, end: number, period: Period | undefined) => {
    if (!period) return;
    out.push({
      start,
      end,
      period,
      text: tokens
        .slice(start, end)
        .map((t) => t.word)
        .join(' '),
    });
    for (let k = start; k < end; k++) taken.add(k);
  };
  for (let i = 0; i < tokens.length; i++) {
    const a = w(i);
    if (a === undefined) continue;
    const b = w(i + 1);
    const c = w(i + 2);
    // "de komende twee weken", "the next 3 weeks", "komende 10 dagen"
    if ((NEXT.has(a) || a === 'afgelopen') && numberOf(b) !== undefined && c !== undefined && /^(?:weken|weeks|dagen|days|maanden|months)$/.test(c)) {
      if (a === 'afgelopen') continue;
      const n = numberOf(b)!;
      const days = /^(?:weken|weeks)$/.test(c) ? n * 7 : /^(?:dagen|days)$/.test(c) ? n : n * 30;
      push(i, i + 3, comingDays(days, today));
      continue;
    }
    if (NEXT.has(a) && b !== undefined && /^(?:weken|weeks)$/.test(b)) {
      push(i, i + 2, comingDays(14, today));
      continue;
    }
    // "de rest van de week", "the rest of the week": what is left of this week.
    if (
      a === 'rest' &&
      (b === 'van' || b === 'of') &&
      (c === 'de' || c === 'the' || c === 'deze' || c === 'this') &&
      (w(i + 3) === 'week' || w(i + 3) === 'maand' || w(i + 3) === 'month')
    ) {
      push(i, i + 4, w(i + 3) === 'week' ? thisWeek(today) : thisMonth(today));
      continue;
    }
    if ((THIS.has(a) || NEXT.has(a)) && b !== undefined && (WEEK.has(b) || MONTH.has(b))) {
      const next = NEXT.has(a);
      push(i, i + 2, WEEK.has(b) ? (next ? nextWeek(today) : thisWeek(today)) : next ? nextMonth(today) : thisMonth(today));
      continue;
    }
    // "week 51", "week 51 2026"
    if (a === 'week' && b !== undefined && /^\d{1,2}$/.test(b)) {
      const year = c !== undefined && /^20\d\d$/.test(c) ? Number(c) : undefined;
      push(i, year ? i + 3 : i + 2, isoWeek(Number(b), today, year));
      continue;
    }
    // "in maart", "maart 2027", "in mrt", "in may"
    const inFront = a === 'in' || a === 'tijdens' || a === 'during' || a === 'eind' || a === 'begin';
    const m = inFront ? b : a;
    if (m !== undefined && m in MONTHS && (FULL_MONTH(m) || inFront)) {
      const start = inFront && (a === 'in' || a === 'tijdens' || a === 'during') ? i : inFront ? i + 1 : i;
      const at = inFront ? i + 2 : i + 1;
      const y = w(at);
      const year = y !== undefined && /^20\d\d$/.test(y) ? Number(y) : undefined;
      push(start, year ? at + 1 : at, namedMonth(MONTHS[m], today, year));
      if (inFront) i++;
    }
  }
  return out;
}

/** A time or time range ("om 15:00", "14:00-15:00", "3 pm"), for a meeting's new time. */
export function findTime(text: string): TimeRange | undefined {
  return splitTime(text).time;
}

const RANGE_START = new Set(['van', 'from', 'tussen', 'between', 'vanaf']);
const RANGE_JOIN = [['t', 'm'], ['tm'], ['tot', 'en', 'met'], ['tot'], ['to'], ['until'], ['till'], ['through'], ['thru'], ['en'], ['and']];

/**
 * Ranges of days: "van 7 t/m 18 december", "tussen 7 en 18 december", "from 7 to 18 December",
 * "7-18 december". The first day may be a bare number that takes its month from the second.
 */
export function findRanges(tokens: readonly Token[], today: LocalDate, taken: Set<number>): PeriodFound[] {
  const out: PeriodFound[] = [];
  const w = tokens.map((t) => t.word);
  const dateAt = (i: number, maxLen: number): { end: number; date: LocalDate } | undefined => {
    for (let len = Math.min(maxLen, tokens.length - i); len >= 1; len--) {
      const r = parseDate(w.slice(i, i + len).join(' '), today);
      if (r.ok) return { end: i + len, date: r.date };
    }
    return undefined;
  };
  const free = (from: number, to: number) => [...Array(to - from).keys()].every((k) => !taken.has(from + k));
  const take = (start: number, end: number, period: Period) => {
    out.push({ start, end, period, text: w.slice(start, end).join(' ') });
    for (let k = start; k < end; k++) taken.add(k);
  };
  for (let i = 0; i < tokens.length; i++) {
    // "de week van 14 december", "the week of 14 December": Monday to Sunday around that day.
    if (w[i] === 'week' && (w[i + 1] === 'van' || w[i + 1] === 'of')) {
      const d = dateAt(i + 2, 4);
      if (d && free(i, d.end)) {
        const monday = mondayOf(d.date);
        take(i, d.end, range(monday, addDays(monday, 6), today));
        i = d.end - 1;
        continue;
      }
    }
    // "begin januari", "half maart", "eind december", "early January", "the end of May": a third of the month.
    const part = PART_OF_MONTH[w[i]];
    if (part) {
      let at = i + 1;
      if (w[at] === 'van' || w[at] === 'of') at++;
      if (w[at] === 'de' || w[at] === 'the') at++;
      if (w[at] === 'van' || w[at] === 'of') at++;
      // "eind deze maand", "begin volgende maand", "end of this month".
      if ((THIS.has(w[at]) || NEXT.has(w[at])) && MONTH.has(w[at + 1]) && free(i, at + 2)) {
        const whole = THIS.has(w[at]) ? thisMonth(today) : nextMonth(today);
        const { year, month, day: last } = dateParts(whole.to);
        const [fromDay, toDay] = part === 'begin' ? [1, 10] : part === 'mid' ? [11, 20] : [21, last];
        const to = makeDate(year, month, toDay);
        if (to >= today) {
          take(i, at + 2, range(makeDate(year, month, fromDay), to, today));
          i = at + 1;
          continue;
        }
      }
      const m = w[at];
      if (m !== undefined && m in MONTHS && (FULL_MONTH(m) || m.length === 3) && free(i, at + 1)) {
        const y = /^20\d\d$/.test(w[at + 1] ?? '') ? Number(w[at + 1]) : undefined;
        const whole = namedMonth(MONTHS[m], today, y);
        const { year, month } = dateParts(whole.to);
        const [fromDay, toDay] = part === 'begin' ? [1, 10] : part === 'mid' ? [11, 20] : [21, dateParts(whole.to).day];
        const from = makeDate(year, month, fromDay);
        const to = makeDate(year, month, toDay);
        if (to >= today) {
          take(i, y ? at + 2 : at + 1, range(from, to, today));
          i = at;
          continue;
        }
      }
    }
  }
  for (let i = 0; i < tokens.length; i++) {
    if (!RANGE_START.has(w[i])) continue;
    const startAt = i + 1;
    const bare = /^\d{1,2}$/.test(w[startAt] ?? '') ? Number(w[startAt]) : undefined;
    const first = dateAt(startAt, 4);
    const afterFirst = first?.end ?? (bare !== undefined ? startAt + 1 : undefined);
    if (afterFirst === undefined) continue;
    const join = RANGE_JOIN.find((j) => j.every((x, k) => w[afterFirst + k] === x));
    if (!join) continue;
    if ((join[0] === 'en' || join[0] === 'and') && w[i] !== 'tussen' && w[i] !== 'between') continue;
    const second = dateAt(afterFirst + join.length, 4);
    if (!second) continue;
    let from = first?.date;
    if (!first && bare !== undefined) {
      const p = dateParts(second.date);
      if (bare > p.day) continue;
      from = makeDate(p.year, p.month, bare);
    }
    if (!from || from > second.date) continue;
    const end = second.end;
    if ([...Array(end - i).keys()].some((k) => taken.has(i + k))) continue;
    out.push({ start: i, end, period: range(from, second.date, today), text: w.slice(i, end).join(' ') });
    for (let k = i; k < end; k++) taken.add(k);
    i = end - 1;
  }
  return out;
}
