import { strict as assert } from 'node:assert';
import { MemoryConditionalStorage } from '../../src/store/conditionalStorage';
import { Codec, decodeDoc, SchemaVersionError } from '../../src/store/codecs';
import { keys } from '../../src/store/keys';
import { Repositories } from '../../src/store/repositories';

describe('document codecs read schemaVersion', () => {
  it('accepts the current version as it is', () => {
    assert.deepEqual(decodeDoc('settings/sg', { schemaVersion: 1, digest: false, mutedThemes: [] }), { schemaVersion: 1, digest: false, mutedThemes: [] });
  });

  it('reads a document without schemaVersion as version 1 (its shape before the field existed)', async () => {
    const storage = new MemoryConditionalStorage();
    await storage.write({ [keys.groupSettings('sg')]: { digest: false, mutedThemes: ['wonen'] } });
    await storage.write({ [keys.binding('19:c')]: { conversationId: '19:c', groupId: 'sg', boundBy: 'x', at: '2026-12-01T00:00:00Z' } });
    const repos = new Repositories(storage);
    assert.deepEqual(await repos.getGroupSettings('sg'), { schemaVersion: 1, digest: false, mutedThemes: ['wonen'] });
    assert.equal((await repos.turnState('19:c', 'u')).binding?.schemaVersion, 1);
    assert.equal((await repos.planInputs(['sg'])).settings.get('sg')?.digest, false);
  });

  it('migrates older versions step by step to the current one', () => {
    const codec: Codec = { current: 3, migrations: { 1: (d) => ({ ...d, b: 'added in 2' }), 2: (d) => ({ ...d, c: `${d.b} then 3` }) } };
    assert.deepEqual(decodeDoc('x/1', { schemaVersion: 1, a: 1 }, codec), { schemaVersion: 3, a: 1, b: 'added in 2', c: 'added in 2 then 3' });
    assert.deepEqual(decodeDoc('x/1', { a: 1 }, codec), { schemaVersion: 3, a: 1, b: 'added in 2', c: 'added in 2 then 3' });
    assert.deepEqual(decodeDoc('x/1', { schemaVersion: 3, a: 1 }, codec), { schemaVersion: 3, a: 1 });
  });

  it('refuses a version from the future, and nonsense, naming the key', async () => {
    assert.throws(
      () => decodeDoc('pitch/sg/2026-12-04/schulden', { schemaVersion: 2 }),
      (e: unknown) =>
        e instanceof SchemaVersionError && /"pitch\/sg\/2026-12-04\/schulden" has schemaVersion 2, newer than this release reads \(up to 1\)/.test(e.message),
    );
    assert.throws(() => decodeDoc('settings/sg', { schemaVersion: '1' }), /"settings\/sg" has an invalid schemaVersion "1"/);
    assert.throws(() => decodeDoc('settings/sg', { schemaVersion: 0 }), SchemaVersionError);
    const storage = new MemoryConditionalStorage();
    await storage.write({ [keys.groupSettings('sg')]: { schemaVersion: 7, digest: true, mutedThemes: [] } });
    const repos = new Repositories(storage);
    await assert.rejects(repos.getGroupSettings('sg'), /"settings\/sg" has schemaVersion 7/);
    // And a write never replaces what it cannot read.
    await assert.rejects(
      repos.updateGroupSettings('sg', (s) => ({ ...s, digest: false })),
      SchemaVersionError,
    );
    const raw = (await storage.read([keys.groupSettings('sg')]))[keys.groupSettings('sg')] as { schemaVersion: number };
    assert.equal(raw.schemaVersion, 7);
  });
});

describe('list reads decode too', () => {
  it('refuses a future pitch in listPitches and getPitches, naming its key', async () => {
    const storage = new MemoryConditionalStorage();
    const key = keys.pitch('sg', '2026-12-04', 'schulden');
    await storage.write({ [key]: { schemaVersion: 9, groupId: 'sg', originalDate: '2026-12-04', themeId: 'schulden', revisions: [] } });
    const repos = new Repositories(storage);
    await assert.rejects(repos.listPitches('sg'), /"pitch\/sg\/2026-12-04\/schulden" has schemaVersion 9/);
    await assert.rejects(repos.getPitches('sg', '2026-12-04', ['schulden']), SchemaVersionError);
  });
});
