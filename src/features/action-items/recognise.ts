import { isClarificationValue, Recognised, SlotReader } from '../../understand/understand';
import { Slots } from '../../understand/slots';
import { addDays } from '../../domain/localDate';
import { isQuestion } from '../../understand/strict';

/**
 * Action items are recorded as an order with a form of its own, anchored at the start of the message:
 * "actiepunt: BZK levert input aan voor dinsdag 26 mei", "actiepunt SG-overleg 15 mei: …", "action item: BZK
 * delivers input by Tuesday 26 May". The keyword, then (optionally) the meeting, then a colon, then the item.
 * A sentence that merely mentions action items ("we hebben veel actiepunten") has no such form and changes nothing.
 */

const RECORD = /^(?:(?:nieuw|nieuwe|new)\s+)?(?:actiepunt|actie|action\s+item|action\s+point)\b([^:]*):\s*(.*)$/is;
/** What may stand between the keyword and the colon besides the meeting's name and date. */
const PREFIX_WORDS = new Set(['voor', 'van', 'uit', 'het', 'de', 'for', 'from', 'of', 'the', 'overleg', 'vergadering', 'meeting', 'bijeenkomst', 'op', 'on']);

const COUNT: Record<string, number> = {
  een: 1,
  één: 1,
  a: 1,
  an: 1,
  one: 1,
  twee: 2,
  two: 2,
  drie: 3,
  three: 3,
  vier: 4,
  four: 4,
  vijf: 5,
  five: 5,
  zes: 6,
  six: 6,
};
/** "over twee weken", "binnen 10 dagen", "in two weeks", "within 3 days": a due date counted from today. */
const RELATIVE =
  /\b(?:over|binnen|in|within)\s+(\d{1,3}|een|één|twee|drie|vier|vijf|zes|a|an|one|two|three|four|five|six)\s+(dag|dagen|week|weken|day|days|weeks?)\b/i;
/** "voor het volgende SG-overleg", "before the next SG meeting": due on that meeting's day. */
const NEXT_MEETING = /\b(?:voor|vóór|uiterlijk|tegen|by|before)\s+(?:het\s+|de\s+|the\s+)?(?:volgende|eerstvolgende|komende|next)\b/i;

/** The message without the bot's @-mention and outer whitespace. */
export function cleanText(text: string): string {
  return text
    .replace(/<at>[^<]*<\/at>/gi, ' ')
    .replace(/<[^>]+>/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Where each token of the analysis starts in the normalised text (tokens are found in order). */
function tokenOffsets(normalised: string, tokens: readonly { text: string }[]): number[] {
  let cursor = 0;
  return tokens.map((t) => {
    const at = normalised.indexOf(t.text, cursor);
    if (at < 0) return cursor;
    cursor = at + t.text.length;
    return at;
  });
}

export function recogniseRecordAction(r: SlotReader, text: string): Recognised | undefined {
  const clean = cleanText(text);
  const m = RECORD.exec(clean);
  if (!m) return undefined;
  const itemText = m[2].trim();
  const a = r.analysis;
  const colon = a.normalised.indexOf(':');
  if (colon < 0) return undefined;
  const offsets = tokenOffsets(a.normalised, a.tokens);
  const before = (i: number) => offsets[i] < colon;
  // Between the keyword and the colon: only the meeting (a group, a date) and glue words.
  const keywordTokens = /^(?:nieuw|nieuwe|new)\s/i.test(clean) ? 2 : /^action\s+(?:item|point)/i.test(clean) ? 2 : 1;
  const prefixTokens = a.tokens.map((t, i) => ({ t, i })).filter(({ i }) => before(i) && i >= keywordTokens);
  const inEntity = (i: number) => a.markers.some((mk) => i >= mk.span.start && i < mk.span.end);
  if (prefixTokens.some(({ t, i }) => !inEntity(i) && !PREFIX_WORDS.has(t.word))) return undefined;

  const slots: Slots = { actionItem: { text: itemText } };
  // The group: a name before the colon (the owner's words after it may look like a name too).
  let groupIndex = 0;
  for (const mk of a.markers) {
    if (mk.marker !== 'GROUP' && mk.marker !== 'WGROUP') continue;
    if (before(mk.span.start)) {
      const g = r.groupAt(groupIndex);
      if (isClarificationValue(g)) return { clarify: g, slots };
      if (g) slots.group = g;
      break;
    }
    groupIndex++;
  }
  // Dates: one before the colon names the meeting; the last one after it is the due date.
  let meetingIndex: number | undefined;
  let dueIndex: number | undefined;
  a.dates.forEach((d, i) => {
    if (before(d.start)) meetingIndex ??= i;
    else dueIndex = i;
  });
  if (meetingIndex !== undefined) {
    const d = r.date(meetingIndex);
    if (d && typeof d === 'object') return { clarify: d, slots };
    if (d) slots.actionItem!.meeting = d;
  }
  const relative = RELATIVE.exec(itemText);
  if (dueIndex === undefined && relative) {
    const n = /^\d/.test(relative[1]) ? Number(relative[1]) : COUNT[relative[1].toLowerCase()];
    slots.date = addDays(r.today, /^(?:dag|dagen|day|days)$/i.test(relative[2]) ? n : 7 * n);
  }
  // "voor het volgende SG-overleg": a group named after the colon, behind "volgende"/"next".
  if (dueIndex === undefined && !relative && NEXT_MEETING.test(itemText)) {
    let k = 0;
    for (const mk of a.markers) {
      if (mk.marker !== 'GROUP' && mk.marker !== 'WGROUP') continue;
      if (!before(mk.span.start)) {
        const g = r.groupAt(k);
        if (isClarificationValue(g)) return { clarify: g, slots };
        if (g && 'id' in g) slots.actionItem!.dueNextMeetingOf = g.id;
      }
      k++;
    }
  }
  // "eind deze maand", "begin januari": due at the end of that stretch.
  const period = a.periods.find((p) => !before(p.start));
  if (dueIndex === undefined && !slots.date && !slots.actionItem!.dueNextMeetingOf && period) slots.date = period.period.to;
  if (dueIndex !== undefined) {
    const d = r.date(dueIndex);
    if (d && typeof d === 'object') return { clarify: d, slots };
    if (d) slots.date = d;
  }
  return { slots, why: `action item${slots.date ? ` due ${slots.date}` : ' without a due date'}` };
}

/**
 * Orders about one numbered item are read by their words, not a fixed sentence: the item ("actiepunt 3",
 * "actie #3", "action item 3"), then what is asked. "actiepunt 2 is klaar", "kan actiepunt 3 naar 22 december?",
 * "graag uitstel tot 8 januari voor actiepunt 6", "nieuwe datum actiepunt 3 akkoord". A negation ("nog niet
 * klaar"), a condition ("als …") or a question about the item ("is actiepunt 2 klaar?") orders nothing.
 */
const ITEM = /\b(?:actiepunt|actie|ap|action\s+item|action\s+point|action|item)\s+(?:nr\.?\s*|nummer\s+|number\s+|no\.?\s*)?#?(\d{1,4})\b/i;
const DONE_WORDS = /\b(?:klaar|gereed|gedaan|afgerond|afgehandeld|voltooid|af|done|finished|complete|completed|closed|afvinken|vink)\b/i;
const NEGATED = /\b(?:niet|nog niet|geen|not|isn'?t|never|nooit)\b/i;
const CONDITION = /\b(?:als|indien|zodra|wanneer|if|when|once|unless|tenzij)\b/i;
/** Asking for a new date: the words, or "naar"/"tot" before a date ("kan actiepunt 3 naar 22 december?"). */
const NEW_DATE_WORDS =
  /\b(?:nieuwe\s+datum|andere\s+datum|uitstel|uitstellen|verschuiven|verschuif|verzetten|verzet|opschuiven|later|schuift|new\s+date|other\s+date|postpone|postponed|extend|extension|delay|push(?:ed)?\s+back|move|moved|more\s+time|meer\s+tijd)\b/i;
const TO_DATE = /\b(?:naar|tot|to|until|till|op)\s+\S/i;
const CONFIRM_WORDS =
  /\b(?:bevestig|bevestigd|bevestigen|akkoord|goedgekeurd|goedkeuren|keur|prima|confirm|confirmed|approve|approved|agreed|accept|accepted)\b/i;
const DATE_NOUN = /\b(?:datum|uitstel|date|postponement|extension)\b/i;

interface ItemOrder {
  kind: 'done' | 'new-date' | 'confirm';
  number: number;
}

/** What is asked about a numbered action item, when the message is such an order. */
function itemOrder(r: SlotReader, text: string): ItemOrder | undefined {
  const clean = cleanText(text);
  const m = ITEM.exec(clean);
  if (!m) return undefined;
  // Recording a new item ("actiepunt: …") is another command.
  if (RECORD.test(clean)) return undefined;
  const number = Number(m[1]);
  const rest = clean.replace(m[0], ' ');
  if (CONDITION.test(rest)) return undefined;
  if (CONFIRM_WORDS.test(rest) && DATE_NOUN.test(rest) && !NEGATED.test(rest)) return { kind: 'confirm', number };
  const hasDate = r.analysis.dates.length > 0;
  if (NEW_DATE_WORDS.test(rest) || (hasDate && TO_DATE.test(rest))) return { kind: 'new-date', number };
  const asks = /\?\s*$/.test(clean) || isQuestion(r.analysis);
  if (DONE_WORDS.test(rest) && !NEGATED.test(rest) && !asks) return { kind: 'done', number };
  return undefined;
}

function withGroup(r: SlotReader, slots: Slots): Recognised | undefined {
  if (!r.analysis.groups.length) return undefined;
  const g = r.group();
  if (isClarificationValue(g)) return { clarify: g, slots };
  if (g) slots.group = g;
  return undefined;
}

/** "actiepunt 2 is klaar", "actiepunt 2 van het SG-overleg is afgerond", "action item 2 is done", "mark action item 2 as done". */
export function recogniseActionDone(r: SlotReader, text: string): Recognised | undefined {
  const o = itemOrder(r, text);
  if (o?.kind !== 'done') return undefined;
  const slots: Slots = { actionItem: { number: o.number } };
  return withGroup(r, slots) ?? { slots, why: `action item ${o.number} done` };
}

/** "actiepunt 2 nieuwe datum 15 juni", "kan actiepunt 3 naar 22 december?", "action item 2 new date 15 June": the owner asks, a coordinator confirms. */
export function recogniseActionNewDate(r: SlotReader, text: string): Recognised | undefined {
  const o = itemOrder(r, text);
  if (o?.kind !== 'new-date') return undefined;
  const slots: Slots = { actionItem: { number: o.number } };
  const clarified = withGroup(r, slots);
  if (clarified) return clarified;
  const n = r.analysis.dates.length;
  if (n === 0) return { slots, why: `new date for action item ${o.number} without a date` };
  const d = r.date(n - 1);
  if (isClarificationValue(d)) return { clarify: d, slots };
  if (d) slots.date = d;
  return { slots, why: `new date ${slots.date} for action item ${o.number}` };
}

/** "bevestig nieuwe datum actiepunt 2", "nieuwe datum actiepunt 3 akkoord", "confirm new date action item 2": coordinators. */
export function recogniseConfirmNewDate(r: SlotReader, text: string): Recognised | undefined {
  const o = itemOrder(r, text);
  if (o?.kind !== 'confirm') return undefined;
  const slots: Slots = { actionItem: { number: o.number } };
  return withGroup(r, slots) ?? { slots, why: `confirm the new date of action item ${o.number}` };
}
