import { strict as assert } from 'node:assert';
import { buildFeed } from '../../src/ics/buildFeed';
import { tempDir } from '../helpers/appHarness';
import { testSchedule } from '../helpers/botHarness';
import { runCliProcess } from '../helpers/runCli';

const NOW = ['--now', '2026-12-01T09:00:00Z'];
const lines = (feed: string, prefix: string) => [...new Set(feed.split(/\r?\n/).filter((l) => l.startsWith(prefix)))];

/** The CLI's words come from the catalogue, in Dutch or English by --lang (real processes, as an operator runs them). */
describe('the CLI in Dutch and English (real processes)', function () {
  this.timeout(30_000);

  it('names the ICS feed and its deadline events from the catalogue: Dutch by default, English with --lang en', async () => {
    const nl = await runCliProcess(['ics', ...NOW]);
    assert.equal(nl.code, 0, nl.stderr);
    assert.deepEqual(lines(nl.stdout, 'X-WR-CALNAME:'), ['X-WR-CALNAME:overlegbot: alle overleggen']);
    assert.ok(nl.stdout.includes('SUMMARY:Deadline pitches SG-overleg'));
    const en = await runCliProcess(['ics', '--lang', 'en', ...NOW]);
    assert.equal(en.code, 0, en.stderr);
    assert.deepEqual(lines(en.stdout, 'X-WR-CALNAME:'), ['X-WR-CALNAME:overlegbot: all meetings']);
    assert.ok(en.stdout.includes('SUMMARY:Pitch deadline SG-overleg'));
    assert.ok(!en.stdout.includes('Deadline pitches'), 'no Dutch left');
    assert.deepEqual(lines(en.stdout, 'PRODID:'), ['PRODID:-//overlegbot//overlegbot//EN']);
    const one = await runCliProcess(['ics', '--group', 'sg', '--lang', 'en', ...NOW]);
    assert.deepEqual(lines(one.stdout, 'X-WR-CALNAME:'), ['X-WR-CALNAME:overlegbot: SG-overleg']);
  });

  it('refuses another --lang with a usage error', async () => {
    const r = await runCliProcess(['ics', '--lang', 'fr', ...NOW]);
    assert.equal(r.code, 2);
    assert.match(r.stderr, /^overlegbot: --lang must be nl or en, got "fr"$/m);
  });

  it('says its own errors and usage in Dutch with --lang nl, in English otherwise', async () => {
    const nl = await runCliProcess(['occurrences', '--to', '2026-12-31', '--lang', 'nl']);
    assert.equal(nl.code, 2);
    assert.match(nl.stderr, /^overlegbot: --from is verplicht$/m);
    assert.match(nl.stderr, /^Gebruik:$/m);
    const en = await runCliProcess(['occurrences', '--to', '2026-12-31']);
    assert.match(en.stderr, /^overlegbot: --from is required$/m);
    assert.match(en.stderr, /^Usage:$/m);
    const noData = await runCliProcess([
      'export-pitches',
      '--group',
      'sg',
      '--from',
      '2026-12-01',
      '--to',
      '2026-12-31',
      '--data-dir',
      tempDir(),
      '--lang',
      'nl',
    ]);
    assert.equal(noData.code, 1);
    assert.match(noData.stderr, /^overlegbot: geen botgegevens in .*overlegbot\.sqlite \(geef --data-dir of DATA_DIR\)$/m);
    const group = await runCliProcess(['plan', '--from', '2026-12-01', '--to', '2026-12-02', '--group', 'koffie', '--lang', 'nl']);
    assert.match(group.stderr, /^overlegbot: onbekend overleg "koffie"; bekende overleggen: sg, /m);
  });

  it('check-config takes --lang too', async () => {
    for (const lang of ['nl', 'en']) {
      const r = await runCliProcess(['check-config', 'config/schedule.yaml', '--lang', lang], {}, [], `${__dirname}/../../..`);
      assert.equal(r.code, 0, r.stderr);
      assert.equal(r.stdout, 'ok\n');
    }
    assert.equal((await runCliProcess(['check-config', 'config/schedule.yaml', '--lang', 'de'], {}, [], `${__dirname}/../../..`)).code, 2);
  });
});

describe("the feed's own words in English", () => {
  it('names action items in the language asked for', () => {
    const schedule = testSchedule();
    const sg = schedule.groups.filter((g) => g.id === 'sg');
    const item = {
      groupId: 'sg',
      id: 3,
      meeting: '2026-12-04',
      text: 'BZK levert input',
      owner: { kind: 'organisation', name: 'BZK' },
      due: '2026-12-15',
      status: 'open',
      history: [],
    } as never;
    const opts = {
      name: 'x',
      stamp: new Date('2026-12-01T00:00:00Z'),
      horizon: '2027-01-31',
      deadlinesFrom: '2026-11-01',
      zone: schedule.timezone,
      actionItems: [item],
    };
    assert.ok(buildFeed(sg, schedule.calendar, opts).includes('SUMMARY:Actiepunt 3 SG-overleg: BZK'));
    assert.ok(buildFeed(sg, schedule.calendar, { ...opts, lang: 'en' }).includes('SUMMARY:Action item 3 SG-overleg: BZK'));
  });
});
