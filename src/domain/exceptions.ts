import { DomainError } from './errors';
import { isLocalDate, isLocalTime, LocalDate, LocalTime } from './localDate';
import { resolveInstance } from './occurrences';
import { isInstance } from './recurrence';
import { Series, SeriesException } from './series';
import { WorkCalendar } from './workCalendar';
import { zonedInstant } from './zonedTime';

interface Actor {
  by?: string;
  now: Date;
}

function requireInstance(series: Series, originalDate: LocalDate, cal: WorkCalendar, now: Date) {
  if (!isLocalDate(originalDate) || !isInstance(series.rule, series.start, originalDate)) {
    throw new DomainError('not-an-occurrence', `${series.id} has no meeting on ${originalDate}`, {
      group: series.id,
      date: originalDate,
    });
  }
  const current = resolveInstance(series, originalDate, cal);
  if (current.end.getTime() <= now.getTime()) {
    throw new DomainError('occurrence-in-past', `${series.id} on ${originalDate} is over`, {
      group: series.id,
      date: originalDate,
    });
  }
  return current;
}

function withException(series: Series, e: SeriesException): Series {
  // One exception per occurrence: a later decision replaces an earlier one.
  return { ...series, exceptions: [...series.exceptions.filter((x) => x.originalDate !== e.originalDate), e] };
}

/** Cancels the occurrence the rule puts on `originalDate`. */
export function cancelOccurrence(series: Series, originalDate: LocalDate, cal: WorkCalendar, actor: Actor, reason?: string): Series {
  const current = requireInstance(series, originalDate, cal, actor.now);
  if (current.status === 'cancelled' || current.status === 'skipped') {
    throw new DomainError('already-cancelled', `${series.id} on ${originalDate} does not take place`, {
      group: series.id,
      date: originalDate,
    });
  }
  return withException(series, {
    kind: 'cancelled',
    originalDate,
    ...(reason ? { reason } : {}),
    ...(actor.by ? { by: actor.by } : {}),
    at: actor.now.toISOString(),
  });
}

/** Moves the occurrence the rule puts on `originalDate` to another date and/or time. */
export function moveOccurrence(
  series: Series,
  originalDate: LocalDate,
  to: { date: LocalDate; startTime?: LocalTime; endTime?: LocalTime },
  cal: WorkCalendar,
  actor: Actor,
  reason?: string,
): Series {
  const current = requireInstance(series, originalDate, cal, actor.now);
  const startTime = to.startTime ?? current.startTime;
  // Keep the meeting's length when only a new start time is given.
  const endTime = to.endTime ?? shiftEnd(current.startTime, current.endTime, startTime);
  if (!isLocalDate(to.date) || !isLocalTime(startTime) || !isLocalTime(endTime) || endTime <= startTime) {
    throw new DomainError('invalid-move', `cannot move ${series.id} to ${to.date} ${startTime}-${endTime}`, {
      group: series.id,
      date: to.date,
    });
  }
  if (zonedInstant(to.date, startTime, series.zone).getTime() <= actor.now.getTime()) {
    throw new DomainError('invalid-move', `${to.date} ${startTime} is in the past`, {
      group: series.id,
      date: to.date,
    });
  }
  return withException(series, {
    kind: 'moved',
    originalDate,
    to: { date: to.date, startTime, endTime },
    ...(reason ? { reason } : {}),
    ...(actor.by ? { by: actor.by } : {}),
    at: actor.now.toISOString(),
  });
}

function minutes(t: LocalTime): number {
  return Number(t.slice(0, 2)) * 60 + Number(t.slice(3, 5));
}

export function shiftEnd(oldStart: LocalTime, oldEnd: LocalTime, newStart: LocalTime): LocalTime {
  const end = minutes(newStart) + (minutes(oldEnd) - minutes(oldStart));
  if (end >= 24 * 60) return '23:59';
  return `${String(Math.floor(end / 60)).padStart(2, '0')}:${String(end % 60).padStart(2, '0')}`;
}
