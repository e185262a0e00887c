import { MemoryStorage, Storage, StoreItem } from 'botbuilder';

/**
 * botbuilder's Storage plus create-if-absent. Storage alone cannot express "only if nobody created it
 * yet" (a write without eTag overwrites), and claims and first pitches need exactly that.
 */
export interface ConditionalStorage extends Storage {
  /** Writes `item` under `key` only if the key does not exist; returns false when it already did. */
  create(key: string, item: StoreItem): Promise<boolean>;
  /** The keys that start with `prefix`, sorted. */
  list(prefix: string): Promise<string[]>;
}

export class EtagConflictError extends Error {
  constructor(readonly key: string) {
    super(`Storage: error writing "${key}" due to eTag conflict.`);
    this.name = 'EtagConflictError';
  }
}

/** MemoryStorage with create(); for tests and single-process development. */
export class MemoryConditionalStorage extends MemoryStorage implements ConditionalStorage {
  private readonly items: Record<string, string>;

  constructor(memory: Record<string, string> = {}) {
    super(memory);
    this.items = memory;
  }

  async list(prefix: string): Promise<string[]> {
    return Object.keys(this.items)
      .filter((k) => k.startsWith(prefix) && this.items[k] !== undefined)
      .sort();
  }

  async create(key: string, item: StoreItem): Promise<boolean> {
    // Check and set without an await in between, so no other write can interleave.
    if (this.items[key] !== undefined) return false;
    this.items[key] = JSON.stringify({ ...item, eTag: `c${Date.now().toString(36)}${Math.random().toString(36).slice(2)}` });
    return true;
  }
}
