import { TZDate } from '@date-fns/tz';
import { format } from 'date-fns/format';
import { enGB } from 'date-fns/locale/en-GB';
import { nl } from 'date-fns/locale/nl';
import { Language } from '../domain/language';

const LOCALES = { nl, en: enGB } as const;

function zoned(instant: Date, zone: string): TZDate {
  return new TZDate(instant.getTime(), zone);
}

// Formatting through TZDate asks Intl for offsets each time; answers format the same few dates again and
// again, so results are memoised (pure: same instant, zone, pattern and language give the same text).
const memo = new Map<string, string>();
function formatIn(instant: Date, zone: string, pattern: string, lang: Language): string {
  const key = `${instant.getTime()}|${zone}|${pattern}|${lang}`;
  let s = memo.get(key);
  if (s === undefined) {
    s = format(zoned(instant, zone), pattern, { locale: LOCALES[lang] });
    if (memo.size > 20_000) memo.clear();
    memo.set(key, s);
  }
  return s;
}

/** "vrijdag 4 december 2026" / "Friday 4 December 2026" */
export function longDate(instant: Date, zone: string, lang: Language): string {
  return formatIn(instant, zone, 'EEEE d MMMM yyyy', lang);
}

/** "donderdag 3 december" / "Thursday 3 December" */
export function dayAndMonth(instant: Date, zone: string, lang: Language): string {
  return formatIn(instant, zone, 'EEEE d MMMM', lang);
}

/** "25 december" / "25 December" */
export function dateOnly(instant: Date, zone: string, lang: Language): string {
  return formatIn(instant, zone, 'd MMMM', lang);
}

/** "donderdag 3 december 12:00": a deadline, a submission, a planned post. */
export function dayAndTime(instant: Date, zone: string, lang: Language): string {
  return `${dayAndMonth(instant, zone, lang)} ${clockTime(instant, zone)}`;
}

/** "16:00" */
export function clockTime(instant: Date, zone: string): string {
  return formatIn(instant, zone, 'HH:mm', 'nl');
}

/** A calendar date without time: "vrijdag 4 december" / "Friday 4 December" (the year when it is not `thisYear`). */
export function localDateLabel(date: string, lang: Language, thisYear?: number): string {
  const [y, m, d] = date.split('-').map(Number);
  const pattern = thisYear === undefined || thisYear === y ? 'EEEE d MMMM' : 'EEEE d MMMM yyyy';
  return format(new TZDate(y, m - 1, d, 'UTC'), pattern, { locale: LOCALES[lang] });
}

/** ISO weekday (1 = Monday) as a word. */
export function weekdayName(isoDay: number, lang: Language): string {
  // 2029-01-01 is a Monday.
  return format(new TZDate(2029, 0, isoDay, 'UTC'), 'EEEE', { locale: LOCALES[lang] });
}
