import { strict as assert } from 'node:assert';
import { TODAY, understander } from './corpus/run';

/** Periods and "after" dates as people name them, through the real understanding layer (today: Tuesday 1 December 2026). */
describe('period words and dates after a meeting', () => {
  const u = (text: string) => understander().understand(text, { today: TODAY });
  const period = (text: string) => {
    const p = u(text).slots.period;
    return p ? [p.from, p.to] : undefined;
  };

  it('reads "de week van 14 december" as that Monday to Sunday', () => {
    assert.deepEqual(period('wat hebben we in de week van 14 december'), ['2026-12-14', '2026-12-20']);
    assert.deepEqual(period('meetings in the week of 13 January'), ['2027-01-11', '2027-01-17']);
  });

  it('reads the beginning, middle and end of a month as its thirds', () => {
    assert.deepEqual(period('welke vergaderingen zijn er begin januari'), ['2027-01-01', '2027-01-10']);
    assert.deepEqual(period('wat is er medio februari'), ['2027-02-11', '2027-02-20']);
    assert.deepEqual(period('meetings at the end of February'), ['2027-02-21', '2027-02-28']);
    assert.deepEqual(period('welke overleggen zijn er in januari'), ['2027-01-01', '2027-01-31'], 'a whole month stays whole');
  });

  it('takes "na" with words between it and the date, and "na de kerst" as after both Christmas days', () => {
    assert.equal(u('welk SG-overleg komt er na dat van 18 december?').slots.after, '2026-12-18');
    assert.equal(u('wanneer is het eerste SG-overleg na de kerst').slots.after, '2026-12-26');
    assert.equal(u('when is the SG meeting after the one on 18 December?').slots.after, '2026-12-18');
  });

  it('reads named days as dates', () => {
    assert.equal(u('is the SG meeting on Christmas Day still on?').slots.date, '2026-12-25');
    assert.equal(u('gaat het SG-overleg van tweede kerstdag door?').slots.date, '2026-12-26');
  });
});
