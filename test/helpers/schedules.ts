import { resolve } from 'node:path';
import { parseSchedule } from '../../src/schedule/loadSchedule';
import { Schedule } from '../../src/domain/schedule';
import { Series } from '../../src/domain/series';
import { createWorkCalendar, WorkCalendar } from '../../src/domain/workCalendar';
import { dateHolidays } from '../../src/schedule/holidayRules';

export const ZONE = 'Europe/Amsterdam';
export const REPO_ROOT = resolve(__dirname, '..', '..', '..');
export const DEFAULT_SCHEDULE = resolve(REPO_ROOT, 'config', 'schedule.yaml');

/** The Dutch calendar with no recesses and no extra days off, unless given. */
export function dutchCalendar(extra: Partial<Parameters<typeof createWorkCalendar>[0]> = {}): WorkCalendar {
  return createWorkCalendar({ country: 'NL', extraNonWorkingDays: [], recesses: [], ...extra }, dateHolidays);
}

/** The weekly SG meeting as the 2020 e-mails describe it. */
export function sgSeries(overrides: Partial<Series> = {}): Series {
  return {
    id: 'sg',
    name: 'SG-overleg',
    zone: ZONE,
    start: '2020-06-12',
    startTime: '16:00',
    endTime: '17:00',
    rule: { freq: 'weekly', interval: 1, byDay: [{ day: 'FR' }] },
    onHoliday: 'skip',
    deadline: { workingDaysBefore: 1, time: '12:00' },
    exceptions: [],
    ...overrides,
  };
}

export function scheduleFrom(yamlText: string): Schedule {
  return parseSchedule(yamlText, 'test.yaml');
}
