import { addDays, dateParts, isoWeekday, LocalDate } from './localDate';

/** A text in both of the bot's languages. */
export interface Localized {
  nl: string;
  en: string;
}

export interface NamedPeriod {
  name: string;
  from: LocalDate;
  to: LocalDate; // inclusive
}

export interface NonWorkingDay {
  date: LocalDate;
  name: string;
}

export interface WorkCalendarOptions {
  country: string;
  /** Days an organisation does not work on besides public holidays (e.g. 5 May). */
  extraNonWorkingDays: NonWorkingDay[];
  /** Periods in which meetings do not take place; they stay working days for deadlines. */
  recesses: NamedPeriod[];
}

export type DayOff = { kind: 'holiday'; name: Localized } | { kind: 'non-working-day'; name: Localized };

/**
 * Holidays, non-working days and recesses. Pure: the date-holidays rules ship with the package,
 * and nothing here reads the clock.
 */
export interface WorkCalendar {
  dayOff(date: LocalDate): DayOff | undefined;
  recess(date: LocalDate): NamedPeriod | undefined;
  isWorkingDay(date: LocalDate): boolean;
  /**
   * The day `n` working days before `date` (weekends and days off skipped, recesses not): the one walk behind
   * pitch deadlines, the channel's "2 working days" reminder and "the working day before" the meeting or a due date.
   * `n = 0` is `date` itself.
   */
  workingDaysBefore(date: LocalDate, n: number): LocalDate;
  /** The nearest working day before (-1) or after (+1) `date`, skipping recesses too; undefined past `limit` days. */
  nearestMeetingDay(date: LocalDate, direction: -1 | 1, limit?: number): LocalDate | undefined;
}

// date-holidays names a few days differently from how Dutch government texts do.
const DUTCH_NAMES: Record<string, string> = {
  Nieuwjaar: 'Nieuwjaarsdag',
  Kerstmis: 'Eerste Kerstdag',
  'Tweede kerstdag': 'Tweede Kerstdag',
  Pasen: 'Eerste Paasdag',
  'Tweede paasdag': 'Tweede Paasdag',
  Pinksteren: 'Eerste Pinksterdag',
  'Tweede pinksterdag': 'Tweede Pinksterdag',
};

/** A country's public holidays of a year, named in one language (date-holidays' `getHolidays`). */
export interface HolidayRules {
  getHolidays(year: number, lang: string): readonly { date: string; name: string; type: string }[];
}

/**
 * Where the holiday rules come from: given by the caller (src/schedule/holidayRules.ts loads date-holidays),
 * and asked only on the first question about a holiday, so that reading a schedule does not pay for them.
 */
export type HolidayRulesSource = (country: string, lang: 'nl' | 'en') => HolidayRules;

export function createWorkCalendar(options: WorkCalendarOptions, source: HolidayRulesSource): WorkCalendar {
  let rules: { nl: HolidayRules; en: HolidayRules } | undefined;
  const byYear = new Map<number, Map<LocalDate, Localized>>();

  function holidaysOf(year: number): Map<LocalDate, Localized> {
    let m = byYear.get(year);
    if (!m) {
      rules ??= { nl: source(options.country, 'nl'), en: source(options.country, 'en') };
      const { nl, en } = rules;
      m = new Map();
      const english = new Map(en.getHolidays(year, 'en').map((h) => [h.date.slice(0, 10), h.name]));
      for (const h of nl.getHolidays(year, 'nl')) {
        if (h.type !== 'public') continue;
        const date = h.date.slice(0, 10);
        const enName = english.get(date) ?? h.name;
        m.set(date, { nl: DUTCH_NAMES[h.name] ?? h.name, en: enName });
      }
      byYear.set(year, m);
    }
    return m;
  }

  const extra = new Map(options.extraNonWorkingDays.map((d) => [d.date, d.name]));

  const cal: WorkCalendar = {
    dayOff(date) {
      const h = holidaysOf(dateParts(date).year).get(date);
      if (h) return { kind: 'holiday', name: h };
      const x = extra.get(date);
      if (x) return { kind: 'non-working-day', name: { nl: x, en: x } };
      return undefined;
    },
    recess(date) {
      return options.recesses.find((r) => r.from <= date && date <= r.to);
    },
    isWorkingDay(date) {
      return isoWeekday(date) <= 5 && cal.dayOff(date) === undefined;
    },
    workingDaysBefore(date, n) {
      let d = date;
      for (let counted = 0; counted < n;) {
        d = addDays(d, -1);
        if (cal.isWorkingDay(d)) counted++;
      }
      return d;
    },
    nearestMeetingDay(date, direction, limit = 14) {
      for (let i = 1; i <= limit; i++) {
        const d = addDays(date, i * direction);
        if (cal.isWorkingDay(d) && !cal.recess(d)) return d;
      }
      return undefined;
    },
  };
  return cal;
}
