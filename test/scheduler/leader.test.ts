import { strict as assert } from 'node:assert';
import { ConditionalStorage, MemoryConditionalStorage } from '../../src/store/conditionalStorage';
import { keys } from '../../src/store/keys';
import { LeaderLease } from '../../src/scheduler/leader';
import { useAzurite } from '../helpers/azurite';

/** A clock the test moves by hand; leases long enough that no heartbeat fires during a test. */
function clockAt(iso: string) {
  const c = { now: new Date(iso), at: () => c.now };
  return c;
}
const LEASE = 60_000;

function leaderContract(name: string, make: () => Promise<ConditionalStorage>) {
  describe(`the scheduler leader lease (${name})`, () => {
    const leases: LeaderLease[] = [];
    afterEach(async () => {
      await Promise.all(leases.splice(0).map((l) => l.release()));
    });
    function lease(storage: ConditionalStorage, instance: string, clock: { at: () => Date }) {
      const l = new LeaderLease(storage, instance, LEASE, clock.at);
      leases.push(l);
      return l;
    }

    it('is held by the first instance and refused to a second while it runs, then renewed by its holder', async () => {
      const storage = await make();
      const clock = clockAt('2026-12-03T11:00:00Z');
      const a = lease(storage, 'a', clock);
      const b = lease(storage, 'b', clock);
      assert.equal(await a.acquire(), true);
      assert.equal(await b.acquire(), false);
      clock.now = new Date('2026-12-03T11:00:50Z');
      assert.equal(await a.acquire(), true, 'renewed');
      clock.now = new Date('2026-12-03T11:01:30Z');
      assert.equal(await b.acquire(), false, 'the renewal moved the expiry on');
      const doc = (await storage.read([keys.schedulerLeader]))[keys.schedulerLeader];
      assert.equal(doc.holder, 'a');
      assert.equal(doc.until, '2026-12-03T11:01:50.000Z');
      assert.equal(doc.since, '2026-12-03T11:00:00.000Z');
    });

    it('passes to another instance once the holder stopped renewing, and the old holder knows it lost it', async () => {
      const storage = await make();
      const clock = clockAt('2026-12-03T11:00:00Z');
      const a = lease(storage, 'a', clock);
      const b = lease(storage, 'b', clock);
      assert.equal(await a.acquire(), true);
      clock.now = new Date('2026-12-03T11:01:00Z'); // exactly at the expiry: free
      assert.equal(await b.acquire(), true);
      assert.equal(await a.acquire(), false);
      assert.equal(a.isLeader, false);
      assert.equal(b.isLeader, true);
    });

    it('is released on shutdown, so that the other instance takes it at once', async () => {
      const storage = await make();
      const clock = clockAt('2026-12-03T11:00:00Z');
      const a = lease(storage, 'a', clock);
      const b = lease(storage, 'b', clock);
      assert.equal(await a.acquire(), true);
      await a.release();
      assert.equal(await b.acquire(), true);
    });

    it('goes to exactly one of several instances that try at the same moment, free or expired', async () => {
      const storage = await make();
      const clock = clockAt('2026-12-03T11:00:00Z');
      const many = Array.from({ length: 6 }, (_, i) => lease(storage, `i${i}`, clock));
      assert.equal((await Promise.all(many.map((l) => l.acquire()))).filter(Boolean).length, 1, 'a free lease');
      clock.now = new Date('2026-12-03T11:05:00Z');
      const others = Array.from({ length: 6 }, (_, i) => lease(storage, `j${i}`, clock));
      assert.equal((await Promise.all(others.map((l) => l.acquire()))).filter(Boolean).length, 1, 'an expired lease');
    });
  });
}

describe('scheduler leader', () => {
  leaderContract('MemoryStorage', async () => new MemoryConditionalStorage());
  describe('on Azurite', () => {
    const azurite = useAzurite();
    leaderContract('Blob Storage', () => azurite.current.storage());
  });
});
