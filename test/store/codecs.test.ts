import { strict as assert } from 'node:assert';
import { MemoryConditionalStorage } from '../../src/store/conditionalStorage';
import { Codec, CODECS, decodeDoc, SchemaVersionError } from '../../src/store/codecs';
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

describe('every document type has a codec, and every read goes through it', () => {
  it('names a codec for the type of every key that keys.ts builds', () => {
    const built = Object.values(keys).map((k) => (typeof k === 'function' ? (k as (...a: string[]) => string)('a', '2026-12-04', 'b') : k));
    for (const key of built) assert.ok(CODECS[key.split('/')[0]], `a codec for "${key}"`);
  });

  it('refuses a future version in the batch and list reads too (bindings, exceptions, agendas, action items, attendance)', async () => {
    const future = async (key: string, doc: Record<string, unknown>) => {
      const storage = new MemoryConditionalStorage();
      await storage.write({ [key]: { ...doc, schemaVersion: 4 } });
      return new Repositories(storage);
    };
    const binding = await future(keys.binding('19:c'), { conversationId: '19:c', groupId: 'sg', boundBy: 'x', at: '2026-12-01T00:00:00Z' });
    await assert.rejects(binding.listBindings(), /"binding\/19%3Ac" has schemaVersion 4/);
    await assert.rejects(binding.planInputs(['sg']), SchemaVersionError);
    const exceptions = await future(keys.seriesExceptions('sg'), { groupId: 'sg', exceptions: [] });
    await assert.rejects(exceptions.planInputs(['sg']), /"series\/sg\/exceptions" has schemaVersion 4/);
    await assert.rejects(exceptions.getExceptionsVersioned(['sg']), SchemaVersionError);
    const agenda = await future(keys.agenda('sg', '2026-12-04'), {
      groupId: 'sg',
      originalDate: '2026-12-04',
      themes: [],
      by: 'x',
      at: '2026-12-01T00:00:00Z',
    });
    await assert.rejects(agenda.agendas([{ groupId: 'sg', originalDate: '2026-12-04' }]), /"agenda\/sg\/2026-12-04" has schemaVersion 4/);
    const actions = await future(keys.actionItems('sg'), { groupId: 'sg', nextId: 1, items: [] });
    await assert.rejects(actions.actionItemsOf(['sg']), /"actions\/sg" has schemaVersion 4/);
    await assert.rejects(actions.getActionItems('sg'), SchemaVersionError);
    const attendance = await future(keys.attendance('sg', '2026-12-04'), { groupId: 'sg', originalDate: '2026-12-04', answers: {}, history: [] });
    await assert.rejects(attendance.attendanceOf([{ groupId: 'sg', originalDate: '2026-12-04' }]), SchemaVersionError);
    await assert.rejects(attendance.listAttendance('sg'), SchemaVersionError);
  });

  it('reads the current version through the batch reads as before, with the exceptions version still the eTag', async () => {
    const storage = new MemoryConditionalStorage();
    const repos = new Repositories(storage);
    await repos.updateExceptions('sg', () => [{ kind: 'cancelled', originalDate: '2026-12-25', reason: 'kerst', by: 'x', at: '2026-12-01T00:00:00Z' }]);
    await repos.updateAgenda('sg', '2026-12-04', 'x', new Date('2026-12-01T00:00:00Z'), () => ['wonen']);
    const eTag = ((await storage.read([keys.seriesExceptions('sg')]))[keys.seriesExceptions('sg')] as { eTag: string }).eTag;
    const inputs = await repos.planInputs(['sg']);
    assert.equal(inputs.exceptions.get('sg')?.version, eTag);
    assert.equal(inputs.exceptions.get('sg')?.exceptions.length, 1);
    assert.deepEqual((await repos.getExceptionsVersioned(['sg', 'rijk'])).get('rijk'), { exceptions: [], version: '' });
    assert.deepEqual((await repos.agendas([{ groupId: 'sg', originalDate: '2026-12-04' }])).get('sg/2026-12-04'), ['wonen']);
  });
});
