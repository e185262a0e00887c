import { StoreItem } from 'botbuilder';
import { Codec, codecOf, decodeDoc } from './codecs';
import { ConditionalStorage, EtagConflictError } from './conditionalStorage';

/** Every stored shape carries its version so a later release can migrate it. */
export interface Versioned {
  schemaVersion: number;
}

export class StoreContentionError extends Error {
  constructor(
    readonly key: string,
    attempts: number,
  ) {
    super(`gave up writing ${key} after ${attempts} concurrent updates`);
    this.name = 'StoreContentionError';
  }
}

/** Whether a write failed because another writer changed the document since it was read (any backend's wording). */
export function isEtagConflict(e: unknown): boolean {
  return e instanceof EtagConflictError || (e instanceof Error && /eTag conflict/i.test(e.message));
}

/** Writes `doc` under `key` only if it still has `eTag`; false when another writer changed it first. */
export async function writeIfMatch(storage: ConditionalStorage, key: string, doc: object, eTag: string): Promise<boolean> {
  try {
    await storage.write({ [key]: { ...doc, eTag } as StoreItem });
    return true;
  } catch (e) {
    if (isEtagConflict(e)) return false;
    throw e;
  }
}

/** A document as a (multi-key) read returned it, without its eTag, decoded to the current schemaVersion; undefined when absent. */
export function decodeStored<T>(key: string, item: unknown, codec: Codec = codecOf(key)): T | undefined {
  if (!item) return undefined;
  const { eTag: _eTag, ...doc } = item as Record<string, unknown>;
  return decodeDoc<T>(key, doc, codec);
}

/** A document's content without its schemaVersion: what the domain sees of a stored pitch, attendance or action items. */
export function withoutVersion<T extends Versioned>(doc: T): Omit<T, 'schemaVersion'> {
  const { schemaVersion: _v, ...rest } = doc;
  return rest;
}

export async function readDoc<T extends Versioned>(storage: ConditionalStorage, key: string, codec: Codec = codecOf(key)): Promise<T | undefined> {
  const items = await storage.read([key]);
  return decodeStored<T>(key, items[key], codec);
}

/**
 * Read-modify-write with optimistic concurrency: the update is applied to the latest version and
 * retried when another writer got there first. Nothing written by the other writer is lost.
 * `update` must be pure: it may run more than once.
 */
export async function updateDoc<T extends Versioned>(
  storage: ConditionalStorage,
  key: string,
  update: (current: T | undefined) => T,
  codec: Codec = codecOf(key),
  attempts = 50,
): Promise<T> {
  for (let i = 0; i < attempts; i++) {
    // Jittered backoff so that writers that collided do not collide again in lock-step.
    if (i > 0) await new Promise((r) => setTimeout(r, Math.random() * Math.min(50, 2 * i)));
    const items = await storage.read([key]);
    const current = items[key] as (T & StoreItem) | undefined;
    if (!current) {
      const next = update(undefined);
      if (await storage.create(key, next as unknown as StoreItem)) return next;
      continue;
    }
    const { eTag, ...doc } = current;
    const next = update(decodeDoc<T>(key, doc, codec));
    try {
      await storage.write({ [key]: { ...next, eTag } });
      return next;
    } catch (e) {
      if (!isEtagConflict(e)) throw e;
    }
  }
  throw new StoreContentionError(key, attempts);
}
