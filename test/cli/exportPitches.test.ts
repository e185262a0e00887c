import { strict as assert } from 'node:assert';
import { join } from 'node:path';
import { recordPitch } from '../../src/domain/pitches';
import { Repositories } from '../../src/store/repositories';
import { SqliteStorage } from '../../src/store/sqliteStorage';
import { tempDir } from '../helpers/appHarness';
import { runCli } from '../helpers/runCli';

describe('overlegbot export-pitches', () => {
  const dataDir = tempDir();
  before(async () => {
    const storage = new SqliteStorage(join(dataDir, 'overlegbot.sqlite'));
    const repos = new Repositories(storage);
    const answers = { problem: 'Een "probleem", met komma', acceleration: 'a\nb', dilemmas: 'd', needs: 'n', whom: 'w' };
    const base = { groupId: 'sg', themeId: 'schulden', answers, by: 'aad-lead', byName: 'Sanne de Vries', deadline: new Date('2026-12-03T11:00:00Z') };
    await repos.updatePitch('sg', '2026-12-04', 'schulden', (c) =>
      recordPitch(c, { ...base, originalDate: '2026-12-04', kind: 'draft', at: new Date('2026-12-01T09:00:00Z') }),
    );
    await repos.updatePitch('sg', '2026-12-04', 'schulden', (c) =>
      recordPitch(c, { ...base, originalDate: '2026-12-04', kind: 'submitted', at: new Date('2026-12-03T12:00:00Z') }),
    );
    await repos.updatePitch('sg', '2027-01-08', 'schulden', (c) =>
      recordPitch(c, { ...base, originalDate: '2027-01-08', kind: 'draft', at: new Date('2026-12-05T09:00:00Z') }),
    );
    storage.close();
  });

  it('exports the pitches of a group in a window as JSON, with their revisions', async () => {
    const r = await runCli(['export-pitches', '--group', 'sg', '--from', '2026-12-01', '--to', '2026-12-31', '--data-dir', dataDir]);
    assert.equal(r.code, 0, r.stderr);
    const list = JSON.parse(r.stdout) as { originalDate: string; late: boolean; revisions: unknown[] }[];
    assert.deepEqual(
      list.map((p) => [p.originalDate, p.late, p.revisions.length]),
      [['2026-12-04', true, 2]],
    );
  });

  it('exports one CSV row per revision, quoted as RFC 4180 wants', async () => {
    const r = await runCli(['export-pitches', '--group', 'sg', '--from', '2026-12-01', '--to', '2027-12-31', '--format', 'csv', '--data-dir', dataDir]);
    const lines = r.stdout.split('\r\n');
    assert.equal(lines[0], '"group","meeting","theme","revision","kind","at","by","by_name","late","problem","acceleration","dilemmas","needs","whom"');
    assert.equal(
      lines[1],
      '"sg","2026-12-04","schulden","1","draft","2026-12-01T09:00:00.000Z","aad-lead","Sanne de Vries","no","Een ""probleem"", met komma","a\nb","d","n","w"',
    );
    assert.match(lines[2], /^"sg","2026-12-04","schulden","2","submitted",.*"yes"/);
    assert.match(r.stdout, /"2027-01-08"/);
  });

  it('says clearly when there is no data, and checks its arguments', async () => {
    const none = await runCli(['export-pitches', '--group', 'sg', '--from', '2026-12-01', '--to', '2026-12-31', '--data-dir', tempDir()]);
    assert.equal(none.code, 1);
    assert.match(none.stderr, /no bot data at .*overlegbot\.sqlite/);
    const bad = await runCli(['export-pitches', '--group', 'sg', '--from', '2026-12-01', '--to', '2026-12-31', '--format', 'xml']);
    assert.equal(bad.code, 2);
    assert.match(bad.stderr, /--format must be json or csv/);
    assert.equal((await runCli(['export-pitches', '--from', '2026-12-01', '--to', '2026-12-31'])).code, 2);
  });
});
