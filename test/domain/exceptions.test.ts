import { strict as assert } from 'node:assert';
import { DomainError } from '../../src/domain/errors';
import { cancelOccurrence, moveOccurrence } from '../../src/domain/exceptions';
import { occurrencesBetween } from '../../src/domain/occurrences';
import { dutchCalendar, sgSeries } from '../helpers/schedules';

describe('cancelling and moving one occurrence', () => {
  const cal = dutchCalendar();
  const now = new Date('2026-12-01T09:00:00+01:00');
  const actor = { by: 'coordinator@overlegbot.example', now };

  function code(fn: () => unknown): string | undefined {
    try {
      fn();
    } catch (e) {
      if (e instanceof DomainError) return e.code;
      throw e;
    }
    return undefined;
  }

  it('stores a cancellation as an exception and leaves the rule alone', () => {
    const before = sgSeries();
    const after = cancelOccurrence(before, '2026-12-18', cal, actor, 'Kerstborrel');
    assert.deepEqual(after.rule, before.rule);
    assert.equal(before.exceptions.length, 0, 'the input is not mutated');
    assert.deepEqual(after.exceptions, [{ kind: 'cancelled', originalDate: '2026-12-18', reason: 'Kerstborrel', by: actor.by, at: now.toISOString() }]);
    assert.equal(occurrencesBetween(after, cal, '2026-12-18', '2026-12-18')[0].status, 'cancelled');
  });

  it('moves to another date and time and keeps the length when no end is given', () => {
    const after = moveOccurrence(sgSeries(), '2026-12-18', { date: '2026-12-17', startTime: '15:00' }, cal, actor);
    const e = after.exceptions[0];
    assert.equal(e.kind, 'moved');
    assert.deepEqual(e.kind === 'moved' && e.to, { date: '2026-12-17', startTime: '15:00', endTime: '16:00' });
  });

  it('replaces an earlier decision on the same occurrence', () => {
    const moved = moveOccurrence(sgSeries(), '2026-12-18', { date: '2026-12-17' }, cal, actor);
    const cancelled = cancelOccurrence(moved, '2026-12-18', cal, actor);
    assert.equal(cancelled.exceptions.length, 1);
    assert.equal(cancelled.exceptions[0].kind, 'cancelled');
  });

  it('refuses a date on which the group does not meet', () => {
    assert.equal(
      code(() => cancelOccurrence(sgSeries(), '2026-12-17', cal, actor)),
      'not-an-occurrence',
    );
  });

  it('refuses an occurrence that is already over', () => {
    assert.equal(
      code(() => cancelOccurrence(sgSeries(), '2026-11-27', cal, actor)),
      'occurrence-in-past',
    );
  });

  it('refuses to cancel a meeting that is skipped for a holiday', () => {
    assert.equal(
      code(() => cancelOccurrence(sgSeries(), '2026-12-25', cal, actor)),
      'already-cancelled',
    );
  });

  it('refuses a move into the past or with an end before the start', () => {
    assert.equal(
      code(() => moveOccurrence(sgSeries(), '2026-12-04', { date: '2026-11-30' }, cal, actor)),
      'invalid-move',
    );
    assert.equal(
      code(() => moveOccurrence(sgSeries(), '2026-12-04', { date: '2026-12-03', startTime: '15:00', endTime: '14:00' }, cal, actor)),
      'invalid-move',
    );
  });
});
