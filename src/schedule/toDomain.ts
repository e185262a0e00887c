import { RecurrenceRule, parseByDay, ByDay } from '../domain/recurrence';
import { Series, SeriesException } from '../domain/series';
import type { GroupData, RepeatData } from './scheduleSchema';

export function toRule(r: Pick<RepeatData, 'freq' | 'byDay' | 'byMonthDay' | 'until' | 'count'> & { interval?: number }): RecurrenceRule {
  return {
    freq: r.freq,
    interval: r.interval ?? 1,
    ...(r.byDay ? { byDay: r.byDay.map((d) => parseByDay(d)).filter((d): d is ByDay => d !== undefined) } : {}),
    ...(r.byMonthDay ? { byMonthDay: r.byMonthDay } : {}),
    ...(r.until ? { until: r.until } : {}),
    ...(r.count ? { count: r.count } : {}),
  };
}

export function toException(e: GroupData['exceptions'][number]): SeriesException {
  if (e.kind === 'cancelled') return { kind: 'cancelled', originalDate: e.originalDate, ...(e.reason ? { reason: e.reason } : {}) };
  return {
    kind: 'moved',
    originalDate: e.originalDate,
    to: { date: e.to.date, startTime: e.to.time.slice(0, 5), endTime: e.to.time.slice(6) },
    ...(e.reason ? { reason: e.reason } : {}),
  };
}

export function toSeries(g: GroupData, zone: string): Series {
  return {
    id: g.id,
    name: g.name,
    zone,
    start: g.start,
    startTime: g.time.slice(0, 5),
    endTime: g.time.slice(6),
    rule: toRule(g.repeat),
    onHoliday: g.onHoliday,
    deadline: g.pitchDeadline,
    exceptions: g.exceptions.map(toException),
  };
}
