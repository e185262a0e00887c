import { TZDate } from '@date-fns/tz';
import { getVtimezoneComponent } from '@touch4it/ical-timezones';
import ical, { ICalCalendar, ICalEventTransparency } from 'ical-generator';
import { Group } from '../domain/schedule';
import { ActionItem } from '../domain/actionItems';
import { addDays, LocalDate, minDate } from '../domain/localDate';
import { occurrencesBetween, resolveInstance, takesPlace } from '../domain/occurrences';
import { expandRule } from '../domain/recurrence';
import { WorkCalendar } from '../domain/workCalendar';
import { zonedInstant as instantOf } from '../domain/zonedTime';

// ical-generator writes TZID wall-clock times only for TZDate values (a plain Date would use the host's zone).
const zonedInstant = (date: LocalDate, time: string, zone: string) => new TZDate(instantOf(date, time, zone).getTime(), zone);
import { messagesFor } from '../i18n/catalogue';
import { movedNote } from '../present/meetingsView';
import { Language } from '../domain/language';
import { localStamp, rruleValue, utcStamp } from './rrule';

export interface FeedOptions {
  /** Calendar name shown by the subscriber's client. */
  name: string;
  /** DTSTAMP of every event: pass a fixed instant so that the same state always gives the same feed. */
  stamp: Date;
  /** Last date the feed describes: the RRULE stops there and EXDATEs are listed up to it. */
  horizon: LocalDate;
  /** First date for which separate pitch-deadline events are listed. */
  deadlinesFrom: LocalDate;
  zone: string;
  /** The groups' action items: each open one due from `deadlinesFrom` on is an all-day event on its due date. */
  actionItems?: readonly ActionItem[];
  /** The language of the events' own words (deadlines, action items, moves); Dutch unless asked. */
  lang?: Language;
}

export const UID_DOMAIN = 'overlegbot';

export function seriesUid(groupId: string): string {
  return `${groupId}@${UID_DOMAIN}`;
}

export function deadlineUid(groupId: string, originalDate: LocalDate): string {
  return `deadline-${groupId}-${originalDate}@${UID_DOMAIN}`;
}

/** Stable per item: a new due date updates the event, it does not add one. */
export function actionItemUid(groupId: string, id: number): string {
  return `action-${groupId}-${id}@${UID_DOMAIN}`;
}

/** An all-day date as ical-generator writes it in the feed's zone (noon, so that no offset moves it to another day). */
const allDay = (date: LocalDate, zone: string) => new TZDate(instantOf(date, '12:00', zone).getTime(), zone);

function addActionItems(cal: ICalCalendar, group: Group, items: readonly ActionItem[], opts: FeedOptions): void {
  for (const item of items) {
    if (item.groupId !== group.id || item.status !== 'open' || item.due < opts.deadlinesFrom || item.due > opts.horizon) continue;
    // SEQUENCE: the number of confirmed new dates, so clients move the event rather than keep the old one.
    const sequence = item.history.filter((c) => c.kind === 'new-date-confirmed').length;
    cal.createEvent({
      id: actionItemUid(group.id, item.id),
      sequence,
      stamp: opts.stamp,
      allDay: true,
      start: allDay(item.due, opts.zone),
      end: allDay(addDays(item.due, 1), opts.zone),
      timezone: opts.zone,
      summary: messagesFor(opts.lang ?? 'nl').feedActionSummary(item.id, group.name, item.owner.name),
      description: item.text,
      transparency: ICalEventTransparency.TRANSPARENT,
    });
  }
}

function addGroup(cal: ICalCalendar, group: Group, work: WorkCalendar, opts: FeedOptions): void {
  const s = group.series;
  const msgs = messagesFor(opts.lang ?? 'nl');
  const last = s.rule.until ? minDate(s.rule.until, opts.horizon) : opts.horizon;
  const instances = expandRule(s.rule, s.start, last).map((d) => resolveInstance(s, d, work));
  const excluded = instances.filter((o) => !takesPlace(o));
  const moved = instances.filter((o) => o.status === 'moved');
  // SEQUENCE grows with every hand-made change, so clients replace rather than duplicate the event.
  const sequence = s.exceptions.length;
  const description = group.description ?? '';

  const lines: string[] = [];
  if (s.rule.freq !== 'once') lines.push(`RRULE:${rruleValue(s.rule, zonedInstant(last, '23:59', s.zone))}`);
  for (const o of excluded) lines.push(`EXDATE;TZID=${s.zone}:${localStamp(o.originalDate, s.startTime)}`);

  cal.createEvent({
    id: seriesUid(group.id),
    sequence,
    stamp: opts.stamp,
    start: zonedInstant(s.start, s.startTime, s.zone),
    end: zonedInstant(s.start, s.endTime, s.zone),
    timezone: s.zone,
    summary: group.name,
    description,
    ...(group.location ? { location: group.location } : {}),
    ...(group.teamsLink ? { url: group.teamsLink } : {}),
    ...(lines.length ? { repeating: lines.join('\n') } : {}),
  });

  for (const o of moved) {
    cal.createEvent({
      id: seriesUid(group.id),
      sequence,
      stamp: opts.stamp,
      recurrenceId: zonedInstant(o.originalDate, s.startTime, s.zone),
      // The occurrence's own instants: a start in a DST gap has moved forward with its length kept.
      start: new TZDate(o.start.getTime(), s.zone),
      end: new TZDate(o.end.getTime(), s.zone),
      timezone: s.zone,
      summary: group.name,
      description: movedNote(o, msgs, { zone: s.zone }),
      ...(group.location ? { location: group.location } : {}),
      ...(group.teamsLink ? { url: group.teamsLink } : {}),
    });
  }

  if (s.deadline) {
    for (const o of occurrencesBetween(s, work, opts.deadlinesFrom, opts.horizon)) {
      if (!o.deadline) continue;
      cal.createEvent({
        id: deadlineUid(group.id, o.originalDate),
        sequence: o.status === 'moved' ? 1 : 0,
        stamp: opts.stamp,
        start: new TZDate(o.deadline.getTime(), s.zone),
        end: new TZDate(o.deadline.getTime() + 15 * 60_000, s.zone),
        timezone: s.zone,
        summary: msgs.feedDeadlineSummary(group.name),
        description: msgs.meetingWhen(o, { zone: s.zone }),
        transparency: ICalEventTransparency.TRANSPARENT,
      });
    }
  }
}

/** One VCALENDAR for the given groups: each series one VEVENT with RRULE/EXDATE, moves as overrides, deadlines apart. */
export function buildFeed(groups: readonly Group[], work: WorkCalendar, opts: FeedOptions): string {
  const cal = ical({
    name: opts.name,
    prodId: { company: 'overlegbot', product: 'overlegbot', language: (opts.lang ?? 'nl').toUpperCase() },
    timezone: { name: opts.zone, generator: getVtimezoneComponent },
    ttl: 60 * 60,
  });
  for (const g of groups) {
    addGroup(cal, g, work, opts);
    if (opts.actionItems) addActionItems(cal, g, opts.actionItems, opts);
  }
  // ical-generator writes DTSTAMP in the calendar's zone without "Z"; RFC 5545 wants UTC there.
  return cal.toString().replace(/^DTSTAMP:[^\r\n]*/gm, `DTSTAMP:${utcStamp(opts.stamp)}`);
}
