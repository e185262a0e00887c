import { Group, Member } from '../domain/schedule';
import {
  ActionItem,
  ActionItemError,
  ActionOwner,
  Actor,
  confirmNewDate,
  createActionItem,
  GroupActionItems,
  markDone,
  ownedBy,
  requestNewDate,
  todayIn,
} from '../domain/actionItems';
import { addDays, LocalDate } from '../domain/localDate';
import { Occurrence, takesPlace } from '../domain/occurrences';
import { Repositories } from '../store/repositories';
import { CalendarService } from './calendarService';

/** How far back "the most recent meeting" is looked for (a group that met longer ago names the meeting). */
const LOOK_BACK_DAYS = 120;

/**
 * Action items as the chat uses them: who an owner is (a member by name, or an organisation of the schedule),
 * which meeting an item came from, and the items stored per group (eTag, retried).
 */
export class ActionItemService {
  constructor(
    private readonly calendar: CalendarService,
    private readonly repos: Repositories,
  ) {}

  get zone(): string {
    return this.calendar.zone;
  }

  today(now: Date): LocalDate {
    return todayIn(now, this.zone);
  }

  /**
   * The owner a sentence names, at its start: a member of the group by full or first name, or an organisation
   * of the schedule's member lists ("BZK"). Longest match first; undefined when the first words name nobody.
   */
  ownerAt(group: Group, words: readonly string[]): { owner: ActionOwner; length: number } | undefined {
    const lower = words.map((w) => w.toLowerCase());
    const starts = (phrase: string) => {
      const p = phrase.toLowerCase().split(/\s+/);
      return p.every((w, i) => lower[i] === w) ? p.length : 0;
    };
    const members = [...group.members, ...this.calendar.schedule.groups.flatMap((g) => g.members)];
    let best: { owner: ActionOwner; length: number } | undefined;
    const consider = (owner: ActionOwner, length: number) => {
      if (length > 0 && (!best || length > best.length)) best = { owner, length };
    };
    for (const m of members) {
      const owner: ActionOwner = { kind: 'member', id: m.id, name: m.name, organisation: m.organisation };
      consider(owner, starts(m.name));
      // A first name only when it is unique in the group.
      const first = m.name.split(/\s+/)[0];
      if (group.members.filter((x) => x.name.split(/\s+/)[0].toLowerCase() === first.toLowerCase()).length === 1 && group.members.some((x) => x.id === m.id))
        consider(owner, starts(first));
    }
    for (const org of new Set(members.map((m) => m.organisation))) consider({ kind: 'organisation', name: org }, starts(org));
    return best;
  }

  /** The meeting an item comes from: the one on `date`, or else the group's most recent meeting that has started. */
  async meeting(group: Group, date: LocalDate | undefined, now: Date): Promise<Occurrence | undefined> {
    if (date) return this.calendar.occurrenceOn(group.id, date);
    const today = this.today(now);
    const past = (await this.calendar.between([group.id], addDays(today, -LOOK_BACK_DAYS), today)).filter(
      (o) => takesPlace(o) && o.start.getTime() <= now.getTime(),
    );
    return past.at(-1);
  }

  async items(groupId: string): Promise<ActionItem[]> {
    return (await this.repos.getActionItems(groupId))?.items ?? [];
  }

  /** Stores a new item against the latest state; refusals throw ActionItemError and store nothing. */
  async record(group: Group, meeting: LocalDate, text: string, owner: ActionOwner, due: LocalDate, by: Actor, now: Date): Promise<ActionItem> {
    let item: ActionItem | undefined;
    await this.repos.updateActionItems(group.id, (current) => {
      const r = createActionItem(current, { groupId: group.id, meeting, text, owner, due }, by, now, this.zone);
      item = r.item;
      return r.doc;
    });
    return item!;
  }

  private async change(groupId: string, f: (doc: GroupActionItems) => { doc: GroupActionItems; item: ActionItem }): Promise<ActionItem> {
    let item: ActionItem | undefined;
    await this.repos.updateActionItems(groupId, (current) => {
      if (!current) throw new ActionItemError('unknown-item');
      const r = f(current);
      item = r.item;
      return r.doc;
    });
    return item!;
  }

  markDone(groupId: string, id: number, by: Actor, now: Date): Promise<ActionItem> {
    return this.change(groupId, (doc) => markDone(doc, id, by, now));
  }

  requestNewDate(groupId: string, id: number, due: LocalDate, by: Actor, now: Date): Promise<ActionItem> {
    return this.change(groupId, (doc) => requestNewDate(doc, id, due, by, now, this.zone));
  }

  confirmNewDate(groupId: string, id: number, by: Actor, now: Date): Promise<ActionItem> {
    return this.change(groupId, (doc) => confirmNewDate(doc, id, by, now));
  }

  /**
   * The items a person owns (as a member, or through their organisation) in the groups they are a member of: one
   * store read for all those groups (on a remote store a read per group would be a round trip each).
   */
  async ownedBy(memberships: readonly { group: Group; member: Member }[]): Promise<{ group: Group; item: ActionItem }[]> {
    const docs = await this.repos.actionItemsOf(memberships.map((x) => x.group.id));
    const out: { group: Group; item: ActionItem }[] = [];
    for (const { group, member } of memberships) {
      for (const item of docs.get(group.id)?.items ?? []) if (ownedBy(item, member)) out.push({ group, item });
    }
    return out;
  }
}
