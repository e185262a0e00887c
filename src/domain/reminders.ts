import { ConversationKind, ConversationNames } from './conversation';
import { addDays, isoWeekday, LocalDate } from './localDate';
import { Occurrence, takesPlace } from './occurrences';
import { WorkCalendar } from './workCalendar';
import { localDateAt, localTimeAt, zonedInstant } from './zonedTime';

export type ChannelTarget = { kind: 'channel'; conversationId: string | null };
export type PersonTarget = { kind: 'personal'; person: string };
export type PostTarget = ChannelTarget | PersonTarget;

/** What every planned post has: its identity, when it is due and until when it is still worth sending. */
interface PostBase {
  /** Stable identity (group, occurrence, kind, offset, target), built by `postKeys`: claimed once, so never sent twice. */
  key: string;
  /**
   * The reminder this post is one offset of (the key without the offset): of several offsets of one reminder
   * that are due at once, only the latest is sent.
   */
  reminder: string;
  offset: string;
  at: Date;
  /** After this a missed post is dropped instead of sent late (the grace period of its kind). */
  expiresAt: Date;
}

/** A post about one meeting of one group (by the rule's date of the meeting, so a move does not resend it). */
interface MeetingPostBase extends PostBase {
  groupId: string;
  originalDate: LocalDate;
}

/** The channel reminder 2 working days and 3 hours before the pitch deadline. */
export interface DeadlineChannelPost extends MeetingPostBase {
  kind: 'deadline-channel';
  target: ChannelTarget;
}

/** The personal reminder to a lead or deputy who still owes a pitch: every theme they owe one for. */
export interface DeadlinePersonalPost extends MeetingPostBase {
  kind: 'deadline-personal';
  target: PersonTarget;
  themes: readonly string[];
}

/** The pitch bundle in a channel at the deadline. */
export interface BundlePost extends MeetingPostBase {
  kind: 'bundle';
  target: ChannelTarget;
}

/** The reminder the working day before the meeting. */
export interface MeetingReminderPost extends MeetingPostBase {
  kind: 'meeting-reminder';
  target: ChannelTarget;
}

/** The weekly digest in one channel, about every group bound to it (no single group). */
export interface DigestPost extends PostBase {
  kind: 'weekly-digest';
  target: ChannelTarget;
  /** The Monday the week starts. */
  monday: LocalDate;
  groups: readonly string[];
}

/** A personal reminder of one open action item of a group. */
export interface ActionReminderPost extends PostBase {
  kind: 'action-personal';
  target: PersonTarget;
  groupId: string;
  /** The item's number in its group. */
  item: number;
  due: LocalDate;
}

/** A pitch submitted after its bundle, as a reply in the bundle's thread in one channel, once per revision. */
export interface LateReplyPost extends MeetingPostBase {
  kind: 'late-reply';
  target: { kind: 'channel'; conversationId: string };
  theme: string;
  revision: number;
  /** The id of the thread's root message (the bundle's first message). */
  thread: string;
}

/** The notice to one coordinator that a conversation became unreachable (403/404). */
export interface UnreachableNoticePost extends PostBase {
  kind: 'unreachable-notice';
  target: PersonTarget;
  /** The conversation that became unreachable. */
  conversationId: string;
  /** What the notice names: the kind of conversation and the names Teams gave (never its id). */
  about: ConversationPlace;
  /** The groups whose posts went there and that this coordinator coordinates. */
  groups: readonly string[];
}

/** A member told that a meeting they had answered for was cancelled or moved (once per change). */
export interface MeetingChangePost extends MeetingPostBase {
  kind: 'meeting-change';
  target: PersonTarget;
  /** When the change was stored: a later change replaces this one (its notice then says nothing). */
  changedAt: Date;
}

/** One post the bot will make, by kind: each carries exactly what its kind needs. */
export type PlannedPost =
  | DeadlineChannelPost
  | DeadlinePersonalPost
  | BundlePost
  | MeetingReminderPost
  | DigestPost
  | ActionReminderPost
  | LateReplyPost
  | UnreachableNoticePost
  | MeetingChangePost;

export type PostKind = PlannedPost['kind'];

/** For the compiler: a switch over post kinds that forgets one does not compile. */
export function unhandledKind(p: never): never {
  throw new Error(`unhandled post kind ${(p as { kind?: string }).kind}`);
}

/** Every group a post is about: one for a meeting's posts and an action item, those of the channel for a digest, those told of for a notice. */
export function postGroups(p: PlannedPost): readonly string[] {
  switch (p.kind) {
    case 'deadline-channel':
    case 'deadline-personal':
    case 'bundle':
    case 'meeting-reminder':
    case 'late-reply':
    case 'action-personal':
    case 'meeting-change':
      return [p.groupId];
    case 'weekly-digest':
    case 'unreachable-notice':
      return p.groups;
    default:
      return unhandledKind(p);
  }
}

/** A conversation as a text may name it. */
export interface ConversationPlace {
  kind: ConversationKind;
  names?: ConversationNames;
}

/** A conversation the bot was refused in (403/404), as stored with its reference. */
export interface UnreachableConversation {
  conversationId: string;
  since: Date;
  /** The groups whose posts went there (their coordinators are told). */
  groupIds: readonly string[];
  /** What the notice names: the kind of conversation and the names stored with its reference (never its id). */
  where: ConversationPlace;
}

/** How long the coordinators' notice about an unreachable conversation is still worth sending. */
export const NOTICE_GRACE_MS = 7 * 24 * 3_600_000;

/** A bundle recorded as sent in one channel: the root of the thread that late pitches are added to. */
export interface SentBundle {
  groupId: string;
  originalDate: LocalDate;
  conversationId: string;
  /** The id of the bundle's first message. */
  rootId: string;
  /** The instant of the stored state the bundle was rendered from: pitches submitted later are not in it. */
  asOf: Date;
}

/** A meeting's submitted pitches, by their latest submission, and when the meeting ends. */
export interface MeetingSubmissions {
  groupId: string;
  originalDate: LocalDate;
  end: Date;
  submitted: { themeId: string; at: Date; revision: number }[];
}

export interface MeetingContext {
  groupId: string;
  occurrence: Occurrence;
  /** Channels bound to the group; null stands for "the group's channel, not bound yet" in a dry run. */
  channels: (string | null)[];
  themes: { id: string; delivered: boolean; people: string[] }[];
  settings: ReminderSettings;
}

export interface ReminderSettings {
  channelDeadline: boolean;
  personal: boolean;
  bundle: boolean;
  meetingReminder: boolean;
}

export const DEFAULT_SETTINGS: ReminderSettings = { channelDeadline: true, personal: true, bundle: true, meetingReminder: true };

const HOUR = 3_600_000;

/** `n` working days before `instant`, at the same wall-clock time. */
function workingDaysBefore(instant: Date, n: number, cal: WorkCalendar, zone: string): Date {
  return zonedInstant(cal.workingDaysBefore(localDateAt(instant, zone), n), localTimeAt(instant, zone), zone);
}

/** The working day before the meeting at 09:00 (Friday's meeting is reminded on Thursday). */
function dayBeforeAtNine(o: Occurrence, cal: WorkCalendar, zone: string): Date {
  return zonedInstant(cal.workingDaysBefore(o.date, 1), '09:00', zone);
}

const targetKey = (t: PostTarget) => (t.kind === 'channel' ? `channel:${t.conversationId ?? '-'}` : `person:${t.person}`);

/**
 * Every key under which a post is claimed, built here and nowhere else: a key that is spelled differently in
 * two places claims two different posts, and the post goes out twice. The layout is stored in claims, so it
 * must not change.
 */
export const postKeys = {
  /** A post about one meeting (by the rule's date of the meeting, so a move does not resend it). */
  meeting: (groupId: string, originalDate: LocalDate, kind: PostKind, offset: string, target: PostTarget) =>
    `${groupId}/${originalDate}/${kind}/${offset}/${targetKey(target)}`,
  /** The reminder a meeting post is one offset of. */
  meetingReminder: (groupId: string, originalDate: LocalDate, kind: PostKind, target: PostTarget) => `${groupId}/${originalDate}/${kind}/${targetKey(target)}`,
  /** The weekly digest of the week starting `monday`, in one channel. */
  digest: (monday: LocalDate, target: PostTarget) => `digest/${monday}/${targetKey(target)}`,
  /** The bundle of a meeting in one channel (its message id is the root of late-pitch replies). */
  bundle: (groupId: string, originalDate: LocalDate, conversationId: string) =>
    postKeys.meeting(groupId, originalDate, 'bundle', 'D', { kind: 'channel', conversationId }),
  /** A pitch submitted after its bundle, added as a reply in one channel's bundle thread, once per revision. */
  lateReply: (groupId: string, originalDate: LocalDate, themeId: string, revision: number, conversationId: string) =>
    `late/${groupId}/${originalDate}/${themeId}/${revision}/${conversationId}`,
  /**
   * A personal reminder of one action item (by its number in the group and its due date: a confirmed new date
   * is reminded again, the old one never twice).
   */
  action: (groupId: string, id: number, due: LocalDate, offset: string, person: string) => `action/${groupId}/${id}/${due}/${offset}/person:${person}`,
  actionReminder: (groupId: string, id: number, due: LocalDate, person: string) => `action/${groupId}/${id}/${due}/person:${person}`,
  /**
   * The notice to one coordinator that a conversation became unreachable, once per conversation. (Before
   * notices were planned, one key `notice/unreachable/<conversation>` covered every coordinator; those
   * conversations carry no `unreachableSince` and are not planned again.)
   */
  unreachableNotice: (conversationId: string, coordinator: PostTarget) => `notice/unreachable/${conversationId}/${targetKey(coordinator)}`,
  /**
   * A member told that a meeting they had answered for was cancelled or moved: once per change (by the instant the
   * change was stored, so a second move tells them again), per person.
   */
  meetingChange: (groupId: string, originalDate: LocalDate, changedAt: string, person: string) =>
    `change/${groupId}/${originalDate}/${changedAt}/person:${person}`,
  meetingChangeReminder: (groupId: string, originalDate: LocalDate, person: string) => `change/${groupId}/${originalDate}/person:${person}`,
} as const;

/** The identity and timing of one offset of a meeting's post to `target`. */
function meetingBase(kind: PostKind, m: MeetingContext, offset: string, at: Date, expiresAt: Date, target: PostTarget): MeetingPostBase {
  const o = m.occurrence;
  return {
    key: postKeys.meeting(m.groupId, o.originalDate, kind, offset, target),
    reminder: postKeys.meetingReminder(m.groupId, o.originalDate, kind, target),
    groupId: m.groupId,
    originalDate: o.originalDate,
    offset,
    at,
    expiresAt,
  };
}

/**
 * Everything due for these meetings, pure. Grace periods: deadline reminders (channel and personal) only
 * until the deadline; the bundle until the meeting ends (it is always wanted before the meeting); the
 * meeting reminder until the meeting starts. Meetings that do not take place get nothing.
 */
export function planMeetingPosts(meetings: MeetingContext[], cal: WorkCalendar, zone: string): PlannedPost[] {
  const out: PlannedPost[] = [];
  for (const m of meetings) {
    const o = m.occurrence;
    if (!takesPlace(o)) continue;
    const deadline = o.deadline;
    if (m.settings.meetingReminder) {
      for (const c of m.channels) {
        const target: ChannelTarget = { kind: 'channel', conversationId: c };
        out.push({ ...meetingBase('meeting-reminder', m, 'M-1wd@09:00', dayBeforeAtNine(o, cal, zone), o.start, target), kind: 'meeting-reminder', target });
      }
    }
    if (!deadline) continue;
    if (m.settings.channelDeadline) {
      for (const c of m.channels) {
        const target: ChannelTarget = { kind: 'channel', conversationId: c };
        for (const [offset, at] of [
          ['D-2wd', workingDaysBefore(deadline, 2, cal, zone)],
          ['D-3h', new Date(deadline.getTime() - 3 * HOUR)],
        ] as const)
          out.push({ ...meetingBase('deadline-channel', m, offset, at, deadline, target), kind: 'deadline-channel', target });
      }
    }
    if (m.settings.bundle) {
      for (const c of m.channels) {
        const target: ChannelTarget = { kind: 'channel', conversationId: c };
        out.push({ ...meetingBase('bundle', m, 'D', deadline, o.end, target), kind: 'bundle', target });
      }
    }
    if (m.settings.personal) {
      // Only to the people who still owe a pitch, each once per offset, naming all their missing themes.
      const owed = new Map<string, string[]>();
      for (const t of m.themes) if (!t.delivered) for (const p of t.people) owed.set(p, [...(owed.get(p) ?? []), t.id]);
      for (const [person, themes] of owed) {
        const target: PersonTarget = { kind: 'personal', person };
        for (const [offset, hours] of [
          ['D-24h', 24],
          ['D-2h', 2],
        ] as const) {
          const at = new Date(deadline.getTime() - hours * HOUR);
          out.push({ ...meetingBase('deadline-personal', m, offset, at, deadline, target), kind: 'deadline-personal', target, themes });
        }
      }
    }
  }
  return out.sort((a, b) => a.at.getTime() - b.at.getTime() || a.key.localeCompare(b.key));
}

/** Every Monday 09:00 in [from, to] that is a working day outside recesses: one digest per channel. */
export function planDigests(
  channels: { conversationId: string | null; groupIds: string[] }[],
  from: LocalDate,
  to: LocalDate,
  cal: WorkCalendar,
  zone: string,
): DigestPost[] {
  const out: DigestPost[] = [];
  for (let d = from; d <= to; d = addDays(d, 1)) {
    if (isoWeekday(d) !== 1 || !cal.isWorkingDay(d) || cal.recess(d)) continue;
    const at = zonedInstant(d, '09:00', zone);
    for (const c of channels) {
      const target: ChannelTarget = { kind: 'channel', conversationId: c.conversationId };
      const key = postKeys.digest(d, target);
      out.push({
        key,
        reminder: key,
        kind: 'weekly-digest',
        monday: d,
        groups: [...c.groupIds],
        offset: `W@${d}`,
        at,
        expiresAt: zonedInstant(d, '23:59', zone),
        target,
      });
    }
  }
  return out;
}

/**
 * Late-pitch replies, derived from the stored state, pure: a pitch whose latest submission is after the state
 * its bundle was rendered from gets one reply in the thread of every channel where the bundle was recorded as
 * sent, once per revision (a later resubmission is a new reply; of several between two ticks only the latest).
 * Due from the submission until the meeting ends.
 */
export function planLateReplies(bundles: readonly SentBundle[], meetings: readonly MeetingSubmissions[]): LateReplyPost[] {
  const out: LateReplyPost[] = [];
  for (const b of bundles) {
    const m = meetings.find((x) => x.groupId === b.groupId && x.originalDate === b.originalDate);
    if (!m) continue;
    for (const s of m.submitted) {
      if (s.at.getTime() <= b.asOf.getTime()) continue;
      const key = postKeys.lateReply(b.groupId, b.originalDate, s.themeId, s.revision, b.conversationId);
      out.push({
        key,
        reminder: key,
        kind: 'late-reply',
        groupId: b.groupId,
        originalDate: b.originalDate,
        offset: `R${s.revision}`,
        at: s.at,
        expiresAt: m.end,
        target: { kind: 'channel', conversationId: b.conversationId },
        theme: s.themeId,
        revision: s.revision,
        thread: b.rootId,
      });
    }
  }
  return out.sort((a, b) => a.at.getTime() - b.at.getTime() || a.key.localeCompare(b.key));
}

/**
 * The coordinators' notices, derived from the stored references, pure: a conversation marked unreachable
 * (with the instant and the groups whose posts went there) gets one notice to each coordinator of those
 * groups, naming all of them; due from the instant, for a week.
 */
export function planUnreachableNotices(
  conversations: readonly UnreachableConversation[],
  coordinatorsOf: (groupId: string) => readonly string[],
): UnreachableNoticePost[] {
  const out: UnreachableNoticePost[] = [];
  for (const c of conversations) {
    const groupsOf = new Map<string, string[]>();
    for (const g of c.groupIds)
      for (const person of coordinatorsOf(g)) groupsOf.set(person.toLowerCase(), [...new Set([...(groupsOf.get(person.toLowerCase()) ?? []), g])]);
    for (const [person, groupIds] of groupsOf) {
      const target: PersonTarget = { kind: 'personal', person };
      const key = postKeys.unreachableNotice(c.conversationId, target);
      out.push({
        key,
        reminder: key,
        kind: 'unreachable-notice',
        conversationId: c.conversationId,
        about: c.where,
        groups: groupIds,
        offset: 'N',
        at: c.since,
        expiresAt: new Date(c.since.getTime() + NOTICE_GRACE_MS),
        target,
      });
    }
  }
  return out.sort((a, b) => a.at.getTime() - b.at.getTime() || a.key.localeCompare(b.key));
}

/**
 * What is due at `now`: planned at or before now and not yet expired. Missed-but-expired posts are reported
 * apart, and so are offsets overtaken by a later offset of the same reminder that is due too (after downtime,
 * or a channel bound close to a deadline): "2 working days" and "3 hours" together would be two identical
 * cards, so only the latest is sent. The same at every tick, so a superseded offset never comes back.
 */
export function duePosts(
  planned: PlannedPost[],
  now: Date,
): { due: PlannedPost[]; superseded: { post: PlannedPost; by: PlannedPost }[]; expired: PlannedPost[] } {
  const live: PlannedPost[] = [];
  const expired: PlannedPost[] = [];
  for (const p of planned) {
    if (p.at.getTime() > now.getTime()) continue;
    (p.expiresAt.getTime() > now.getTime() ? live : expired).push(p);
  }
  const latest = new Map<string, PlannedPost>();
  for (const p of live) {
    const cur = latest.get(p.reminder);
    if (!cur || p.at.getTime() > cur.at.getTime() || (p.at.getTime() === cur.at.getTime() && p.key > cur.key)) latest.set(p.reminder, p);
  }
  const due: PlannedPost[] = [];
  const superseded: { post: PlannedPost; by: PlannedPost }[] = [];
  for (const p of live) {
    const by = latest.get(p.reminder)!;
    if (by === p) due.push(p);
    else superseded.push({ post: p, by });
  }
  return { due, superseded, expired };
}

/**
 * Whole minutes until `start`, when a meeting reminder goes out on the meeting's own day (it was due the
 * working day before, so it was caught up after downtime or a late binding); undefined otherwise. Never 0:
 * a reminder sent 20 seconds before the start says "in 1 minute".
 */
export function minutesToStartIfToday(start: Date, now: Date, zone: string): number | undefined {
  if (localDateAt(start, zone) !== localDateAt(now, zone) || start.getTime() <= now.getTime()) return undefined;
  return Math.max(1, Math.round((start.getTime() - now.getTime()) / 60_000));
}

/** One open action item and the people to remind of it (the owner, or the members of the owning organisation). */
export interface ActionReminderContext {
  groupId: string;
  id: number;
  due: LocalDate;
  people: string[];
}

/**
 * Personal reminders of open action items, pure: one working day before the due date at 09:00 (until the due
 * date's reminder), and on the due date at 09:00 (until the end of that day). Working days skip weekends and
 * public holidays (Ascension, Christmas), not recesses: agreements do not wait for the summer.
 */
export function planActionReminders(items: readonly ActionReminderContext[], cal: WorkCalendar, zone: string): ActionReminderPost[] {
  const out: ActionReminderPost[] = [];
  for (const item of items) {
    const before = cal.workingDaysBefore(item.due, 1);
    const onDue = zonedInstant(item.due, '09:00', zone);
    const endOfDue = zonedInstant(addDays(item.due, 1), '00:00', zone);
    for (const person of new Set(item.people)) {
      for (const [offset, at, expiresAt] of [
        ['A-1wd@09:00', zonedInstant(before, '09:00', zone), onDue],
        ['A@09:00', onDue, endOfDue],
      ] as const) {
        out.push({
          key: postKeys.action(item.groupId, item.id, item.due, offset, person),
          reminder: postKeys.actionReminder(item.groupId, item.id, item.due, person),
          kind: 'action-personal',
          groupId: item.groupId,
          item: item.id,
          due: item.due,
          offset,
          at,
          expiresAt,
          target: { kind: 'personal', person },
        });
      }
    }
  }
  return out.sort((a, b) => a.at.getTime() - b.at.getTime() || a.key.localeCompare(b.key));
}

/** A meeting cancelled or moved in chat, and the members who had answered for it before the change. */
export interface MeetingChangeContext {
  groupId: string;
  originalDate: LocalDate;
  /** When the change was stored. */
  changedAt: Date;
  /** After this a notice is pointless: the meeting (at its old or its new time) has begun. */
  expiresAt: Date;
  people: readonly string[];
}

/**
 * Notices of a cancelled or moved meeting, derived from the stored change and the stored answers, pure: one
 * personal notice to each member who had answered before the change; due from the change until the meeting.
 */
export function planChangeNotices(changes: readonly MeetingChangeContext[]): MeetingChangePost[] {
  const out: MeetingChangePost[] = [];
  for (const c of changes) {
    const at = c.changedAt.toISOString();
    for (const person of new Set(c.people)) {
      out.push({
        key: postKeys.meetingChange(c.groupId, c.originalDate, at, person),
        reminder: postKeys.meetingChangeReminder(c.groupId, c.originalDate, person),
        kind: 'meeting-change',
        groupId: c.groupId,
        originalDate: c.originalDate,
        changedAt: c.changedAt,
        offset: `C@${at}`,
        at: c.changedAt,
        expiresAt: c.expiresAt,
        target: { kind: 'personal', person },
      });
    }
  }
  return out.sort((a, b) => a.at.getTime() - b.at.getTime() || a.key.localeCompare(b.key));
}
