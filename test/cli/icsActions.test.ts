import { strict as assert } from 'node:assert';
import { join } from 'node:path';
import ICAL from 'ical.js';
import { createActionItem, markDone } from '../../src/domain/actionItems';
import { Repositories } from '../../src/store/repositories';
import { SqliteStorage } from '../../src/store/sqliteStorage';
import { tempDir } from '../helpers/appHarness';
import { runCliProcess } from '../helpers/runCli';

const uids = (feed: string) =>
  new ICAL.Component(ICAL.parse(feed))
    .getAllSubcomponents('vevent')
    .map((e) => String(e.getFirstPropertyValue('uid')))
    .filter((u) => u.startsWith('action-'));

describe("overlegbot ics: the action items of the bot's data, as the served feed has them (a real process)", () => {
  const dataDir = tempDir();
  before(async () => {
    const storage = new SqliteStorage(join(dataDir, 'overlegbot.sqlite'));
    const repos = new Repositories(storage);
    const carla = { id: 'aad-coordinator', name: 'Carla Coördinator' };
    const zone = 'Europe/Amsterdam';
    const record = (text: string, org: string, due: string) =>
      repos.updateActionItems(
        'sg',
        (c) =>
          createActionItem(
            c,
            { groupId: 'sg', meeting: '2026-12-04', text, owner: { kind: 'organisation', name: org }, due },
            carla,
            new Date('2026-12-04T17:00:00Z'),
            zone,
          ).doc,
      );
    await record('BZK levert input aan', 'BZK', '2026-12-08');
    await record('VWS reageert', 'VWS', '2026-12-09');
    await repos.updateActionItems('sg', (c) => markDone(c!, 2, carla, new Date('2026-12-05T09:00:00Z')).doc);
    storage.close();
  });
  const ics = (...extra: string[]) => runCliProcess(['ics', '--group', 'sg', '--now', '2026-12-06T08:00:00Z', ...extra], { DATA_DIR: dataDir });

  it('each open item is an all-day event on its due date with a stable UID; done items drop out', async () => {
    const r = await ics();
    assert.equal(r.code, 0, r.stderr);
    assert.deepEqual(uids(r.stdout), ['action-sg-1@overlegbot']);
    assert.match(r.stdout, /\r\nDTSTART;VALUE=DATE:20261208\r\n/);
    assert.match(r.stdout, /\r\nSUMMARY:Actiepunt 1 SG-overleg: BZK\r\n/);
    // The same bytes on a second run (stable UID, DTSTAMP the start of the day).
    assert.equal((await ics()).stdout, r.stdout);
  });

  it('--no-actions leaves them out; without bot data there are none; --data-dir works as DATA_DIR does', async () => {
    const without = await ics('--no-actions');
    assert.equal(without.code, 0, without.stderr);
    assert.deepEqual(uids(without.stdout), []);
    assert.match(without.stdout, /UID:sg@overlegbot/, 'the meetings stay');
    const empty = await runCliProcess(['ics', '--group', 'sg', '--now', '2026-12-06T08:00:00Z'], { DATA_DIR: tempDir() });
    assert.equal(empty.code, 0, empty.stderr);
    assert.deepEqual(uids(empty.stdout), []);
    const flag = await runCliProcess(['ics', '--group', 'sg', '--now', '2026-12-06T08:00:00Z', '--data-dir', dataDir]);
    assert.deepEqual(uids(flag.stdout), ['action-sg-1@overlegbot']);
  });
});
