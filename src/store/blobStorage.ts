import { ContainerClient, RestError } from '@azure/storage-blob';
import { StoreItem, StoreItems } from 'botbuilder';
import { ConditionalStorage, EtagConflictError } from './conditionalStorage';

/** Thrown for a key that cannot be stored as a blob name without risking a collision with another key. */
export class BlobKeyError extends Error {
  constructor(
    readonly key: string,
    reason: string,
  ) {
    super(`Storage: key "${key}" cannot be a blob name: ${reason}`);
    this.name = 'BlobKeyError';
  }
}

/**
 * Characters that keys from `src/store/keys.ts` consist of: what `encodeURIComponent` leaves alone, its `%XX`
 * escapes, and the `/` between parts. Anything else would need an encoding of its own, which could collide
 * with the escapes that are already in the keys, so it is refused rather than guessed.
 */
const KEY_CHARS = /^[A-Za-z0-9\-_.!~*'()%/]+$/;
/** `encodeURIComponent` never writes `%2E` (it leaves `.` alone), so that escape is free to stand for a dot. */
const DOT = '%2E';
const MAX_NAME = 1024;

/**
 * The blob name of a key: the key itself, so that `/` stays a virtual folder and `listBlobsFlat({ prefix })`
 * lists exactly the keys with that prefix (BlobsStorage's sanitising encodes `/` and breaks that). The one
 * change: a dot that ends a path segment becomes `%2E`, because URL normalisation turns `.` and `..` segments
 * into parent paths and Azure does not allow names that end in a dot.
 */
export function blobName(key: string): string {
  if (!key) throw new BlobKeyError(key, 'it is empty');
  if (!KEY_CHARS.test(key)) throw new BlobKeyError(key, 'only the characters of encodeURIComponent and / are allowed');
  if (/%(?![0-9A-Fa-f]{2})/.test(key)) throw new BlobKeyError(key, '% must start a %XX escape');
  if (/%2E/i.test(key)) throw new BlobKeyError(key, '%2E is reserved for a dot at the end of a segment');
  if (key.startsWith('/') || key.endsWith('/') || key.includes('//')) throw new BlobKeyError(key, 'it has an empty path segment');
  const name = key.replace(/\.+(?=\/|$)/g, (dots) => DOT.repeat(dots.length));
  if (name.length > MAX_NAME) throw new BlobKeyError(key, `it is longer than ${MAX_NAME} characters`);
  return name;
}

/** The key of a blob name written by `blobName`. */
export function keyOfBlob(name: string): string {
  return name.replace(/%2E/g, '.');
}

export interface BlobStorageOptions {
  /** How many blob requests one read, write or delete of several keys keeps in flight at most. */
  concurrency?: number;
}

const DEFAULT_CONCURRENCY = 8;

/** Runs `work` on every item with at most `limit` in flight; rejects with the first failure once all settled. */
async function eachLimited<T>(items: readonly T[], limit: number, work: (item: T) => Promise<void>): Promise<void> {
  let next = 0;
  let failure: { error: unknown } | undefined;
  const worker = async () => {
    while (next < items.length && !failure) {
      const item = items[next++];
      try {
        await work(item);
      } catch (error) {
        failure ??= { error };
      }
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  if (failure) throw failure.error;
}

const statusOf = (e: unknown): number | undefined => (e instanceof RestError ? e.statusCode : (e as { statusCode?: number } | undefined)?.statusCode);

async function bodyText(stream: NodeJS.ReadableStream | undefined): Promise<string> {
  if (!stream) return '';
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer));
  return Buffer.concat(chunks).toString('utf8');
}

const JSON_HEADERS = { blobHTTPHeaders: { blobContentType: 'application/json; charset=utf-8' } };

/**
 * botbuilder Storage on Azure Blob Storage: one JSON blob per key in one container, the blob's ETag as the
 * item's eTag. Unlike SqliteStorage, a write of several items is not one transaction: each item is its own
 * conditional upload (the project writes one document per call, so nothing relies on more).
 */
export class BlobStorage implements ConditionalStorage {
  private readonly concurrency: number;

  constructor(
    readonly container: ContainerClient,
    options: BlobStorageOptions = {},
  ) {
    this.concurrency = Math.max(1, options.concurrency ?? DEFAULT_CONCURRENCY);
  }

  /** Creates the container if it does not exist yet (first start of a deployment). */
  async ensureContainer(): Promise<void> {
    await this.container.createIfNotExists();
  }

  async read(keys: string[]): Promise<StoreItems> {
    if (!keys) throw new ReferenceError('Keys are required when reading.');
    const out: StoreItems = {};
    await eachLimited([...new Set(keys)], this.concurrency, async (key) => {
      try {
        // One request per key: download returns the body and the ETag together (no properties call first).
        const res = await this.container.getBlobClient(blobName(key)).download();
        const text = await bodyText(res.readableStreamBody);
        out[key] = { ...(JSON.parse(text) as StoreItem), eTag: res.etag ?? '' };
      } catch (e) {
        if (statusOf(e) !== 404) throw e;
      }
    });
    return out;
  }

  async write(changes: StoreItems): Promise<void> {
    if (!changes) throw new ReferenceError('Changes are required when writing.');
    await eachLimited(Object.entries(changes), this.concurrency, async ([key, item]) => {
      const { eTag, ...value } = item as StoreItem;
      const conditional = typeof eTag === 'string' && eTag !== '' && eTag !== '*';
      const body = JSON.stringify(value);
      try {
        await this.container.getBlockBlobClient(blobName(key)).upload(body, Buffer.byteLength(body), {
          ...JSON_HEADERS,
          ...(conditional ? { conditions: { ifMatch: eTag } } : {}),
        });
      } catch (e) {
        // 412: someone wrote since our read. 404 on a conditional write: it was deleted since; either way the
        // caller's copy is stale, and updateDoc reads again.
        const status = statusOf(e);
        if (conditional && (status === 412 || status === 404)) throw new EtagConflictError(key);
        throw e;
      }
    });
  }

  async delete(keys: string[]): Promise<void> {
    await eachLimited([...new Set(keys)], this.concurrency, async (key) => {
      await this.container.getBlobClient(blobName(key)).deleteIfExists();
    });
  }

  async create(key: string, item: StoreItem): Promise<boolean> {
    const { eTag: _ignored, ...value } = item;
    const body = JSON.stringify(value);
    try {
      await this.container.getBlockBlobClient(blobName(key)).upload(body, Buffer.byteLength(body), { ...JSON_HEADERS, conditions: { ifNoneMatch: '*' } });
      return true;
    } catch (e) {
      // 409 BlobAlreadyExists, or 412 when another creator's upload committed between our check and ours.
      const status = statusOf(e);
      if (status === 409 || status === 412) return false;
      throw e;
    }
  }

  async list(prefix: string): Promise<string[]> {
    // List by the prefix's complete segments (encoded the same in every key that starts with them), then
    // compare exactly: a prefix ending in a dot is encoded differently from the keys that continue it.
    const folder = prefix.slice(0, prefix.lastIndexOf('/') + 1);
    const out: string[] = [];
    for await (const blob of this.container.listBlobsFlat(folder ? { prefix: blobName(`${folder}x`).slice(0, -1) } : {})) {
      const key = keyOfBlob(blob.name);
      if (key.startsWith(prefix)) out.push(key);
    }
    return out.sort();
  }

  /** Liveness for /healthz: the container answers. */
  async ping(): Promise<boolean> {
    try {
      return await this.container.exists();
    } catch {
      return false;
    }
  }

  /** Nothing to release: the SDK's HTTP agent keeps no process alive. Here for the same lifecycle as SqliteStorage. */
  async close(): Promise<void> {}
}
