import { strict as assert } from 'node:assert';
import { expandRule, isInstance, parseByDay, startMatchesRule } from '../../src/domain/recurrence';

describe('recurrence rules', () => {
  it('repeats weekly on Friday from the first SG meeting', () => {
    const dates = expandRule({ freq: 'weekly', interval: 1, byDay: [{ day: 'FR' }] }, '2020-06-12', '2020-07-03');
    assert.deepEqual(dates, ['2020-06-12', '2020-06-19', '2020-06-26', '2020-07-03']);
  });

  it('repeats every three weeks on Thursday from the kick-off of 24 September 2020', () => {
    const dates = expandRule({ freq: 'weekly', interval: 3, byDay: [{ day: 'TH' }] }, '2020-09-24', '2020-11-30');
    assert.deepEqual(dates, ['2020-09-24', '2020-10-15', '2020-11-05', '2020-11-26']);
  });

  it('repeats on several weekdays of one week', () => {
    const dates = expandRule({ freq: 'weekly', interval: 2, byDay: [{ day: 'FR' }, { day: 'TU' }] }, '2026-12-01', '2026-12-20');
    assert.deepEqual(dates, ['2026-12-01', '2026-12-04', '2026-12-15', '2026-12-18']);
  });

  it('repeats every two months on the 4th Monday from 28 September 2020', () => {
    const dates = expandRule({ freq: 'monthly', interval: 2, byDay: [{ day: 'MO', ordinal: 4 }] }, '2020-09-28', '2021-05-31');
    assert.deepEqual(dates, ['2020-09-28', '2020-11-23', '2021-01-25', '2021-03-22', '2021-05-24']);
  });

  it('takes the last weekday of a month with ordinal -1', () => {
    const dates = expandRule({ freq: 'monthly', interval: 1, byDay: [{ day: 'FR', ordinal: -1 }] }, '2026-10-30', '2027-01-31');
    assert.deepEqual(dates, ['2026-10-30', '2026-11-27', '2026-12-25', '2027-01-29']);
  });

  it('skips months without a 5th Monday instead of spilling into the next month', () => {
    const dates = expandRule({ freq: 'monthly', interval: 1, byDay: [{ day: 'MO', ordinal: 5 }] }, '2026-03-30', '2026-09-30');
    assert.deepEqual(dates, ['2026-03-30', '2026-06-29', '2026-08-31']);
  });

  it('ignores a day of the month that the month does not have (RFC 5545), e.g. the 31st', () => {
    const dates = expandRule({ freq: 'monthly', interval: 1, byMonthDay: [31] }, '2027-01-31', '2027-06-30');
    assert.deepEqual(dates, ['2027-01-31', '2027-03-31', '2027-05-31']);
  });

  it('counts COUNT from the start, whatever the window', () => {
    const rule = { freq: 'weekly' as const, interval: 1, byDay: [{ day: 'FR' as const }], count: 3 };
    assert.deepEqual(expandRule(rule, '2026-12-04', '2027-12-31'), ['2026-12-04', '2026-12-11', '2026-12-18']);
  });

  it('stops at UNTIL, inclusive', () => {
    const rule = { freq: 'weekly' as const, interval: 1, byDay: [{ day: 'FR' as const }], until: '2026-12-18' };
    assert.deepEqual(expandRule(rule, '2026-12-04', '2027-12-31'), ['2026-12-04', '2026-12-11', '2026-12-18']);
  });

  it('has exactly one date for a one-off meeting', () => {
    assert.deepEqual(expandRule({ freq: 'once', interval: 1 }, '2020-07-09', '2030-01-01'), ['2020-07-09']);
  });

  it('knows which dates are instances', () => {
    const rule = { freq: 'weekly' as const, interval: 3, byDay: [{ day: 'TH' as const }] };
    assert.equal(isInstance(rule, '2020-09-24', '2026-12-10'), true);
    assert.equal(isInstance(rule, '2020-09-24', '2026-12-03'), false);
  });

  it('rejects a start date that the rule does not select', () => {
    assert.equal(startMatchesRule({ freq: 'weekly', interval: 1, byDay: [{ day: 'FR' }] }, '2020-06-11'), false);
    assert.equal(startMatchesRule({ freq: 'monthly', interval: 2, byDay: [{ day: 'MO', ordinal: 4 }] }, '2020-09-28'), true);
  });

  it('parses RFC 5545 BYDAY notation', () => {
    assert.deepEqual(parseByDay('4MO'), { day: 'MO', ordinal: 4 });
    assert.deepEqual(parseByDay('-1fr'), { day: 'FR', ordinal: -1 });
    assert.deepEqual(parseByDay('FR'), { day: 'FR' });
    assert.equal(parseByDay('6MO'), undefined);
    assert.equal(parseByDay('Friday'), undefined);
  });
});

describe('recurrence windows', () => {
  const rules = [
    { freq: 'weekly' as const, interval: 1, byDay: [{ day: 'FR' as const }] },
    { freq: 'weekly' as const, interval: 3, byDay: [{ day: 'TH' as const }] },
    { freq: 'weekly' as const, interval: 6, byDay: [{ day: 'TH' as const }, { day: 'MO' as const }] },
    { freq: 'monthly' as const, interval: 2, byDay: [{ day: 'MO' as const, ordinal: 4 }] },
    { freq: 'monthly' as const, interval: 5, byMonthDay: [31] },
  ];
  it('gives the same dates in a window whether it skips ahead or iterates from the start', () => {
    for (const rule of rules) {
      const start = expandRule(rule, '2020-01-01', '2020-12-31')[0] ?? '2020-01-31';
      for (const from of ['2020-01-01', '2023-02-27', '2026-12-01', '2027-12-31']) {
        const through = '2028-03-31';
        const full = expandRule(rule, start, through).filter((d) => d >= from);
        assert.deepEqual(expandRule(rule, start, through, from), full, `${JSON.stringify(rule)} from ${from}`);
      }
    }
  });
});
