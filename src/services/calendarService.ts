import { Group, Schedule } from '../config/schedule';
import { cancelOccurrence, moveOccurrence } from '../domain/exceptions';
import { LocalDate, LocalTime } from '../domain/localDate';
import { Occurrence, occurrencesBetween, resolveInstance, upcoming } from '../domain/occurrences';
import { isInstance } from '../domain/recurrence';
import { Series, SeriesException } from '../domain/series';
import { Repositories } from '../store/repositories';

/** Exceptions from the config, overridden per occurrence by those coordinators set in chat. */
function merge(config: SeriesException[], stored: SeriesException[]): SeriesException[] {
  const byDate = new Map(config.map((e) => [e.originalDate, e]));
  for (const e of stored) byDate.set(e.originalDate, e);
  return [...byDate.values()];
}

/**
 * The schedule as it is now: the config's rules plus the changes made in chat. Every answer,
 * feed and reminder reads through here, so a moved meeting is moved everywhere.
 */
export class CalendarService {
  constructor(
    readonly schedule: Schedule,
    private readonly repos: Repositories,
  ) {}

  get zone(): string {
    return this.schedule.timezone;
  }

  group(id: string): Group | undefined {
    return this.schedule.groups.find((g) => g.id === id);
  }

  async effectiveGroup(id: string): Promise<Group | undefined> {
    const g = this.group(id);
    if (!g) return undefined;
    const stored = await this.repos.getExceptions(id);
    return stored.length ? { ...g, series: { ...g.series, exceptions: merge(g.series.exceptions, stored) } } : g;
  }

  async effectiveGroups(ids?: readonly string[]): Promise<Group[]> {
    const list = ids ?? this.schedule.groups.map((g) => g.id);
    const out = await Promise.all(list.map((id) => this.effectiveGroup(id)));
    return out.filter((g): g is Group => g !== undefined);
  }

  async upcoming(groupId: string, now: Date, count: number): Promise<Occurrence[]> {
    const g = await this.effectiveGroup(groupId);
    return g ? upcoming(g.series, this.schedule.calendar, now, { count }) : [];
  }

  async between(groupIds: readonly string[], from: LocalDate, to: LocalDate): Promise<Occurrence[]> {
    const groups = await this.effectiveGroups(groupIds);
    return groups
      .flatMap((g) => occurrencesBetween(g.series, this.schedule.calendar, from, to))
      .sort((a, b) => a.start.getTime() - b.start.getTime() || a.seriesId.localeCompare(b.seriesId));
  }

  /**
   * The occurrence a person means by "the meeting of <date>": the one taking place on that date,
   * else the one the rule put on that date.
   */
  async occurrenceOn(groupId: string, date: LocalDate): Promise<Occurrence | undefined> {
    const g = await this.effectiveGroup(groupId);
    if (!g) return undefined;
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
