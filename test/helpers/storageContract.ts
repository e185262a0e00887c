import { strict as assert } from 'node:assert';
import { StoreItem } from 'botbuilder';
import { ConditionalStorage } from '../../src/store/conditionalStorage';
import { updateDoc } from '../../src/store/documents';

/**
 * The behaviour every storage backend must have, modelled on botbuilder's own storage base tests
 * (create, read, update, stale eTag, '*', delete, concurrency) plus create-if-absent and listing.
 * `make` gives a fresh, empty store (sync or async); `makeSecond` (optional) a second handle on the same data.
 */
export function storageContract(
  name: string,
  make: () => ConditionalStorage | Promise<ConditionalStorage>,
  makeSecond?: (first: ConditionalStorage) => ConditionalStorage | Promise<ConditionalStorage>,
) {
  describe(`${name} (storage contract)`, () => {
    let s: ConditionalStorage;
    beforeEach(async () => {
      // A remote store's fresh, empty place (a new container) takes a request to make.
      s = await make();
    });

    it('returns nothing for keys that were never written', async () => {
      assert.deepEqual(await s.read(['nope']), {});
    });

    it('creates an item and reads it back with an eTag', async () => {
      await s.write({ a: { n: 1, text: 'één' } });
      const got = await s.read(['a', 'b']);
      assert.deepEqual(Object.keys(got), ['a']);
      assert.equal(got.a.n, 1);
      assert.equal(got.a.text, 'één');
      assert.equal(typeof got.a.eTag, 'string');
      assert.ok(got.a.eTag.length > 0);
    });

    it('reads several keys at once', async () => {
      await s.write({ a: { n: 1 }, b: { n: 2 } });
      const got = await s.read(['a', 'b']);
      assert.deepEqual([got.a.n, got.b.n], [1, 2]);
    });

    it('updates with the current eTag and gives a new eTag', async () => {
      await s.write({ a: { n: 1 } });
      const first = (await s.read(['a'])).a;
      await s.write({ a: { ...first, n: 2 } });
      const second = (await s.read(['a'])).a;
      assert.equal(second.n, 2);
      assert.notEqual(second.eTag, first.eTag);
    });

    it('rejects an update with a stale eTag and keeps the newer value', async () => {
      await s.write({ a: { n: 1 } });
      const stale = (await s.read(['a'])).a;
      await s.write({ a: { ...stale, n: 2 } });
      await assert.rejects(s.write({ a: { ...stale, n: 3 } }), /eTag conflict/);
      assert.equal((await s.read(['a'])).a.n, 2);
    });

    it("overwrites with eTag '*' and without an eTag", async () => {
      await s.write({ a: { n: 1 } });
      await s.write({ a: { n: 2, eTag: '*' } });
      assert.equal((await s.read(['a'])).a.n, 2);
      await s.write({ a: { n: 3 } });
      assert.equal((await s.read(['a'])).a.n, 3);
    });

    it('deletes items, and deleting a missing key is no error', async () => {
      await s.write({ a: { n: 1 }, b: { n: 2 } });
      await s.delete(['a', 'missing']);
      assert.deepEqual(Object.keys(await s.read(['a', 'b'])), ['b']);
    });

    it('creates only if absent', async () => {
      assert.equal(await s.create('c', { n: 1 }), true);
      assert.equal(await s.create('c', { n: 2 }), false);
      assert.equal((await s.read(['c'])).c.n, 1);
    });

    it('lists keys by prefix, sorted, without deleted ones', async () => {
      await s.write({ 'x/2': { n: 2 }, 'x/1': { n: 1 }, 'y/1': { n: 3 } });
      await s.create('x/3', { n: 4 });
      await s.delete(['x/2']);
      assert.deepEqual(await s.list('x/'), ['x/1', 'x/3']);
    });

    it('loses no update when many writers increment one counter concurrently', async () => {
      const writers = Array.from({ length: 25 }, () =>
        updateDoc<{ schemaVersion: number; n: number }>(s, 'counter', (c) => ({ schemaVersion: 1, n: (c?.n ?? 0) + 1 })),
      );
      await Promise.all(writers);
      assert.equal((await s.read(['counter'])).counter.n, 25);
    });

    it('lets exactly one of many concurrent creators win', async () => {
      const results = await Promise.all(Array.from({ length: 10 }, (_, i) => s.create('once', { by: i } as StoreItem)));
      assert.equal(results.filter(Boolean).length, 1);
    });

    if (makeSecond) {
      it('sees writes from a second handle on the same data and detects its conflicts', async () => {
        const other = await makeSecond(s);
        await s.write({ a: { n: 1 } });
        const mine = (await s.read(['a'])).a;
        const theirs = (await other.read(['a'])).a;
        assert.equal(theirs.n, 1);
        await other.write({ a: { ...theirs, n: 2 } });
        await assert.rejects(s.write({ a: { ...mine, n: 3 } }), /eTag conflict/);
        assert.equal((await s.read(['a'])).a.n, 2);
        assert.equal(await other.create('a', { n: 9 }), false);
      });
    }
  });
}
