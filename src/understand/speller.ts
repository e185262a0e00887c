import { distance } from 'fastest-levenshtein';
import { formsOf, isNumeric } from './tokens';

/** Shortest word that may carry a typo: shorter words are too easily another real word ("kaart" for "maart"). */
const MIN_TYPO_LENGTH = 6;

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
  private readonly knownStems = new Set<string>();
  private readonly byLength = new Map<number, string[]>();
  private readonly cache = new Map<string, string>();

  constructor(vocabulary: Iterable<string>) {
    for (const w of vocabulary) {
      if (isNumeric(w) || this.known.has(w)) continue;
      this.known.add(w);
      for (const f of formsOf(w)) this.knownStems.add(f);
      if (w.length >= MIN_TYPO_LENGTH - 1) {
        const list = this.byLength.get(w.length) ?? [];
        list.push(w);
        this.byLength.set(w.length, list);
      }
    }
  }

  knows(word: string): boolean {
    return this.known.has(word) || formsOf(word).some((f) => this.knownStems.has(f));
  }

  correct(word: string): string {
    if (word.length < MIN_TYPO_LENGTH || isNumeric(word) || this.knows(word)) return word;
    const hit = this.cache.get(word);
    if (hit !== undefined) return hit;
    const found = new Set<string>();
    for (const len of [word.length - 1, word.length, word.length + 1]) {
      for (const w of this.byLength.get(len) ?? []) if (oneTypoApart(word, w)) found.add(w);
    }
    const result = found.size === 1 ? [...found][0] : word;
    if (this.cache.size > 20_000) this.cache.clear();
    this.cache.set(word, result);
    return result;
  }
}
