import { Recognised, SlotReader } from '../../understand/understand';
import { isClarificationValue } from '../../understand/understand';
import { Slots } from '../../understand/slots';
import { commandSkeleton, GLUE, has, isQuestion, leftovers } from '../../understand/strict';

const ADD = ['zet', 'plaats', 'agendeer', 'agenderen', 'voeg', 'toevoegen', 'add', 'put', 'schedule', 'plan', 'place', 'zetten', 'plaatsen'];
const REMOVE = ['haal', 'verwijder', 'verwijderen', 'schrap', 'schrappen', 'remove', 'drop', 'take', 'halen', 'afhalen', 'delete'];
const INFINITIVES = new Set(['zetten', 'plaatsen', 'agenderen', 'toevoegen', 'halen', 'afhalen', 'verwijderen', 'schrappen']);
const AGENDA_WORDS = new Set(['agenda', 'op', 'van', 'uit', 'af', 'aan', 'toe', 'on', 'to', 'from', 'off', 'for', 'voor', 'of']);
const NOT_THE_MEETINGS = new Set(['in', 'into', 'mijn', 'je', 'jouw', 'my', 'your', 'zijn', 'haar', 'his', 'her', 'hun', 'their', 'outlook']);
const AND = new Set(['en', 'and', 'plus', 'ook']);

/**
 * "zet schulden en wonen op de agenda van het SG-overleg van 11 december", "haal wonen van de agenda",
 * "agendeer wonen voor vrijdag": an add or remove verb, themes, the word agenda (except for "agendeer"),
 * optionally the meeting. A word where a theme should be is reported as a theme the bot does not know.
 */
export function recogniseAgendaChange(r: SlotReader): Recognised | undefined {
  const a = r.analysis;
  if (isQuestion(a)) return undefined;
  let words = commandSkeleton(a).split(' ');
  // Dutch puts the infinitive last: "jongerenparticipatie graag van de agenda van 8 januari halen".
  const last = words.at(-1) ?? '';
  if (!ADD.includes(words[0]) && !REMOVE.includes(words[0]) && (INFINITIVES.has(last) || ADD.includes(last) || REMOVE.includes(last)))
    words = [last, ...words.slice(0, -1)];
  const first = words[0];
  const op = ADD.includes(first) ? 'add' : REMOVE.includes(first) ? 'remove' : undefined;
  if (!op) return undefined;
  // "zet wonen daar maar op", "haal schulden er maar af": the agenda of the meeting just talked about.
  const back =
    !has(words.join(' '), 'agenda', 'agendeer', 'agenderen') &&
    r.themes().length > 0 &&
    ['op', 'af', 'bij', 'erop', 'eraf', 'erbij'].includes(words.at(-1) ?? '');
  if (back) {
    const at = words.findIndex((w) => w === 'daar' || w === 'er' || w === 'erop' || w === 'eraf' || w === 'erbij');
    if (at < 0) return undefined;
    words = [...words.slice(0, at), 'agenda', ...words.slice(at + 1)];
  }
  if (!has(words.join(' '), 'agenda', 'agendeer', 'agenderen')) return undefined;
  if (first === 'plan' || first === 'schedule') {
    if (!has(words.join(' '), 'agenda')) return undefined;
  }
  // "op de agenda", "van de agenda", "on the agenda": the meeting's agenda, not "in je agenda" (a calendar).
  const at = words.indexOf('agenda');
  if (at > 0 && NOT_THE_MEETINGS.has(words[at - 1])) return undefined;
  const rest = words.slice(1);
  const themes = r.themes();
  const unknown: string[] = [];
  // Words before "agenda" that are no theme, no glue: themes the bot does not know ("zet klimaat op de agenda").
  const end = rest.indexOf('agenda') >= 0 ? rest.indexOf('agenda') : rest.length;
  const before = rest.slice(0, end).filter((w) => !AGENDA_WORDS.has(w) && !AND.has(w) && !GLUE.has(w) && !/^[A-Z]+$/.test(w));
  const odd = leftovers(before.join(' '), new Set());
  if (odd.length) unknown.push(odd.join(' '));
  const after = rest.slice(end + 1);
  const stray = leftovers(after.join(' '), new Set([...GLUE, ...AGENDA_WORDS, 'meeting', 'overleg', 'vergadering']));
  if (stray.length || (themes.length === 0 && unknown.length === 0)) return undefined;
  const slots: Slots = { op, themes: [...themes, ...unknown.map((u) => ({ unknown: u }))] };
  if (words.includes('GROUP') || words.includes('WGROUP')) {
    const g = r.groupAt(0);
    if (isClarificationValue(g)) return { clarify: g, slots };
    if (g) slots.group = g;
  }
  if (words.includes('DATE')) {
    const d = r.date(0);
    if (isClarificationValue(d)) return { clarify: d, slots };
    if (d) slots.date = d;
  }
  return { slots, why: `${op} verb, themes and the agenda${back ? ' of the meeting just talked about' : ''}`, ...(back ? { refersBack: true } : {}) };
}
