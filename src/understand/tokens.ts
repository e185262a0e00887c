import { StemmerNl } from '@nlpjs/lang-nl';
import { StemmerEn } from '@nlpjs/lang-en-min';

/** One word of a message, with the forms it is compared by. */
export interface Token {
  /** Position in the message. */
  i: number;
  /** As written (normalised). */
  text: string;
  /** The word after spelling correction; equal to `text` when nothing was corrected. */
  word: string;
  /** `word` and its Dutch and English stems: two words match when their forms meet. */
  forms: readonly string[];
}

const nl = new StemmerNl();
const en = new StemmerEn();
const formCache = new Map<string, readonly string[]>();

/** Numbers, dates and times ("18-12", "15:00", "2026-12-18") are never stemmed or corrected. */
export const isNumeric = (w: string) => /\d/.test(w);

/**
 * A word's forms: [as written, Dutch stem, English stem]. "vergaderingen" → [vergaderingen, vergader, vergaderingen].
 * Forms are compared place by place (a Dutch stem with a Dutch stem), so a Dutch word never meets an English
 * word by accident of stemming ("wetenschappelijk" and "wetenschappers" share no stem).
 */
export function formsOf(word: string): readonly string[] {
  let f = formCache.get(word);
  if (!f) {
    const stem = !isNumeric(word) && word.length > 3;
    // "&" was written as "en"; English "and" is the same word for names ("municipalities and science").
    const w = word === 'and' ? 'en' : word;
    f = [w, stem ? nl.stemWord(w) : w, stem ? en.stemWord(w) : w];
    if (formCache.size > 50_000) formCache.clear();
    formCache.set(word, f);
  }
  return f;
}

export function formsMeet(a: readonly string[], b: readonly string[]): boolean {
  return a[0] === b[0] || a[1] === b[1] || a[2] === b[2];
}

/**
 * Splits normalised text into words: hyphens and slashes between letters separate words ("SG-overleg"),
 * "&" is "en", a possessive or plural "'s" goes ("SG's", "Friday's"), and dates and times stay whole.
 */
export function words(normalised: string): string[] {
  const s = normalised
    .replace(/&/g, ' en ')
    .replace(/([a-z])[-/]+(?=[a-z])/g, '$1 ')
    .replace(/([a-z])'s\b/g, '$1')
    .replace(/([a-z])'(?=[a-z])/g, '$1');
  return (
    s
      .split(/[\s,;!?()"[\]{}<>*=|]+/)
      .map((w) => w.replace(/^[-'.:]+/, '').replace(/(?<!\d)[.:']+$|(?<=\d)[.:]+$/, ''))
      // Emoji and other symbols carry no words ("geen herinneringen meer aub 🙉").
      .filter((w) => w !== '' && w !== '-' && /[\p{L}\p{N}]/u.test(w))
  );
}

export function token(i: number, text: string, word = text): Token {
  return { i, text, word, forms: formsOf(word) };
}
