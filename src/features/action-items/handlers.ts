import { Group } from '../../domain/schedule';
import { ActionItem, ActionItemError, ActionOwner, MAX_ACTION_TEXT_LENGTH, ownedBy, viewActionItems } from '../../domain/actionItems';
import { addDays, dateParts, LocalDate, makeDate } from '../../domain/localDate';
import { Occurrence, takesPlace } from '../../domain/occurrences';
import { localDateLabel } from '../../i18n/dates';
import { card, CardElement, heading, text } from '../../present/cards/adaptiveCard';
import { actionItemFormCard } from '../../present/cards/actionItemForm';
import { VERBS } from '../../present/cards/verbs';
import { Slots, Subject } from '../../understand/slots';
import { contactsOf } from '../shared/roles';
import { replaceCard, sendCard, sendText } from '../shared/reply';
import { unknownGroupText } from '../shared/scope';
import { Turn } from '../shared/turn';
import { userId, userName } from '../shared/turnInfo';

/** What the done button carries: the item, as "group|number". Who marks it is whoever presses. */
export interface ActionDonePayload {
  item: { groupId: string; id: number };
}

const day = (turn: Turn, d: LocalDate) => localDateLabel(d, turn.lang);
const ownerLabel = (o: ActionOwner) => o.name;
const actor = (turn: Turn) => ({ id: userId(turn.context), name: userName(turn.context) });

function errorText(turn: Turn, e: ActionItemError, id?: number, due?: LocalDate): string {
  switch (e.code) {
    case 'empty-text':
      return turn.msgs.actionEmptyText;
    case 'text-too-long':
      return turn.msgs.actionTextTooLong(MAX_ACTION_TEXT_LENGTH);
    case 'due-in-past':
      return turn.msgs.actionDueInPast(due ? day(turn, due) : '');
    case 'already-done':
      return turn.msgs.actionAlreadyDone(id ?? 0);
    default:
      return turn.msgs.actionUnknownItem(id ?? 0);
  }
}

/** Whether the owner a sentence names belongs to the group (a member, or an organisation of its members). */
function ownerInGroup(group: Group, owner: ActionOwner): boolean {
  return owner.kind === 'member'
    ? group.members.some((m) => m.id === owner.id)
    : group.members.some((m) => m.organisation.toLowerCase() === owner.name.toLowerCase());
}

/** The groups the person coordinates, of those given. */
async function coordinated(turn: Turn, groups: readonly Group[]): Promise<Group[]> {
  const out: Group[] = [];
  for (const g of groups) if (await turn.deps.roles.isCoordinator(turn.context, g)) out.push(g);
  return out;
}

/**
 * The meeting an item comes from: the one named (a date said without a year that lies ahead is read as the
 * last one, since minutes are about meetings that took place), or the group's most recent one.
 */
async function meetingOf(turn: Turn, group: Group, named: LocalDate | undefined): Promise<Occurrence | undefined> {
  const service = turn.deps.actionItems;
  if (!named) return service.meeting(group, undefined, turn.now);
  const o = await service.meeting(group, named, turn.now);
  if (o && o.start.getTime() <= turn.now.getTime()) return o;
  if (named > turn.today) {
    const p = dateParts(named);
    const earlier = p.month === 2 && p.day === 29 ? undefined : makeDate(p.year - 1, p.month, p.day);
    const back = earlier ? await service.meeting(group, earlier, turn.now) : undefined;
    if (back) return back;
  }
  return o;
}

/** "actiepunt: BZK levert input aan voor dinsdag 26 mei": coordinators only; a bad owner or date stores nothing. */
export async function recordAction(turn: Turn, slots: Slots): Promise<Subject | void> {
  const { calendar, actionItems, logger } = turn.deps;
  const said = slots.actionItem ?? {};
  const itemText = (said.text ?? '').trim();
  if (slots.group && 'unknown' in slots.group) return sendText(turn.context, unknownGroupText(turn, slots.group.unknown));
  // "actiepunt: … voor het volgende SG-overleg" belongs to the SG-overleg when no other group is named.
  const namedId = slots.group && 'id' in slots.group ? slots.group.id : (turn.boundGroupId ?? said.dueNextMeetingOf);
  const named = namedId ? calendar.group(namedId) : undefined;
  let groups: Group[];
  if (named) {
    if (!(await turn.deps.roles.isCoordinator(turn.context, named)))
      return sendText(turn.context, turn.msgs.actionOnlyCoordinators(named.name, contactsOf(named)));
    groups = [named];
  } else {
    groups = await coordinated(turn, calendar.schedule.groups);
    if (groups.length === 0) return sendText(turn.context, turn.msgs.actionOnlyCoordinatorsAny);
  }
  if (!itemText) return sendText(turn.context, turn.msgs.actionEmptyText);
  const words = itemText
    .replace(/[.,;:!?()]/g, ' ')
    .split(/\s+/)
    .filter(Boolean);
  const owners = groups.map((group) => ({ group, found: actionItems.ownerAt(group, words) })).filter((x) => x.found);
  if (owners.length === 0) return sendText(turn.context, turn.msgs.actionUnknownOwner);
  let fits = owners.filter((x) => ownerInGroup(x.group, x.found!.owner));
  if (fits.length === 0) fits = owners;
  // Several groups fit the owner: ask which, never guess.
  if (fits.length > 1) return sendText(turn.context, turn.msgs.actionWhichGroup(fits.map((x) => x.group.name)));
  const { group, found } = fits[0];
  let due = slots.date;
  if (!due && said.dueNextMeetingOf) {
    // "voor het volgende SG-overleg": the day of that group's next meeting that takes place.
    const [next] = (await calendar.upcoming(said.dueNextMeetingOf, turn.now, 3)).filter(takesPlace);
    due = next?.date;
  }
  if (!due) return sendText(turn.context, turn.msgs.actionNoDue);
  if (due < turn.today) return sendText(turn.context, turn.msgs.actionDueInPast(day(turn, due)));
  const meeting = await meetingOf(turn, group, said.meeting);
  if (!meeting)
    return sendText(turn.context, said.meeting ? turn.msgs.actionNoMeetingOn(group.name, day(turn, said.meeting)) : turn.msgs.actionNoMeeting(group.name));
  try {
    const item = await actionItems.record(group, meeting.originalDate, itemText, found!.owner, due, actor(turn), turn.now);
    logger.info({ event: 'action-item-recorded', group: group.id, item: item.id, meeting: item.meeting, owner: item.owner.kind }, 'action item recorded');
    await sendText(
      turn.context,
      turn.msgs.actionRecorded(item.id, ownerLabel(item.owner), day(turn, item.due), group.name, day(turn, meeting.date), item.text),
    );
    return { intent: 'action-item', groupId: group.id, date: meeting.date };
  } catch (e) {
    if (e instanceof ActionItemError) return sendText(turn.context, errorText(turn, e, undefined, due));
    throw e;
  }
}

function line(turn: Turn, item: ActionItem): string {
  return turn.msgs.actionLine(item.id, ownerLabel(item.owner), item.text, day(turn, item.due), item.requestedDue ? day(turn, item.requestedDue) : undefined);
}

const doneButton = (turn: Turn, group: Group, item: ActionItem): CardElement => ({
  type: 'Action.Submit',
  title: turn.msgs.actionDoneButton(item.id),
  data: { verb: VERBS.actionDone, item: `${group.id}|${item.id}`, lang: turn.lang },
});

/** "mijn actiepunten": the open items the person owns, as a member or through their organisation, with a done button each. */
export async function myActions(turn: Turn): Promise<Subject | void> {
  const mine = turn.deps.attendance.memberships(await turn.deps.roles.identity(turn.context));
  const owned = (await turn.deps.actionItems.ownedBy(mine)).filter((x) => x.item.status === 'open');
  if (owned.length === 0) return sendText(turn.context, turn.msgs.myActionsNone);
  const body: CardElement[] = [heading(turn.msgs.myActionsTitle)];
  const fallback: string[] = [turn.msgs.myActionsTitle];
  const byGroup = new Map<string, { group: Group; items: ActionItem[] }>();
  for (const { group, item } of owned) byGroup.set(group.id, { group, items: [...(byGroup.get(group.id)?.items ?? []), item] });
  const actions: CardElement[] = [];
  for (const { group, items } of byGroup.values()) {
    const view = viewActionItems(items, turn.today);
    body.push(text(group.name, { weight: 'Bolder', spacing: 'Medium' }));
    fallback.push(group.name);
    for (const item of view.overdue) {
      body.push(text(`${turn.msgs.actionOverdueHeading}: ${line(turn, item)}`, { color: 'Attention' }));
      fallback.push(`${turn.msgs.actionOverdueHeading}: ${line(turn, item)}`);
    }
    for (const item of view.open) {
      body.push(text(line(turn, item)));
      fallback.push(line(turn, item));
    }
    for (const item of [...view.overdue, ...view.open]) actions.push(doneButton(turn, group, item));
  }
  await sendCard(turn.context, card(body, fallback.join('\n'), actions));
  return { intent: 'my-actions' };
}

/**
 * The item `id` of one of `candidates` that the person may act on: they own it (as a member or through their
 * organisation) or coordinate its group. Says why not (and returns undefined) otherwise.
 */
async function locate(turn: Turn, candidates: readonly Group[], id: number): Promise<{ group: Group; item: ActionItem; coordinator: boolean } | undefined> {
  const { actionItems, roles, attendance } = turn.deps;
  const members = attendance.memberships(await roles.identity(turn.context));
  const withItem: { group: Group; item: ActionItem; allowed: boolean; coordinator: boolean }[] = [];
  for (const group of candidates) {
    const item = (await actionItems.items(group.id)).find((i) => i.id === id);
    if (!item) continue;
    const member = members.find((m) => m.group.id === group.id)?.member;
    const coordinator = await roles.isCoordinator(turn.context, group);
    withItem.push({ group, item, coordinator, allowed: coordinator || (member !== undefined && ownedBy(item, member)) });
  }
  if (withItem.length === 0) return void (await sendText(turn.context, turn.msgs.actionUnknownItem(id)));
  const allowed = withItem.filter((x) => x.allowed);
  if (allowed.length === 0) return void (await sendText(turn.context, turn.msgs.actionNotYours(id, withItem[0].group.name)));
  if (allowed.length > 1)
    return void (await sendText(
      turn.context,
      turn.msgs.actionAmbiguousNumber(
        id,
        allowed.map((x) => x.group.name),
      ),
    ));
  return allowed[0];
}

/** Marks one item done when the person owns it or coordinates its group; everything checked against the latest state. */
async function finish(turn: Turn, candidates: readonly Group[], id: number, via: 'chat' | 'card'): Promise<void> {
  const found = await locate(turn, candidates, id);
  if (!found) return;
  const { group } = found;
  try {
    const item = await turn.deps.actionItems.markDone(group.id, id, actor(turn), turn.now);
    turn.deps.logger.info({ event: 'action-item-done', group: group.id, item: id, via }, 'action item done');
    const outcome = turn.msgs.actionMarkedDone(id, item.text);
    if (via === 'card') await replaceCard(turn.context, card([text(outcome)], outcome));
    else await sendText(turn.context, outcome);
  } catch (e) {
    if (e instanceof ActionItemError) return sendText(turn.context, errorText(turn, e, id));
    throw e;
  }
}

function candidatesOf(turn: Turn, slots: Slots): Group[] {
  const { calendar } = turn.deps;
  const namedId = slots.group && 'id' in slots.group ? slots.group.id : turn.boundGroupId;
  const named = namedId ? calendar.group(namedId) : undefined;
  return named ? [named] : [...calendar.schedule.groups];
}

function dateErrorText(turn: Turn, e: ActionItemError, id: number, due?: LocalDate): string {
  if (e.code === 'same-date') return turn.msgs.actionSameDate(id);
  if (e.code === 'no-request') return turn.msgs.actionNoRequest(id);
  return errorText(turn, e, id, due);
}

/** "actiepunt 2 nieuwe datum 15 juni": the owner asks (a coordinator confirms); a coordinator's own new date counts at once. */
export async function actionNewDate(turn: Turn, slots: Slots): Promise<Subject | void> {
  const id = slots.actionItem?.number ?? 0;
  if (slots.group && 'unknown' in slots.group) return sendText(turn.context, unknownGroupText(turn, slots.group.unknown));
  if (!slots.date) return sendText(turn.context, turn.msgs.actionNoNewDate);
  const found = await locate(turn, candidatesOf(turn, slots), id);
  if (!found) return;
  const { actionItems, logger } = turn.deps;
  try {
    await actionItems.requestNewDate(found.group.id, id, slots.date, actor(turn), turn.now);
    if (found.coordinator) {
      const item = await actionItems.confirmNewDate(found.group.id, id, actor(turn), turn.now);
      logger.info({ event: 'action-item-new-date', group: found.group.id, item: id, confirmed: true }, 'action item has a new date');
      return sendText(turn.context, turn.msgs.actionNewDateSet(id, day(turn, item.due)));
    }
    logger.info({ event: 'action-item-new-date', group: found.group.id, item: id, confirmed: false }, 'new date asked for an action item');
    return sendText(turn.context, turn.msgs.actionNewDateAsked(id, day(turn, slots.date)));
  } catch (e) {
    if (e instanceof ActionItemError) return sendText(turn.context, dateErrorText(turn, e, id, slots.date));
    throw e;
  }
}

async function confirm(turn: Turn, candidates: readonly Group[], id: number, expected: LocalDate | undefined, via: 'chat' | 'card'): Promise<void> {
  const found = await locate(turn, candidates, id);
  if (!found) return;
  if (!found.coordinator) return sendText(turn.context, turn.msgs.actionConfirmOnlyCoordinators(found.group.name));
  // A button confirms the date it showed: if the owner asked another one since, nothing changes.
  if (expected !== undefined && found.item.requestedDue !== expected)
    return sendText(turn.context, found.item.requestedDue ? turn.msgs.cardRefused : turn.msgs.actionNoRequest(id));
  try {
    const item = await turn.deps.actionItems.confirmNewDate(found.group.id, id, actor(turn), turn.now);
    turn.deps.logger.info({ event: 'action-item-new-date', group: found.group.id, item: id, confirmed: true, via }, 'new date confirmed');
    const outcome = turn.msgs.actionNewDateSet(id, day(turn, item.due));
    if (via === 'card') await replaceCard(turn.context, card([text(outcome)], outcome));
    else await sendText(turn.context, outcome);
  } catch (e) {
    if (e instanceof ActionItemError) return sendText(turn.context, dateErrorText(turn, e, id));
    throw e;
  }
}

/** "bevestig nieuwe datum actiepunt 2": coordinators only. */
export async function actionConfirmDate(turn: Turn, slots: Slots): Promise<Subject | void> {
  if (slots.group && 'unknown' in slots.group) return sendText(turn.context, unknownGroupText(turn, slots.group.unknown));
  await confirm(turn, candidatesOf(turn, slots), slots.actionItem?.number ?? 0, undefined, 'chat');
}

export interface ConfirmDatePayload {
  item: { groupId: string; id: number };
  due: LocalDate;
}

/** The confirm button of the coordinators' overview. */
export async function onConfirmDate(turn: Turn, p: ConfirmDatePayload): Promise<void> {
  const group = turn.deps.calendar.group(p.item.groupId);
  if (!group) return sendText(turn.context, turn.msgs.cardRefused);
  await confirm(turn, [group], p.item.id, p.due, 'card');
}

/** "actiepunt 2 is klaar", "action item 2 is done". */
export async function actionDone(turn: Turn, slots: Slots): Promise<Subject | void> {
  const id = slots.actionItem?.number;
  if (!id) return sendText(turn.context, turn.msgs.actionUnknownItem(0));
  if (slots.group && 'unknown' in slots.group) return sendText(turn.context, unknownGroupText(turn, slots.group.unknown));
  await finish(turn, candidatesOf(turn, slots), id, 'chat');
}

/** The done button of "mijn actiepunten": the payload names the item; who may mark it is checked again. */
export async function onActionDone(turn: Turn, p: ActionDonePayload): Promise<void> {
  const group = turn.deps.calendar.group(p.item.groupId);
  if (!group) return sendText(turn.context, turn.msgs.cardRefused);
  await finish(turn, [group], p.item.id, 'card');
}

/** "openstaande actiepunten van het SG-overleg": for coordinators, overdue, open and done, of one meeting when a date is named. */
export async function openActions(turn: Turn, slots: Slots): Promise<Subject | void> {
  const { calendar, roles, actionItems } = turn.deps;
  if (slots.group && 'unknown' in slots.group) return sendText(turn.context, unknownGroupText(turn, slots.group.unknown));
  const namedId = slots.group && 'id' in slots.group ? slots.group.id : turn.boundGroupId;
  const named = namedId ? calendar.group(namedId) : undefined;
  let groups: Group[];
  if (named) {
    if (!(await roles.isCoordinator(turn.context, named)))
      return sendText(turn.context, turn.msgs.actionOverviewOnlyCoordinators(named.name, contactsOf(named)));
    groups = [named];
  } else {
    groups = await coordinated(turn, calendar.schedule.groups);
    if (groups.length === 0) return sendText(turn.context, turn.msgs.actionOnlyCoordinatorsAny);
  }
  const body: CardElement[] = [];
  const fallback: string[] = [];
  const put = (s: string, style: Record<string, unknown> = {}) => {
    body.push(text(s, style));
    fallback.push(s);
  };
  let shown = 0;
  const actions: CardElement[] = [];
  for (const group of groups) {
    const items = await actionItems.items(group.id);
    if (items.length === 0 && groups.length > 1) continue;
    // One meeting's items when a date is named: the title and the empty text say which meeting, not the whole group.
    const occurrence = slots.date ? await calendar.occurrenceOn(group.id, slots.date) : undefined;
    const meetingDay = slots.date ? day(turn, occurrence?.date ?? slots.date) : undefined;
    const view = viewActionItems(items, turn.today, slots.date ? (occurrence?.originalDate ?? slots.date) : undefined);
    const title = meetingDay ? turn.msgs.openActionsTitleOf(group.name, meetingDay) : turn.msgs.openActionsTitle(group.name);
    body.push(heading(title));
    fallback.push(title);
    shown++;
    if (view.open.length + view.overdue.length + view.done.length === 0) {
      put(meetingDay ? turn.msgs.openActionsNoneOf(group.name, meetingDay) : turn.msgs.openActionsNone(group.name), { isSubtle: true });
      continue;
    }
    if (view.overdue.length) put(turn.msgs.actionOverdueHeading, { weight: 'Bolder', color: 'Attention' });
    for (const i of view.overdue) put(line(turn, i), { color: 'Attention' });
    if (view.open.length) put(turn.msgs.actionOpenHeading, { weight: 'Bolder' });
    for (const i of view.open) put(line(turn, i));
    for (const i of [...view.overdue, ...view.open].filter((x) => x.requestedDue)) {
      actions.push({
        type: 'Action.Submit',
        title: turn.msgs.actionConfirmButton(i.id, day(turn, i.requestedDue!)),
        data: { verb: VERBS.actionConfirmDate, item: `${group.id}|${i.id}`, due: i.requestedDue, lang: turn.lang },
      });
    }
    if (view.done.length) put(turn.msgs.actionDoneHeading, { weight: 'Bolder' });
    // The ten most recently done; older ones are in the export.
    for (const i of view.done.slice(0, 10)) put(line(turn, i), { isSubtle: true });
  }
  if (shown === 0) return sendText(turn.context, groups.length === 1 ? turn.msgs.openActionsNone(groups[0].name) : turn.msgs.openActionsNoneAny);
  // One press to record the next one, for a single group with members (several groups: "nieuw actiepunt" asks which).
  if (groups.length === 1 && groups[0].members.length > 0)
    actions.push({ type: 'Action.Submit', title: turn.msgs.actionFormButton, data: { verb: VERBS.actionForm, group: groups[0].id, lang: turn.lang } });
  await sendCard(turn.context, card(body, fallback.join('\n'), actions));
  return { intent: 'open-actions', ...(groups.length === 1 ? { groupId: groups[0].id } : {}) };
}

/** The owners a form offers for a group: its members ("Bram Jansen (BZK)"), then the organisations they are from. */
function ownerChoices(group: Group): { title: string; value: string }[] {
  const orgs = [...new Set(group.members.map((m) => m.organisation))].sort((a, b) => a.localeCompare(b));
  return [...group.members.map((m) => ({ title: `${m.name} (${m.organisation})`, value: `m:${m.id}` })), ...orgs.map((o) => ({ title: o, value: `o:${o}` }))];
}

/** How far back the form looks for meetings an item may come from. */
const FORM_LOOK_BACK_DAYS = 120;

/** The meetings of a group that took place recently, most recent first: what an action item can come from. */
async function recentMeetings(turn: Turn, group: Group): Promise<Occurrence[]> {
  const past = await turn.deps.calendar.between([group.id], addDays(turn.today, -FORM_LOOK_BACK_DAYS), turn.today);
  return past
    .filter((o) => takesPlace(o) && o.start.getTime() <= turn.now.getTime())
    .slice(-5)
    .reverse();
}

/** The form for one group (the caller checked that the person coordinates it). */
async function sendForm(turn: Turn, group: Group, via: 'chat' | 'card'): Promise<Subject | void> {
  const m = turn.msgs;
  if (group.members.length === 0) return sendText(turn.context, m.actionFormNoMembers(group.name));
  const meetings = await recentMeetings(turn, group);
  if (meetings.length === 0) return sendText(turn.context, m.actionNoMeeting(group.name));
  const form = actionItemFormCard(
    {
      title: m.actionFormTitle(group.name),
      intro: m.actionFormIntro,
      textLabel: m.actionFormText,
      ownerLabel: m.actionFormOwner,
      dueLabel: m.actionFormDue,
      meetingLabel: m.actionFormMeeting,
      submit: m.actionFormSubmit,
    },
    {
      groupId: group.id,
      owners: ownerChoices(group),
      meetings: meetings.map((o) => ({ title: m.meetingWhen(o, { zone: turn.deps.calendar.zone }), value: o.originalDate })),
      minDue: turn.today,
      maxTextLength: MAX_ACTION_TEXT_LENGTH,
      lang: turn.lang,
    },
  );
  if (via === 'card') await replaceCard(turn.context, form);
  else await sendCard(turn.context, form);
  return { intent: 'action-form', groupId: group.id };
}

/** "nieuw actiepunt", "new action item": the form, for a group the person coordinates (asked which when several fit). */
export async function actionForm(turn: Turn, slots: Slots): Promise<Subject | void> {
  const { calendar, roles } = turn.deps;
  if (slots.group && 'unknown' in slots.group) return sendText(turn.context, unknownGroupText(turn, slots.group.unknown));
  const namedId = slots.group && 'id' in slots.group ? slots.group.id : turn.boundGroupId;
  const named = namedId ? calendar.group(namedId) : undefined;
  if (named) {
    if (!(await roles.isCoordinator(turn.context, named))) return sendText(turn.context, turn.msgs.actionOnlyCoordinators(named.name, contactsOf(named)));
    return sendForm(turn, named, 'chat');
  }
  const groups = (await coordinated(turn, calendar.schedule.groups)).filter((g) => g.members.length > 0);
  if (groups.length === 0) return sendText(turn.context, turn.msgs.actionOnlyCoordinatorsAny);
  if (groups.length === 1) return sendForm(turn, groups[0], 'chat');
  await sendCard(
    turn.context,
    card(
      [text(turn.msgs.actionFormWhichGroup)],
      [turn.msgs.actionFormWhichGroup, ...groups.map((g) => `- ${g.name}`)].join('\n'),
      groups.map((g) => ({ type: 'Action.Submit', title: g.name, data: { verb: VERBS.actionForm, group: g.id, lang: turn.lang } })),
    ),
  );
}

/** The overview's "Nieuw actiepunt" button and the choice of group: the form, for coordinators only. */
export async function onActionForm(turn: Turn, p: { group: string }): Promise<void> {
  const group = turn.deps.calendar.group(p.group);
  if (!group) return sendText(turn.context, turn.msgs.cardRefused);
  if (!(await turn.deps.roles.isCoordinator(turn.context, group)))
    return sendText(turn.context, turn.msgs.actionOnlyCoordinators(group.name, contactsOf(group)));
  await sendForm(turn, group, 'card');
}

export interface ActionCreatePayload {
  group: string;
  text: string;
  owner: { kind: 'member'; id: string } | { kind: 'organisation'; name: string };
  due: LocalDate;
  meeting: LocalDate;
}

/**
 * The form submitted: everything checked again, since a client may send anything (a forged owner, a past date,
 * a meeting of another group, a non-coordinator replaying the card). A refusal is a reply; the form stays to correct.
 */
export async function onActionCreate(turn: Turn, p: ActionCreatePayload): Promise<void> {
  const { calendar, actionItems, roles, logger } = turn.deps;
  const group = calendar.group(p.group);
  if (!group) return sendText(turn.context, turn.msgs.cardRefused);
  if (!(await roles.isCoordinator(turn.context, group))) return sendText(turn.context, turn.msgs.actionOnlyCoordinators(group.name, contactsOf(group)));
  if (!p.text.trim()) return sendText(turn.context, turn.msgs.actionFormEmptyText);
  let owner: ActionOwner | undefined;
  if (p.owner.kind === 'member') {
    const id = p.owner.id;
    const m = group.members.find((x) => x.id === id);
    if (m) owner = { kind: 'member', id: m.id, name: m.name, organisation: m.organisation };
  } else {
    const name = p.owner.name.toLowerCase();
    const org = group.members.find((x) => x.organisation.toLowerCase() === name)?.organisation;
    if (org) owner = { kind: 'organisation', name: org };
  }
  if (!owner) return sendText(turn.context, turn.msgs.actionFormUnknownOwner(group.name));
  if (p.due < turn.today) return sendText(turn.context, turn.msgs.actionDueInPast(day(turn, p.due)));
  const meeting = (await recentMeetings(turn, group)).find((o) => o.originalDate === p.meeting);
  if (!meeting) return sendText(turn.context, turn.msgs.actionNoMeetingOn(group.name, day(turn, p.meeting)));
  try {
    const item = await actionItems.record(group, meeting.originalDate, p.text, owner, p.due, actor(turn), turn.now);
    logger.info(
      { event: 'action-item-recorded', group: group.id, item: item.id, meeting: item.meeting, owner: item.owner.kind, via: 'card' },
      'action item recorded',
    );
    const outcome = turn.msgs.actionRecorded(item.id, ownerLabel(item.owner), day(turn, item.due), group.name, day(turn, meeting.date), item.text);
    // The form is replaced by what was recorded, so it cannot be submitted twice.
    await replaceCard(turn.context, card([text(outcome)], outcome));
  } catch (e) {
    if (e instanceof ActionItemError) return sendText(turn.context, errorText(turn, e, undefined, p.due));
    throw e;
  }
}
