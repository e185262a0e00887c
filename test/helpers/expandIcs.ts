import ICAL from 'ical.js';

export interface ExpandedEvent {
  uid: string;
  start: Date;
  end: Date;
  summary: string;
}

/** Expands a feed with ical.js, a real RFC 5545 parser: RRULE, EXDATE, RECURRENCE-ID and VTIMEZONE. */
export function expandIcs(text: string, until: Date): ExpandedEvent[] {
  const root = new ICAL.Component(ICAL.parse(text));
  for (const vtz of root.getAllSubcomponents('vtimezone')) ICAL.TimezoneService.register(new ICAL.Timezone(vtz));
  const vevents = root.getAllSubcomponents('vevent');
  const exceptions = vevents.filter((v) => v.hasProperty('recurrence-id'));
  const out: ExpandedEvent[] = [];
  const limit = ICAL.Time.fromJSDate(until, true);
  for (const master of vevents.filter((v) => !v.hasProperty('recurrence-id'))) {
    const event = new ICAL.Event(master);
    for (const x of exceptions) if (x.getFirstPropertyValue('uid') === event.uid) event.relateException(new ICAL.Event(x));
    if (!event.isRecurring()) {
      out.push({ uid: event.uid, start: event.startDate.toJSDate(), end: event.endDate.toJSDate(), summary: event.summary });
      continue;
    }
    const it = event.iterator();
    for (let next = it.next(); next && next.compare(limit) <= 0; next = it.next()) {
      const d = event.getOccurrenceDetails(next);
      out.push({ uid: event.uid, start: d.startDate.toJSDate(), end: d.endDate.toJSDate(), summary: d.item.summary });
    }
  }
  return out.sort((a, b) => a.start.getTime() - b.start.getTime() || a.uid.localeCompare(b.uid));
}
