import { TZDate } from '@date-fns/tz';
import { format } from 'date-fns';
import { LocalDate, LocalTime } from './localDate';

// Converting wall-clock to an instant asks Intl for the zone's offset, which is slow (~40 µs). Every answer
// resolves many occurrences, and the same (date, time, zone) recurs, so the pure result is memoised.
const cache = new Map<string, number>();
const CACHE_LIMIT = 50_000;

/** The instant at which the wall clock in `zone` shows `date` `time` (a time in a DST gap moves forward). */
export function zonedInstant(date: LocalDate, time: LocalTime, zone: string): Date {
  const key = `${date}T${time} ${zone}`;
  let ms = cache.get(key);
  if (ms === undefined) {
    const [y, m, d] = date.split('-').map(Number);
    const [hh, mm] = time.split(':').map(Number);
    ms = new TZDate(y, m - 1, d, hh, mm, zone).getTime();
    if (cache.size >= CACHE_LIMIT) cache.clear();
    cache.set(key, ms);
  }
  return new Date(ms);
}

// One Intl formatter per zone, reused: creating one costs far more than formatting with it.
const formatters = new Map<string, Intl.DateTimeFormat>();
function wallClock(instant: Date, zone: string): Record<string, string> {
  let f = formatters.get(zone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-GB', { timeZone: zone, year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' });
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
