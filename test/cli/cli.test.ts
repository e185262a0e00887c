import { strict as assert } from 'node:assert';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { OccurrenceJson } from '../../src/cli';
import { REPO_ROOT } from '../helpers/schedules';
import { runCli } from '../helpers/runCli';

describe('the overlegbot CLI', () => {
  it("prints the default groups' meetings as JSON with offsets, deadlines, statuses and reasons", async () => {
    const r = await runCli(['occurrences', '--from', '2026-12-01', '--to', '2027-12-31', '--json']);
    assert.equal(r.code, 0, r.stderr);
    const list = JSON.parse(r.stdout) as OccurrenceJson[];
    const sg = list.filter((o) => o.group === 'sg');
    assert.deepEqual(sg[0], {
      group: 'sg',
      start: '2026-12-04T16:00:00+01:00',
      end: '2026-12-04T17:00:00+01:00',
      deadline: '2026-12-03T12:00:00+01:00',
      status: 'scheduled',
      reason: null,
    });
    assert.deepEqual(
      sg.find((o) => o.start.startsWith('2026-12-25')),
      {
        group: 'sg',
        start: '2026-12-25T16:00:00+01:00',
        end: '2026-12-25T17:00:00+01:00',
        deadline: null,
        status: 'skipped',
        reason: 'Eerste Kerstdag',
      },
    );
    assert.equal(sg.find((o) => o.start.startsWith('2027-05-07'))?.deadline, '2027-05-04T12:00:00+02:00');
    assert.deepEqual(new Set(list.map((o) => o.group)), new Set(['sg', 'werkgroep', 'gemeenten-wetenschap', 'rijk', 'doorbraak']));
    const starts = list.map((o) => Date.parse(o.start));
    assert.deepEqual(
      starts,
      [...starts].sort((a, b) => a - b),
      'chronological',
    );
  });

  it('prints a readable Dutch list by default', async () => {
    const r = await runCli(['occurrences', '--from', '2026-12-04', '--to', '2026-12-04', '--group', 'sg']);
    assert.equal(r.stdout, 'SG-overleg: vrijdag 4 december 2026, 16:00-17:00 · pitches uiterlijk donderdag 3 december 12:00\n');
    const xmas = await runCli(['occurrences', '--from', '2026-12-25', '--to', '2026-12-25', '--group', 'sg']);
    assert.equal(xmas.stdout, '25 december: geen SG-overleg (Eerste Kerstdag)\n');
  });

  it('prints English with --lang en', async () => {
    const r = await runCli(['occurrences', '--from', '2026-12-04', '--to', '2026-12-04', '--group', 'sg', '--lang', 'en']);
    assert.equal(r.stdout, 'SG-overleg: Friday 4 December 2026, 16:00-17:00 · pitches due Thursday 3 December 12:00\n');
  });

  for (const [args, message] of [
    [['occurrences', '--to', '2026-12-31'], '--from is required'],
    [['occurrences', '--from', '2026-13-01', '--to', '2026-12-31'], '--from must be a date YYYY-MM-DD'],
    [['occurrences', '--from', '2026-12-31', '--to', '2026-12-01'], '--to must not be before --from'],
    [['occurrences', '--from', '2026-12-01', '--to', '2026-12-31', '--group', 'nope'], 'unknown group "nope"'],
    [['occurrences', '--frm', '2026-12-01'], "Unknown option '--frm'"],
    [['dance'], 'unknown command "dance"'],
    [[], 'no command given'],
  ] as const) {
    it(`exits 2 with a usage message for: overlegbot ${args.join(' ')}`, async () => {
      const r = await runCli([...args]);
      assert.equal(r.code, 2);
      assert.ok(r.stderr.includes(message), r.stderr);
      assert.ok(r.stderr.includes('Usage:'), r.stderr);
      assert.doesNotMatch(r.stderr, /at .*\.js:\d+/, 'no stack trace');
      assert.equal(r.stdout, '');
    });
  }

  it('check-config says ok for the default and exits 0', async () => {
    const r = await runCli(['check-config', join(REPO_ROOT, 'config', 'schedule.yaml')]);
    assert.equal(r.code, 0);
    assert.equal(r.stdout, 'ok\n');
  });

  it('check-config lists every problem with file and path and exits 1', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'overlegbot-'));
    const file = join(dir, 'bad.yaml');
    writeFileSync(
      file,
      'groups:\n  - id: sg\n    name: SG\n    start: 2020-06-12\n    time: 16:00-17:00\n    repeat: { freq: weekly, interval: 0, byDay: [FR] }\n    onHoliday: never\n',
    );
    const r = await runCli(['check-config', file]);
    assert.equal(r.code, 1);
    assert.equal(
      r.stderr,
      `${file}: groups[0].repeat.interval: must be a whole number ≥ 1\n${file}: groups[0].onHoliday: must be one of skip, previous, next\n`,
    );
  });

  it('reads the schedule named by OVERLEGBOT_CONFIG when no --config is given', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'overlegbot-'));
    const file = join(dir, 'one.yaml');
    writeFileSync(file, 'groups:\n  - id: solo\n    name: Solo\n    start: 2026-12-02\n    time: 09:00-10:00\n    repeat: { freq: once }\n');
    const r = await runCli(['occurrences', '--from', '2026-12-01', '--to', '2026-12-31', '--json'], undefined, { OVERLEGBOT_CONFIG: file });
    assert.deepEqual(
      (JSON.parse(r.stdout) as OccurrenceJson[]).map((o) => o.group),
      ['solo'],
    );
  });

  it('gives byte-identical output whatever the host time zone (real process, TZ=UTC, Pacific/Auckland, America/New_York)', function () {
    this.timeout(30000);
    const bin = join(REPO_ROOT, 'bin', 'overlegbot.js');
    const run = (tz: string, args: string[]) => execFileSync(process.execPath, [bin, ...args], { env: { ...process.env, TZ: tz }, encoding: 'utf8' });
    const occ = ['occurrences', '--from', '2026-01-01', '--to', '2028-12-31', '--json'];
    const ics = ['ics', '--now', '2026-12-01T08:00:00Z'];
    const base = { occ: run('UTC', occ), ics: run('UTC', ics) };
    for (const tz of ['Pacific/Auckland', 'America/New_York']) {
      assert.equal(run(tz, occ), base.occ, `occurrences under ${tz}`);
      assert.equal(run(tz, ics), base.ics, `ics under ${tz}`);
    }
    assert.ok(base.occ.includes('"2027-03-26T16:00:00+01:00"') && base.occ.includes('"2027-04-02T16:00:00+02:00"'));
  });
});
