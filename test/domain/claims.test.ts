import { strict as assert } from 'node:assert';
import { Claim, claimDecision, nextRetry, nextSettledMark } from '../../src/domain/claims';

const at = (iso: string) => new Date(iso);
const doc = (over: Partial<Claim>): Claim => ({ key: 'k', state: 'claimed', by: 'a:1', at: '2026-12-03T11:00:00.000Z', ...over });

describe('claim rules (leases, retries)', () => {
  it('decides per state whether a tick may send a due post', () => {
    const now = at('2026-12-03T11:05:00.000Z');
    assert.equal(claimDecision(undefined, now, false), 'claim');
    assert.equal(claimDecision(doc({ leaseUntil: '2026-12-03T11:06:00.000Z' }), now, true), 'skip', 'lease still runs');
    assert.equal(claimDecision(doc({ leaseUntil: '2026-12-03T11:04:59.000Z' }), now, true), 'take-over', 'lease ran out');
    assert.equal(claimDecision(doc({ at: '2026-12-03T11:04:00.000Z' }), now, true, 120_000), 'skip', 'a claim from before leases: at + lease');
    assert.equal(claimDecision(doc({ at: '2026-12-03T11:02:00.000Z' }), now, true, 120_000), 'take-over');
    assert.equal(claimDecision(doc({ state: 'no-conversation', retryAt: '2026-12-03T11:10:00.000Z' }), now, false), 'skip');
    assert.equal(claimDecision(doc({ state: 'no-conversation', retryAt: '2026-12-03T11:10:00.000Z' }), now, true), 'take-over', 'a chat became known');
    assert.equal(
      claimDecision(doc({ state: 'no-conversation', retryAt: '2026-12-03T11:05:00.000Z' }), now, false),
      'take-over',
      'time to look in the roster again',
    );
    for (const state of ['sent', 'dropped', 'superseded', 'unreachable'] as const) assert.equal(claimDecision(doc({ state }), now, true), 'skip', state);
  });

  it('backs off roster look-ups 5, 10, 20, 40 minutes, then hourly', () => {
    const now = at('2026-12-03T11:00:00.000Z');
    assert.deepEqual(
      [1, 2, 3, 4, 5, 9].map((n) => (nextRetry(now, n).getTime() - now.getTime()) / 60_000),
      [5, 10, 20, 40, 60, 60],
    );
  });
});

describe('the settled mark', () => {
  it('stays a day behind the tick and moves at most hourly', () => {
    const now = at('2026-12-03T11:00:00.000Z');
    assert.equal(nextSettledMark(undefined, now)?.toISOString(), '2026-12-02T11:00:00.000Z');
    assert.equal(nextSettledMark(at('2026-12-02T10:30:00.000Z'), now), undefined, 'half an hour old: kept');
    assert.equal(nextSettledMark(at('2026-12-02T10:00:00.000Z'), now)?.toISOString(), '2026-12-02T11:00:00.000Z');
    assert.equal(nextSettledMark(at('2026-12-05T00:00:00.000Z'), now), undefined, 'never back (a clock behind another)');
  });
});
