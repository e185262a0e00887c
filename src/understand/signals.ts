import { Language } from '../i18n/language';
import { normalize } from './normalize';
import { formsMeet, formsOf, Token, words } from './tokens';

/**
 * Words that signal an intent, with how much they count. A phrase is matched on word forms (stems), in
 * order, with nothing between its words; "..." in a phrase allows up to four words between
 * ("wie ... nog" matches "wie moet er nog").
 */
export interface SignalSpec {
  words: readonly string[];
  weight: number;
  lang?: Language;
  /** A name for the kind of signal, for `needs` ("when", "meeting", "pitch"). */
  tag?: string;
}

interface Phrase {
  /** Parts separated by "...": each a run of words that must follow each other. */
  parts: (readonly string[])[][];
  text: string;
}

export interface CompiledSignal {
  spec: SignalSpec;
  phrases: Phrase[];
}

/** A signal in one language is compared by that language's stem only (the Dutch stem of "meet" is "met"). */
function formsIn(lang: Language | undefined) {
  return (w: string): readonly string[] => {
    const f = formsOf(w);
    if (lang === 'en') return [f[0], '\u0000', f[2]];
    if (lang === 'nl') return [f[0], f[1], '\u0000'];
    return f;
  };
}

export function compileSignal(spec: SignalSpec): CompiledSignal {
  return {
    spec,
    phrases: spec.words.map((text) => ({
      text,
      parts: text.split('...').map((part) => words(normalize(part)).map(formsIn(spec.lang))),
    })),
  };
}

const MAX_GAP = 4;

/** The positions a phrase covers in the free (not taken) words of a message, or undefined. */
function matchPhrase(p: Phrase, tokens: readonly Token[], free: (i: number) => boolean): number[] | undefined {
  const tryFrom = (partIndex: number, from: number, gapLimit: number): number[] | undefined => {
    if (partIndex === p.parts.length) return [];
    const part = p.parts[partIndex];
    // The gap counts free words only: a name or date in it ("vindt het SG-overleg van 11 december plaats") is one thing.
    let skipped = 0;
    for (let i = from; i <= tokens.length - part.length; i++) {
      if (i > from && free(i - 1)) skipped++;
      if (skipped > gapLimit) break;
      let ok = true;
      for (let k = 0; k < part.length && ok; k++) ok = free(i + k) && formsMeet(tokens[i + k].forms, part[k]);
      if (!ok) continue;
      const rest = tryFrom(partIndex + 1, i + part.length, MAX_GAP);
      if (rest) return [...Array.from({ length: part.length }, (_, k) => i + k), ...rest];
    }
    return undefined;
  };
  return tryFrom(0, 0, tokens.length);
}

/** Where the signal occurs: the first phrase that matches, with its positions. */
export function matchSignal(s: CompiledSignal, tokens: readonly Token[], free: (i: number) => boolean): { phrase: string; at: number[] } | undefined {
  for (const p of s.phrases) {
    const at = matchPhrase(p, tokens, free);
    if (at) return { phrase: p.text, at };
  }
  return undefined;
}
