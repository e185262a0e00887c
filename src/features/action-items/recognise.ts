import { isClarificationValue, Recognised, SlotReader } from '../../understand/understand';
import { Slots } from '../../understand/slots';
import { addDays } from '../../domain/localDate';

/**
 * Action items are recorded as an order with a form of its own, anchored at the start of the message:
 * "actiepunt: BZK levert input aan voor dinsdag 26 mei", "actiepunt SG-overleg 15 mei: …", "action item: BZK
 * delivers input by Tuesday 26 May". The keyword, then (optionally) the meeting, then a colon, then the item.
 * A sentence that merely mentions action items ("we hebben veel actiepunten") has no such form and changes nothing.
 */

const RECORD = /^(?:(?:nieuw|nieuwe|new)\s+)?(?:actiepunt|actie|action\s+item|action\s+point)\b([^:]*):\s*(.*)$/is;
/** What may stand between the keyword and the colon besides the meeting's name and date. */
const PREFIX_WORDS = new Set(['voor', 'van', 'uit', 'het', 'de', 'for', 'from', 'of', 'the', 'overleg', 'vergadering', 'meeting', 'bijeenkomst', 'op', 'on']);

const DONE_NL =
  /^(?:markeer\s+)?(?:actiepunt|actie)\s+(?:nr\.?\s*|nummer\s+|#)?(\d{1,4})(\s+(?:van|voor|uit)\s+.+?)?\s+(?:is\s+|als\s+)?(?:klaar|gedaan|afgerond|af|voltooid)\s*[.!]*$/i;
const DONE_EN =
  /^(?:mark\s+)?(?:action\s+item|action\s+point|action)\s+(?:no\.?\s*|number\s+|#)?(\d{1,4})(\s+(?:of|for|from)\s+.+?)?\s+(?:is\s+|as\s+)?(?:done|finished|complete|completed)\s*[.!]*$/i;

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
  if (dueIndex !== undefined) {
    const d = r.date(dueIndex);
    if (d && typeof d === 'object') return { clarify: d, slots };
    if (d) slots.date = d;
  }
  return { slots, why: `action item${slots.date ? ` due ${slots.date}` : ' without a due date'}` };
}

/** "actiepunt 2 is klaar", "actiepunt 2 van het SG-overleg is afgerond", "action item 2 is done", "mark action item 2 as done". */
export function recogniseActionDone(r: SlotReader, text: string): Recognised | undefined {
  const clean = cleanText(text);
  const m = DONE_NL.exec(clean) ?? DONE_EN.exec(clean);
  if (!m) return undefined;
  const slots: Slots = { actionItem: { number: Number(m[1]) } };
  if (m[2]) {
    const g = r.group();
    if (isClarificationValue(g)) return { clarify: g, slots };
    if (!g) return undefined;
    slots.group = g;
  }
  return { slots, why: `action item ${m[1]} done` };
}

const NEW_DATE_NL =
  /^(?:actiepunt|actie)\s+(?:nr\.?\s*|nummer\s+|#)?(\d{1,4})(\s+(?:van|voor|uit)\s+.+?)?\s*:?\s+(?:nieuwe\s+datum|uitstellen\s+tot|uitstel\s+tot|later\s+naar|schuift\s+naar)\s*:?\s+(.+?)\s*[.!]*$/i;
const NEW_DATE_EN =
  /^(?:action\s+item|action\s+point|action)\s+(?:no\.?\s*|number\s+|#)?(\d{1,4})(\s+(?:of|for|from)\s+.+?)?\s*:?\s+(?:new\s+date|postpone\s+to|postponed\s+to|moves\s+to)\s*:?\s+(.+?)\s*[.!]*$/i;
const CONFIRM_NL =
  /^(?:bevestig|akkoord(?:\s+met)?)\s+(?:de\s+)?nieuwe\s+datum\s+(?:van\s+|voor\s+)?(?:actiepunt|actie)\s+(?:nr\.?\s*|#)?(\d{1,4})(\s+(?:van|voor|uit)\s+.+?)?\s*[.!]*$/i;
const CONFIRM_EN =
  /^(?:confirm|approve)\s+(?:the\s+)?new\s+date\s+(?:of\s+|for\s+)?(?:action\s+item|action\s+point|action)\s+(?:no\.?\s*|#)?(\d{1,4})(\s+(?:of|for|from)\s+.+?)?\s*[.!]*$/i;

/** "actiepunt 2 nieuwe datum 15 juni", "action item 2 new date 15 June": the owner asks, a coordinator confirms. */
export function recogniseActionNewDate(r: SlotReader, text: string): Recognised | undefined {
  const clean = cleanText(text);
  const m = NEW_DATE_NL.exec(clean) ?? NEW_DATE_EN.exec(clean);
  if (!m) return undefined;
  const slots: Slots = { actionItem: { number: Number(m[1]) } };
  if (m[2]) {
    const g = r.group();
    if (isClarificationValue(g)) return { clarify: g, slots };
    if (!g) return undefined;
    slots.group = g;
  }
  const n = r.analysis.dates.length;
  if (n === 0) return { slots, why: `new date for action item ${m[1]} without a date` };
  const d = r.date(n - 1);
  if (isClarificationValue(d)) return { clarify: d, slots };
  if (d) slots.date = d;
  return { slots, why: `new date ${slots.date} for action item ${m[1]}` };
}

/** "bevestig nieuwe datum actiepunt 2", "confirm new date action item 2": coordinators. */
export function recogniseConfirmNewDate(r: SlotReader, text: string): Recognised | undefined {
  const clean = cleanText(text);
  const m = CONFIRM_NL.exec(clean) ?? CONFIRM_EN.exec(clean);
  if (!m) return undefined;
  const slots: Slots = { actionItem: { number: Number(m[1]) } };
  if (m[2]) {
    const g = r.group();
    if (isClarificationValue(g)) return { clarify: g, slots };
    if (!g) return undefined;
    slots.group = g;
  }
  return { slots, why: `confirm the new date of action item ${m[1]}` };
}
