import { strict as assert } from 'node:assert';
import { BlobServiceClient } from '@azure/storage-blob';
import { join } from 'node:path';
import { BlobStorage } from '../../src/store/blobStorage';
import { ConditionalStorage } from '../../src/store/conditionalStorage';
import { keys } from '../../src/store/keys';
import { RECONCILE_MS, REF_CACHE_MS } from '../../src/store/references';
import { Repositories } from '../../src/store/repositories';
import { SqliteStorage } from '../../src/store/sqliteStorage';
import { tempDir } from '../helpers/appHarness';
import { useAzurite } from '../helpers/azurite';
import { CountingStorage } from '../helpers/countingStorage';

const personalRef = (i: number) => ({
  reference: {
    serviceUrl: 'http://127.0.0.1:1/',
    channelId: 'msteams',
    conversation: { id: `a:lead-${i}`, conversationType: 'personal', isGroup: false, name: '' },
    activityId: `act-${Math.random()}`,
  },
  kind: 'personal' as const,
  userId: `aad-${i}`,
  identities: [`lead-${i}@overlegbot.example`, `aad-${i}`],
});

/** A reference document as a release before the index wrote it: the document only. */
const legacyDoc = (i: number) => {
  const { activityId: _a, ...reference } = personalRef(i).reference;
  return { schemaVersion: 1, ...personalRef(i), reference };
};

const rawIndex = async (s: ConditionalStorage) => (await s.read([keys.referenceIndex]))[keys.referenceIndex] as { refs: Record<string, unknown> } | undefined;

/** The same tests on SQLite and on Blob Storage (Azurite); `second` is another instance's handle on the same store. */
for (const backend of ['sqlite', 'blob'] as const) {
  describe(`the conversation reference index (${backend === 'sqlite' ? 'SQLite' : 'Blob Storage on Azurite'})`, () => {
    const azurite = backend === 'blob' ? useAzurite() : undefined;
    const opened: SqliteStorage[] = [];
    after(() => opened.forEach((s) => s.close()));

    async function store(): Promise<{ first: ConditionalStorage; second: () => ConditionalStorage }> {
      if (azurite) {
        const first = await azurite.current.storage();
        return {
          first,
          second: () =>
            new BlobStorage(BlobServiceClient.fromConnectionString(azurite.current.connectionString).getContainerClient(first.container.containerName)),
        };
      }
      const file = join(tempDir(), 'bot.sqlite');
      const open = () => {
        const s = new SqliteStorage(file);
        opened.push(s);
        return s;
      };
      return { first: open(), second: open };
    }

    it('loses no entry when many turns on two instances save references at once', async function () {
      this.timeout(60_000);
      const { first, second } = await store();
      const a = new Repositories(first);
      const b = new Repositories(second());
      // 40 conversations, each saved by a turn on either instance, all at the same moment; and 10 of them marked
      // unreachable by a tick while the others are still being saved.
      await Promise.all(Array.from({ length: 40 }, (_, i) => (i % 2 ? a : b).saveReference(`a:lead-${i}`, personalRef(i))));
      await Promise.all([
        ...Array.from({ length: 10 }, (_, i) => (i % 2 ? b : a).markUnreachable(`a:lead-${i}`, new Date('2026-12-03T11:00:00Z'))),
        ...Array.from({ length: 20 }, (_, i) => (i % 2 ? a : b).saveReference(`a:lead-${40 + i}`, personalRef(40 + i))),
      ]);
      const index = await rawIndex(first);
      assert.deepEqual(Object.keys(index!.refs).sort(), Array.from({ length: 60 }, (_, i) => `a:lead-${i}`).sort(), 'every conversation in the index');
      const known = await new Repositories(second()).listReferences();
      assert.equal(known.length, 60);
      assert.deepEqual(
        known
          .filter((r) => r.unreachable)
          .map((r) => r.conversationId)
          .sort(),
        Array.from({ length: 10 }, (_, i) => `a:lead-${i}`).sort(),
        'no unreachable mark lost',
      );
      // The index says what the documents say.
      for (const r of known) {
        const doc = await a.getReference(r.conversationId);
        assert.equal(doc?.unreachable, r.unreachable, r.conversationId);
        assert.deepEqual(doc?.identities, r.identities);
        assert.equal(r.reference.conversation?.id, r.conversationId);
        assert.equal((r.reference as { activityId?: string }).activityId, undefined, 'no per-turn activity id');
      }
    });

    it('reads one document per tick, however many references there are, and no listing after the first', async function () {
      this.timeout(30_000);
      const { first } = await store();
      const counted = new CountingStorage(first);
      const repos = new Repositories(counted);
      await Promise.all(Array.from({ length: 30 }, (_, i) => repos.saveReference(`a:lead-${i}`, personalRef(i))));
      await repos.listReferences(); // a process's first read compares the index with one listing
      counted.reset();
      const known = await repos.listReferences();
      assert.equal(known.length, 30);
      assert.deepEqual(counted.readLog, [keys.referenceIndex], 'only the index is read');
      assert.deepEqual(counted.listLog, [], 'no listing');
      // The tick's snapshot reads it in the same call as the bindings, exceptions and settings.
      counted.reset();
      const inputs = await repos.planInputs(['sg'], { references: true });
      assert.equal(inputs.references?.length, 30);
      assert.equal(counted.calls.read, 1);
      assert.deepEqual(counted.listLog, [keys.bindingPrefix]);
    });

    it('is rebuilt from the listing when absent (a store written by an older release), once', async () => {
      const { first } = await store();
      for (let i = 0; i < 5; i++) await first.write({ [keys.conversationRef(`a:lead-${i}`)]: legacyDoc(i) });
      const counted = new CountingStorage(first);
      const repos = new Repositories(counted);
      const known = await repos.listReferences();
      assert.deepEqual(
        known.map((r) => r.conversationId),
        [0, 1, 2, 3, 4].map((i) => `a:lead-${i}`),
      );
      assert.deepEqual(known[2].identities, legacyDoc(2).identities);
      assert.deepEqual(counted.listLog, [keys.conversationRefPrefix], 'listed once to rebuild');
      assert.equal(Object.keys((await rawIndex(first))!.refs).length, 5, 'and stored for the next reader');
      counted.reset();
      assert.equal((await new Repositories(counted).planInputs([], { references: true })).references?.length, 5);
      assert.deepEqual(counted.readLog, [keys.referenceIndex], 'the next tick reads the index only');
    });

    it('is rebuilt when unreadable, and a newer release’s index is read around, never overwritten', async () => {
      const { first } = await store();
      for (let i = 0; i < 3; i++) await first.write({ [keys.conversationRef(`a:lead-${i}`)]: legacyDoc(i) });
      await first.write({ [keys.referenceIndex]: { schemaVersion: 1, refs: 'kapot' } });
      assert.equal((await new Repositories(first).listReferences()).length, 3);
      assert.equal(Object.keys((await rawIndex(first))!.refs).length, 3, 'replaced by a rebuilt index');

      await first.write({ [keys.referenceIndex]: { schemaVersion: 2, refs: {}, fromTheFuture: true } });
      const repos = new Repositories(first);
      assert.equal((await repos.listReferences()).length, 3, 'read from the listing');
      await repos.saveReference('a:lead-9', personalRef(9));
      assert.equal((await repos.getReference('a:lead-9'))?.userId, 'aad-9', 'the document is still written');
      const { eTag: _e, ...left } = (await first.read([keys.referenceIndex]))[keys.referenceIndex];
      assert.deepEqual(left, { schemaVersion: 2, refs: {}, fromTheFuture: true }, 'the newer index is left as it was');
    });

    it('writes nothing for an unchanged reference, and after REF_CACHE_MS only reads the index', async () => {
      const { first } = await store();
      const counted = new CountingStorage(first);
      let now = Date.parse('2026-12-03T11:00:00Z');
      const repos = new Repositories(counted, () => now);
      await repos.saveReference('a:lead-1', personalRef(1));
      counted.reset();
      await repos.saveReference('a:lead-1', personalRef(1)); // another turn, another activity id
      assert.deepEqual(counted.calls, { read: 0, list: 0, write: 0, create: 0, delete: 0 }, 'within the cache: no store call');
      now += REF_CACHE_MS;
      await repos.saveReference('a:lead-1', personalRef(1));
      assert.deepEqual(counted.readLog, [keys.referenceIndex], 'after it: the index is read ...');
      assert.equal(counted.writeCalls, 0, '... and nothing written, since nothing changed');
      // Another instance marks it unreachable; the person writes again: reachable again, in index and document.
      await new Repositories(first).markUnreachable('a:lead-1', new Date(now));
      assert.equal((await repos.listReferences())[0].unreachable, true);
      now += REF_CACHE_MS;
      await repos.saveReference('a:lead-1', personalRef(1));
      assert.equal((await repos.listReferences())[0].unreachable, undefined);
      assert.equal((await repos.getReference('a:lead-1'))?.unreachable, undefined);
    });

    it('adds references an older instance wrote next to an existing index, at the first read and then hourly', async () => {
      const { first } = await store();
      let now = Date.parse('2026-12-03T11:00:00Z');
      const repos = new Repositories(first, () => now);
      await repos.saveReference('a:lead-1', personalRef(1));
      // An instance of the older release, during a rolling upgrade, writes only the document.
      await first.write({ [keys.conversationRef('a:lead-2')]: legacyDoc(2) });
      assert.equal((await new Repositories(first).listReferences()).length, 2, 'a process’s first read reconciles');
      await first.write({ [keys.conversationRef('a:lead-3')]: legacyDoc(3) });
      assert.equal((await repos.listReferences()).length, 3, 'this process had not reconciled yet either');
      await first.write({ [keys.conversationRef('a:lead-4')]: legacyDoc(4) });
      assert.equal((await repos.listReferences()).length, 3, 'not within the hour');
      now += RECONCILE_MS;
      assert.equal((await repos.listReferences()).length, 4);
      assert.equal(Object.keys((await rawIndex(first))!.refs).length, 4, 'and the index holds it');
    });

    it('writes the document of an entry whose writer died between the index and the document, when it reconciles', async () => {
      const { first } = await store();
      await new Repositories(first).saveReference('a:lead-1', personalRef(1));
      await first.delete([keys.conversationRef('a:lead-1')]); // as if the process died after the index write
      const repos = new Repositories(first);
      assert.equal((await repos.listReferences()).length, 1);
      assert.equal((await repos.getReference('a:lead-1'))?.userId, 'aad-1');
    });
  });
}
