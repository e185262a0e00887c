import { strict as assert } from 'node:assert';
import { join } from 'node:path';
import { createActionItem, markDone } from '../../src/domain/actionItems';
import { Repositories } from '../../src/store/repositories';
import { SqliteStorage } from '../../src/store/sqliteStorage';
import { tempDir } from '../helpers/appHarness';
import { runCli, runCliProcess } from '../helpers/runCli';

describe('overlegbot export-actions (a real process)', () => {
  const dataDir = tempDir();
  before(async () => {
    const storage = new SqliteStorage(join(dataDir, 'overlegbot.sqlite'));
    const repos = new Repositories(storage);
    const carla = { id: 'aad-coordinator', name: 'Carla Coördinator' };
    const zone = 'Europe/Amsterdam';
    await repos.updateActionItems(
      'sg',
      (c) =>
        createActionItem(
          c,
          { groupId: 'sg', meeting: '2026-12-04', text: 'BZK levert "input" aan, met komma', owner: { kind: 'organisation', name: 'BZK' }, due: '2026-12-08' },
          carla,
          new Date('2026-12-04T17:00:00Z'),
          zone,
        ).doc,
    );
    await repos.updateActionItems(
      'sg',
      (c) =>
        createActionItem(
          c,
          {
            groupId: 'sg',
            meeting: '2026-12-11',
            text: 'Sanne belt de VNG',
            owner: { kind: 'member', id: 'aad-lead', name: 'Sanne de Vries', organisation: 'SZW' },
            due: '2026-12-15',
          },
          carla,
          new Date('2026-12-11T17:00:00Z'),
          zone,
        ).doc,
    );
    await repos.updateActionItems('sg', (c) => markDone(c!, 2, { id: 'aad-lead', name: 'Sanne de Vries' }, new Date('2026-12-14T09:00:00Z')).doc);
    await repos.updateActionItems(
      'sg',
      (c) =>
        createActionItem(
          c,
          { groupId: 'sg', meeting: '2027-01-08', text: 'later', owner: { kind: 'organisation', name: 'VWS' }, due: '2027-01-20' },
          carla,
          new Date('2027-01-08T17:00:00Z'),
          zone,
        ).doc,
    );
    storage.close();
  });

  it('exports the items of the meetings in the window as JSON, with their history', async () => {
    const r = await runCliProcess(['export-actions', '--group', 'sg', '--from', '2026-12-01', '--to', '2026-12-31', '--data-dir', dataDir]);
    assert.equal(r.code, 0, r.stderr);
    const list = JSON.parse(r.stdout) as { id: number; meeting: string; status: string; history: { kind: string }[] }[];
    assert.deepEqual(
      list.map((i) => [i.id, i.meeting, i.status, i.history.map((c) => c.kind).join('+')]),
      [
        [1, '2026-12-04', 'open', 'created'],
        [2, '2026-12-11', 'done', 'created+done'],
      ],
    );
  });

  it('exports one CSV row per item, quoted as RFC 4180 wants', async () => {
    const r = await runCliProcess(['export-actions', '--group', 'sg', '--from', '2026-12-01', '--to', '2027-12-31', '--format', 'csv', '--data-dir', dataDir]);
    assert.equal(r.code, 0, r.stderr);
    const lines = r.stdout.split('\r\n');
    assert.equal(
      lines[0],
      '"group","id","meeting","text","owner_kind","owner","owner_organisation","due","status","requested_due","created_at","created_by","done_at","done_by"',
    );
    assert.equal(
      lines[1],
      '"sg","1","2026-12-04","BZK levert ""input"" aan, met komma","organisation","BZK","BZK","2026-12-08","open","","2026-12-04T17:00:00.000Z","Carla Coördinator","",""',
    );
    assert.equal(
      lines[2],
      '"sg","2","2026-12-11","Sanne belt de VNG","member","Sanne de Vries","SZW","2026-12-15","done","","2026-12-11T17:00:00.000Z","Carla Coördinator","2026-12-14T09:00:00.000Z","Sanne de Vries"',
    );
    assert.match(lines[3], /^"sg","3","2027-01-08"/);
  });

  it('says clearly when there is no data, and checks its arguments', async () => {
    const none = await runCliProcess(['export-actions', '--group', 'sg', '--from', '2026-12-01', '--to', '2026-12-31', '--data-dir', tempDir()]);
    assert.equal(none.code, 1);
    assert.match(none.stderr, /no bot data at .*overlegbot\.sqlite/);
    const bad = await runCli(['export-actions', '--group', 'sg', '--from', '2026-12-01', '--to', '2026-12-31', '--format', 'xml']);
    assert.equal(bad.code, 2);
    assert.match(bad.stderr, /--format must be json or csv/);
    assert.equal((await runCli(['export-actions', '--from', '2026-12-01', '--to', '2026-12-31'])).code, 2);
  });
});
