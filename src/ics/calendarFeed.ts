import { ActionItem } from '../domain/actionItems';
import { addDays, LocalDate } from '../domain/localDate';
import { localDateAt } from '../domain/zonedTime';
import { CalendarService } from '../services/calendarService';
import { messagesFor } from '../i18n/catalogue';
import { Language } from '../domain/language';

/** Default feed window: deadlines from a month ago, meetings until the end of the year after next. */
export function feedWindow(now: Date, zone: string): { deadlinesFrom: LocalDate; horizon: LocalDate; stamp: Date } {
  const today = localDateAt(now, zone);
  const year = Number(today.slice(0, 4));
  // The stamp is the start of the day (UTC) so that every request on one day gives the same bytes.
  return { deadlinesFrom: addDays(today, -31), horizon: `${year + 2}-12-31`, stamp: new Date(`${today}T00:00:00Z`) };
}

/**
 * The ICS feed of some groups (all when `ids` is undefined) as the calendar is now: the schedule plus the
 * changes stored in chat. The served feed and `overlegbot ics` both come from here, so they cannot differ.
 */
export async function calendarFeed(
  calendar: CalendarService,
  ids: readonly string[] | undefined,
  opts: {
    now: Date;
    /** The language of the calendar's name and its events' words (Dutch unless asked). */
    lang?: Language;
    horizon?: LocalDate;
    actionItems?: (groupIds: readonly string[]) => Promise<readonly ActionItem[]>;
  },
): Promise<string> {
  const groups = await calendar.effectiveGroups(ids);
  const zone = calendar.zone;
  const window = feedWindow(opts.now, zone);
  const actionItems = opts.actionItems ? await opts.actionItems(groups.map((g) => g.id)) : undefined;
  // ical-generator and the VTIMEZONE tables load on the first feed, not with every process that can serve one.
  const { buildFeed } = await import('./buildFeed');
  return buildFeed(groups, calendar.schedule.calendar, {
    ...window,
    ...(opts.horizon ? { horizon: opts.horizon } : {}),
    zone,
    name: messagesFor(opts.lang ?? 'nl').feedName(groups.map((g) => g.name)),
    ...(opts.lang ? { lang: opts.lang } : {}),
    ...(actionItems ? { actionItems } : {}),
  });
}
