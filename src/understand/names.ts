import { normalize } from './normalize';
import { Span } from './findDates';
import { STOPWORDS as STOP } from './stopwords';
import { formsMeet, formsOf, Token, words } from './tokens';

/** Something people name: a group or a theme. */
export interface Nameable {
  id: string;
  name: string;
  aliases: readonly string[];
  /** Free text; its telling words name the thing weakly ("burgemeester", "bewindslieden"). */
  description?: string;
  /** Phrases that describe it without being its name ("om de drie weken", "vrijdagoverleg"). */
  weakNames?: readonly string[];
}

/** A name found in a message: which thing, how surely (a name or alias is strong, a description word weak). */
export interface NameFound extends Span {
  ids: string[];
  strength: 'strong' | 'weak';
  text: string;
}

interface Term {
  id: string;
  words: string[];
  forms: (readonly string[])[];
  strength: 'strong' | 'weak';
}

/** Words that say "a meeting" but name none of them. */
export const MEETING_WORDS = new Set([
  'overleg',
  'overleggen',
  'vergadering',
  'vergaderingen',
  'meeting',
  'meetings',
  'bijeenkomst',
  'bijeenkomsten',
  'beraad',
  'sessie',
  'sessies',
  'session',
  'sessions',
  'consultation',
  'call',
  'calls',
]);

/** Words in descriptions that tell nothing about which group is meant. */
const UNTELLING = new Set([
  'voorzitter',
  'voorzitterschap',
  'onder',
  'keer',
  'per',
  'ongeveer',
  'weken',
  'maanden',
  'week',
  'maand',
  'twee',
  'drie',
  'zes',
  'trekkers',
  'trekker',
  'thema',
  'themas',
  'pitch',
  'pitches',
  'uiterlijk',
  'chair',
  'chaired',
  'every',
  'about',
  'olv',
  'leiding',
  // Parts of "working group" that say nothing alone ("how does this work?", "link this chat to a group").
  'working',
  'work',
  'group',
  'groups',
  'groep',
]);

/**
 * Finds groups or themes anywhere in a message by their names, aliases and description words. Words are
 * compared by their forms (stems), so plurals and inflections match; spelling was corrected before.
 * The longest name wins where two overlap; a word that names several things equally is reported with all of them.
 */
export class NameIndex {
  private readonly terms: Term[] = [];
  /** Every word a name is made of, for the speller. */
  readonly vocabulary = new Set<string>();

  /** Words that name no group on their own, even when a weak name meets them by stem. */
  private readonly untelling: ReadonlySet<string>;

  constructor(items: readonly Nameable[], options: { untelling?: Iterable<string> } = {}) {
    const strong = new Map<string, Term>();
    for (const item of items) {
      for (const raw of [item.id.replace(/[-_]/g, ' '), item.name, ...item.aliases]) {
        const ws = words(normalize(raw));
        if (ws.length === 0) continue;
        const key = `${item.id}|${ws.join(' ')}`;
        if (!strong.has(key)) strong.set(key, { id: item.id, words: ws, forms: ws.map(formsOf), strength: 'strong' });
        for (const w of ws) this.vocabulary.add(w);
      }
    }
    this.terms.push(...strong.values());
    // Weak names: the telling words of a description, and the words of a name of several words ("ambtelijke"
    // of "Ambtelijke werkgroep"). A word is telling when it is no stop word or meeting word, and no name of
    // its own of another item; a word that is weak for two items makes the bot ask which one is meant.
    const untelling = new Set([...UNTELLING, ...(options.untelling ?? [])]);
    this.untelling = untelling;
    const strongTerms = [...this.terms];
    for (const item of items) {
      const others = strongTerms.filter((t) => t.id !== item.id && t.words.length === 1);
      const own = strongTerms.filter((t) => t.id === item.id);
      const seen = new Set<string>();
      const nameParts = own.filter((t) => t.words.length > 1).flatMap((t) => t.words);
      for (const w of [...words(normalize(item.description ?? '')), ...nameParts]) {
        if (w.length < 2 || /\d/.test(w) || STOP.has(w) || MEETING_WORDS.has(w) || untelling.has(w) || seen.has(w)) continue;
        const f = formsOf(w);
        if (others.some((t) => formsMeet(t.forms[0], f))) continue;
        if (own.some((t) => t.words.length === 1 && formsMeet(t.forms[0], f))) continue;
        seen.add(w);
        this.terms.push({ id: item.id, words: [w], forms: [f], strength: 'weak' });
        this.vocabulary.add(w);
      }
    }
    for (const item of items) {
      for (const raw of item.weakNames ?? []) {
        const ws = words(normalize(raw));
        if (ws.length === 0) continue;
        this.terms.push({ id: item.id, words: ws, forms: ws.map(formsOf), strength: 'weak' });
        for (const w of ws) this.vocabulary.add(w);
      }
    }
    // Longest names first, so "overleg met het rijk" is found before "rijk".
    this.terms.sort((a, b) => b.words.length - a.words.length || (a.strength === b.strength ? 0 : a.strength === 'strong' ? -1 : 1));
  }

  /** Every name in the message, outside the positions already `taken`; marks what it finds as taken. */
  find(tokens: readonly Token[], taken: Set<number>): NameFound[] {
    const out: NameFound[] = [];
    for (let a = 0; a < this.terms.length;) {
      // One batch: the terms of one length and strength, so that equal names of two things are both seen.
      const n = this.terms[a].words.length;
      const strength = this.terms[a].strength;
      let b = a;
      while (b < this.terms.length && this.terms[b].words.length === n && this.terms[b].strength === strength) b++;
      const batch: NameFound[] = [];
      for (const term of this.terms.slice(a, b)) {
        // A name made only of meeting words and stop words ("overleg met het") names nothing.
        if (term.words.every((w) => STOP.has(w) || MEETING_WORDS.has(w))) continue;
        for (let i = 0; i + n <= tokens.length; i++) {
          let ok = true;
          for (let k = 0; k < n && ok; k++) ok = !taken.has(i + k) && formsMeet(tokens[i + k].forms, term.forms[k]);
          // "weekly" meets "week" by its stem, but "last week" names no group.
          if (ok && strength === 'weak' && n === 1 && this.untelling.has(tokens[i].word)) ok = false;
          if (!ok) continue;
          const same = batch.find((f) => f.start === i);
          if (same) {
            if (!same.ids.includes(term.id)) same.ids.push(term.id);
          } else {
            batch.push({
              start: i,
              end: i + n,
              ids: [term.id],
              strength,
              text: tokens
                .slice(i, i + n)
                .map((t) => t.text)
                .join(' '),
            });
          }
        }
      }
      for (const f of batch.sort((x, y) => x.start - y.start)) {
        if (out.some((o) => o.start < f.end && f.start < o.end)) continue;
        out.push(f);
        for (let k = f.start; k < f.end; k++) taken.add(k);
      }
      a = b;
    }
    return out.sort((x, y) => x.start - y.start);
  }
}
