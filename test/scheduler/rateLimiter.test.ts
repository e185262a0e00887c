import { strict as assert } from 'node:assert';
import { RateLimiter } from '../../src/scheduler/rateLimiter';

/** A fake clock whose sleep advances time instantly: no real waiting. */
function fakeTime() {
  let t = 0;
  return { now: () => t, sleep: async (ms: number) => void (t += ms), at: () => t };
}

function maxIn(times: number[], windowMs: number): number {
  return Math.max(...times.map((x) => times.filter((y) => y >= x && y < x + windowMs).length));
}

describe('the rate limiter (Teams limits, fake clock)', () => {
  it('keeps one conversation within 7 per second and 60 per 30 seconds', async () => {
    const clock = fakeTime();
    const limiter = new RateLimiter(clock.now, clock.sleep);
    const times: number[] = [];
    for (let i = 0; i < 130; i++) {
      const done = await limiter.acquire('conv-1');
      times.push(clock.at());
      done();
    }
    assert.ok(maxIn(times, 1_000) <= 7, `at most 7 in any second (${maxIn(times, 1_000)})`);
    assert.ok(maxIn(times, 30_000) <= 60, `at most 60 in any 30 s (${maxIn(times, 30_000)})`);
    assert.ok(times.at(-1)! <= 60_000 + 2_000, `and no slower than needed (${times.at(-1)} ms for 130)`);
  });

  it('holds a slot while its request is in flight, and counts the window from its completion', async () => {
    const clock = fakeTime();
    const limiter = new RateLimiter(
      clock.now,
      clock.sleep,
      { perConversation: [{ count: 1, windowMs: 1_000 }], perTenant: [{ count: 100, windowMs: 1_000 }] },
      0,
    );
    const first = await limiter.acquire('c');
    let second = false;
    const next = limiter.acquire('c').then((done) => {
      second = true;
      done();
    });
    await clock.sleep(3_000); // the first request takes 3 s
    await Promise.resolve();
    assert.equal(second, false, 'still waiting while the first is in flight');
    first();
    const completedAt = clock.at();
    await next;
    assert.equal(second, true);
    assert.ok(clock.at() >= completedAt + 1_000, 'a full window after the completion');
  });

  it('keeps a tenant within 50 per second across conversations, and loses no caller', async () => {
    const clock = fakeTime();
    const limiter = new RateLimiter(clock.now, clock.sleep);
    const times: number[] = [];
    await Promise.all(
      Array.from({ length: 500 }, (_, i) =>
        limiter.acquire(`conv-${i}`, 'tenant').then((done) => {
          times.push(clock.at());
          done();
        }),
      ),
    );
    assert.equal(times.length, 500);
    assert.ok(maxIn(times, 1_000) <= 50, `at most 50 in any second (${maxIn(times, 1_000)})`);
    assert.ok(times.at(-1)! <= 10_000, `500 in about 10 s (${times.at(-1)} ms)`);
  });
});
