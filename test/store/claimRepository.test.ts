import { strict as assert } from 'node:assert';
import { BlobServiceClient } from '@azure/storage-blob';
import { join } from 'node:path';
import { claimDecision } from '../../src/domain/claims';
import { BlobStorage } from '../../src/store/blobStorage';
import { Claims } from '../../src/store/claimRepository';
import { SchemaVersionError } from '../../src/store/codecs';
import { ConditionalStorage, MemoryConditionalStorage } from '../../src/store/conditionalStorage';
import { keys } from '../../src/store/keys';
import { SqliteStorage } from '../../src/store/sqliteStorage';
import { tempDir } from '../helpers/appHarness';
import { useAzurite } from '../helpers/azurite';

const at = (iso: string) => new Date(iso);

/** The same tests in memory, on SQLite (two handles on one file) and on Blob Storage (two clients on one container). */
for (const backend of ['memory', 'sqlite', 'blob'] as const) {
  describe(`the claims repository (${backend})`, () => {
    const azurite = backend === 'blob' ? useAzurite() : undefined;
    const opened: SqliteStorage[] = [];
    after(() => opened.forEach((s) => s.close()));

    /** A fresh store and a way to open another instance's handle on it. */
    async function store(): Promise<{ first: ConditionalStorage; another: () => ConditionalStorage }> {
      if (backend === 'memory') {
        const memory = new MemoryConditionalStorage();
        return { first: memory, another: () => memory };
      }
      if (azurite) {
        const first = await azurite.current.storage();
        const client = () => BlobServiceClient.fromConnectionString(azurite.current.connectionString).getContainerClient(first.container.containerName);
        return { first, another: () => new BlobStorage(client()) };
      }
      const file = join(tempDir(), 'bot.sqlite');
      const open = () => {
        const s = new SqliteStorage(file);
        opened.push(s);
        return s;
      };
      return { first: open(), another: open };
    }

    it('lets exactly one of two instances take over an expired claim', async () => {
      const { first, another } = await store();
      const a = new Claims(first, 'a:1', 1_000);
      const b = new Claims(another(), 'b:2', 1_000);
      const c = new Claims(another(), 'c:3', 1_000);
      assert.ok(await a.claim('k', at('2026-12-03T11:00:00.000Z')));
      assert.equal(await b.claim('k', at('2026-12-03T11:00:00.000Z')), false, 'created once');
      const later = at('2026-12-03T11:00:05.000Z');
      const [seenB, seenC] = [(await b.readMany(['k'])).get('k')!, (await c.readMany(['k'])).get('k')!];
      assert.equal(claimDecision(seenB, later, true, 1_000), 'take-over');
      const won = await Promise.all([b.takeOver(seenB, later), c.takeOver(seenC, later)]);
      assert.deepEqual(won.sort(), [false, true]);
      assert.equal(await a.renew('k', later), false, 'the first holder learns it lost the claim');
    });

    it('reads schemaVersion: a claim without it is version 1, one from a newer release is refused', async () => {
      const { first } = await store();
      const claims = new Claims(first, 'a:1');
      await first.write({ [keys.claim('old')]: { key: 'old', state: 'sent', by: 'x', at: '2026-12-03T11:00:00.000Z' } });
      assert.equal((await claims.readMany(['old'])).get('old')?.schemaVersion, 1);
      await first.write({ [keys.claim('new')]: { schemaVersion: 2, key: 'new', state: 'sent', by: 'x', at: '2026-12-03T11:00:00.000Z' } });
      // A tick must not send a post whose claim it cannot read: the read fails instead.
      await assert.rejects(claims.readMany(['new']), SchemaVersionError);
      await assert.rejects(claims.record('new', 'dropped', at('2026-12-03T11:01:00.000Z')), SchemaVersionError);
    });
  });
}
