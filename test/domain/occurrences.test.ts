import { strict as assert } from 'node:assert';
import { occurrencesBetween, upcoming } from '../../src/domain/occurrences';
import { isoWithOffset } from '../../src/domain/zonedTime';
import { dutchCalendar, sgSeries, ZONE } from '../helpers/schedules';

describe('occurrences of a series', () => {
  const cal = dutchCalendar({ recesses: [{ name: 'Zomerreces', from: '2027-07-03', to: '2027-08-29' }] });

  it('keeps 16:00 wall-clock across the switch to summer time', () => {
    const list = occurrencesBetween(sgSeries(), cal, '2027-03-19', '2027-04-02');
    assert.deepEqual(
      list.map((o) => isoWithOffset(o.start, ZONE)),
      ['2027-03-19T16:00:00+01:00', '2027-03-26T16:00:00+01:00', '2027-04-02T16:00:00+02:00'],
    );
  });

  it('keeps 16:00 wall-clock across the switch back to winter time', () => {
    const list = occurrencesBetween(sgSeries(), cal, '2026-10-23', '2026-10-30');
    assert.deepEqual(
      list.map((o) => o.start.getTime()),
      [Date.parse('2026-10-23T14:00:00Z'), Date.parse('2026-10-30T15:00:00Z')],
    );
  });

  it('reports the SG meetings on Christmas Day 2026 and New Year 2027 as skipped, with the reason', () => {
    const list = occurrencesBetween(sgSeries(), cal, '2026-12-18', '2027-01-08');
    assert.deepEqual(
      list.map((o) => [o.date, o.status, o.reason?.label?.nl ?? null]),
      [
        ['2026-12-18', 'scheduled', null],
        ['2026-12-25', 'skipped', 'Eerste Kerstdag'],
        ['2027-01-01', 'skipped', 'Nieuwjaarsdag'],
        ['2027-01-08', 'scheduled', null],
      ],
    );
    assert.equal(list[1].deadline, null);
  });

  it('skips meetings in a recess and names the recess', () => {
    const list = occurrencesBetween(sgSeries(), cal, '2027-07-02', '2027-07-09');
    assert.deepEqual(
      list.map((o) => [o.date, o.status, o.reason?.label?.nl ?? null]),
      [
        ['2027-07-02', 'scheduled', null],
        ['2027-07-09', 'skipped', 'Zomerreces'],
      ],
    );
  });

  it('moves a meeting on a holiday to the next working day when the group says so', () => {
    const monday = sgSeries({ id: 'rijk', start: '2026-04-06', rule: { freq: 'weekly', interval: 1, byDay: [{ day: 'MO' }] }, onHoliday: 'next' });
    const [o] = occurrencesBetween(monday, cal, '2026-04-06', '2026-04-07');
    assert.equal(o.status, 'moved');
    assert.equal(o.originalDate, '2026-04-06');
    assert.equal(o.date, '2026-04-07');
    assert.equal(o.reason?.label?.nl, 'Tweede Paasdag');
  });

  it('moves a meeting on a holiday to the previous working day when the group says so', () => {
    const thursday = sgSeries({ start: '2026-05-14', rule: { freq: 'weekly', interval: 1, byDay: [{ day: 'TH' }] }, onHoliday: 'previous' });
    const [o] = occurrencesBetween(thursday, cal, '2026-05-13', '2026-05-14');
    assert.equal(o.date, '2026-05-13');
    assert.equal(isoWithOffset(o.deadline!, ZONE), '2026-05-12T12:00:00+02:00');
  });

  it('moves the deadline with a hand-moved meeting', () => {
    const s = sgSeries({
      exceptions: [{ kind: 'moved', originalDate: '2026-12-18', to: { date: '2026-12-17', startTime: '15:00', endTime: '16:00' } }],
    });
    const list = occurrencesBetween(s, cal, '2026-12-14', '2026-12-20');
    assert.equal(list.length, 1);
    assert.equal(list[0].status, 'moved');
    assert.equal(isoWithOffset(list[0].start, ZONE), '2026-12-17T15:00:00+01:00');
    assert.equal(isoWithOffset(list[0].deadline!, ZONE), '2026-12-16T12:00:00+01:00');
  });

  it('finds a meeting moved into the window from outside it', () => {
    const s = sgSeries({
      exceptions: [{ kind: 'moved', originalDate: '2027-02-05', to: { date: '2027-01-27', startTime: '16:00', endTime: '17:00' } }],
    });
    const list = occurrencesBetween(s, cal, '2027-01-26', '2027-01-28');
    assert.deepEqual(
      list.map((o) => [o.originalDate, o.date]),
      [['2027-02-05', '2027-01-27']],
    );
  });

  it('reports a cancelled occurrence with its reason', () => {
    const s = sgSeries({ exceptions: [{ kind: 'cancelled', originalDate: '2026-12-11', reason: 'Begrotingsbehandeling' }] });
    const [o] = occurrencesBetween(s, cal, '2026-12-11', '2026-12-11');
    assert.equal(o.status, 'cancelled');
    assert.equal(o.reason?.label?.nl, 'Begrotingsbehandeling');
    assert.equal(o.deadline, null);
  });

  it('gives the next meeting after now, including skipped ones in between', () => {
    const now = new Date('2026-12-18T16:30:00+01:00'); // during the meeting of 18 December
    const list = upcoming(sgSeries(), cal, now, { count: 2 });
    assert.deepEqual(
      list.map((o) => [o.date, o.status]),
      [
        ['2026-12-18', 'scheduled'],
        ['2026-12-25', 'skipped'],
        ['2027-01-01', 'skipped'],
        ['2027-01-08', 'scheduled'],
      ],
    );
    const after = upcoming(sgSeries(), cal, new Date('2026-12-18T17:00:00+01:00'), { count: 1 });
    assert.equal(after.at(-1)?.date, '2027-01-08');
  });
});
