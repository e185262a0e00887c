import { Recognised, SlotReader } from '../../understand/understand';
import { isClarificationValue } from '../../understand/understand';
import { Clarification, Slots } from '../../understand/slots';
import { commandSkeleton, GLUE, isQuestion, leftovers } from '../../understand/strict';

const NEGATION = new Set(['niet', 'geen', 'not', "don't", 'dont', 'never', 'nooit']);
const EXTRA = new Set([...GLUE, 'moet', 'moeten', 'worden', 'wordt', 'laten', 'gaan', 'helaas', 'graag', 'wil', 'willen', 'please', 'meeting', 'ingepland', 'geplande', 'scheduled', 'planned', 'gaat', 'door', 'uur', 'u']);

export const CANCEL_ONE = ['annuleer', 'annuleren', 'annuleert', 'geannuleerd', 'schrap', 'schrappen', 'cancel', 'cancelen', 'cancellen', 'cancelled', 'canceled', 'afgelasten', 'afgelast', 'afzeggen', 'afgezegd', 'scrap'];
const CANCEL_TWO: [string, string][] = [['zeg', 'af'], ['gelast', 'af'], ['call', 'off'], ['laat', 'vervallen'], ['laten', 'vervallen']];
export const MOVE_ONE = ['verplaats', 'verplaatsen', 'verplaatst', 'verzet', 'verzetten', 'move', 'reschedule', 'schuif', 'schuiven', 'verschuif', 'verschuiven', 'verschoven', 'moved', 'rescheduled'];
const CANCEL_STATEMENTS = ['gaat niet door', 'gaat deze keer niet door', 'gaat dit keer niet door', 'vervalt', 'komt te vervallen', 'is cancelled', 'is canceled', 'is called off', 'is off', 'will not take place', 'is not taking place'];
const MOVE_TWO: [string, string][] = [['zet', 'om'], ['schuif', 'op'], ['push', 'back']];

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
export function recogniseCancel(r: SlotReader): Recognised | undefined {
  const a = r.analysis;
  if (isQuestion(a)) return undefined;
  const sk = commandSkeleton(a);
  const words = sk.split(' ');
  const verb = verbWords(words, CANCEL_ONE, CANCEL_TWO);
  if (verb && !negated(words, verb)) return changeSlots(r, words.filter((w) => !verb.includes(w) && !NEGATION.has(w)), 'cancel');
  // A coordinator's statement: "het SG-overleg van 18 december gaat niet door", "… vervalt". Still a cancel
  // that asks for confirmation; the question form ("gaat het … niet door?") was turned away above.
  const said = CANCEL_STATEMENTS.find((st) => sk.includes(` ${st} `) || sk.endsWith(` ${st}`));
  if (!said) return undefined;
  const without = ` ${sk} `.replace(` ${said} `, ' ').trim().split(' ');
  return changeSlots(r, without, 'cancel');
}

/** "verplaats het SG-overleg van 18 december naar donderdag 17 december 15:00" and its variants. */
export function recogniseMove(r: SlotReader): Recognised | undefined {
  const a = r.analysis;
  if (isQuestion(a)) return undefined;
  const sk = commandSkeleton(a);
  const words = sk.split(' ');
  const verb = verbWords(words, MOVE_ONE, MOVE_TWO);
  if (!verb || negated(words, verb)) return undefined;
  const rest = words.filter((w) => !verb.includes(w));
  const at = Math.max(rest.lastIndexOf('naar'), rest.lastIndexOf('to'));
  const left = at >= 0 ? rest.slice(0, at) : rest;
  const right = at >= 0 ? rest.slice(at + 1) : [];
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

function changeSlots(r: SlotReader, words: string[], kind: 'cancel' | 'move'): Recognised | undefined {
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
