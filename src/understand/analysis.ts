import { addDays, LocalDate } from '../domain/localDate';
import { DateFound, findDates, findPeriods, findRanges, PeriodFound, Span } from './findDates';
import { NameFound, NameIndex } from './names';
import { normalize } from './normalize';
import { TimeRange } from './parseDate';
import { Speller } from './speller';
import { formsOf, isNumeric, token, Token, words } from './tokens';

export type TimeFound = Span & { time: TimeRange; text: string };

/** A message taken apart: its words, and the dates, periods, times, groups and themes in it. */
export interface Analysis {
  normalised: string;
  tokens: Token[];
  dates: DateFound[];
  /** Dates after "na"/"after": the first meeting after that day is asked for. */
  afters: DateFound[];
  periods: PeriodFound[];
  times: TimeFound[];
  groups: NameFound[];
  themes: NameFound[];
  /** Positions taken by the things found (they are no signal words). */
  taken: Set<number>;
  /**
   * The message with each thing found replaced by a marker (GROUP, WGROUP for a weak group name, THEME,
   * DATE, PERIOD, TIME): strict command patterns read this, so they work for every way of naming a thing.
   */
  skeleton: string;
  /** The entity behind each marker of the skeleton, in order. */
  markers: { marker: string; span: Span }[];
  questionMark: boolean;
}

/** Words that end a compound and may be split off it: "kabinetsoverleg" → kabinet + overleg. */
const HEADS = [
  'overleggen',
  'overleg',
  'vergaderingen',
  'vergadering',
  'meetings',
  'meeting',
  'bijeenkomst',
  'beraad',
  'sessie',
  'deadlines',
  'deadline',
  'bundel',
  'status',
  'agenda',
  'herinneringen',
  'herinnering',
  'overzicht',
  'datum',
  'planning',
];

const AFTER_WORDS = new Set(['na', 'after', 'following', 'volgend', 'nadat']);
/** What may stand between "na"/"after" and its date: "na dat van", "na het overleg van", "after the one on". */
const AFTER_FILLER = new Set(['de', 'het', 'the', 'dat', 'die', 'van', 'of', 'that', 'one', 'on', 'op', 'overleg', 'meeting', 'vergadering']);
const PLURAL_HEADS: [string, string][] = [
  ['overleggen', 'overleg'],
  ['vergaderingen', 'vergadering'],
  ['meetings', 'meeting'],
  ['bijeenkomsten', 'bijeenkomst'],
];

function pad(n: number) {
  return String(n).padStart(2, '0');
}

function timeOf(h: number, m: number, ampm?: string): string | undefined {
  let hours = h;
  if (ampm === 'pm' && hours < 12) hours += 12;
  if (ampm === 'am' && hours === 12) hours = 0;
  if (hours > 23 || m > 59) return undefined;
  return `${pad(hours)}:${pad(m)}`;
}

/** One token as a clock time: "15:00", "15.30", "15u", "15h", "3pm", "15:00-16:00". */
function clock(w: string): TimeRange | undefined {
  const one = String.raw`(\d{1,2})(?:[:.](\d{2}))?(am|pm|u|h|uur)?`;
  const m = new RegExp(`^${one}(?:-${one})?$`).exec(w);
  if (!m) return undefined;
  const explicit = (sep: string | undefined, suffix: string | undefined) => sep !== undefined || suffix !== undefined;
  if (!explicit(m[2], m[3])) return undefined;
  const start = timeOf(Number(m[1]), Number(m[2] ?? 0), m[3]);
  if (!start) return undefined;
  if (m[4] === undefined) return { start };
  const end = timeOf(Number(m[4]), Number(m[5] ?? 0), m[6] ?? m[3]);
  return end ? { start, end } : undefined;
}

function findTimes(tokens: readonly Token[], taken: Set<number>, withDot: boolean): TimeFound[] {
  const out: TimeFound[] = [];
  for (let i = 0; i < tokens.length; i++) {
    if (taken.has(i)) continue;
    const w = tokens[i].word;
    if (!withDot && /^\d{1,2}\.\d{2}/.test(w)) continue;
    let t = clock(w);
    let end = i + 1;
    // "15 uur", "3 pm", "om 15"
    const next = tokens[i + 1]?.word;
    if (!t && /^\d{1,2}$/.test(w) && (next === 'uur' || next === 'pm' || next === 'am' || next === 'u')) {
      const s = timeOf(Number(w), 0, next === 'pm' || next === 'am' ? next : undefined);
      if (s) {
        t = { start: s };
        end = i + 2;
      }
    }
    const before = tokens[i - 1]?.word;
    if (!t && /^\d{1,2}$/.test(w) && (before === 'om' || before === 'at')) {
      const s = timeOf(Number(w), 0);
      if (s) t = { start: s };
    }
    if (!t) continue;
    // "van 15:00 tot 16:00", "15:00 - 16:00"
    const sep = tokens[end]?.word;
    const second = tokens[end + 1]
      ? (clock(tokens[end + 1].word) ?? (/^\d{1,2}$/.test(tokens[end + 1].word) ? { start: `${pad(Number(tokens[end + 1].word))}:00` } : undefined))
      : undefined;
    if (!t.end && (sep === 'tot' || sep === 'to' || sep === 'until' || sep === 'till') && second && !taken.has(end + 1)) {
      t = { start: t.start, end: second.start };
      end += 2;
    }
    out.push({
      start: i,
      end,
      time: t,
      text: tokens
        .slice(i, end)
        .map((x) => x.text)
        .join(' '),
    });
    for (let k = i; k < end; k++) taken.add(k);
    i = end - 1;
  }
  return out;
}

export interface AnalyserOptions {
  groups: NameIndex;
  themes: NameIndex;
  speller: Speller;
}

/** Takes messages apart; built once with the names and words the bot knows. */
export class Analyser {
  constructor(private readonly o: AnalyserOptions) {}

  /** The words of a message after spelling correction and with compounds split ("kabinetsoverleg"). */
  tokens(normalised: string): Token[] {
    const out: Token[] = [];
    for (const raw of words(normalised)) {
      const w = this.o.speller.correct(raw);
      const split = this.o.speller.knows(w) || isNumeric(w) ? undefined : this.split(w);
      if (split) for (const part of split) out.push(token(out.length, part, part));
      else out.push(token(out.length, raw, w));
    }
    return out;
  }

  private split(w: string): string[] | undefined {
    // "woensdagoverleggen": the plural of a known compound ("woensdagoverleg") stays one word.
    for (const [plural, singular] of PLURAL_HEADS) {
      if (w.endsWith(plural) && this.o.speller.knows(w.slice(0, -plural.length) + singular)) return [w.slice(0, -plural.length) + singular];
    }
    // "SGs", "DGs": the plural of an abbreviation that is a name.
    if (w.length >= 3 && w.length <= 5 && w.endsWith('s') && this.o.groups.vocabulary.has(w.slice(0, -1))) return [w.slice(0, -1)];
    for (const head of HEADS) {
      if (!w.endsWith(head) || w.length - head.length < 2) continue;
      let rest = w.slice(0, -head.length);
      if (!this.o.speller.knows(rest) && rest.endsWith('s') && this.o.speller.knows(rest.slice(0, -1))) rest = rest.slice(0, -1);
      rest = this.o.speller.correct(rest);
      if (this.o.speller.knows(rest)) return [rest, head];
    }
    return undefined;
  }

  analyse(text: string, today: LocalDate): Analysis {
    const normalised = normalize(text);
    const tokens = this.tokens(normalised);
    const taken = new Set<number>();
    const times = findTimes(tokens, taken, false);
    const ranges = findRanges(tokens, today, taken);
    const found = findDates(tokens, today, taken);
    // "na 18 december", "na de kerst", "na dat van 18 december", "after the one on 18 December".
    const afterWordBefore = (d: DateFound): number | undefined => {
      for (let k = d.start - 1, skipped = 0; k >= 0 && skipped <= 3 && !taken.has(k); k--, skipped++) {
        if (AFTER_WORDS.has(tokens[k].word)) return k;
        if (!AFTER_FILLER.has(tokens[k].word)) return undefined;
      }
      return undefined;
    };
    const afters = found.filter((d) => afterWordBefore(d) !== undefined);
    for (const d of afters) {
      const at = afterWordBefore(d)!;
      for (let k = at; k < d.start; k++) taken.add(k);
      d.start = at;
      // "na de kerst": after both Christmas days.
      if (d.result.ok && /(?:^| )(?:kerst|kerstmis|christmas|xmas)$/.test(d.text)) d.result = { ok: true, date: addDays(d.result.date, 1) };
    }
    const dates = found.filter((d) => !afters.includes(d));
    times.push(...findTimes(tokens, taken, true));
    const periods = [...ranges, ...findPeriods(tokens, today, taken)].sort((a, b) => a.start - b.start);
    const groups = this.o.groups.find(tokens, taken);
    const themes = this.o.themes.find(tokens, taken);
    const spans: { marker: string; span: Span }[] = [
      ...dates.map((d) => ({ marker: 'DATE', span: d })),
      ...afters.map((d) => ({ marker: 'AFTER', span: d })),
      ...periods.map((p) => ({ marker: 'PERIOD', span: p })),
      ...times.map((t) => ({ marker: 'TIME', span: t })),
      ...groups.map((g) => ({ marker: g.strength === 'strong' ? 'GROUP' : 'WGROUP', span: g })),
      ...themes.map((t) => ({ marker: 'THEME', span: t })),
    ].sort((a, b) => a.span.start - b.span.start);
    const parts: string[] = [];
    for (let i = 0, s = 0; i < tokens.length;) {
      const m = spans[s];
      if (m && m.span.start === i) {
        parts.push(m.marker);
        i = m.span.end;
        s++;
      } else parts.push(tokens[i++].word);
    }
    return {
      normalised,
      tokens,
      dates,
      afters,
      periods,
      times: times.sort((a, b) => a.start - b.start),
      groups,
      themes,
      taken,
      skeleton: parts.join(' '),
      markers: spans.map((m) => ({ marker: m.marker, span: { start: m.span.start, end: m.span.end } })),
      questionMark: /\?/.test(text),
    };
  }
}

/** Words of a vocabulary list, as the tokenizer makes them. */
export function vocabularyOf(phrases: Iterable<string>): Set<string> {
  const out = new Set<string>();
  for (const p of phrases) for (const w of words(normalize(p))) if (w !== '...' && !isNumeric(w)) out.add(w);
  return out;
}

export { formsOf };
