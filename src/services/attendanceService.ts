import { Group, Member } from '../domain/schedule';
import { AttendanceAnswer, AttendanceError, AttendanceSummary, Deputy, MeetingAttendance, recordAnswer, summarise } from '../domain/attendance';
import { LocalDate } from '../domain/localDate';
import { byStart, Occurrence, resolveInstance, takesPlace } from '../domain/occurrences';
import { isInstance } from '../domain/recurrence';
import { Repositories } from '../store/repositories';
import { CalendarService } from './calendarService';

/** A meeting someone may answer for: the group, the occurrence, and the member they are in it. */
export interface AttendanceSlot {
  group: Group;
  occurrence: Occurrence;
  member: Member;
}

/**
 * Attendance as the chat and the cards use it: who is a member of which group (by any id the person is
 * known by), which meeting a date means for them, and the answers stored per meeting.
 */
export class AttendanceService {
  constructor(
    private readonly calendar: CalendarService,
    private readonly repos: Repositories,
  ) {}

  /** The groups a person is a member of, with the member entry (ids from the activity and the roster). */
  memberships(ids: readonly string[]): { group: Group; member: Member }[] {
    const known = new Set(ids.map((i) => i.toLowerCase()));
    return this.calendar.schedule.groups.flatMap((group) => group.members.filter((m) => known.has(m.id)).map((member) => ({ group, member })));
  }

  /** The occurrence a meeting's rule date names, with the changes made in chat; undefined when the rule has no such date. */
  async occurrence(groupId: string, originalDate: LocalDate): Promise<Occurrence | undefined> {
    const g = await this.calendar.effectiveGroup(groupId);
    if (!g || !isInstance(g.series.rule, g.series.start, originalDate)) return undefined;
    return resolveInstance(g.series, originalDate, this.calendar.schedule.calendar);
  }

  /**
   * The meetings of `groups` a person can mean: on `date` (taking place there, or the rule's date), or else the
   * next one of each group that has not started yet.
   */
  async candidates(groups: readonly Group[], date: LocalDate | undefined, now: Date): Promise<{ group: Group; occurrence: Occurrence }[]> {
    // One read of the groups' stored changes for all of them (a round trip each on a remote store otherwise).
    const ids = groups.map((g) => g.id);
    const on = date ? await this.calendar.occurrencesOn(ids, date) : undefined;
    const next = date ? undefined : await this.calendar.upcomingOf(ids, now, 1);
    const out: { group: Group; occurrence: Occurrence }[] = [];
    for (const group of groups) {
      const o = on ? on.get(group.id) : (next!.get(group.id) ?? []).filter(takesPlace)[0];
      if (o) out.push({ group, occurrence: o });
    }
    return out.sort((a, b) => byStart(a.occurrence, b.occurrence));
  }

  /** The deputy a person names: a member of the group by (first) name, their configured deputy, or just the name. */
  deputyOf(group: Group, member: Member, named: string | undefined): Deputy | undefined {
    const everyone = this.calendar.schedule.groups.flatMap((g) => g.members);
    if (!named) {
      const d = member.deputy ? everyone.find((m) => m.id === member.deputy) : undefined;
      return d ? { id: d.id, name: d.name } : undefined;
    }
    const n = named.trim().toLowerCase();
    const pool = [...group.members, ...everyone].filter((m) => m.id !== member.id);
    const hit = pool.find((m) => m.name.toLowerCase() === n) ?? pool.find((m) => m.name.toLowerCase().split(/\s+/)[0] === n) ?? pool.find((m) => m.id === n);
    return hit ? { id: hit.id, name: hit.name } : { name: named.trim() };
  }

  /** Stores one answer against the latest state (eTag, retried); refusals throw AttendanceError and store nothing. */
  async answer(
    groupId: string,
    originalDate: LocalDate,
    person: string,
    answer: AttendanceAnswer,
    by: { id: string; name: string },
    now: Date,
  ): Promise<{ attendance: MeetingAttendance; occurrence: Occurrence; previous?: AttendanceAnswer }> {
    const group = this.calendar.group(groupId);
    if (!group || !group.members.some((m) => m.id === person)) throw new AttendanceError('not-a-member');
    const occurrence = await this.occurrence(groupId, originalDate);
    if (!occurrence) throw new AttendanceError('not-taking-place');
    let previous: AttendanceAnswer | undefined;
    const doc = await this.repos.updateAttendance(groupId, originalDate, (current) => {
      previous = current?.answers[person]?.answer;
      return recordAnswer(current, {
        groupId,
        originalDate,
        person,
        answer,
        by: by.id,
        byName: by.name,
        at: now,
        meetingStart: occurrence.start,
        takesPlace: takesPlace(occurrence),
      });
    });
    const { schemaVersion: _v, ...attendance } = doc;
    return { attendance, occurrence, ...(previous ? { previous } : {}) };
  }

  async summary(group: Group, originalDate: LocalDate): Promise<AttendanceSummary> {
    return summarise(await this.repos.getAttendance(group.id, originalDate), group.members);
  }
}
