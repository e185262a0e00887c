import { formatByDay, RecurrenceRule } from '../domain/recurrence';

/**
 * The RRULE value for a rule. `untilUtc` is the UNTIL instant already converted to UTC, because
 * RFC 5545 requires UTC there when DTSTART carries a TZID.
 */
export function rruleValue(rule: RecurrenceRule, untilUtc?: Date): string {
  const parts = [`FREQ=${rule.freq === 'weekly' ? 'WEEKLY' : 'MONTHLY'}`];
  if (rule.interval !== 1) parts.push(`INTERVAL=${rule.interval}`);
  if (rule.byDay?.length) parts.push(`BYDAY=${rule.byDay.map(formatByDay).join(',')}`);
  if (rule.byMonthDay?.length) parts.push(`BYMONTHDAY=${rule.byMonthDay.join(',')}`);
  if (rule.count !== undefined) parts.push(`COUNT=${rule.count}`);
  else if (untilUtc) parts.push(`UNTIL=${utcStamp(untilUtc)}`);
  parts.push('WKST=MO');
  return parts.join(';');
}

/** `20261204T150000Z` */
export function utcStamp(d: Date): string {
  // TZDate.toISOString() carries an offset; a plain Date gives UTC.
  return new Date(d.getTime())
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d{3}/, '');
}

/** `20261204T160000` in the series' zone, as EXDATE/RECURRENCE-ID with TZID expect. */
export function localStamp(date: string, time: string): string {
  return `${date.replace(/-/g, '')}T${time.replace(':', '')}00`;
}
