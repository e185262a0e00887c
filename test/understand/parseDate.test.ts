import { strict as assert } from 'node:assert';
import { parseDate, parseDateTime } from '../../src/understand/parseDate';

describe('dates as people type them (today is Tuesday 1 December 2026)', () => {
  const today = '2026-12-01';
  const ok: [string, string][] = [
    ['18 december', '2026-12-18'],
    ['18 dec 2026', '2026-12-18'],
    ['vrijdag 18 december', '2026-12-18'],
    ['friday, december 18', '2026-12-18'],
    ['18th of december', '2026-12-18'],
    ['2027-01-08', '2027-01-08'],
    ['8-1', '2027-01-08'],
    ['8/1/2027', '2027-01-08'],
    ['5 januari', '2027-01-05'],
    ['1 december', '2026-12-01'],
    ['30 november', '2026-11-30'],
    ['31 oktober', '2026-10-31'],
    ['kerst', '2026-12-25'],
    ['eerste kerstdag', '2026-12-25'],
    ['tweede kerstdag', '2026-12-26'],
    ['christmas day', '2026-12-25'],
    ['nieuwjaarsdag', '2027-01-01'],
    ['koningsdag', '2027-04-27'],
    ['30 oktober', '2027-10-30'],
    ['vandaag', '2026-12-01'],
    ['morgen', '2026-12-02'],
    ['overmorgen', '2026-12-03'],
    ['tomorrow', '2026-12-02'],
    ['vrijdag', '2026-12-04'],
    ['aanstaande vrijdag', '2026-12-04'],
    ['this friday', '2026-12-04'],
    ['volgende week vrijdag', '2026-12-11'],
    ['vrijdag volgende week', '2026-12-11'],
    ['next week friday', '2026-12-11'],
    ['volgende maandag', '2026-12-07'],
    ['next monday', '2026-12-07'],
    ['deze dinsdag', '2026-12-01'],
  ];
  for (const [text, date] of ok) {
    it(`reads "${text}" as ${date}`, () => assert.deepEqual(parseDate(text, today), { ok: true, date }));
  }

  it('asks when "next Friday" could be this week or the next', () => {
    assert.deepEqual(parseDate('next friday', today), { ok: false, problem: 'ambiguous', options: ['2026-12-04', '2026-12-11'] });
    assert.deepEqual(parseDate('volgende vrijdag', today), { ok: false, problem: 'ambiguous', options: ['2026-12-04', '2026-12-11'] });
  });

  it('asks when a bare weekday is today', () => {
    assert.deepEqual(parseDate('dinsdag', today), { ok: false, problem: 'ambiguous', options: ['2026-12-01', '2026-12-08'] });
  });

  it('refuses dates that do not exist and weekdays that do not match', () => {
    assert.deepEqual(parseDate('30 februari', today), { ok: false, problem: 'no-such-date', text: '30 februari' });
    assert.deepEqual(parseDate('2027-02-29', today), { ok: false, problem: 'no-such-date', text: '2027-02-29' });
    assert.deepEqual(parseDate('maandag 18 december', today), { ok: false, problem: 'weekday-mismatch', date: '2026-12-18', weekday: 1 });
    assert.deepEqual(parseDate('ooit', today), { ok: false, problem: 'not-a-date', text: 'ooit' });
  });

  it('reads a time or a time range after a date, or alone', () => {
    assert.deepEqual(parseDateTime('donderdag 17 december 15:00', today), { ok: true, date: '2026-12-17', time: { start: '15:00' } });
    assert.deepEqual(parseDateTime('17 december om 15 uur', today), { ok: true, date: '2026-12-17', time: { start: '15:00' } });
    assert.deepEqual(parseDateTime('17 december 15.00-16.30', today), { ok: true, date: '2026-12-17', time: { start: '15:00', end: '16:30' } });
    assert.deepEqual(parseDateTime('december 17 at 3pm', today), { ok: true, date: '2026-12-17', time: { start: '15:00' } });
    assert.deepEqual(parseDateTime('15:30', today), { ok: true, time: { start: '15:30' } });
    assert.deepEqual(parseDateTime('17 december', today), { ok: true, date: '2026-12-17' });
    assert.deepEqual(parseDateTime('17 december 24:00', today), { ok: false, problem: 'bad-time', text: '24:00' });
  });
});
