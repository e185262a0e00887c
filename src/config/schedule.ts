import { isInstance } from '../domain/recurrence';
import { Series } from '../domain/series';
import { createWorkCalendar, WorkCalendar, WorkCalendarOptions } from '../domain/workCalendar';
import { ScheduleData } from './scheduleSchema';
import { toSeries } from './toDomain';

export interface Group {
  id: string;
  name: string;
  description?: string;
  aliases: string[];
  /** AAD object ids or e-mail addresses/UPNs of the people who may change this group's meetings. */
  coordinators: string[];
  location?: string;
  teamsLink?: string;
  series: Series;
}

/** The validated schedule: groups, their rules, and the work calendar they share. Immutable. */
export interface Schedule {
  timezone: string;
  calendarOptions: WorkCalendarOptions;
  calendar: WorkCalendar;
  groups: readonly Group[];
}

export function buildSchedule(data: ScheduleData): Schedule {
  const calendarOptions: WorkCalendarOptions = {
    country: data.country,
    extraNonWorkingDays: data.nonWorkingDays,
    recesses: data.recesses,
  };
  const groups = data.groups.map(
    (g): Group => ({
      id: g.id,
      name: g.name,
      ...(g.description ? { description: g.description } : {}),
      aliases: g.aliases,
      coordinators: g.coordinators,
      ...(g.location ? { location: g.location } : {}),
      ...(g.teamsLink ? { teamsLink: g.teamsLink } : {}),
      series: toSeries(g, data.timezone),
    }),
  );
  return Object.freeze({
    timezone: data.timezone,
    calendarOptions,
    calendar: createWorkCalendar(calendarOptions),
    groups: Object.freeze(groups),
  });
}

/** Problems that the schema cannot see because they need the expanded rule. */
export function semanticProblems(data: ScheduleData): { path: (string | number)[]; message: string }[] {
  const out: { path: (string | number)[]; message: string }[] = [];
  data.groups.forEach((g, i) => {
    const series = toSeries(g, data.timezone);
    g.exceptions.forEach((e, j) => {
      if (!isInstance(series.rule, series.start, e.originalDate)) {
        out.push({ path: ['groups', i, 'exceptions', j, 'originalDate'], message: `is not a date on which ${g.id} meets` });
      }
    });
  });
  return out;
}

export function findGroup(schedule: Schedule, id: string): Group | undefined {
  return schedule.groups.find((g) => g.id === id);
}
