/**
 * Action items: what a meeting agreed, with an owner (a member or an organisation) and a due date. One group's
 * items live together so that their numbers ("actiepunt 2") are handed out once each; every change is kept with
 * who made it and when. Pure: the clock and the zone are passed in.
 */
import { LocalDate } from './localDate';
import { localDateAt } from './zonedTime';

/** Who is to do it: a member of the group (by id), or an organisation as a whole ("BZK"). */
export type ActionOwner = { kind: 'member'; id: string; name: string; organisation: string } | { kind: 'organisation'; name: string };

export type ActionStatus = 'open' | 'done';

export type ActionChangeKind = 'created' | 'done' | 'new-date-requested' | 'new-date-confirmed';

export interface ActionItemChange {
  kind: ActionChangeKind;
  at: string;
  by: string;
  byName: string;
  /** The due date the change asked for or set (created, requested, confirmed). */
  due?: LocalDate;
}

export interface ActionItem {
  /** Per group, from 1, never reused. */
  id: number;
  groupId: string;
  /** The meeting it came from, by the rule's date of that meeting (a moved meeting keeps its items). */
  meeting: LocalDate;
  text: string;
  owner: ActionOwner;
  due: LocalDate;
  status: ActionStatus;
  /** A new date the owner asked for, until a coordinator confirms it. */
  requestedDue?: LocalDate;
  /** Every change, oldest first. */
  history: ActionItemChange[];
}

/** All action items of one group. */
export interface GroupActionItems {
  groupId: string;
  nextId: number;
  items: ActionItem[];
}

export type ActionItemErrorCode = 'empty-text' | 'text-too-long' | 'due-in-past' | 'unknown-item' | 'already-done' | 'no-request' | 'same-date';

export class ActionItemError extends Error {
  constructor(readonly code: ActionItemErrorCode) {
    super(code);
    this.name = 'ActionItemError';
  }
}

export const MAX_ACTION_TEXT_LENGTH = 500;

export interface Actor {
  id: string;
  name: string;
}

export const emptyActionItems = (groupId: string): GroupActionItems => ({ groupId, nextId: 1, items: [] });

const change = (kind: ActionChangeKind, by: Actor, now: Date, due?: LocalDate): ActionItemChange => ({
  kind,
  at: now.toISOString(),
  by: by.id,
  byName: by.name,
  ...(due ? { due } : {}),
});

/** Today's date where the group meets (an item due today is not overdue yet). */
export const todayIn = (now: Date, zone: string): LocalDate => localDateAt(now, zone);

export interface NewActionItem {
  groupId: string;
  meeting: LocalDate;
  text: string;
  owner: ActionOwner;
  due: LocalDate;
}

/** Adds an item with the next number. Throws ActionItemError (and changes nothing) for an empty or too long text or a due date in the past. */
export function createActionItem(
  current: GroupActionItems | undefined,
  input: NewActionItem,
  by: Actor,
  now: Date,
  zone: string,
): { doc: GroupActionItems; item: ActionItem } {
  const text = input.text.replace(/\s+/g, ' ').trim();
  if (!text) throw new ActionItemError('empty-text');
  if ([...text].length > MAX_ACTION_TEXT_LENGTH) throw new ActionItemError('text-too-long');
  if (input.due < todayIn(now, zone)) throw new ActionItemError('due-in-past');
  const base = current ?? emptyActionItems(input.groupId);
  const item: ActionItem = {
    id: base.nextId,
    groupId: input.groupId,
    meeting: input.meeting,
    text,
    owner: input.owner,
    due: input.due,
    status: 'open',
    history: [change('created', by, now, input.due)],
  };
  return { doc: { ...base, nextId: base.nextId + 1, items: [...base.items, item] }, item };
}

function update(current: GroupActionItems, id: number, f: (item: ActionItem) => ActionItem): { doc: GroupActionItems; item: ActionItem } {
  const found = current.items.find((i) => i.id === id);
  if (!found) throw new ActionItemError('unknown-item');
  const item = f(found);
  return { doc: { ...current, items: current.items.map((i) => (i.id === id ? item : i)) }, item };
}

/** The owner (or a coordinator) marks an item done; a pending request for a new date lapses. */
export function markDone(current: GroupActionItems, id: number, by: Actor, now: Date): { doc: GroupActionItems; item: ActionItem } {
  return update(current, id, (item) => {
    if (item.status === 'done') throw new ActionItemError('already-done');
    const { requestedDue: _r, ...rest } = item;
    return { ...rest, status: 'done', history: [...item.history, change('done', by, now)] };
  });
}

/** The owner asks for a new due date; it counts once a coordinator confirms it (the old date stays until then). */
export function requestNewDate(
  current: GroupActionItems,
  id: number,
  due: LocalDate,
  by: Actor,
  now: Date,
  zone: string,
): { doc: GroupActionItems; item: ActionItem } {
  return update(current, id, (item) => {
    if (item.status === 'done') throw new ActionItemError('already-done');
    if (due < todayIn(now, zone)) throw new ActionItemError('due-in-past');
    if (due === item.due) throw new ActionItemError('same-date');
    return { ...item, requestedDue: due, history: [...item.history, change('new-date-requested', by, now, due)] };
  });
}

/** A coordinator confirms the requested date: it becomes the due date. */
export function confirmNewDate(current: GroupActionItems, id: number, by: Actor, now: Date): { doc: GroupActionItems; item: ActionItem } {
  return update(current, id, (item) => {
    if (item.status === 'done') throw new ActionItemError('already-done');
    if (!item.requestedDue) throw new ActionItemError('no-request');
    const { requestedDue, ...rest } = item;
    return { ...rest, due: requestedDue, history: [...item.history, change('new-date-confirmed', by, now, requestedDue)] };
  });
}

/** Open and past its due date in the group's zone (due today is not overdue). */
export function isOverdue(item: ActionItem, today: LocalDate): boolean {
  return item.status === 'open' && item.due < today;
}

/** Whether a member owns an item: by name as a member, or through their organisation. */
export function ownedBy(item: ActionItem, member: { id: string; organisation: string }): boolean {
  return item.owner.kind === 'member' ? item.owner.id === member.id : item.owner.name.toLowerCase() === member.organisation.toLowerCase();
}

export interface ActionItemsView {
  /** Open and not overdue, soonest due first. */
  open: ActionItem[];
  /** Open and past due, longest overdue first. */
  overdue: ActionItem[];
  /** Done, most recently done first. */
  done: ActionItem[];
}

const byDue = (a: ActionItem, b: ActionItem) => (a.due < b.due ? -1 : a.due > b.due ? 1 : a.id - b.id);
const doneAt = (i: ActionItem) => [...i.history].reverse().find((c) => c.kind === 'done')?.at ?? '';

/** The items split in open, overdue and done; of one meeting (by the rule's date) when `meeting` is given. */
export function viewActionItems(items: readonly ActionItem[], today: LocalDate, meeting?: LocalDate): ActionItemsView {
  const mine = meeting ? items.filter((i) => i.meeting === meeting) : items;
  return {
    open: mine.filter((i) => i.status === 'open' && !isOverdue(i, today)).sort(byDue),
    overdue: mine.filter((i) => isOverdue(i, today)).sort(byDue),
    done: mine.filter((i) => i.status === 'done').sort((a, b) => (doneAt(a) < doneAt(b) ? 1 : doneAt(a) > doneAt(b) ? -1 : a.id - b.id)),
  };
}

/** The items per meeting they came from, most recent meeting first. */
export function viewPerMeeting(items: readonly ActionItem[], today: LocalDate): { meeting: LocalDate; view: ActionItemsView }[] {
  const meetings = [...new Set(items.map((i) => i.meeting))].sort().reverse();
  return meetings.map((meeting) => ({ meeting, view: viewActionItems(items, today, meeting) }));
}
