import { strict as assert } from 'node:assert';
import ICAL from 'ical.js';
import { OccurrenceJson } from '../../src/cli';
import { buildFeed } from '../../src/ics/buildFeed';
import { expandIcs } from '../helpers/expandIcs';
import { runCli } from '../helpers/runCli';
import { dutchCalendar, scheduleFrom, sgSeries } from '../helpers/schedules';

const NOW = new Date('2026-12-01T08:00:00Z');

async function cliOccurrences(from: string, to: string): Promise<OccurrenceJson[]> {
  const r = await runCli(['occurrences', '--from', from, '--to', to, '--json'], NOW);
  assert.equal(r.code, 0, r.stderr);
  return JSON.parse(r.stdout) as OccurrenceJson[];
}

describe('the ICS feed', () => {
  let feed = '';
  before(async () => {
    const r = await runCli(['ics', '--now', NOW.toISOString()], NOW);
    assert.equal(r.code, 0, r.stderr);
    feed = r.stdout;
  });

  it('expands (with ical.js) to exactly the scheduled and moved meetings of the CLI, 2020 to 2028', async () => {
    const expanded = expandIcs(feed, new Date('2029-01-01T00:00:00Z')).filter((e) => !e.uid.startsWith('deadline-'));
    const expected = (await cliOccurrences('2020-01-01', '2028-12-31')).filter((o) => o.status === 'scheduled' || o.status === 'moved');
    const key = (uid: string, start: number, end: number) => `${uid} ${new Date(start).toISOString()} ${new Date(end).toISOString()}`;
    const got = expanded.map((e) => key(e.uid, e.start.getTime(), e.end.getTime()));
    const want = expected.map((o) => key(`${o.group}@overlegbot`, Date.parse(o.start), Date.parse(o.end)));
    assert.ok(want.length > 1000, `a real amount of meetings (${want.length})`);
    assert.deepEqual(got, want);
  });

  it('has no SG meeting on 25 December 2026 nor 1 January 2027, and keeps 16:00 across DST', () => {
    const sg = expandIcs(feed, new Date('2029-01-01T00:00:00Z')).filter((e) => e.uid === 'sg@overlegbot');
    const starts = new Set(sg.map((e) => e.start.toISOString()));
    assert.ok(starts.has('2026-12-18T15:00:00.000Z'));
    assert.ok(!starts.has('2026-12-25T15:00:00.000Z'));
    assert.ok(!starts.has('2027-01-01T15:00:00.000Z'));
    assert.ok(starts.has('2027-03-26T15:00:00.000Z') && starts.has('2027-04-02T14:00:00.000Z'));
    assert.ok(starts.has('2026-05-15T14:00:00.000Z'), 'the Friday after Ascension 2026 still meets');
  });

  it('lists the pitch deadlines as their own events, equal to the CLI deadlines', async () => {
    const deadlines = expandIcs(feed, new Date('2029-01-01T00:00:00Z')).filter((e) => e.uid.startsWith('deadline-sg-'));
    const want = (await cliOccurrences('2026-10-31', '2028-12-31')).filter((o) => o.group === 'sg' && o.deadline).map((o) => Date.parse(o.deadline!));
    assert.deepEqual(
      deadlines.map((e) => e.start.getTime()),
      want,
    );
    assert.ok(
      deadlines.some((e) => e.start.toISOString() === '2027-05-04T10:00:00.000Z'),
      'Ascension 2027 + 5 May',
    );
  });

  it('carries a VTIMEZONE for Europe/Amsterdam and uses it in DTSTART and EXDATE', () => {
    const root = new ICAL.Component(ICAL.parse(feed));
    const tz = root.getAllSubcomponents('vtimezone').map((c) => c.getFirstPropertyValue('tzid'));
    assert.deepEqual(tz, ['Europe/Amsterdam']);
    assert.match(feed, /\r\nDTSTART;TZID=Europe\/Amsterdam:20200612T160000\r\n/);
    assert.match(feed, /\r\nEXDATE;TZID=Europe\/Amsterdam:20261225T160000\r\n/);
    assert.match(feed, /\r\nRRULE:FREQ=MONTHLY;INTERVAL=2;BYDAY=4MO;UNTIL=\d{8}T\d{6}Z;WKST=MO\r\n/);
  });

  it('is deterministic: stable UIDs, explicit UTC DTSTAMP, same bytes twice', async () => {
    const again = await runCli(['ics', '--now', NOW.toISOString()], NOW);
    assert.equal(again.stdout, feed);
    const stamps = new Set([...feed.matchAll(/^DTSTAMP:(.*)\r$/gm)].map((m) => m[1]));
    assert.deepEqual([...stamps], ['20261201T000000Z']);
    assert.match(feed, /\r\nUID:sg@overlegbot\r\n/);
  });

  it('writes a moved meeting as a RECURRENCE-ID override (described as the chat notes the move) and a cancelled one as EXDATE, with a higher SEQUENCE', () => {
    const schedule = scheduleFrom(`
groups:
  - id: sg
    name: SG-overleg
    start: 2026-12-04
    time: 16:00-17:00
    repeat: { freq: weekly, byDay: [FR], count: 4 }
    exceptions:
      - { kind: moved, originalDate: 2026-12-11, to: { date: 2026-12-10, time: 15:00-16:00 } }
      - { kind: cancelled, originalDate: 2026-12-18 }
`);
    const text = buildFeed(schedule.groups, schedule.calendar, {
      name: 't',
      stamp: NOW,
      horizon: '2027-12-31',
      deadlinesFrom: '2026-12-01',
      zone: 'Europe/Amsterdam',
    });
    assert.match(text, /RECURRENCE-ID;TZID=Europe\/Amsterdam:20261211T160000/);
    // The chat's note on a move, not "· verplaatst" after it.
    assert.match(text, /^DESCRIPTION:verplaatst van vrijdag 11 december\r?$/m);
    assert.match(text, /EXDATE;TZID=Europe\/Amsterdam:20261218T160000/);
    assert.match(text, /SEQUENCE:2/);
    assert.match(text, /RRULE:FREQ=WEEKLY;BYDAY=FR;COUNT=4;WKST=MO/);
    const got = expandIcs(text, new Date('2028-01-01T00:00:00Z')).map((e) => e.start.toISOString());
    // 25 December is Christmas: skipped by the holiday policy, so also an EXDATE.
    assert.deepEqual(got, ['2026-12-04T15:00:00.000Z', '2026-12-10T14:00:00.000Z']);
  });

  it('uses the series helper calendar the same way for a one-off meeting', () => {
    const s = sgSeries({ start: '2027-02-03', rule: { freq: 'once', interval: 1 }, deadline: null });
    const text = buildFeed(
      [
        {
          id: 'x',
          name: 'Eenmalig',
          aliases: [],
          coordinators: [],
          series: s,
          agendaItems: [],
          plannedAgenda: new Map(),
          latePitches: 'accept',
          maxAnswerLength: 2000,
          members: [],
        },
      ],
      dutchCalendar(),
      {
        name: 't',
        stamp: NOW,
        horizon: '2027-12-31',
        deadlinesFrom: '2026-12-01',
        zone: 'Europe/Amsterdam',
      },
    );
    assert.doesNotMatch(text, /\r\nRRULE:FREQ=(WEEKLY|MONTHLY)/);
    assert.deepEqual(
      expandIcs(text, new Date('2028-01-01T00:00:00Z')).map((e) => e.start.toISOString()),
      ['2027-02-03T15:00:00.000Z'],
    );
  });
});
