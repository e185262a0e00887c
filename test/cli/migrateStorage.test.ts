import { strict as assert } from 'node:assert';
import { join } from 'node:path';
import { createActionItem } from '../../src/domain/actionItems';
import { recordAnswer } from '../../src/domain/attendance';
import { recordPitch } from '../../src/domain/pitches';
import { Claims } from '../../src/store/claimRepository';
import { keys } from '../../src/store/keys';
import { Repositories } from '../../src/store/repositories';
import { SqliteStorage } from '../../src/store/sqliteStorage';
import { tempDir } from '../helpers/appHarness';
import { Azurite, useAzurite } from '../helpers/azurite';
import { runCliProcess } from '../helpers/runCli';

/** A SQLite file with one document of every kind, written by the bot's own Repositories (and Claims). */
async function populatedSqlite(dataDir: string): Promise<void> {
  const storage = new SqliteStorage(join(dataDir, 'overlegbot.sqlite'));
  const repos = new Repositories(storage);
  const now = new Date('2026-12-01T09:00:00Z');
  await repos.bind('19:abc@thread.tacv2', 'sg', 'aad-coord', now);
  await repos.saveReference('19:abc@thread.tacv2', {
    reference: { conversation: { id: '19:abc@thread.tacv2' } as never, serviceUrl: 'https://smba.example' },
    kind: 'channel',
  });
  await repos.saveReference('a:personal-1', {
    reference: { conversation: { id: 'a:personal-1' } as never },
    kind: 'personal',
    userId: 'aad-lead',
    identities: ['aad-lead', 'sanne@example.nl'],
  });
  const answers = { problem: 'p', acceleration: 'a', dilemmas: 'd', needs: 'n', whom: 'w' };
  const base = {
    groupId: 'sg',
    themeId: 'schulden',
    answers,
    by: 'aad-lead',
    byName: 'Sanne de Vries',
    deadline: new Date('2026-12-03T11:00:00Z'),
    originalDate: '2026-12-04',
  };
  await repos.updatePitch('sg', '2026-12-04', 'schulden', (c) => recordPitch(c, { ...base, kind: 'draft', at: now }));
  await repos.updatePitch('sg', '2026-12-04', 'schulden', (c) => recordPitch(c, { ...base, kind: 'submitted', at: new Date('2026-12-02T09:00:00Z') }));
  await repos.updateAgenda('sg', '2026-12-04', 'aad-coord', now, () => ['schulden', 'wonen']);
  await repos.updateExceptions('sg', () => [{ kind: 'cancelled', originalDate: '2026-12-25', reason: 'kerst', by: 'aad-coord', at: now.toISOString() }]);
  await repos.updateGroupSettings('sg', (s) => ({ ...s, digest: false, mutedThemes: ['wonen'] }));
  await repos.setLanguage('aad-lead', 'en');
  await repos.setRemindersMuted('aad-lead', true);
  await repos.updateAttendance('sg', '2026-12-04', (c) =>
    recordAnswer(c, {
      groupId: 'sg',
      originalDate: '2026-12-04',
      person: 'aad-lead',
      answer: { kind: 'apologies', reason: 'werkbezoek' },
      by: 'aad-lead',
      byName: 'Sanne de Vries',
      at: now,
      meetingStart: new Date('2026-12-04T15:00:00Z'),
      takesPlace: true,
    }),
  );
  await repos.updateActionItems(
    'sg',
    (c) =>
      createActionItem(
        c,
        { groupId: 'sg', meeting: '2026-11-27', text: 'BZK levert input aan', owner: { kind: 'organisation', name: 'BZK' }, due: '2026-12-08' },
        { id: 'aad-coord', name: 'Carla' },
        now,
        'Europe/Amsterdam',
      ).doc,
  );
  await repos.saveContext('a:personal-1', 'aad-lead', { intent: 'next-meeting', groupId: 'sg' }, 'nl', now);
  const claims = new Claims(storage, 'instance-a');
  await claims.settle('sg/2026-12-04/bundle', 'sent', now, 'test');
  await claims.markSettled(now);
  storage.close();
}

describe('overlegbot migrate-storage (real process, SQLite file to Azurite)', function () {
  this.timeout(60_000);
  const azurite = useAzurite();
  const dataDir = tempDir();
  const file = join(dataDir, 'overlegbot.sqlite');
  before(() => populatedSqlite(dataDir));

  async function everything(storage: { list(p: string): Promise<string[]>; read(k: string[]): Promise<Record<string, unknown>> }) {
    const ks = await storage.list('');
    const items = await storage.read(ks);
    return Object.fromEntries(ks.map((k) => [k, (({ eTag: _e, ...doc }) => doc)(items[k] as { eTag?: string })]));
  }

  it('copies every document, then copies nothing on a second run, and the data round-trips back to SQLite', async () => {
    const container = Azurite.containerName('migrate');
    const env = azurite.current.env(container);
    const source = new SqliteStorage(file);
    const expected = await everything(source);
    source.close();
    const n = Object.keys(expected).length;
    // One document of every type the bot writes (the scheduler's leader lease is not copied state: it expires).
    const types = new Set(Object.keys(expected).map((k) => k.split('/')[0]));
    for (const t of ['binding', 'convref', 'index', 'pitch', 'agenda', 'series', 'settings', 'user', 'attendance', 'actions', 'context', 'claim', 'progress']) {
      assert.ok(types.has(t), `the fixture has a ${t} document`);
    }

    const first = await runCliProcess(['migrate-storage', '--from', 'sqlite', '--data-dir', dataDir, '--to', 'blob'], env);
    assert.equal(first.code, 0, first.stderr);
    assert.match(first.stdout, new RegExp(`copied: ${n}\\nunchanged: 0\\nrefused: 0`));
    assert.match(first.stdout, new RegExp(`${container}`));
    assert.doesNotMatch(first.stdout, /AccountKey/);

    const blob = await azurite.current.storage(container);
    assert.deepEqual(await everything(blob), expected);
    // What the bot reads back through its repositories on the blob backend is what it wrote on SQLite.
    const repos = new Repositories(blob);
    assert.equal((await repos.getBinding('19:abc@thread.tacv2'))?.groupId, 'sg');
    assert.equal((await repos.listPitches('sg'))[0].revisions.length, 2);
    assert.deepEqual((await repos.getGroupSettings('sg')).mutedThemes, ['wonen']);
    assert.deepEqual((await repos.getAttendance('sg', '2026-12-04'))?.answers['aad-lead'].answer, { kind: 'apologies', reason: 'werkbezoek' });
    assert.equal((await repos.getActionItems('sg'))?.items[0].text, 'BZK levert input aan');
    assert.ok(await blob.read([keys.claim('sg/2026-12-04/bundle')]).then((r) => r[keys.claim('sg/2026-12-04/bundle')]));

    const second = await runCliProcess(['migrate-storage', '--from', 'sqlite', '--data-dir', dataDir, '--to', 'blob'], env);
    assert.equal(second.code, 0, second.stderr);
    assert.match(second.stdout, new RegExp(`copied: 0\\nunchanged: ${n}\\nrefused: 0`));

    // And back: blob to a fresh SQLite file holds the same documents.
    const back = tempDir();
    const returned = await runCliProcess(['migrate-storage', '--from', 'blob', '--to', 'sqlite', '--data-dir', back], env);
    assert.equal(returned.code, 0, returned.stderr);
    assert.match(returned.stdout, new RegExp(`copied: ${n}\\n`));
    const copy = new SqliteStorage(join(back, 'overlegbot.sqlite'));
    assert.deepEqual(await everything(copy), expected);
    copy.close();
  });

  it('refuses to overwrite a document that differs in the target, names it, copies the rest, and exits 1', async () => {
    const container = Azurite.containerName('refuse');
    const blob = await azurite.current.storage(container);
    // The bot already runs on blob and changed the settings there after the SQLite file was last written.
    await new Repositories(blob).updateGroupSettings('sg', (s) => ({ ...s, digest: true, mutedThemes: [] }));
    const r = await runCliProcess(['migrate-storage', '--from', 'sqlite', '--data-dir', dataDir, '--to', 'blob'], azurite.current.env(container));
    assert.equal(r.code, 1);
    assert.match(r.stdout, /refused: 1/);
    assert.match(r.stderr, /refused settings\/sg: the target holds a different document \(not overwritten\)/);
    assert.deepEqual(await new Repositories(blob).getGroupSettings('sg'), { schemaVersion: 1, digest: true, mutedThemes: [] });
    assert.ok((await blob.list('pitch/')).length === 1, 'the other documents were copied');
  });

  it("checks its arguments and the storage variables with the server's rules", async () => {
    const usage = await runCliProcess(['migrate-storage', '--from', 'sqlite', '--to', 'sqlite', '--data-dir', dataDir]);
    assert.equal(usage.code, 2);
    assert.match(usage.stderr, /--from and --to must be different backends/);
    const bad = await runCliProcess(['migrate-storage', '--from', 'sqlite', '--to', 'cosmos', '--data-dir', dataDir]);
    assert.equal(bad.code, 2);
    assert.match(bad.stderr, /--to must be sqlite or blob/);
    const noTarget = await runCliProcess(['migrate-storage', '--from', 'sqlite', '--to', 'blob', '--data-dir', dataDir]);
    assert.equal(noTarget.code, 1);
    assert.match(noTarget.stderr, /AZURE_STORAGE_ACCOUNT_URL: is required when STORAGE=blob/);
    const badContainer = await runCliProcess(['migrate-storage', '--from', 'sqlite', '--to', 'blob', '--data-dir', dataDir], {
      ...azurite.current.env('x'),
      AZURE_STORAGE_CONTAINER: 'Bad_Name',
    });
    assert.equal(badContainer.code, 1);
    assert.match(badContainer.stderr, /AZURE_STORAGE_CONTAINER: must be 3 to 63/);
    const noData = await runCliProcess(
      ['migrate-storage', '--from', 'sqlite', '--to', 'blob', '--data-dir', tempDir()],
      azurite.current.env(Azurite.containerName('none')),
    );
    assert.equal(noData.code, 1);
    assert.match(noData.stderr, /no bot data at .*overlegbot\.sqlite/);
  });
});
