import type Holidays from 'date-holidays';
import type { HolidayRulesSource } from '../domain/workCalendar';

let holidaysClass: typeof Holidays | undefined;

/**
 * date-holidays' public holidays for the work calendar. The package brings every country's rules and several
 * astronomical calendars (~60 ms and several MB to load), so it is loaded on the first question about a
 * holiday: `check-config` and the server's start-up read the schedule without it.
 */
export const dateHolidays: HolidayRulesSource = (country, lang) => {
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- a synchronous lazy load; only the type is imported above
  holidaysClass ??= require('date-holidays') as typeof Holidays;
  return new holidaysClass(country, { languages: [lang], types: ['public'] });
};
