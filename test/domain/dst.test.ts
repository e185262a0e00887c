import { strict as assert } from 'node:assert';
import { execFileSync } from 'node:child_process';
import { occurrencesBetween } from '../../src/domain/occurrences';
import { isoWithOffset, zonedInstant } from '../../src/domain/zonedTime';
import { dutchCalendar, REPO_ROOT, sgSeries, ZONE } from '../helpers/schedules';

// A Sunday night meeting at 02:30, on the nights the clocks change in Europe/Amsterdam.
const night = sgSeries({
  id: 'nacht',
  start: '2026-10-04',
  startTime: '02:30',
  endTime: '03:30',
  rule: { freq: 'weekly', interval: 1, byDay: [{ day: 'SU' }] },
  deadline: null,
});

/** What the host-zone check prints: the two DST edge cases as ISO strings. */
function edgeCases(): string[] {
  const cal = dutchCalendar();
  const [back] = occurrencesBetween(night, cal, '2026-10-25', '2026-10-25');
  const [forward] = occurrencesBetween(night, cal, '2027-03-28', '2027-03-28');
  return [back.start, back.end, forward.start, forward.end]
    .map((d) => isoWithOffset(d, ZONE))
    .concat(new Date(zonedInstant('2026-10-25', '02:30', ZONE)).toISOString());
}

const EXPECTED = [
  '2026-10-25T02:30:00+02:00',
  '2026-10-25T03:30:00+01:00',
  '2027-03-28T03:30:00+02:00',
  '2027-03-28T04:30:00+02:00',
  '2026-10-25T00:30:00.000Z',
];

describe('daylight saving time edge cases', () => {
  it('reads a wall-clock time that occurs twice (last Sunday of October, 02:30) as its first occurrence, +02:00 (RFC 5545)', () => {
    assert.equal(zonedInstant('2026-10-25', '02:30', ZONE).toISOString(), '2026-10-25T00:30:00.000Z');
    assert.equal(isoWithOffset(zonedInstant('2026-10-25', '02:59', ZONE), ZONE), '2026-10-25T02:59:00+02:00');
    assert.equal(isoWithOffset(zonedInstant('2026-10-25', '03:00', ZONE), ZONE), '2026-10-25T03:00:00+01:00', 'once only');
  });

  it('moves a time that does not exist (last Sunday of March, 02:30) forward by the gap and keeps the meeting one hour long', () => {
    const [o] = occurrencesBetween(night, dutchCalendar(), '2027-03-28', '2027-03-28');
    assert.equal(isoWithOffset(o.start, ZONE), '2027-03-28T03:30:00+02:00');
    assert.equal(isoWithOffset(o.end, ZONE), '2027-03-28T04:30:00+02:00');
    assert.equal(o.end.getTime() - o.start.getTime(), 3_600_000, 'not a zero-length meeting');
  });

  it('gives the same answers in this process', () => {
    assert.deepEqual(edgeCases(), EXPECTED);
  });

  it('gives the same answers whatever the host time zone (node spawned with TZ=UTC, America/New_York, Europe/Amsterdam, Asia/Kolkata, Pacific/Auckland)', function () {
    this.timeout(30000);
    // Only edgeCases() is wanted from this file in the child: its describe() is a no-op there.
    const script = `globalThis.describe = () => undefined; process.stdout.write(JSON.stringify(require(${JSON.stringify(__filename)}).edgeCases()))`;
    for (const tz of ['UTC', 'America/New_York', 'Europe/Amsterdam', 'Asia/Kolkata', 'Pacific/Auckland']) {
      const out = execFileSync(process.execPath, ['-e', script], { env: { PATH: process.env.PATH, TZ: tz }, encoding: 'utf8', cwd: REPO_ROOT });
      assert.deepEqual(JSON.parse(out), EXPECTED, `under TZ=${tz}`);
    }
  });
});

export { edgeCases };
