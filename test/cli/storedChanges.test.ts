import { strict as assert } from 'node:assert';
import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { OccurrenceJson } from '../../src/cli';
import { Repositories } from '../../src/store/repositories';
import { CalendarService } from '../../src/services/calendarService';
import { startTestApp, tempDir, TestApp } from '../helpers/appHarness';
import { CLI_BIN, runCliProcess } from '../helpers/runCli';
import { DEFAULT_SCHEDULE } from '../helpers/schedules';
import { loadSchedule } from '../../src/schedule/loadSchedule';

describe('the CLI sees the changes made in chat (real process, real SQLite store)', function () {
  this.timeout(30000);
  let t: TestApp;
  before(async () => {
    t = await startTestApp({ env: { FEED_TOKEN: 'een-lang-genoeg-geheim' } });
    // As a coordinator's "gaat niet door" / "verplaats" in chat stores them: through the calendar the bot uses.
    const calendar = new CalendarService(loadSchedule(DEFAULT_SCHEDULE), new Repositories(t.app.storage));
    const at = new Date('2026-12-01T09:00:00+01:00');
    await calendar.cancel('sg', '2026-12-11', 'Carla', at);
    await calendar.move('sg', '2026-12-18', { date: '2026-12-17', startTime: '10:00', endTime: '11:00' }, 'Carla', at);
  });
  after(() => t.close());

  it('occurrences --data-dir lists the meeting cancelled in chat as cancelled and the moved one where it went', async () => {
    const r = await runCliProcess(['occurrences', '--from', '2026-12-01', '--to', '2026-12-31', '--group', 'sg', '--json', '--data-dir', t.dataDir]);
    assert.equal(r.code, 0, r.stderr);
    const byDate = new Map((JSON.parse(r.stdout) as OccurrenceJson[]).map((o) => [o.start.slice(0, 10), o]));
    assert.equal(byDate.get('2026-12-11')?.status, 'cancelled');
    assert.equal(byDate.get('2026-12-17')?.status, 'moved');
    assert.equal(byDate.get('2026-12-17')?.start, '2026-12-17T10:00:00+01:00');
    assert.equal(byDate.has('2026-12-18'), false, 'not on the rule date any more');
    assert.equal(byDate.get('2026-12-04')?.status, 'scheduled');
  });

  it('DATA_DIR works as --data-dir does, and the text list says so in words', async () => {
    const r = await runCliProcess(['occurrences', '--from', '2026-12-11', '--to', '2026-12-11', '--group', 'sg'], { DATA_DIR: t.dataDir });
    assert.equal(r.code, 0, r.stderr);
    assert.match(r.stdout, /^11 december: geen SG-overleg/m);
  });

  it('ics --data-dir gives byte for byte the feed the server serves at /calendar/sg.ics', async () => {
    const served = await t.get('/calendar/sg.ics?token=een-lang-genoeg-geheim');
    assert.equal(served.status, 200);
    const cli = await runCliProcess(['ics', '--group', 'sg', '--now', '2026-12-01T08:00:00Z', '--data-dir', t.dataDir]);
    assert.equal(cli.code, 0, cli.stderr);
    assert.match(cli.stdout, /^EXDATE;TZID=Europe\/Amsterdam:20261211T160000\r?$/m);
    assert.match(cli.stdout, /^RECURRENCE-ID;TZID=Europe\/Amsterdam:20261218T160000\r?$/m);
    assert.equal(cli.stdout, served.text);
  });

  it('without bot data it reads the schedule alone and never loads the store modules (botbuilder, SQLite)', async () => {
    const empty = tempDir();
    const script = `require(${JSON.stringify(CLI_BIN.replace(/bin[\\/]overlegbot\.js$/, 'dist/src/cli.js'))}).main(process.argv.slice(1), { out: () => {}, err: (t) => process.stderr.write(t), env: { DATA_DIR: ${JSON.stringify(empty)} }, now: () => new Date() })
      .then((code) => process.stdout.write(JSON.stringify({ code, loaded: Object.keys(require.cache).filter((k) => /[\\\\/]node_modules[\\\\/](botbuilder|better-sqlite3)[\\\\/]/.test(k)).length })))`;
    for (const args of [['occurrences', '--from', '2026-12-01', '--to', '2026-12-31'], ['ics']]) {
      const out = await new Promise<string>((done, fail) =>
        execFile(process.execPath, ['-e', script, ...args], { encoding: 'utf8' }, (e, stdout) => (e ? fail(e) : done(stdout))),
      );
      assert.deepEqual(JSON.parse(out), { code: 0, loaded: 0 }, args[0]);
    }
  });
});

describe('the CLI reads empty variables as unset, as the server does (real process)', function () {
  this.timeout(30000);

  it('OVERLEGBOT_CONFIG= is the shipped schedule, and DATA_DIR= is ./data with its changes made in chat', async () => {
    const cwd = tempDir();
    const t = await startTestApp({ dataDir: join(cwd, 'data') });
    try {
      await new CalendarService(loadSchedule(DEFAULT_SCHEDULE), new Repositories(t.app.storage)).cancel(
        'sg',
        '2026-12-11',
        'Carla',
        new Date('2026-12-01T09:00:00+01:00'),
      );
    } finally {
      await t.close();
    }
    const r = await runCliProcess(
      ['occurrences', '--from', '2026-12-11', '--to', '2026-12-11', '--group', 'sg', '--json'],
      { OVERLEGBOT_CONFIG: '', DATA_DIR: '' },
      [],
      cwd,
    );
    assert.equal(r.code, 0, r.stderr);
    assert.deepEqual(
      (JSON.parse(r.stdout) as OccurrenceJson[]).map((o) => o.status),
      ['cancelled'],
    );
  });
});
