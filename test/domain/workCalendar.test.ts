import { strict as assert } from 'node:assert';
import { dutchCalendar } from '../helpers/schedules';

describe('the Dutch work calendar', () => {
  const cal = dutchCalendar({
    extraNonWorkingDays: [{ date: '2027-05-05', name: 'Bevrijdingsdag' }],
    recesses: [{ name: 'Kerstreces', from: '2026-12-19', to: '2027-01-03' }],
  });

  it('names the public holidays as Dutch texts do', () => {
    assert.equal(cal.dayOff('2026-12-25')?.name.nl, 'Eerste Kerstdag');
    assert.equal(cal.dayOff('2026-12-25')?.name.en, 'Christmas Day');
    assert.equal(cal.dayOff('2027-01-01')?.name.nl, 'Nieuwjaarsdag');
    assert.equal(cal.dayOff('2026-05-14')?.name.nl, 'Hemelvaartsdag');
    assert.equal(cal.dayOff('2026-05-25')?.name.nl, 'Tweede Pinksterdag');
    assert.equal(cal.dayOff('2026-04-06')?.name.nl, 'Tweede Paasdag');
  });

  it('moves Koningsdag to Saturday 26 April when 27 April is a Sunday (2025)', () => {
    assert.equal(cal.dayOff('2025-04-26')?.name.nl, 'Koningsdag');
    assert.equal(cal.dayOff('2025-04-27'), undefined);
    assert.equal(cal.dayOff('2026-04-27')?.name.nl, 'Koningsdag');
  });

  it('does not treat Good Friday or 5 May as a public holiday unless configured', () => {
    assert.equal(cal.isWorkingDay('2026-04-03'), true);
    assert.equal(cal.isWorkingDay('2026-05-05'), true);
    assert.equal(cal.isWorkingDay('2027-05-05'), false);
    assert.equal(cal.dayOff('2027-05-05')?.kind, 'non-working-day');
  });

  it('keeps recess days as working days but reports the recess', () => {
    assert.equal(cal.isWorkingDay('2026-12-21'), true);
    assert.equal(cal.recess('2026-12-21')?.name, 'Kerstreces');
    assert.equal(cal.recess('2027-01-03')?.name, 'Kerstreces');
    assert.equal(cal.recess('2027-01-04'), undefined);
  });

  it('does not count weekends as working days', () => {
    assert.equal(cal.isWorkingDay('2026-12-05'), false);
    assert.equal(cal.isWorkingDay('2026-12-06'), false);
  });

  it('finds the nearest meeting day outside holidays and recesses', () => {
    assert.equal(cal.nearestMeetingDay('2026-12-25', 1), '2027-01-04');
    assert.equal(cal.nearestMeetingDay('2026-05-14', -1), '2026-05-13');
  });

  it('walks N working days back over weekends, Christmas and Ascension, not over recesses (one walk for every rule)', () => {
    assert.equal(cal.workingDaysBefore('2026-12-11', 0), '2026-12-11');
    assert.equal(cal.workingDaysBefore('2026-12-14', 1), '2026-12-11', 'Monday → Friday');
    assert.equal(cal.workingDaysBefore('2026-12-28', 1), '2026-12-24', 'over Christmas and the weekend');
    assert.equal(cal.workingDaysBefore('2026-12-28', 2), '2026-12-23', 'inside the Christmas recess: recesses are working days here');
    assert.equal(cal.workingDaysBefore('2027-05-07', 1), '2027-05-04', 'over Ascension (6 May) and the configured 5 May');
  });
});
