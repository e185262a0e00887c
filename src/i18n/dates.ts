import { TZDate } from '@date-fns/tz';
import { format } from 'date-fns';
import { enGB, nl } from 'date-fns/locale';
import { Language } from './language';

const LOCALES = { nl, en: enGB } as const;

function zoned(instant: Date, zone: string): TZDate {
  return new TZDate(instant.getTime(), zone);
}

/** "vrijdag 4 december 2026" / "Friday 4 December 2026" */
export function longDate(instant: Date, zone: string, lang: Language): string {
  return format(zoned(instant, zone), 'EEEE d MMMM yyyy', { locale: LOCALES[lang] });
}

/** "donderdag 3 december" / "Thursday 3 December" */
export function dayAndMonth(instant: Date, zone: string, lang: Language): string {
  return format(zoned(instant, zone), 'EEEE d MMMM', { locale: LOCALES[lang] });
}

/** "25 december" / "25 December" */
export function dateOnly(instant: Date, zone: string, lang: Language): string {
  return format(zoned(instant, zone), 'd MMMM', { locale: LOCALES[lang] });
}

/** "16:00" */
export function clockTime(instant: Date, zone: string): string {
  return format(zoned(instant, zone), 'HH:mm');
}
