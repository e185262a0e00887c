import { Group, Theme } from '../domain/schedule';
import { ActionItem } from '../domain/actionItems';
import { AttendanceSummary, MeetingAttendance, summarise } from '../domain/attendance';
import { Bundle, buildBundle } from '../domain/bundle';
import { addDays, LocalDate } from '../domain/localDate';
import { Occurrence, resolveInstance } from '../domain/occurrences';
import { SeriesException } from '../domain/series';
import { Pitch } from '../domain/pitches';
import {
  ActionReminderContext,
  DEFAULT_SETTINGS,
  MeetingChangeContext,
  MeetingContext,
  PlannedPost,
  planActionReminders,
  planChangeNotices,
  planDigests,
  planMeetingPosts,
} from '../domain/reminders';
import { localDateAt, zonedInstant } from '../domain/zonedTime';
import { KnownReference, Repositories } from '../store/repositories';
import { CalendarService } from './calendarService';
import { PitchService, themeInfo } from './pitchService';

/** One meeting as the snapshot read it: what its posts are rendered from. */
export interface MeetingState {
  group: Group;
  occurrence: Occurrence;
  agenda: Theme[];
  pitches: Map<string, Pitch>;
  bundle: Bundle;
  /** Who answered for the meeting, per organisation (for groups with members). */
  attendance: AttendanceSummary;
}

/** A meeting cancelled or moved in chat, as the snapshot read it: what its change notices are rendered from. */
export interface ChangedMeeting {
  group: Group;
  /** The occurrence as it is now (cancelled, or at its new time). */
  occurrence: Occurrence;
  change: SeriesException & { at: string };
  attendance?: MeetingAttendance;
}

/**
 * The stored state a tick plans and renders from, read in a fixed number of store calls (list bindings;
 * bindings + exceptions + settings; agendas; pitches; attendance), whatever the number of groups, channels or meetings
 * in the window. Everything after the reads is pure.
 */
export interface PlanSnapshot {
  posts: PlannedPost[];
  /** By `groupId/originalDate`. */
  meetings: Map<string, MeetingState>;
  /** Every group's action items, by group id (for action item reminders). */
  actionItems: Map<string, ActionItem[]>;
  /**
   * Every known conversation reference, when the snapshot was asked for them (the tick): read from their
   * index in the same read as the bindings, so a tick costs the same with 5 references or 5000.
   */
  references?: KnownReference[];
  /**
   * With `skipSettled`: the settled mark the snapshot was read with. Posts whose grace ended before it are
   * decided already and left out (with the meetings that only had such posts): they are neither planned nor read.
   */
  settledBefore?: Date;
  /** Meetings cancelled or moved in chat since the start of the window, by `groupId/originalDate` (for change notices). */
  changed: Map<string, ChangedMeeting>;
  /** Occurrences of some groups in [from, to], from the exceptions in the snapshot (for the weekly digest). */
  between(groupIds: readonly string[], from: LocalDate, to: LocalDate): Occurrence[];
}

export const meetingRef = (groupId: string, originalDate: string) => `${groupId}/${originalDate}`;

/**
 * Gathers what the pure planner needs from the stored state (bindings, agendas, delivered pitches) and
 * asks it what the bot will post. The scheduler and the `plan` dry run use the same function.
 */
export class ReminderPlanService {
  constructor(
    private readonly calendar: CalendarService,
    private readonly pitches: PitchService,
    private readonly repos: Repositories,
  ) {}

  /**
   * Posts planned in [from, to] (local dates, inclusive). With `unboundAsPlaceholder`, a group without a
   * bound channel gets a `null` channel, so a dry run shows what its channel would receive once bound.
   */
  async plan(from: LocalDate, to: LocalDate, options: { groupIds?: readonly string[]; unboundAsPlaceholder?: boolean } = {}): Promise<PlannedPost[]> {
    return (await this.snapshot(from, to, options)).posts;
  }

  async snapshot(
    from: LocalDate,
    to: LocalDate,
    options: { groupIds?: readonly string[]; unboundAsPlaceholder?: boolean; references?: boolean; skipSettled?: boolean } = {},
  ): Promise<PlanSnapshot> {
    const zone = this.calendar.zone;
    const ids = (options.groupIds ?? this.calendar.schedule.groups.map((g) => g.id)).filter((id) => this.calendar.group(id));
    const inputs = await this.repos.planInputs(ids, { references: options.references, settled: options.skipSettled });
    const resolved = this.calendar.resolve(ids, inputs.exceptions);
    // A meeting's posts all expire by its end: meetings that ended before the settled mark have nothing left to
    // decide, and their agendas, pitches and attendance are not read.
    const settled = inputs.settledBefore;
    const since = settled && localDateAt(settled, zone) > from ? localDateAt(settled, zone) : from;
    // Deadline reminders come up to a few working days before a meeting: look ahead two weeks.
    const occurrences = resolved.map((r) => ({
      group: r.group,
      list: this.calendar.betweenResolved([r], since, addDays(to, 14)).filter((o) => !settled || o.end.getTime() > settled.getTime()),
    }));
    const all = occurrences.flatMap(({ group, list }) => list.map((occurrence) => ({ group, occurrence })));
    const storedAgendas = await this.repos.agendas(all.map(({ group, occurrence }) => ({ groupId: group.id, originalDate: occurrence.originalDate })));
    const withAgenda = all.map((m) => ({
      ...m,
      agenda: this.pitches.agendaFrom(m.group, m.occurrence.originalDate, storedAgendas.get(meetingRef(m.group.id, m.occurrence.originalDate))),
    }));
    // Meetings cancelled or moved in chat since the window's start (however far ahead they are): their members who had
    // answered are told. Only groups with members have answers.
    const start = zonedInstant(from, '00:00', zone).getTime();
    const changes = resolved.flatMap(({ group }) =>
      group.members.length === 0
        ? []
        : (inputs.exceptions.get(group.id)?.exceptions ?? []).flatMap((e) =>
            (e.kind === 'cancelled' || e.kind === 'moved') && e.at && Date.parse(e.at) >= start ? [{ group, change: { ...e, at: e.at } }] : [],
          ),
    );
    // Only groups with members have attendance to read; the changed meetings' answers in the same read.
    const attendanceRefs = new Map<string, { groupId: string; originalDate: string }>();
    for (const { group, occurrence } of all.filter((m) => m.group.members.length > 0))
      attendanceRefs.set(meetingRef(group.id, occurrence.originalDate), { groupId: group.id, originalDate: occurrence.originalDate });
    for (const { group, change } of changes)
      attendanceRefs.set(meetingRef(group.id, change.originalDate), { groupId: group.id, originalDate: change.originalDate });
    const answered = await this.repos.attendanceOf([...attendanceRefs.values()]);
    const actionDocs = await this.repos.actionItemsOf(ids);
    const stored = await this.repos.pitchesOf(
      withAgenda.map((m) => ({ groupId: m.group.id, originalDate: m.occurrence.originalDate, themeIds: m.agenda.map((t) => t.id) })),
    );

    const meetings = new Map<string, MeetingState>();
    const contexts: MeetingContext[] = [];
    const digestChannels: { conversationId: string | null; groupIds: string[] }[] = [];
    for (const { group: g } of occurrences) {
      const bound = inputs.bindings.filter((b) => b.groupId === g.id).map((b) => b.conversationId);
      const channels: (string | null)[] = bound.length ? bound : options.unboundAsPlaceholder ? [null] : [];
      const settings = inputs.settings.get(g.id)!;
      // One digest per channel, about every group bound to it (a placeholder channel is one per group).
      if (settings.digest) {
        for (const c of channels) {
          const same = c === null ? undefined : digestChannels.find((d) => d.conversationId === c);
          if (same) same.groupIds.push(g.id);
          else digestChannels.push({ conversationId: c, groupIds: [g.id] });
        }
      }
      for (const m of withAgenda.filter((x) => x.group.id === g.id)) {
        const ref = meetingRef(g.id, m.occurrence.originalDate);
        const pitches = stored.get(ref) ?? new Map<string, Pitch>();
        meetings.set(ref, {
          group: g,
          occurrence: m.occurrence,
          agenda: m.agenda,
          pitches,
          bundle: buildBundle(g.id, m.occurrence.originalDate, m.agenda.map(themeInfo), pitches),
          attendance: summarise(answered.get(ref), g.members),
        });
        contexts.push({
          groupId: g.id,
          occurrence: m.occurrence,
          channels,
          // Leads of a theme whose reminders the coordinators switched off are not reminded personally.
          themes: m.agenda.map((t) => ({
            id: t.id,
            delivered: !!pitches.get(t.id)?.submittedAt,
            people: settings.mutedThemes.includes(t.id) ? [] : [t.lead, ...t.deputies],
          })),
          settings: DEFAULT_SETTINGS,
        });
      }
    }
    // Open action items: the owner, or every member of the owning organisation, is reminded personally.
    const actionItems = new Map([...actionDocs].map(([id, doc]) => [id, doc.items]));
    const actionContexts: ActionReminderContext[] = [];
    for (const [groupId, list] of actionItems) {
      const group = this.calendar.group(groupId)!;
      for (const item of list) {
        if (item.status !== 'open') continue;
        const people =
          item.owner.kind === 'member'
            ? [item.owner.id]
            : group.members.filter((m) => m.organisation.toLowerCase() === item.owner.name.toLowerCase()).map((m) => m.id);
        if (people.length) actionContexts.push({ groupId, id: item.id, due: item.due, people });
      }
    }
    const changed = new Map<string, ChangedMeeting>();
    const changeContexts: MeetingChangeContext[] = [];
    for (const { group, change } of changes) {
      const ref = meetingRef(group.id, change.originalDate);
      const occurrence = resolveInstance(group.series, change.originalDate, this.calendar.schedule.calendar);
      const attendance = answered.get(ref);
      changed.set(ref, { group, occurrence, change, ...(attendance ? { attendance } : {}) });
      const changedAt = new Date(change.at);
      // Everyone who had answered before the change (whatever they answered since): their answer was about the old plan.
      const people = [...new Set((attendance?.history ?? []).filter((h) => Date.parse(h.at) <= changedAt.getTime()).map((h) => h.person))];
      const ruleStart = zonedInstant(change.originalDate, group.series.startTime, zone);
      const expiresAt = new Date(Math.max(occurrence.start.getTime(), ruleStart.getTime()));
      if (people.length) changeContexts.push({ groupId: group.id, originalDate: change.originalDate, changedAt, expiresAt, people });
    }
    const end = zonedInstant(addDays(to, 1), '00:00', zone).getTime();
    const posts = [
      ...planMeetingPosts(contexts, this.calendar.schedule.calendar, zone),
      ...planDigests(digestChannels, from, to, this.calendar.schedule.calendar, zone),
      ...planActionReminders(actionContexts, this.calendar.schedule.calendar, zone),
      ...planChangeNotices(changeContexts),
    ]
      .filter((p) => p.at.getTime() >= start && p.at.getTime() < end && (!settled || p.expiresAt.getTime() > settled.getTime()))
      .sort((a, b) => a.at.getTime() - b.at.getTime() || a.key.localeCompare(b.key));
    return {
      posts,
      meetings,
      actionItems,
      ...(inputs.references ? { references: inputs.references } : {}),
      ...(settled ? { settledBefore: settled } : {}),
      changed,
      between: (groupIds, f, t) =>
        this.calendar.betweenResolved(
          resolved.filter((r) => groupIds.includes(r.group.id)),
          f,
          t,
        ),
    };
  }
}
