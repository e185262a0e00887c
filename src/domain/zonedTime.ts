import { TZDate } from '@date-fns/tz';
import { format } from 'date-fns/format';
import { LocalDate, LocalTime } from './localDate';

// Converting wall-clock to an instant asks Intl for the zone's offset, which is slow (~40 µs). Every answer
// resolves many occurrences, and the same (date, time, zone) recurs, so the pure result is memoised.
const cache = new Map<string, number>();
const CACHE_LIMIT = 50_000;

/**
 * The instant at which the wall clock in `zone` shows `date` `time`, the same whatever the host's TZ (RFC 5545,
 * 3.3.5): a time that occurs twice (the hour the clocks go back) is its first occurrence, and a time that does
 * not exist (the hour the clocks go forward) is read with the offset before the gap, so it moves forward by the
 * gap (02:30 becomes 03:30 summer time).
 */
export function zonedInstant(date: LocalDate, time: LocalTime, zone: string): Date {
  const key = `${date}T${time} ${zone}`;
  let ms = cache.get(key);
  if (ms === undefined) {
    ms = resolveWallClock(date, time, zone);
    if (cache.size >= CACHE_LIMIT) cache.clear();
    cache.set(key, ms);
  }
  return new Date(ms);
}

const DAY_MS = 86_400_000;

/** How far `zone`'s wall clock is ahead of UTC at `instant`, in ms (whole seconds: old zones had odd offsets). */
function offsetAt(instant: number, zone: string): number {
  const p = wallClock(new Date(instant), zone);
  const wall = Date.UTC(Number(p.year), Number(p.month) - 1, Number(p.day), Number(p.hour), Number(p.minute), Number(p.second));
  return wall - Math.floor(instant / 1000) * 1000;
}

// Only Intl's answers for the zone are used, never the host's Date arithmetic, so the host's TZ cannot leak in.
// Zones change their offset at most once within a day either side, so the offsets a day before and a day after
// are the only candidates.
function resolveWallClock(date: LocalDate, time: LocalTime, zone: string): number {
  const [y, m, d] = date.split('-').map(Number);
  const [hh, mm] = time.split(':').map(Number);
  const wall = Date.UTC(y, m - 1, d, hh, mm);
  const before = offsetAt(wall - DAY_MS, zone);
  const after = offsetAt(wall + DAY_MS, zone);
  // The same offset on both sides (all but two days a year): both candidates are `wall - before`, and whether or
  // not it checks out below, that is the answer, so the two further Intl calls are skipped.
  if (before === after) return wall - before;
  const valid = [wall - before, wall - after].filter((t) => offsetAt(t, zone) === wall - t);
  // Twice on the wall clock: the earlier instant. Never on it (a gap): the offset before the gap.
  return valid.length ? Math.min(...valid) : wall - before;
}

/**
 * A meeting's start and end on one day. A start in a DST gap moves forward by the gap and the meeting keeps its
 * length (02:30-03:30 becomes 03:30-04:30), as calendar clients do, instead of shrinking to nothing.
 */
export function zonedSpan(date: LocalDate, startTime: LocalTime, endTime: LocalTime, zone: string): { start: Date; end: Date } {
  const start = zonedInstant(date, startTime, zone);
  if (localTimeAt(start, zone) === startTime) return { start, end: zonedInstant(date, endTime, zone) };
  const minutes = (t: LocalTime) => Number(t.slice(0, 2)) * 60 + Number(t.slice(3, 5));
  return { start, end: new Date(start.getTime() + (minutes(endTime) - minutes(startTime)) * 60_000) };
}

// One Intl formatter per zone, reused: creating one costs far more than formatting with it.
const formatters = new Map<string, Intl.DateTimeFormat>();
function wallClock(instant: Date, zone: string): Record<string, string> {
  let f = formatters.get(zone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-GB', {
      timeZone: zone,
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
      hourCycle: 'h23',
    });
    formatters.set(zone, f);
  }
  return Object.fromEntries(f.formatToParts(instant).map((p) => [p.type, p.value]));
}

// Asked several times per turn for the same minute; zone offsets change on whole minutes at most.
let lastDate: { minute: number; zone: string; date: LocalDate } | undefined;

/** The wall-clock date in `zone` at `instant`. */
export function localDateAt(instant: Date, zone: string): LocalDate {
  const minute = Math.floor(instant.getTime() / 60_000);
  if (lastDate && lastDate.minute === minute && lastDate.zone === zone) return lastDate.date;
  const p = wallClock(instant, zone);
  const date = `${p.year}-${p.month}-${p.day}`;
  lastDate = { minute, zone, date };
  return date;
}

/** The wall-clock time in `zone` at `instant`. */
export function localTimeAt(instant: Date, zone: string): LocalTime {
  const p = wallClock(instant, zone);
  return `${p.hour}:${p.minute}`;
}

/** ISO-8601 with the zone's offset and no milliseconds, e.g. `2026-12-04T16:00:00+01:00`. */
export function isoWithOffset(instant: Date, zone: string): string {
  return format(new TZDate(instant.getTime(), zone), "yyyy-MM-dd'T'HH:mm:ssxxx");
}
