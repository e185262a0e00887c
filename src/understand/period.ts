import { addDays, dateParts, daysInMonth, LocalDate, makeDate, mondayOf } from '../domain/localDate';

/** How a period was named, so that an answer can name it the same way ("in maart", "de komende 2 weken"). */
export type PeriodLabel =
  | { kind: 'this-week' | 'next-week' | 'this-month' | 'next-month' }
  | { kind: 'month'; month: number; year: number }
  | { kind: 'coming-days'; days: number }
  | { kind: 'iso-week'; week: number; year: number }
  | { kind: 'range'; from: LocalDate; to: LocalDate };

/** An inclusive window of days. */
export interface Period {
  from: LocalDate;
  to: LocalDate;
  label: PeriodLabel;
}

function monthPeriod(year: number, month: number, today: LocalDate, label: PeriodLabel): Period {
  const first = makeDate(year, month, 1);
  return { from: first < today ? today : first, to: makeDate(year, month, daysInMonth(year, month)), label };
}

export function thisWeek(today: LocalDate): Period {
  return { from: today, to: addDays(mondayOf(today), 6), label: { kind: 'this-week' } };
}

export function nextWeek(today: LocalDate): Period {
  const monday = addDays(mondayOf(today), 7);
  return { from: monday, to: addDays(monday, 6), label: { kind: 'next-week' } };
}

export function thisMonth(today: LocalDate): Period {
  const { year, month } = dateParts(today);
  return monthPeriod(year, month, today, { kind: 'this-month' });
}

export function nextMonth(today: LocalDate): Period {
  const { year, month } = dateParts(today);
  const y = month === 12 ? year + 1 : year;
  const m = month === 12 ? 1 : month + 1;
  return monthPeriod(y, m, today, { kind: 'next-month' });
}

/** A month by name: the next one to come (the current month counts, from today); `year` when given. */
export function namedMonth(month: number, today: LocalDate, year?: number): Period {
  const t = dateParts(today);
  const y = year ?? (month >= t.month ? t.year : t.year + 1);
  return monthPeriod(y, month, today, { kind: 'month', month, year: y });
}

/** "de komende twee weken": today and the days after it. */
export function comingDays(days: number, today: LocalDate): Period {
  return { from: today, to: addDays(today, days - 1), label: { kind: 'coming-days', days } };
}

/** "week 51": the ISO week, the next one with that number (this year's when it has not ended). */
export function isoWeek(week: number, today: LocalDate, year?: number): Period | undefined {
  const mondayOfWeek = (y: number) => {
    const jan4 = makeDate(y, 1, 4);
    return addDays(mondayOf(jan4), (week - 1) * 7);
  };
  const t = dateParts(today).year;
  let y = year ?? t;
  let monday = mondayOfWeek(y);
  if (year === undefined && addDays(monday, 6) < today) monday = mondayOfWeek(++y);
  if (week < 1 || week > 53) return undefined;
  return { from: monday < today ? today : monday, to: addDays(monday, 6), label: { kind: 'iso-week', week, year: y } };
}

/** "van 7 t/m 18 december": from one day through another. */
export function range(from: LocalDate, to: LocalDate, today: LocalDate): Period {
  return { from: from < today ? today : from, to, label: { kind: 'range', from, to } };
}
