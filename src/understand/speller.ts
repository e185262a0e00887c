import { distance } from 'fastest-levenshtein';
import { STOPWORDS } from './stopwords';
import { formsOf, isNumeric } from './tokens';

/** Shortest word that may carry a typo: shorter words are too easily another real word ("kaart" for "maart"). */
const MIN_TYPO_LENGTH = 6;

/**
 * Shorthand people type in chat, too short for the typo rule: read as the word it stands for.
 * Only abbreviations that are no word of their own in Dutch or English.
 */
const SHORTHAND: Record<string, string> = {
  nxt: 'next',
  mtg: 'meeting',
  mtng: 'meeting',
  tmrw: 'tomorrow',
  tmr: 'tomorrow',
  wnr: 'wanneer',
  vlgd: 'volgende',
  vlg: 'volgende',
  vgl: 'volgende',
  ovl: 'overleg',
  agd: 'agenda',
  thx: 'thanks',
  tnx: 'thanks',
  bdankt: 'bedankt',
  // Coordinators' shorthand: "SG-ovl vrijd. 11/12", "wk 51", "a.s.", "z.s.m.".
  wk: 'week',
  vrijd: 'vrijdag',
  dond: 'donderdag',
  donderd: 'donderdag',
  dinsd: 'dinsdag',
  woensd: 'woensdag',
  zatd: 'zaterdag',
  vergad: 'vergadering',
  verg: 'vergadering',
  herinn: 'herinneringen',
  v: 'van',
};

/**
 * Everyday Dutch verbs that share a stem with a word of the bot's English vocabulary ("willen" → "will"): they
 * keep their form, so a Dutch sentence is not read as English.
 */
const KEEP = new Set(['willen', 'wilt', 'zouden', 'kunnen', 'kunt', 'moeten', 'mogen', 'hebben', 'worden', 'laten', 'gaan', 'komen', 'zijn']);

/** Two words one typo apart: one letter added, dropped or replaced, or two neighbours swapped. */
export function oneTypoApart(a: string, b: string): boolean {
  if (a === b || Math.abs(a.length - b.length) > 1) return false;
  const d = distance(a, b);
  if (d === 1) return true;
  if (d !== 2 || a.length !== b.length) return false;
  const diff: number[] = [];
  for (let i = 0; i < a.length && diff.length <= 2; i++) if (a[i] !== b[i]) diff.push(i);
  return diff.length === 2 && diff[1] === diff[0] + 1 && a[diff[0]] === b[diff[1]] && a[diff[1]] === b[diff[0]];
}

/**
 * Corrects one typo in longer words towards the words the bot knows (signal words, names, dates).
 * A word that is known, or whose stem is known, is left alone; a typo that could be two known words is left alone.
 */
export class Speller {
  private readonly known = new Set<string>();
  /** Dutch and English stems of the known words, each with the shortest known word of that stem. */
  private readonly knownStems = [new Map<string, string>(), new Map<string, string>()];
  private readonly byLength = new Map<number, string[]>();
  private readonly cache = new Map<string, string>();

  constructor(vocabulary: Iterable<string>) {
    for (const w of vocabulary) {
      if (isNumeric(w) || this.known.has(w)) continue;
      this.known.add(w);
      const f = formsOf(w);
      for (const [i, stem] of [f[1], f[2]].entries()) {
        const cur = this.knownStems[i].get(stem);
        if (!cur || w.length < cur.length) this.knownStems[i].set(stem, w);
      }
      if (w.length >= MIN_TYPO_LENGTH - 1) {
        const list = this.byLength.get(w.length) ?? [];
        list.push(w);
        this.byLength.set(w.length, list);
      }
    }
  }

  knows(word: string): boolean {
    const f = formsOf(word);
    return this.known.has(word) || this.knownStems[0].has(f[1]) || this.knownStems[1].has(f[2]);
  }

  /**
   * The known word a written word stands for: itself when known; a known word of the same stem ("herinnerigen"
   * → "herinneringen" by its Dutch stem); or the one known word a typo away. Else the word as written.
   */
  correct(word: string): string {
    if (this.known.has(word) || isNumeric(word)) return word;
    const short = SHORTHAND[word];
    if (short && !short.includes(' ')) return short;
    if (KEEP.has(word)) return word;
    // Short words and stop words keep their form: their stems collide ("maar" and the month abbreviation "mar").
    if (word.length < 5 || STOPWORDS.has(word)) return word;
    const f = formsOf(word);
    const same = this.knownStems[0].get(f[1]) ?? this.knownStems[1].get(f[2]);
    if (same) return same;
    if (word.length < MIN_TYPO_LENGTH) return word;
    const hit = this.cache.get(word);
    if (hit !== undefined) return hit;
    const found = new Set<string>();
    for (const len of [word.length - 1, word.length, word.length + 1]) {
      for (const w of this.byLength.get(len) ?? []) if (oneTypoApart(word, w)) found.add(w);
    }
    // Two candidates that are forms of one word ("vergadering", "vergaderingen") are one candidate.
    // Nor are two where one is the other with an ending ("verplaats", "verplaatst"), where the stemmer disagrees.
    const stems = new Set([...found].map((w) => formsOf(w)[1]));
    const byLength = [...found].sort((a, b) => a.length - b.length);
    const oneWord = stems.size === 1 || byLength.every((w) => w.startsWith(byLength[0]) && w.length - byLength[0].length <= 2);
    const result = found.size === 1 || (found.size > 1 && oneWord) ? byLength[0] : word;
    if (this.cache.size > 20_000) this.cache.clear();
    this.cache.set(word, result);
    return result;
  }
}
