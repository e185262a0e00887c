import { deadlineInstant } from './deadline';
import { addDays, daysBetween, LocalDate, LocalTime } from './localDate';
import { expandRule } from './recurrence';
import { Series, SeriesException } from './series';
import { Localized, WorkCalendar } from './workCalendar';
import { localDateAt, zonedSpan } from './zonedTime';

export type OccurrenceStatus = 'scheduled' | 'moved' | 'cancelled' | 'skipped';

export type ReasonKind = 'holiday' | 'non-working-day' | 'recess' | 'cancelled' | 'moved';

export interface Reason {
  kind: ReasonKind;
  /** What people call the day or period ("Eerste Kerstdag", "Kerstreces"), or the coordinator's note. */
  label?: Localized;
}

export interface Occurrence {
  seriesId: string;
  /** The date the rule gives; the identity of the occurrence (RECURRENCE-ID in ICS). */
  originalDate: LocalDate;
  /** Where it takes place; equals originalDate unless moved. For skipped/cancelled, the date it would have had. */
  date: LocalDate;
  startTime: LocalTime;
  endTime: LocalTime;
  start: Date;
  end: Date;
  status: OccurrenceStatus;
  reason?: Reason;
  /** Pitch deadline, for groups that take pitches and occurrences that take place. */
  deadline: Date | null;
}

/** How far (in days) an occurrence can end up from its rule date; bounds how widely the rule is expanded. */
function maxShift(series: Series): number {
  let shift = series.onHoliday === 'skip' ? 0 : 14;
  for (const e of series.exceptions) {
    if (e.kind === 'moved') shift = Math.max(shift, Math.abs(daysBetween(e.originalDate, e.to.date)));
  }
  return shift;
}

function build(
  series: Series,
  originalDate: LocalDate,
  date: LocalDate,
  startTime: LocalTime,
  endTime: LocalTime,
  status: OccurrenceStatus,
  cal: WorkCalendar,
  reason?: Reason,
): Occurrence {
  const takesPlace = status === 'scheduled' || status === 'moved';
  return {
    seriesId: series.id,
    originalDate,
    date,
    startTime,
    endTime,
    ...zonedSpan(date, startTime, endTime, series.zone),
    status,
    ...(reason ? { reason } : {}),
    deadline: takesPlace && series.deadline ? deadlineInstant(date, series.deadline, cal, series.zone) : null,
  };
}

function noteOf(e: SeriesException): Localized | undefined {
  return e.reason ? { nl: e.reason, en: e.reason } : undefined;
}

/** Resolves one rule instance: hand-made exceptions first, then holidays, non-working days and recesses. */
export function resolveInstance(series: Series, originalDate: LocalDate, cal: WorkCalendar): Occurrence {
  const exception = series.exceptions.find((e) => e.originalDate === originalDate);
  const { startTime, endTime } = series;
  if (exception?.kind === 'cancelled') {
    return build(series, originalDate, originalDate, startTime, endTime, 'cancelled', cal, {
      kind: 'cancelled',
      label: noteOf(exception),
    });
  }
  if (exception?.kind === 'moved') {
    const t = exception.to;
    return build(series, originalDate, t.date, t.startTime, t.endTime, 'moved', cal, {
      kind: 'moved',
      label: noteOf(exception),
    });
  }
  const off = cal.dayOff(originalDate);
  if (off) {
    const reason: Reason = { kind: off.kind, label: off.name };
    if (series.onHoliday !== 'skip') {
      const to = cal.nearestMeetingDay(originalDate, series.onHoliday === 'previous' ? -1 : 1);
      if (to) return build(series, originalDate, to, startTime, endTime, 'moved', cal, reason);
    }
    return build(series, originalDate, originalDate, startTime, endTime, 'skipped', cal, reason);
  }
  // A recess cancels meetings outright: moving a meeting out of a weeks-long recess makes no sense.
  const recess = cal.recess(originalDate);
  if (recess) {
    return build(series, originalDate, originalDate, startTime, endTime, 'skipped', cal, {
      kind: 'recess',
      label: { nl: recess.name, en: recess.name },
    });
  }
  return build(series, originalDate, originalDate, startTime, endTime, 'scheduled', cal);
}

/**
 * The one order of meetings everywhere (lists, feeds, follow-ups, attendance): by start, then by group id so that
 * two groups meeting at the same time always come out the same way.
 */
export function byStart(a: Pick<Occurrence, 'start' | 'seriesId'>, b: Pick<Occurrence, 'start' | 'seriesId'>): number {
  return a.start.getTime() - b.start.getTime() || a.seriesId.localeCompare(b.seriesId);
}

/** Every occurrence whose (effective) date lies in [from, to], in chronological order. */
export function occurrencesBetween(series: Series, cal: WorkCalendar, from: LocalDate, to: LocalDate): Occurrence[] {
  const shift = maxShift(series);
  const through = addDays(to, shift);
  const earliest = addDays(from, -shift);
  return expandRule(series.rule, series.start, through, earliest)
    .map((d) => resolveInstance(series, d, cal))
    .filter((o) => o.date >= from && o.date <= to)
    .sort(byStart);
}

/** The next `count` occurrences that take place and have not ended at `now`, plus the skipped/cancelled ones in between. */
export function upcoming(
  series: Series,
  cal: WorkCalendar,
  now: Date,
  options: { count: number; horizonDays?: number },
  between: (s: Series, c: WorkCalendar, from: LocalDate, to: LocalDate) => Occurrence[] = occurrencesBetween,
): Occurrence[] {
  const today = localDateAt(now, series.zone);
  const horizon = options.horizonDays ?? 400;
  // Widen the window only when needed: most questions are answered from the next few weeks.
  for (let days = Math.min(42, horizon); ; days = Math.min(days * 3, horizon)) {
    const out: Occurrence[] = [];
    let taking = 0;
    for (const o of between(series, cal, today, addDays(today, days))) {
      if (o.end.getTime() <= now.getTime()) continue;
      out.push(o);
      if (takesPlace(o)) taking++;
      if (taking >= options.count) return out;
    }
    if (days >= horizon) return out;
  }
}

export function takesPlace(o: Occurrence): boolean {
  return o.status === 'scheduled' || o.status === 'moved';
}
