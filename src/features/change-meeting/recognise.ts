import { Recognised, SlotReader } from '../../understand/understand';
import { isClarificationValue } from '../../understand/understand';
import { Clarification, Slots } from '../../understand/slots';
import { normalize } from '../../understand/normalize';
import { commandSkeleton, GLUE, isQuestion, leftovers } from '../../understand/strict';

const NEGATION = new Set(['niet', 'geen', 'not', "don't", 'dont', 'never', 'nooit']);
const EXTRA = new Set([
  ...GLUE,
  'moet',
  'moeten',
  'worden',
  'wordt',
  'laten',
  'gaan',
  'helaas',
  'graag',
  'wil',
  'willen',
  'please',
  'meeting',
  'ingepland',
  'geplande',
  'scheduled',
  'planned',
  'gaat',
  'door',
  'uur',
  'u',
  'uurtje',
  'kwartier',
  'halfuurtje',
  'eerder',
  'later',
  'earlier',
  'hour',
  // "… te annuleren": the infinitive after "gelieve" or "ik verzoek u".
  'te',
]);

export const CANCEL_ONE = [
  'annuleer',
  'annuleren',
  'annuleert',
  'geannuleerd',
  'schrap',
  'schrappen',
  'cancel',
  'cancelen',
  'cancellen',
  'cancelled',
  'canceled',
  'afgelasten',
  'afgelast',
  'afzeggen',
  'afgezegd',
  'scrap',
];
const CANCEL_TWO: [string, string][] = [
  ['zeg', 'af'],
  ['gelast', 'af'],
  ['call', 'off'],
  ['laat', 'vervallen'],
  ['laten', 'vervallen'],
];
export const MOVE_ONE = [
  'verplaats',
  'verplaatsen',
  'verplaatst',
  'verzet',
  'verzetten',
  'move',
  'reschedule',
  'schuif',
  'schuiven',
  'verschuif',
  'verschuiven',
  'verschoven',
  'moved',
  'rescheduled',
  // Earlier or later: "een uurtje vervroegen naar 15:00", "stel het uit naar 18 december", "bring it forward to 15:00".
  'vervroeg',
  'vervroegen',
  'postpone',
  'uitstellen',
];
const FIRST_PERSON = new Set(['ik', 'i', 'me', 'mij', 'mezelf', 'myself']);
const CANCEL_STATEMENTS = [
  'gaat niet door',
  'gaat deze keer niet door',
  'gaat dit keer niet door',
  'vervalt',
  'komt te vervallen',
  'is cancelled',
  'is canceled',
  'is called off',
  'is off',
  'will not take place',
  'is not taking place',
];
const PARTICIPLES = new Set(['verplaatst', 'verschoven', 'moved', 'rescheduled', 'verzet']);
const MOVE_TWO: [string, string][] = [
  ['zet', 'om'],
  ['schuif', 'op'],
  ['push', 'back'],
  ['stel', 'uit'],
  ['bring', 'forward'],
];

/**
 * A report, not an order: "het SG-overleg is verplaatst naar donderdag", "ze hebben het geannuleerd", "I moved it
 * in my calendar", "we verplaatsen de vergadering naar …", "the meeting moves to …". Someone speaking of
 * themselves, of us or of others, or a perfect, past or present tense. An announcement
 * ("… wordt verplaatst naar …") and an order in the passive ("… moet verplaatst worden") stay orders.
 */
const REPORTING = new Set([
  'ik',
  'i',
  'me',
  'mij',
  'mezelf',
  'myself',
  'we',
  'wij',
  'ze',
  'zij',
  'hij',
  'they',
  'he',
  'she',
  'is',
  'was',
  'werd',
  'zijn',
  'heb',
  'hebt',
  'heeft',
  'hebben',
  'had',
  'has',
  'have',
  'did',
  'been',
  'al',
  'already',
]);
const ORDERING = new Set(['moet', 'moeten', 'must', 'should', 'graag', 'please']);
function reporting(words: readonly string[]): boolean {
  return words.some((w) => REPORTING.has(w)) && !words.some((w) => ORDERING.has(w));
}

/** "als we het … verplaatsen", "if we cancel …": a condition, not an order. */
const CONDITIONAL = new Set(['als', 'indien', 'mocht', 'stel', 'if', 'suppose', 'unless', 'tenzij', 'whether']);
/** Asking politely for it: a question mark after these is still an order ("kun je … verplaatsen?"). */
const REQUEST =
  /\b(?:kun|kan|kunt|wil|wilt|zou|zoudt|zal) (?:je|jij|u)\b|\b(?:can|could|would|will) you\b|\b(?:please|pls|graag|aub|svp|alsjeblieft|alstublieft)\b/;
const MODAL_FIRST = new Set([
  'kunnen',
  'zullen',
  'moeten',
  'moet',
  'zal',
  'kan',
  'could',
  'should',
  'would',
  'can',
  'shall',
  'will',
  'must',
  'may',
  'mogen',
  'mag',
]);

/**
 * Whether a message is put as an order at all: not a question or proposal ("verplaatsen we het … naar maandag?",
 * "should we move …?"), not a condition, not negated anywhere. A polite question ("kun je … annuleren?") is an order.
 */
export function putAsOrder(r: SlotReader, text: string): boolean {
  const plain = r.analysis.tokens.map((t) => t.word);
  const asked = /\?\s*$/.test(text.trim()) || MODAL_FIRST.has(plain[0] ?? '');
  const polite = REQUEST.test(normalize(text));
  if (asked && !polite) return false;
  // "stel dat …" supposes; "stel het … uit" postpones.
  return !plain.some((w, i) => CONDITIONAL.has(w) && !(w === 'stel' && plain.includes('uit') && plain[i + 1] !== 'dat' && plain[i + 1] !== 'je'));
}

/** A negation next to the verb ("niet annuleren", "don't cancel"); "gaat niet door, annuleer het" is no negation of it. */
function negated(words: string[], verb: string[]): boolean {
  const at = words.indexOf(verb[0]);
  return words.some((w, i) => NEGATION.has(w) && Math.abs(i - at) <= 2 && !(words[i - 1] === 'gaat' && words[i + 1] === 'door'));
}

function verbWords(words: string[], one: readonly string[], two: readonly [string, string][]): string[] | undefined {
  const single = words.find((w) => one.includes(w));
  if (single) return [single];
  const pair = two.find(([a, b]) => words.includes(a) && words.includes(b));
  return pair ? [...pair] : undefined;
}

/** The group slot of a change: a group named (or a name the bot does not know), or a question back. */
function groupSlot(r: SlotReader, skeletonWords: string[]): Slots['group'] | Clarification | undefined {
  if (skeletonWords.includes('GROUP') || skeletonWords.includes('WGROUP')) return r.groupAt(0);
  return r.group();
}

/**
 * "annuleer het SG-overleg van 18 december", "kun je het SG-overleg van vrijdag annuleren?",
 * "cancel Friday's SG meeting": an explicit cancel verb, one group and one date, nothing else.
 */
export function recogniseCancel(r: SlotReader, text = ''): Recognised | undefined {
  const a = r.analysis;
  if (isQuestion(a) || !putAsOrder(r, text)) return undefined;
  const sk = commandSkeleton(a);
  const words = sk.split(' ');
  // "ik zeg af voor vrijdag", "I have to cancel for Friday": a person sending apologies, not a meeting cancelled.
  if (words.some((w) => FIRST_PERSON.has(w)) || reporting(words) || /\b(?:af|afzeggen|afmelden|cancel|cancelen|cancellen) (?:voor|for)\b/.test(sk))
    return undefined;
  const verb = verbWords(words, CANCEL_ONE, CANCEL_TWO);
  if (verb && !negated(words, verb))
    return changeSlots(
      r,
      words.filter((w) => !verb.includes(w) && !NEGATION.has(w)),
      'cancel',
    );
  // A coordinator's statement: "het SG-overleg van 18 december gaat niet door", "… vervalt". Still a cancel
  // that asks for confirmation; the question form ("gaat het … niet door?") was turned away above.
  const said = CANCEL_STATEMENTS.find((st) => sk.includes(` ${st} `) || sk.endsWith(` ${st}`));
  // A statement names the group: "morgen gaat niet door" may be about anything.
  if (!said || !(words.includes('GROUP') || words.includes('WGROUP'))) return undefined;
  const without = ` ${sk} `.replace(` ${said} `, ' ').trim().split(' ');
  return changeSlots(r, without, 'cancel');
}

/**
 * "de vergadering van 14 december wordt verplaatst naar 15 december", "the meeting will be moved to …": news
 * about some meeting, passed on. With the group named it is taken as the coordinator's announcement (and
 * confirmed with a card); without one it may be any meeting, so it changes nothing.
 */
const PASSIVE = new Set(['wordt', 'worden', 'word', 'be', 'being', 'gets', 'get']);
/**
 * A move verb in the third-person present ("het overleg schuift naar …", "the meeting moves to …"): a statement
 * about the meeting, never an order. Read as written, since the speller turns "moves" into "move".
 */
const STATED = new Set(['moves', 'schuift', 'verschuift', 'verhuist', 'shifts']);
function announcedOfUnnamed(words: readonly string[], verb: readonly string[]): boolean {
  if (!PARTICIPLES.has(verb[0]) || !words.some((w) => PASSIVE.has(w)) || words.some((w) => ORDERING.has(w))) return false;
  return !(words.includes('GROUP') || words.includes('WGROUP'));
}

/** "verplaats het SG-overleg van 18 december naar donderdag 17 december 15:00" and its variants. */
export function recogniseMove(r: SlotReader, text = ''): Recognised | undefined {
  const a = r.analysis;
  if (isQuestion(a) || !putAsOrder(r, text)) return undefined;
  const sk = commandSkeleton(a);
  const words = sk.split(' ');
  // "schuif aan bij het SG-overleg" is joining it; "zet het SG-overleg om 16:00 in je agenda" is no "zet … om".
  if (words.includes('aan') && words.some((w) => w === 'schuif' || w === 'schuiven')) return undefined;
  const verb = verbWords(
    words.filter((w, i) => !(w === 'om' && words[i + 1] === 'TIME')),
    MOVE_ONE,
    MOVE_TWO,
  );
  if (!verb || words.some((w) => NEGATION.has(w)) || reporting(words)) return undefined;
  if (announcedOfUnnamed(words, verb) || a.tokens.some((t) => STATED.has(t.text))) return undefined;
  const rest = words.filter((w) => !verb.includes(w));
  const at = Math.max(rest.lastIndexOf('naar'), rest.lastIndexOf('to'));
  const left = at >= 0 ? rest.slice(0, at) : rest;
  const right = at >= 0 ? rest.slice(at + 1) : [];
  // "het SG-overleg is verplaatst" reports a move; an order without a target needs at least the meeting's date.
  if (at < 0 && (PARTICIPLES.has(verb[0]) || !left.includes('DATE'))) return undefined;
  const base = changeSlots(r, left, 'move');
  if (!base || 'clarify' in base) return base;
  // The target: the dates and times after "naar"; the source date is the first date before it.
  const dateIndex = left.filter((w) => w === 'DATE').length;
  const slots: Slots = { ...base.slots, to: {} };
  if (right.includes('DATE')) {
    const d = r.date(dateIndex);
    if (isClarificationValue(d)) return { clarify: d, slots };
    if (d) slots.to!.date = d;
  }
  if (right.includes('TIME') && a.times.length) slots.to!.time = a.times[a.times.length - 1].time;
  const odd = leftovers(right.join(' '), EXTRA);
  const badTime = odd.find((w) => /^\d{1,2}[:.]\d{2}/.test(w));
  if (badTime) return { clarify: { kind: 'bad-date', problem: { problem: 'bad-time', text: badTime } }, slots };
  if (odd.length) return { clarify: { kind: 'bad-date', problem: { problem: 'not-a-date', text: odd.join(' ') } }, slots };
  return { slots, why: 'move verb, group, date and a target' };
}

/**
 * Without a group name, a change must say it is about a meeting of the group ("het overleg van vrijdag"). The
 * words for any gathering ("de bijeenkomst", "de sessie": often a workshop or an event) are not enough.
 */
const GROUP_MEETING = new Set(['overleg', 'vergadering', 'meeting', 'beraad']);
/** "mijn afspraak", "your meeting": someone's own appointment, not the group's meeting. */
const POSSESSIVE = new Set(['mijn', 'je', 'jouw', 'my', 'your', 'zijn', 'haar', 'his', 'her', 'hun', 'their']);

function changeSlots(r: SlotReader, words: string[], kind: 'cancel' | 'move'): Recognised | undefined {
  if (words.includes('afspraak') || words.includes('appointment') || words.some((w) => POSSESSIVE.has(w))) return undefined;
  const named = words.includes('GROUP') || words.includes('WGROUP') || r.analysis.groups.length > 0;
  if (!named && !words.some((w) => GROUP_MEETING.has(w))) return undefined;
  const group = groupSlot(r, words);
  const dates = words.filter((w) => w === 'DATE').length;
  const unknownName = group && !isClarificationValue(group) && 'unknown' in group ? group.unknown.split(/[-\s]/) : [];
  const odd = leftovers(words.join(' '), EXTRA).filter((w) => !unknownName.includes(w));
  if (!group && dates === 0) return undefined;
  if (isClarificationValue(group)) return { clarify: group };
  const slots: Slots = group ? { group } : {};
  if (dates === 0) {
    // "annuleer het SG-overleg van binnenkort": the words where the date should be.
    if (odd.length) return { clarify: { kind: 'bad-date', problem: { problem: 'not-a-date', text: odd.join(' ') } }, slots };
    return { slots, why: `${kind} verb and a group, no date` };
  }
  if (odd.length) return undefined;
  const d = r.date(0);
  if (isClarificationValue(d)) return { clarify: d, slots };
  if (d) slots.date = d;
  return { slots, why: `${kind} verb, group and date` };
}
