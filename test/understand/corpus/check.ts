import { Understood } from '../../../src/understand/slots';
import { Expect } from './types';

/** The meaning the understanding layer gave, in the corpus' terms. */
/** The date of a group's next meeting at the reference moment (set by the runner, which has the schedule). */
let nextMeetingOf: (groupId: string) => string | undefined = () => undefined;
export function useNextMeeting(f: (groupId: string) => string | undefined): void {
  nextMeetingOf = f;
}

export function asExpect(u: Understood): Record<string, unknown> {
  const s = u.slots;
  const group = s.group && 'id' in s.group ? { group: s.group.id } : s.group ? { group: `?${s.group.unknown}` } : {};
  if (u.clarify?.kind === 'group') return { intent: 'ask-group', options: [...u.clarify.options].sort() };
  if (u.clarify?.kind === 'date') return { intent: 'ask-date' };
  if (u.clarify?.kind === 'no-antecedent') return { intent: 'unknown' };
  if (u.clarify?.kind === 'bad-date') return { intent: 'bad-date', of: u.intent };
  const themes = (s.themes ?? []).map((t) => ('id' in t ? t.id : `?${t.unknown}`));
  switch (u.intent) {
    case 'next':
      return { intent: 'next', ...group, ...(s.after ? { after: s.after } : {}) };
    case 'period':
      return { intent: 'period', from: s.period!.from, to: s.period!.to, ...group };
    case 'on-date':
      return { intent: 'on-date', date: s.date, ...group };
    case 'time':
    case 'deadline':
    case 'status':
    case 'agenda':
    case 'bundle':
      return {
        intent: u.intent,
        ...group,
        ...(s.date ? { date: s.date } : {}),
        ...(s.after ? { after: s.after } : {}),
        ...(s.period ? { from: s.period.from, to: s.period.to } : {}),
      };
    case 'help':
      return { intent: 'help', ...(s.topic ? { topic: s.topic } : {}) };
    case 'set-language':
      return { intent: 'set-language', language: s.language };
    case 'bind':
      return { intent: 'bind', ...group };
    case 'cancel':
      return { intent: 'cancel', ...group, ...(s.date ? { date: s.date } : {}) };
    case 'move':
      return {
        intent: 'move',
        ...group,
        ...(s.date ? { date: s.date } : {}),
        ...(s.to?.date ? { toDate: s.to.date } : {}),
        ...(s.to?.time ? { toStart: s.to.time.start } : {}),
        ...(s.to?.time?.end ? { toEnd: s.to.time.end } : {}),
      };
    case 'pitch':
      return { intent: 'pitch', ...(themes[0] ? { theme: themes[0] } : {}) };
    case 'agenda-change':
      return { intent: 'agenda-change', op: s.op, themes, ...group, ...(s.date ? { date: s.date } : {}) };
    case 'mute-reminders':
      return { intent: 'mute-reminders', muted: !s.on };
    case 'theme-reminders':
      return { intent: 'theme-reminders', on: s.on, themes };
    case 'digest':
      return { intent: 'digest', on: s.on };
    case 'attend': {
      const at = s.attendance!;
      return {
        intent: 'attend',
        answer: at.answer,
        ...group,
        ...(s.date ? { date: s.date } : {}),
        ...(at.deputy ? { deputy: at.deputy } : {}),
        ...(at.reason ? { reason: at.reason } : {}),
      };
    }
    case 'attendance':
      return { intent: 'attendance', ...group, ...(s.date ? { date: s.date } : {}) };
    case 'action-item': {
      // "voor het volgende SG-overleg": the handler takes that meeting's date as the due date (and its group).
      const nextOf = s.actionItem?.dueNextMeetingOf;
      const due = s.date ?? (nextOf ? nextMeetingOf(nextOf) : undefined);
      const g = Object.keys(group).length ? group : nextOf ? { group: nextOf } : {};
      return { intent: 'action-item', ...g, ...(due ? { due } : {}), ...(s.actionItem?.meeting ? { meeting: s.actionItem.meeting } : {}) };
    }
    case 'action-done':
      return { intent: 'action-done', number: s.actionItem?.number, ...group };
    case 'action-new-date':
      return { intent: 'action-new-date', number: s.actionItem?.number, ...group, ...(s.date ? { due: s.date } : {}) };
    case 'action-confirm-date':
      return { intent: 'action-confirm-date', number: s.actionItem?.number, ...group };
    case 'my-actions':
      return { intent: 'my-actions' };
    case 'open-actions':
      return { intent: 'open-actions', ...group, ...(s.date ? { date: s.date } : {}) };
    case 'plan-preview':
      return { intent: 'plan-preview', ...(s.period ? { from: s.period.from, to: s.period.to } : { from: '2026-12-01', to: '2026-12-06' }) };
    default:
      return { intent: u.intent };
  }
}

/** Whether the meaning matches; a help question's topic is checked only when the row names one. */
export function matches(u: Understood, e: Expect): boolean {
  const got = asExpect(u);
  const want: Record<string, unknown> = { ...e };
  if (want.intent === 'ask-group') want.options = [...(want.options as string[])].sort();
  if (want.intent === 'help' && got.intent === 'help' && want.topic === undefined) delete got.topic;
  // A reason is kept as typed: it matches when it holds what the writer named ("ik ben ziek" holds "ziek").
  if (typeof want.reason === 'string' && typeof got.reason === 'string' && got.reason.toLowerCase().includes(want.reason.toLowerCase()))
    got.reason = want.reason;
  return JSON.stringify(sortKeys(got)) === JSON.stringify(sortKeys(want));
}

function sortKeys(o: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(o).sort(([a], [b]) => a.localeCompare(b)));
}

/** Commands that change something: a negative phrasing must never be taken for one of them. */
export const STATE_CHANGING = new Set([
  'bind',
  'cancel',
  'move',
  'agenda-change',
  'mute-reminders',
  'theme-reminders',
  'digest',
  'set-language',
  'attend',
  'action-item',
  'action-done',
  'action-new-date',
  'action-confirm-date',
]);

/**
 * A negative passes when it changes nothing and names no group: not understood, a question back, help,
 * thanks, or a question without a group. A cancel or move is a state change even though it asks first.
 */
export function negativeOk(u: Understood): boolean {
  // A command about a group the bot does not know is refused politely; nothing can change.
  const unknownGroup = u.slots.group !== undefined && 'unknown' in u.slots.group;
  if (STATE_CHANGING.has(u.intent) && !u.clarify && !unknownGroup) return false;
  if (u.slots.group && 'id' in u.slots.group) return false;
  return true;
}
