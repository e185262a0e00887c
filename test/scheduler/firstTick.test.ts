import { strict as assert } from 'node:assert';
import { LeaderLease } from '../../src/scheduler/leader';
import { Scheduler, SchedulerDeps } from '../../src/scheduler/scheduler';
import { captureLogger } from '../helpers/logs';

/** Counts how often the scheduler asks for the lease: once per tick, before any store read. */
function countingLeader() {
  const seen = { acquires: 0 };
  const leader = {
    acquire: async () => {
      seen.acquires++;
      return false; // not leading: the tick stops here
    },
    release: async () => {},
  } as unknown as LeaderLease;
  return { leader, seen };
}

describe('the scheduler start', () => {
  it('runs its first tick shortly after start, not at once, so a new process answers probes and messages first', async () => {
    const { leader, seen } = countingLeader();
    const scheduler = new Scheduler({ leader, logger: captureLogger().logger } as unknown as SchedulerDeps);
    scheduler.start(60_000, 40);
    assert.equal(seen.acquires, 0, 'no tick during start');
    await new Promise((r) => setTimeout(r, 15));
    assert.equal(seen.acquires, 0, 'not before the first-tick delay');
    await new Promise((r) => setTimeout(r, 80));
    assert.equal(seen.acquires, 1, 'one tick after it');
    await scheduler.stop();
  });

  it('never waits longer for the first tick than one interval', async () => {
    const { leader, seen } = countingLeader();
    const scheduler = new Scheduler({ leader, logger: captureLogger().logger } as unknown as SchedulerDeps);
    scheduler.start(30, 10_000);
    await new Promise((r) => setTimeout(r, 45));
    assert.ok(seen.acquires >= 1, `ticked ${seen.acquires} times`);
    await scheduler.stop();
  });
});
