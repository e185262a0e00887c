import { isClarificationValue, Recognised, SlotReader } from '../../understand/understand';
import { Slots } from '../../understand/slots';
import { isHowToQuestion } from '../../understand/howTo';
import { normalize } from '../../understand/normalize';
import { commandSkeleton, GLUE, isQuestion, leftovers } from '../../understand/strict';

/**
 * A member saying whether they come: "ik kan vrijdag niet", "afmelden voor het SG-overleg van 11 december",
 * "ik ben erbij", "mijn plaatsvervanger Daan komt", "I can't make Thursday's meeting". Explicit words only:
 * a first-person answer (or an order to sign off), about a meeting, with nothing left unexplained. Chatter
 * that merely mentions a day ("ik ben er vrijdag niet, sorry", "tot vrijdag!", "I will be late") stays out.
 */

const MEETING_NOUNS = new Set(['overleg', 'vergadering', 'meeting', 'bijeenkomst', 'sessie', 'session', 'beraad', 'call']);
const FIRST_PERSON = new Set(['ik', 'i', 'me', 'mij', 'mijn', 'my', 'im', 'ill', 'ive', 'mezelf', 'myself']);
const NEGATION = new Set(['niet', 'geen', 'not', 'cant', 'cannot', 'wont', 'dont', 'nooit', 'never', 'unable']);
/** Dutch verb forms that only "ik" takes: "ben er morgen bij", "kom vrijdag niet" drop the subject, as chat does. */
const FIRST_PERSON_VERBS = new Set(['ben', 'kom']);
/** Saying one is absent needs no subject ("helaas verhinderd vrijdag"); someone else's name would be left over. */
const ABSENT = ['verhinderd', 'afwezig', 'absent'];
/** Words people add to an answer that carry nothing: "ben er gewoon bij hoor", "oke, ik kan morgen niet". */
const CHATTER = [
  'oh',
  'have',
  'need',
  'must',
  'got',
  'cancel',
  'och',
  'ah',
  'hmm',
  'gewoon',
  'hoor',
  'natuurlijk',
  'zeker',
  'sowieso',
  'trouwens',
  'overigens',
  'oke',
  'ok',
  'okay',
  'prima',
  'echt',
  'even',
  'maar',
  'dus',
  'ja',
  'nee',
  'yes',
  'no',
  'sure',
  'definitely',
  'indeed',
  'anyway',
  'btw',
  'daar',
  'dan',
  'aanstaande',
  'komend',
  'able',
  'to',
  'won',
  'wont',
  'be',
  'going',
  'neemt',
  'waar',
  'over',
];
/** "kan ik me nog afmelden", "can I still sign off": a modal before its subject asks. ("kan vrijdag niet" answers.) */
const INVERTED_MODALS = new Set(['kan', 'kun', 'mag', 'moet', 'can', 'may', 'should', 'do', 'could', 'must']);
const PRONOUNS = new Set(['ik', 'je', 'jij', 'u', 'we', 'wij', 'hij', 'zij', 'ze', 'iemand', 'i', 'you', 'he', 'she', 'they', 'someone', 'anyone']);
const CONDITIONAL = new Set(['als', 'indien', 'mocht', 'stel', 'if', 'suppose', 'unless', 'tenzij', 'whether', 'misschien', 'maybe', 'perhaps', 'wellicht']);

/** Signing off, whatever else is said: "afmelden", "meld me af", "ik zeg af", "verhinderd", "apologies". */
const APOLOGY_ONE = ['afmelden', 'afmelding', 'afzeggen', 'verhinderd', 'afwezig', 'apologies', 'apology', 'regrets', 'excuse', 'unable'];
const APOLOGY_TWO: [string, string][] = [
  ['meld', 'af'],
  ['zeg', 'af'],
  ['meldt', 'af'],
  ['zegt', 'af'],
  ['sign', 'off'],
];
/** Coming (negated: not coming): "ik ben erbij", "ik kom", "I'll be there", "I can make it". */
const PRESENCE_ONE = ['erbij', 'kom', 'komen', 'aanwezig', 'aanmelden', 'attend', 'attending', 'coming', 'come', 'join', 'make'];
const PRESENCE_TWO: [string, string][] = [
  ['er', 'bij'],
  ['meld', 'aan'],
  ['meldt', 'aan'],
  ['be', 'there'],
  ['count', 'in'],
];
/** Someone standing in: the answer is apologies, with a deputy. */
const DEPUTY_WORDS = [
  'plaatsvervanger',
  'vervanger',
  'vervangt',
  'vervangen',
  'deputy',
  'substitute',
  'stand-in',
  'replace',
  'replaces',
  'instead',
  'plaats',
  'place',
  'behalf',
  'namens',
];

/** Words an attendance answer may contain besides its triggers, the meeting and glue. */
const ALLOWED = new Set([
  ...GLUE,
  ...FIRST_PERSON,
  ...NEGATION,
  ...APOLOGY_ONE,
  ...APOLOGY_TWO.flat(),
  ...PRESENCE_ONE,
  ...PRESENCE_TWO.flat(),
  ...DEPUTY_WORDS,
  'kan',
  'kun',
  'ben',
  'zijn',
  'er',
  'bij',
  'wil',
  'moet',
  'helaas',
  'sorry',
  'toch',
  'ook',
  'wel',
  'deze',
  'keer',
  'dit',
  'zich',
  'gaat',
  'gaan',
  'ga',
  'will',
  'be',
  'can',
  'cant',
  'there',
  'it',
  'send',
  'sending',
  'unfortunately',
  'afraid',
  'so',
  'this',
  'time',
  'today',
  'for',
  'in',
  'my',
  'of',
  'komt',
  'zal',
  'mee',
  'meedoen',
  'deelnemen',
  'participate',
  'am',
  'sent',
  'het',
  'the',
  'volgende',
  'next',
  'komende',
  'vandaag',
  'morgen',
  'tomorrow',
  ...ABSENT,
  ...CHATTER,
  // Someone else's answer: "Daan is er bij", "Eva meldt zich af", "Bram will be there", "Noor sends apologies".
  'is',
  'meldt',
  'zegt',
  'heeft',
  'sends',
  'has',
  'zijn',
  'haar',
  'his',
  'her',
]);

/** Words that may stand where a name stands but name nobody: pronouns, "iedereen", question words. */
const NOT_A_NAME = new Set([
  'hij',
  'zij',
  'ze',
  'hem',
  'he',
  'she',
  'him',
  'they',
  'them',
  'we',
  'wij',
  'jij',
  'je',
  'jou',
  'u',
  'you',
  'jullie',
  'iemand',
  'niemand',
  'iedereen',
  'allemaal',
  'everyone',
  'everybody',
  'someone',
  'somebody',
  'nobody',
  'anyone',
  'all',
  'wie',
  'who',
  'dat',
  'dit',
  'that',
  'this',
  'it',
  'er',
  'daar',
  'there',
]);

/** The small words inside names ("Jan van Dijk", "Noor El Amrani"; "de" and "het" are gone from the skeleton). */
const NAME_PARTICLES = new Set(['van', 'der', 'den', 'ter', 'ten', 'el', 'al', 'la', 'le', 'von', 'da', 'di', 'du']);

/** Where a name may stand: first ("Daan kan vrijdag niet"), or after the verb or preposition of an order ("meld Fatima af", "apologies for Eva"). */
const BEFORE_NAME = new Set(['meld', 'sign', 'voor', 'for', 'namens', 'behalf', 'apologies', 'afmelding', 'afmelden', 'aanmelden']);

/** Words after a deputy word that end the deputy's name ("mijn plaatsvervanger Daan komt"). */
const NAME_END = new Set([
  'komt',
  'gaat',
  'zal',
  'neemt',
  'is',
  'will',
  'can',
  'comes',
  'attends',
  'attend',
  'vervangt',
  'in',
  'op',
  'voor',
  'for',
  'on',
  'naar',
  'to',
  'en',
  'and',
]);

function hasPair(words: readonly string[], pairs: readonly [string, string][]): boolean {
  return pairs.some(([a, b]) => {
    const i = words.indexOf(a);
    return i >= 0 && words.indexOf(b, i + 1) > i;
  });
}

/** The deputy's name as typed (from the original text, to keep its capitals), when one follows or precedes a deputy word. */
function deputyName(text: string): string | undefined {
  const raw = text
    .replace(/<[^>]+>/g, ' ')
    .replace(/[.,!?;:]/g, ' ')
    .split(/\s+/)
    .filter(Boolean);
  const lower = raw.map((w) => w.toLowerCase());
  const at = lower.findIndex((w) => ['plaatsvervanger', 'vervanger', 'deputy', 'substitute', 'stand-in'].includes(w));
  if (at >= 0) {
    const name: string[] = [];
    for (const w of raw.slice(at + 1)) {
      if (NAME_END.has(w.toLowerCase())) break;
      name.push(w);
      if (name.length === 3) break;
    }
    if (name.length) return name.join(' ');
  }
  // "Daan Visser neemt waar", "Daan neemt het over": the name before the verb.
  const neemt = lower.indexOf('neemt');
  if (neemt > 0 && lower.slice(neemt + 1).some((w) => w === 'waar' || w === 'over')) {
    const name = raw.slice(0, neemt).filter((w) => !FIRST_PERSON.has(w.toLowerCase()));
    let end = name.length;
    while (end > 0 && /^[A-Z]/.test(name[end - 1])) end--;
    const tail = name.slice(end);
    if (tail.length && tail.length <= 3) return tail.join(' ');
  }
  // "Daan komt in mijn plaats", "Daan vervangt mij", "Daan will attend instead of me"
  const verb = lower.findIndex((w) => ['komt', 'vervangt', 'gaat', 'will', 'comes', 'attends'].includes(w));
  if (verb > 0 && lower.slice(verb).some((w) => ['plaats', 'vervangt', 'instead', 'place', 'behalf', 'namens'].includes(w))) {
    const name = raw.slice(0, verb).filter((w) => !FIRST_PERSON.has(w.toLowerCase()));
    if (name.length && name.length <= 3) return name.join(' ');
    // "afmelding SG-ovl 18/12 i.v.m. MT, Bram vervangt": the capitalised words just before the verb.
    let end = name.length;
    while (end > 0 && /^[A-Z][a-z]/.test(name[end - 1])) end--;
    const tail = name.slice(end);
    if (tail.length && tail.length <= 3) return tail.join(' ');
  }
  // "ik word vervangen door Daan"
  const door = lower.indexOf('door');
  if (door > 0 && lower.includes('vervangen'))
    return (
      raw
        .slice(door + 1, door + 4)
        .filter((w) => !NAME_END.has(w.toLowerCase()))
        .join(' ') || undefined
    );
  return undefined;
}

/**
 * The person a coordinator answers for: the words nothing else explains, standing together in a name's place
 * ("Daan", "Noor El Amrani", "Jan van Dijk"), as typed in the message (to keep its capitals). Undefined when the
 * unexplained words are anything else, so the recogniser steps back.
 */
function attendeeName(sk: string, odd: readonly string[], text: string): string | undefined {
  if (odd.length === 0 || odd.length > 4 || odd.some((w) => NOT_A_NAME.has(w))) return undefined;
  const words = sk.split(' ');
  const first = words.indexOf(odd[0]);
  const last = words.lastIndexOf(odd[odd.length - 1]);
  if (first < 0 || last < first) return undefined;
  // Together: between the first and the last name word only the other name words and small words ("van", "de").
  const inside = words.slice(first, last + 1);
  if (inside.length > odd.length + 2 || inside.some((w) => !odd.includes(w) && !NAME_PARTICLES.has(w))) return undefined;
  if (first > 0 && !BEFORE_NAME.has(words[first - 1])) return undefined;
  const raw = text
    .replace(/<[^>]+>/g, ' ')
    .replace(/[.,!?;:()]/g, ' ')
    .split(/\s+/)
    .filter(Boolean);
  const lower = raw.map((w) => w.toLowerCase());
  const from = lower.indexOf(odd[0]);
  const to = lower.indexOf(odd[odd.length - 1], from);
  return from >= 0 && to >= from && to - from < 6 ? raw.slice(from, to + 1).join(' ') : inside.join(' ');
}

/** "want ik ben ziek", "because I am travelling": the reason, as typed. */
function reasonOf(text: string): string | undefined {
  const m = /[\s,](?:want|omdat|ivm|i\.v\.m\.?|wegens|vanwege|because|since|due to)\s+(.+)$/i.exec(text.trim());
  if (!m) return undefined;
  // The reason ends with its sentence, or where a deputy is named ("i.v.m. MT, Bram vervangt").
  let reason = m[1].split(/(?<=[a-z\d)])[.!?;](?:\s|$)/i)[0];
  const comma = reason.split(/,\s*/);
  if (comma.length > 1 && comma.slice(1).some(isDeputyClause)) reason = comma[0];
  return reason.replace(/[.!]+$/, '').trim() || undefined;
}

/** "Bram vervangt", "Daan Visser neemt het over", "Bram Jansen gaat in mijn plaats": a clause naming a deputy. */
function isDeputyClause(clause: string): boolean {
  return deputyName(clause) !== undefined;
}

/** Words of a clause that carry nothing (a clause of only these is no reason): "sorry", "helaas", "hoor". */
const EMPTY_CLAUSE = new Set([
  'sorry',
  'helaas',
  'hoi',
  'hallo',
  'hi',
  'hey',
  'oke',
  'ok',
  'okay',
  'nee',
  'ja',
  'no',
  'yes',
  'unfortunately',
  'alas',
  'groet',
  'groeten',
  'thanks',
  'bedankt',
]);

/**
 * The other clauses of a message whose answer stood in one clause ("I'm sick, can't come friday"): a deputy
 * clause gives the deputy, the rest (bar greetings and "sorry") is the reason, as typed.
 */
function fromRest(rest: readonly string[]): { reason?: string; deputy?: string } {
  let deputy: string | undefined;
  const reasons: string[] = [];
  for (const clause of rest) {
    const d = deputyName(clause);
    if (d) {
      deputy ??= d;
      continue;
    }
    const ws = clause
      .toLowerCase()
      .replace(/[^\p{L}\s']/gu, ' ')
      .split(/\s+/)
      .filter(Boolean);
    if (ws.length === 0 || ws.every((w) => EMPTY_CLAUSE.has(w))) continue;
    reasons.push(
      clause
        .replace(/^(?:want|omdat|because|since)\s+/i, '')
        .replace(/[.!\s]+$/u, '')
        .trim(),
    );
  }
  const reason = reasons.filter(Boolean).join('; ');
  return { ...(reason ? { reason } : {}), ...(deputy ? { deputy } : {}) };
}

export function recogniseAttendance(r: SlotReader, text: string, context?: { rest: readonly string[] }): Recognised | undefined {
  const a = r.analysis;
  // A question is no answer, with or without its question mark: "who sent apologies for the SG meeting",
  // "hoe meld ik me af voor een vergadering", "kan ik me nog afmelden".
  if (/\?\s*$/.test(text.trim()) || isQuestion(a) || isHowToQuestion(normalize(text))) return undefined;
  const [w0, w1] = [a.tokens[0]?.word ?? '', a.tokens[1]?.word ?? ''];
  if (['hoeveel', 'how'].includes(w0) || (INVERTED_MODALS.has(w0) && PRONOUNS.has(w1))) return undefined;
  const sk = commandSkeleton(a);
  const words = sk.split(' ');
  if (words.some((w) => CONDITIONAL.has(w))) return undefined;
  // Chat drops the subject: "kan morgen niet komen", "can't come friday".
  const dropped = (['kan', 'kun'].includes(words[0]) && words.includes('niet')) || ['cant', 'cannot', 'wont', 'unable'].includes(words[0]);
  const first = dropped || words.some((w) => FIRST_PERSON.has(w) || FIRST_PERSON_VERBS.has(w));
  const negated = words.some((w) => NEGATION.has(w));
  // "I have to cancel for Friday's SG meeting": cancelling one's own coming (the meeting itself is "cancel the …").
  const cancelsOwn = first && hasPair(words, [['cancel', 'for']]);
  const apology = words.some((w) => APOLOGY_ONE.includes(w)) || hasPair(words, APOLOGY_TWO) || cancelsOwn;
  const presence = words.some((w) => PRESENCE_ONE.includes(w)) || hasPair(words, PRESENCE_TWO);
  const standsIn = hasPair(
    a.tokens.map((t) => t.word),
    [
      ['neemt', 'waar'],
      ['neemt', 'over'],
    ],
  );
  // Also behind a reason ("i.v.m. MT, Bram vervangt"), which the skeleton leaves out.
  const deputyWord =
    words.some((w) => DEPUTY_WORDS.includes(w)) || standsIn || a.tokens.some((t) => ['vervangt', 'plaatsvervanger', 'vervanger', 'deputy'].includes(t.word));
  // A meeting named: a date, a group or a meeting word. Everyday verbs ("ik kom", "I'm coming", "ik kan niet")
  // count only with one ("ik kom zo" is no answer); the explicit ones ("ik ben erbij", "afmelden") stand alone.
  // "daar kan ik niet bij zijn": "daar" points at the meeting just talked about; "oh dan kan ik niet" stands only after one.
  const back =
    !words.some((w) => w === 'DATE' || w === 'GROUP' || w === 'WGROUP' || MEETING_NOUNS.has(w)) && a.tokens.some((t) => t.word === 'dan' || t.word === 'then');
  const meeting = words.some((w) => w === 'DATE' || w === 'GROUP' || w === 'WGROUP' || MEETING_NOUNS.has(w) || w === 'daar' || w === 'daarbij') || back;
  const strongPresence =
    ['erbij', 'aanwezig', 'aanmelden', 'attend', 'attending'].some((w) => words.includes(w)) ||
    hasPair(words, [
      ['er', 'bij'],
      ['meld', 'aan'],
      ['be', 'there'],
      ['count', 'in'],
      ['make', 'it'],
    ]);
  const deputy = deputyWord ? deputyName(text) : undefined;
  const nameWords = new Set((deputy ?? '').toLowerCase().split(/\s+/));
  const group = r.group();
  const unknownName = group && !isClarificationValue(group) && 'unknown' in group ? group.unknown.toLowerCase().split(/[-\s]/) : [];
  const odd = leftovers(sk, ALLOWED).filter((w) => !nameWords.has(w) && !unknownName.includes(w));
  // Not "ik" but a name: a coordinator answering for a member. Nothing else may be left unexplained.
  const attendee = first ? undefined : attendeeName(sk, odd, text);
  if (odd.length && !attendee) return undefined;
  const subject = first || !!attendee;

  const cannot = subject && (words.includes('kan') || words.includes('kun')) && words.includes('niet') && meeting;
  const imperative = ['afmelden', 'afzeggen', 'apologies', ...ABSENT].some((w) => words.includes(w)) || hasPair(words, APOLOGY_TWO);

  let answer: 'present' | 'apologies' | undefined;
  if (
    deputyWord &&
    (first ||
      words.includes('mijn') ||
      words.includes('my') ||
      (standsIn && (apology || cannot)) ||
      (attendee && ['zijn', 'haar', 'his', 'her'].some((w) => words.includes(w))))
  )
    answer = 'apologies';
  else if (apology && !(negated && !words.includes('unable') && words.includes('niet'))) answer = 'apologies';
  else if (presence && subject && (strongPresence || meeting)) answer = negated ? 'apologies' : 'present';
  else if (cannot) answer = 'apologies';
  if (!answer) return undefined;
  // An apology may be an order without a subject ("afmelden voor vrijdag"); anything else needs "ik" / "I" or a name.
  if (!subject && !imperative) return undefined;
  // "meld hem af": someone else, but not named; better not understood than the speaker signed off.
  if (!subject && words.some((w) => ['hem', 'haar', 'him', 'her', 'them'].includes(w))) return undefined;

  const more = fromRest(context?.rest ?? []);
  const reason = reasonOf(text) ?? more.reason;
  const stand = deputy ?? more.deputy;
  const slots: Slots = {
    attendance: {
      answer,
      ...(stand ? { deputy: stand } : {}),
      ...(deputyWord || more.deputy ? { withDeputy: true } : {}),
      ...(reason && answer === 'apologies' ? { reason } : {}),
    },
  };
  if (attendee) slots.attendee = attendee;
  if (isClarificationValue(group)) return { clarify: group, slots };
  if (group) slots.group = group;
  const d = r.date(0);
  if (isClarificationValue(d)) return { clarify: d, slots };
  if (d) slots.date = d;
  return {
    slots,
    why: `attendance: ${answer}${attendee ? ` for ${attendee}` : ''}${deputy ? ` with deputy ${deputy}` : ''}`,
    ...(back ? { refersBack: true } : {}),
  };
}
