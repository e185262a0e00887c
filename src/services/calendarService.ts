import { Group, Schedule } from '../domain/schedule';
import { cancelOccurrence, moveOccurrence } from '../domain/exceptions';
import { LocalDate, LocalTime } from '../domain/localDate';
import { byStart, Occurrence, occurrencesBetween, resolveInstance, upcoming } from '../domain/occurrences';
import { isInstance } from '../domain/recurrence';
import { Series, SeriesException } from '../domain/series';
import type { Repositories } from '../store/repositories';

/** Exceptions from the config, overridden per occurrence by those coordinators set in chat. */
function merge(config: SeriesException[], stored: SeriesException[]): SeriesException[] {
  const byDate = new Map(config.map((e) => [e.originalDate, e]));
  for (const e of stored) byDate.set(e.originalDate, e);
  return [...byDate.values()];
}

/**
 * What the calendar reads from the store: the changes made in chat. A type-only slice of the repositories, so
 * that a reader without bot data (the CLI) can pass `NO_STORED_CHANGES` without loading the store at all.
 */
export type StoredChanges = Pick<Repositories, 'getExceptionsVersioned' | 'updateExceptions'>;

/** No bot data: the schedule file is the whole calendar, and nothing can be changed. */
export const NO_STORED_CHANGES: StoredChanges = {
  getExceptionsVersioned: async (ids) => new Map(ids.map((id) => [id, { exceptions: [], version: '' }])),
  updateExceptions: async () => {
    throw new Error('no bot data: meetings cannot be changed here');
  },
};

/**
 * The schedule as it is now: the config's rules plus the changes made in chat. Every answer,
 * feed and reminder reads through here, so a moved meeting is moved everywhere.
 */
export class CalendarService {
  /**
   * Expanded occurrences per (group, stored version, window). The stored version is read on every call, so a
   * change made by any process is seen at once; only the pure expansion of an unchanged series is reused.
   */
  private readonly memo = new Map<string, Occurrence[]>();

  constructor(
    readonly schedule: Schedule,
    private readonly repos: StoredChanges,
  ) {}

  /** The expansion for one group at the version it was read at (captured, so concurrent turns cannot mix versions). */
  private expand(groupId: string, version: string) {
    return (s: Series, cal: Schedule['calendar'], from: LocalDate, to: LocalDate): Occurrence[] => {
      const key = `${groupId}|${version}|${from}|${to}`;
      let list = this.memo.get(key);
      if (!list) {
        list = occurrencesBetween(s, cal, from, to);
        if (this.memo.size > 2000) this.memo.clear();
        this.memo.set(key, list);
      }
      return list;
    };
  }

  get zone(): string {
    return this.schedule.timezone;
  }

  group(id: string): Group | undefined {
    return this.schedule.groups.find((g) => g.id === id);
  }

  async effectiveGroup(id: string): Promise<Group | undefined> {
    return (await this.effectiveGroups([id]))[0];
  }

  /** The groups with the changes stored for them, read in one go, each with the version it was read at. */
  private async load(ids?: readonly string[]): Promise<{ group: Group; version: string }[]> {
    const list = (ids ?? this.schedule.groups.map((g) => g.id)).filter((id) => this.group(id));
    return this.resolve(list, await this.repos.getExceptionsVersioned(list));
  }

  /** The groups with stored changes already read (by the reminder planner's snapshot). No store access. */
  resolve(ids: readonly string[], stored: Map<string, { exceptions: SeriesException[]; version: string }>): { group: Group; version: string }[] {
    const list = ids.filter((id) => this.group(id));
    return list.map((id) => {
      const g = this.group(id)!;
      const s = stored.get(id) ?? { exceptions: [], version: '' };
      const group = s.exceptions.length ? { ...g, series: { ...g.series, exceptions: merge(g.series.exceptions, s.exceptions) } } : g;
      return { group, version: s.version };
    });
  }

  async effectiveGroups(ids?: readonly string[]): Promise<Group[]> {
    return (await this.load(ids)).map((x) => x.group);
  }

  async upcoming(groupId: string, now: Date, count: number): Promise<Occurrence[]> {
    return (await this.upcomingOf([groupId], now, count)).get(groupId) ?? [];
  }

  /** The next `count` meetings of several groups, with one storage read for all of them. */
  async upcomingOf(groupIds: readonly string[], now: Date, count: number): Promise<Map<string, Occurrence[]>> {
    const loaded = await this.load(groupIds);
    return new Map(loaded.map(({ group: g, version }) => [g.id, upcoming(g.series, this.schedule.calendar, now, { count }, this.expand(g.id, version))]));
  }

  async between(groupIds: readonly string[], from: LocalDate, to: LocalDate): Promise<Occurrence[]> {
    return this.betweenResolved(await this.load(groupIds), from, to);
  }

  /** Occurrences of groups already resolved (see `resolve`), with the same memo. No store access. */
  betweenResolved(loaded: readonly { group: Group; version: string }[], from: LocalDate, to: LocalDate): Occurrence[] {
    return loaded.flatMap(({ group: g, version }) => this.expand(g.id, version)(g.series, this.schedule.calendar, from, to)).sort(byStart);
  }

  /**
   * The occurrence a person means by "the meeting of <date>": the one taking place on that date,
   * else the one the rule put on that date.
   */
  async occurrenceOn(groupId: string, date: LocalDate): Promise<Occurrence | undefined> {
    const g = await this.effectiveGroup(groupId);
    return g ? this.onDate(g, date) : undefined;
  }

  /** `occurrenceOn` for several groups, with one storage read for all of them (by group id; absent: none on that date). */
  async occurrencesOn(groupIds: readonly string[], date: LocalDate): Promise<Map<string, Occurrence>> {
    const out = new Map<string, Occurrence>();
    for (const { group } of await this.load(groupIds)) {
      const o = this.onDate(group, date);
      if (o) out.set(group.id, o);
    }
    return out;
  }

  private onDate(g: Group, date: LocalDate): Occurrence | undefined {
    const s = g.series;
    const onDate = occurrencesBetween(s, this.schedule.calendar, date, date).find((o) => o.status === 'scheduled' || o.status === 'moved');
    if (onDate) return onDate;
    return isInstance(s.rule, s.start, date) ? resolveInstance(s, date, this.schedule.calendar) : undefined;
  }

  /** Validates with the domain against the latest state and stores the change (retried under contention). */
  async cancel(groupId: string, originalDate: LocalDate, by: string, now: Date): Promise<Occurrence> {
    return this.change(groupId, originalDate, (s) => cancelOccurrence(s, originalDate, this.schedule.calendar, { by, now }));
  }

  async move(
    groupId: string,
    originalDate: LocalDate,
    to: { date: LocalDate; startTime?: LocalTime; endTime?: LocalTime },
    by: string,
    now: Date,
  ): Promise<Occurrence> {
    return this.change(groupId, originalDate, (s) => moveOccurrence(s, originalDate, to, this.schedule.calendar, { by, now }));
  }

  private async change(groupId: string, originalDate: LocalDate, apply: (s: Series) => Series): Promise<Occurrence> {
    const g = this.group(groupId);
    if (!g) throw new Error(`unknown group ${groupId}`);
    let result: Series | undefined;
    await this.repos.updateExceptions(groupId, (stored) => {
      // Runs again on contention, always against the latest stored exceptions.
      const current: Series = { ...g.series, exceptions: merge(g.series.exceptions, stored) };
      result = apply(current);
      const changed = result.exceptions.find((e) => e.originalDate === originalDate)!;
      return [...stored.filter((e) => e.originalDate !== originalDate), changed];
    });
    return resolveInstance(result!, originalDate, this.schedule.calendar);
  }
}
