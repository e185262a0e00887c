import { strict as assert } from 'node:assert';
import { deadlineDate, deadlineInstant } from '../../src/domain/deadline';
import { isoWithOffset } from '../../src/domain/zonedTime';
import { dutchCalendar, ZONE } from '../helpers/schedules';

describe('pitch deadlines', () => {
  const cal = dutchCalendar({ extraNonWorkingDays: [{ date: '2027-05-05', name: 'Bevrijdingsdag' }] });
  const oneDayAtNoon = { workingDaysBefore: 1, time: '12:00' };

  it('is Thursday 12:00 for the Friday SG meeting', () => {
    assert.equal(isoWithOffset(deadlineInstant('2026-12-04', oneDayAtNoon, cal, ZONE), ZONE), '2026-12-03T12:00:00+01:00');
  });

  it('moves the deadline to Wednesday when Thursday is Ascension Day', () => {
    assert.equal(deadlineDate('2026-05-15', oneDayAtNoon, cal), '2026-05-13');
  });

  it('steps over a configured non-working day too (Ascension 2027 and 5 May 2027)', () => {
    assert.equal(deadlineDate('2027-05-07', oneDayAtNoon, cal), '2027-05-04');
  });

  it('skips the weekend for a Monday meeting', () => {
    assert.equal(deadlineDate('2026-12-07', oneDayAtNoon, cal), '2026-12-04');
    assert.equal(deadlineDate('2026-12-07', { workingDaysBefore: 3, time: '09:00' }, cal), '2026-12-02');
  });

  it('skips Easter Monday and Good Friday stays a working day', () => {
    assert.equal(deadlineDate('2026-04-07', oneDayAtNoon, cal), '2026-04-03');
  });

  it('is on the meeting day itself with 0 working days', () => {
    assert.equal(deadlineDate('2026-12-04', { workingDaysBefore: 0, time: '09:00' }, cal), '2026-12-04');
  });

  it('keeps 12:00 wall-clock in summer time', () => {
    assert.equal(isoWithOffset(deadlineInstant('2026-06-12', oneDayAtNoon, cal, ZONE), ZONE), '2026-06-11T12:00:00+02:00');
  });
});
