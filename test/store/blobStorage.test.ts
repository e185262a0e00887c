import { strict as assert } from 'node:assert';
import { BlobServiceClient } from '@azure/storage-blob';
import { BlobKeyError, blobName, BlobStorage, keyOfBlob } from '../../src/store/blobStorage';
import { keys } from '../../src/store/keys';
import { useAzurite } from '../helpers/azurite';
import { storageContract } from '../helpers/storageContract';

describe('BlobStorage on Azurite (in memory, loopback)', () => {
  const azurite = useAzurite();

  storageContract(
    'BlobStorage',
    () => azurite.current.storage(),
    // A second client, as a second instance of the bot would have: nothing shared but the container.
    (first) =>
      new BlobStorage(
        BlobServiceClient.fromConnectionString(azurite.current.connectionString).getContainerClient((first as BlobStorage).container.containerName),
      ),
  );

  it('stores keys from keys.ts as blob names that keep their folders, and lists them by prefix', async () => {
    const s = await azurite.current.storage();
    const conv = '19:abc@thread.tacv2;messageid=1';
    const k = [
      keys.binding(conv),
      keys.binding('a:b'),
      keys.conversationRef(conv),
      keys.pitch('sg', '2026-12-04', 'wonen'),
      keys.claim('sg/2026-12-04/bundle/D/channel:19:x'),
    ];
    for (const key of k) assert.equal(await s.create(key, { schemaVersion: 1 }), true);
    const names: string[] = [];
    for await (const b of s.container.listBlobsFlat()) names.push(b.name);
    assert.deepEqual(names.sort(), [...k].sort(), 'the blob names are the keys');
    assert.deepEqual(await s.list(keys.bindingPrefix), [keys.binding(conv), keys.binding('a:b')].sort());
    assert.deepEqual(await s.list(keys.pitchPrefix('sg')), [keys.pitch('sg', '2026-12-04', 'wonen')]);
    assert.deepEqual(await s.list('claim/'), [keys.claim('sg/2026-12-04/bundle/D/channel:19:x')]);
    assert.deepEqual(await s.list(''), [...k].sort());
  });

  it('writes a dot that ends a segment escaped, reads it back under its key, and lists prefixes that end in a dot', async () => {
    const s = await azurite.current.storage();
    for (const key of ['user/a./prefs', 'x/..', 'x/y.', 'x/y.z']) await s.write({ [key]: { key } });
    assert.deepEqual(Object.keys(await s.read(['user/a./prefs', 'x/..', 'x/y.'])).sort(), ['user/a./prefs', 'x/..', 'x/y.']);
    assert.equal((await s.read(['x/..']))['x/..'].key, 'x/..');
    assert.deepEqual(await s.list('x/y.'), ['x/y.', 'x/y.z']);
    assert.deepEqual(await s.list('x/'), ['x/..', 'x/y.', 'x/y.z']);
  });

  it('refuses keys it could not store without a collision', () => {
    for (const bad of ['', 'a b', 'a:b', 'a%2Eb', 'a%zz', '/a', 'a/', 'a//b', 'é']) assert.throws(() => blobName(bad), BlobKeyError, bad);
    for (const good of ['a', 'binding/19%3Aabc%40thread.tacv2', "x/!~*'()-_", 'a./b.']) assert.equal(keyOfBlob(blobName(good)), good);
  });

  it('reads and writes many keys in one call with bounded concurrency', async () => {
    const s = new BlobStorage((await azurite.current.storage()).container, { concurrency: 3 });
    const many = Object.fromEntries(Array.from({ length: 40 }, (_, i) => [`m/${String(i).padStart(2, '0')}`, { i }]));
    await s.write(many);
    const got = await s.read(Object.keys(many));
    assert.deepEqual(Object.keys(got).sort(), Object.keys(many));
    assert.deepEqual(
      Object.keys(many).map((k) => got[k].i),
      Object.keys(many).map((_, i) => i),
    );
    await s.delete(Object.keys(many).slice(0, 20));
    assert.equal((await s.list('m/')).length, 20);
  });

  it('answers ping while its container exists, and not for a container that is not there', async () => {
    const s = await azurite.current.storage();
    assert.equal(await s.ping(), true);
    const missing = new BlobStorage(BlobServiceClient.fromConnectionString(azurite.current.connectionString).getContainerClient('never-created'));
    assert.equal(await missing.ping(), false);
  });
});
