import { Analysis } from './analysis';
import { STOPWORDS } from './stopwords';

/**
 * Helpers for commands that change something. They read the skeleton (the message with GROUP, DATE, …
 * markers) after politeness is taken off, and accept only messages made of their explicit words, the things
 * they need, and glue words. Anything else left over makes them step back, so a loose match never changes state.
 */

/** Ways of asking politely that carry no meaning for the command ("kun je", "please", "even"). */
const POLITE = [
  /\b(?:kun|kan|kunt|wil|wilt|zou|zoudt|zal|mag) (?:je|jij|u) (?:misschien |even |alsjeblieft |aub |svp |graag |ook )*/g,
  /\b(?:ik wil|ik wil graag|ik zou graag|ik zou|wij willen|we willen|graag|please|pls|kindly|can you|could you|would you|will you|i want to|i would like to|i'd like to|i d like to|we want to|we need to|let's|lets|i need to|please can you)\b/g,
  /\b(?:alsjeblieft|alstublieft|aub|a\.u\.b|svp|even|ff|nu|maar|helaas|dan|wel|eens|gewoon|just|now|thanks|bedankt|dank je|dankjewel|hoi|hallo|hi|hello|hey|beste bot|overlegbot)\b/g,
  // Formal and hurried: "gelieve … te annuleren", "z.s.m.", "asap".
  /\b(?:gelieve|zsm|asap|spoedig|a\.s\.a\.p|urgent|dringend)\b/g,
  /\b(?:(?:ik )?(?:wil |wou )?(?:je |u )?(?:even |ff )?laten weten dat|just to let you know(?: that)?|i wanted to let you know(?: that)?|fyi)\b/g,
];

/**
 * A reason given after the command ("want de voorzitter is ziek") is not part of it. The Dutch "want" is not
 * the English verb: "I don't want any more reminders".
 */
const REASON =
  /\s(?:(?<!\b(?:i|we|you|they|dont|do|not|really|would|just|also|longer|no|still|anymore)\s)want|omdat|ivm|i\.v\.m\.?|wegens|vanwege|because|since|due to|as)\s.*$/;

/** The skeleton without politeness, reasons, punctuation words and articles. */
export function commandSkeleton(a: Analysis): string {
  let s = ` ${a.skeleton} `;
  s = s.replace(REASON, ' ');
  for (const re of POLITE) s = s.replace(re, ' ');
  return s
    .replace(/\b(?:het|de|the|een|a|an)\b/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Whether the message is put as a question about something ("waarom is …", "hoe zet ik …"), not an order. */
export function isQuestion(a: Analysis): boolean {
  const first = a.tokens[0]?.word;
  return [
    'waarom',
    'why',
    'wanneer',
    'when',
    'hoe',
    'how',
    'wie',
    'who',
    'wat',
    'what',
    'welke',
    'which',
    'is',
    'zijn',
    'was',
    'werd',
    'heeft',
    'has',
    'did',
    'does',
    'waar',
    'where',
  ].includes(first ?? '');
}

/** The words of a skeleton that are neither markers, nor in `allowed`, nor stop words: what is left unexplained. */
export function leftovers(skeleton: string, allowed: ReadonlySet<string>): string[] {
  return skeleton.split(' ').filter((w) => w !== '' && !/^[A-Z]+$/.test(w) && !allowed.has(w) && !STOPWORDS.has(w));
}

export function count(skeleton: string, marker: string): number {
  return skeleton.split(' ').filter((w) => w === marker).length;
}

/** Words that may stand around the things a command needs: prepositions and meeting words. */
export const GLUE: ReadonlySet<string> = new Set([
  'van',
  'op',
  'of',
  'on',
  'for',
  'voor',
  'met',
  'with',
  'aan',
  'to',
  'naar',
  'from',
  'in',
  'om',
  'at',
  'overleg',
  'vergadering',
  'meeting',
  'bijeenkomst',
  'sessie',
  'session',
  'beraad',
  'call',
  'afspraak',
]);

export function has(skeleton: string, ...words: string[]): boolean {
  const ws = ` ${skeleton} `;
  return words.some((w) => ws.includes(` ${w} `));
}
