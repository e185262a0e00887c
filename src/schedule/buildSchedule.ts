import { isInstance } from '../domain/recurrence';
import { Group, Schedule, Theme } from '../domain/schedule';
import { createWorkCalendar, WorkCalendarOptions } from '../domain/workCalendar';
import { dateHolidays } from './holidayRules';
import { ScheduleData } from './scheduleSchema';
import { toSeries } from './toDomain';

export function buildSchedule(data: ScheduleData): Schedule {
  const calendarOptions: WorkCalendarOptions = {
    country: data.country,
    extraNonWorkingDays: data.nonWorkingDays,
    recesses: data.recesses,
  };
  const groups = data.groups.map((g): Group => ({
    id: g.id,
    name: g.name,
    ...(g.description ? { description: g.description } : {}),
    aliases: g.aliases,
    coordinators: g.coordinators,
    ...(g.location ? { location: g.location } : {}),
    ...(g.teamsLink ? { teamsLink: g.teamsLink } : {}),
    series: toSeries(g, data.timezone),
    agendaItems: g.agendaItems,
    plannedAgenda: new Map(g.agenda.map((a) => [a.date, a.themes])),
    latePitches: g.latePitches,
    maxAnswerLength: g.maxAnswerLength,
    members: g.members.map((m) => ({
      id: m.id.toLowerCase(),
      name: m.name,
      organisation: m.organisation,
      ...(m.deputy ? { deputy: m.deputy.toLowerCase() } : {}),
    })),
  }));
  const themes = data.themes.map((t): Theme => ({
    id: t.id,
    name: t.name,
    aliases: t.aliases,
    department: t.department,
    lead: t.lead,
    leadName: t.leadName ?? t.lead,
    deputies: t.deputies,
  }));
  return Object.freeze({
    timezone: data.timezone,
    calendarOptions,
    calendar: createWorkCalendar(calendarOptions, dateHolidays),
    groups: Object.freeze(groups),
    themes: Object.freeze(themes),
  });
}

/** Problems that the schema cannot see because they need the expanded rule. */
export function semanticProblems(data: ScheduleData): { path: (string | number)[]; message: string }[] {
  const out: { path: (string | number)[]; message: string }[] = [];
  data.groups.forEach((g, i) => {
    const series = toSeries(g, data.timezone);
    g.agenda.forEach((a, j) => {
      if (!isInstance(series.rule, series.start, a.date)) {
        out.push({ path: ['groups', i, 'agenda', j, 'date'], message: `is not a date on which ${g.id} meets` });
      }
    });
    g.exceptions.forEach((e, j) => {
      if (!isInstance(series.rule, series.start, e.originalDate)) {
        out.push({ path: ['groups', i, 'exceptions', j, 'originalDate'], message: `is not a date on which ${g.id} meets` });
      }
    });
  });
  return out;
}
