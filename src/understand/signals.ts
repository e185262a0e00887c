import { Language } from '../domain/language';
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
  /** Per word of the phrase, the keys (see formKeys) any of which a message must have for the word to match. */
  needs: string[][];
}

/**
 * The keys under which a word's forms are compared: the word itself, its Dutch stem, its English stem.
 * A phrase can only match a message that has, for each of its words, one of the word's keys: checking that
 * first skips almost every phrase without walking the message (most of a turn's understanding time was spent
 * walking phrases that could never match; see bench:turn).
 */
function formKeys(forms: readonly string[]): string[] {
  const keys: string[] = [];
  forms.forEach((f, i) => {
    if (f !== '\u0000') keys.push(`${i}:${f}`);
  });
  return keys;
}

/** The keys of the words of a message that are still free: built once per message and reused for every signal. */
export function messageKeys(tokens: readonly Token[], free: (i: number) => boolean): ReadonlySet<string> {
  const keys = new Set<string>();
  for (const t of tokens) if (free(t.i)) for (const k of formKeys(t.forms)) keys.add(k);
  return keys;
}

/**
 * Every phrase of many signals under the keys of its first word, so that a message picks out the few phrases
 * that can match it (of over a thousand) from its own words, instead of testing each phrase.
 */
export class PhraseIndex {
  private readonly byKey = new Map<string, Phrase[]>();

  add(signal: CompiledSignal): void {
    for (const p of signal.phrases) for (const k of p.needs[0] ?? []) (this.byKey.get(k) ?? this.byKey.set(k, []).get(k)!).push(p);
  }

  /** The phrases that may match a message with these keys: every word of the phrase has a key in it. */
  candidates(keys: ReadonlySet<string>): ReadonlySet<object> {
    const out = new Set<object>();
    for (const k of keys) for (const p of this.byKey.get(k) ?? []) if (!out.has(p) && p.needs.every((ks) => ks.some((x) => keys.has(x)))) out.add(p);
    return out;
  }
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
    phrases: spec.words.map((text) => {
      const parts = text.split('...').map((part) => words(normalize(part)).map(formsIn(spec.lang)));
      return { text, parts, needs: parts.flat().map(formKeys) };
    }),
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
export function matchSignal(
  s: CompiledSignal,
  tokens: readonly Token[],
  free: (i: number) => boolean,
  candidates?: ReadonlySet<object>,
): { phrase: string; at: number[] } | undefined {
  const keys = candidates ? undefined : messageKeys(tokens, free);
  for (const p of s.phrases) {
    if (candidates ? !candidates.has(p) : !p.needs.every((ks) => ks.some((k) => keys!.has(k)))) continue;
    const at = matchPhrase(p, tokens, free);
    if (at) return { phrase: p.text, at };
  }
  return undefined;
}
