import { StoreItem, StoreItems } from 'botbuilder';
import { ConditionalStorage } from '../../src/store/conditionalStorage';

type Calls = { read: number; list: number; write: number; create: number; delete: number };
const zero = (): Calls => ({ read: 0, list: 0, write: 0, create: 0, delete: 0 });

/**
 * The real store, counting its calls (a round trip each on SQLite, and on a remote store when it batches)
 * and its per-key requests: Blob Storage has no multi-key read or write, so a read of n keys is n GETs and a
 * listing is one request per page of 5000 names.
 */
export class CountingStorage implements ConditionalStorage {
  calls = zero();
  keys = zero();
  /** Every key read and prefix listed since the last reset, in order (for tests that name what was read). */
  readLog: string[] = [];
  listLog: string[] = [];
  constructor(readonly inner: ConditionalStorage) {}
  reset() {
    this.calls = zero();
    this.keys = zero();
    this.readLog = [];
    this.listLog = [];
  }
  /** Store calls that read (read + list). */
  get readCalls() {
    return this.calls.read + this.calls.list;
  }
  /** Requests a Blob backend makes to read: one GET per key, one per listing page. */
  get readRequests() {
    return this.keys.read + this.keys.list;
  }
  get writeCalls() {
    return this.calls.write + this.calls.create + this.calls.delete;
  }
  get writeRequests() {
    return this.keys.write + this.keys.create + this.keys.delete;
  }
  read(keys: string[]): Promise<StoreItems> {
    this.calls.read++;
    this.keys.read += new Set(keys).size;
    this.readLog.push(...keys);
    return this.inner.read(keys);
  }
  async list(prefix: string): Promise<string[]> {
    this.calls.list++;
    this.listLog.push(prefix);
    const out = await this.inner.list(prefix);
    this.keys.list += Math.max(1, Math.ceil(out.length / 5000));
    return out;
  }
  write(changes: StoreItems): Promise<void> {
    this.calls.write++;
    this.keys.write += Object.keys(changes).length;
    return this.inner.write(changes);
  }
  create(key: string, item: StoreItem): Promise<boolean> {
    this.calls.create++;
    this.keys.create++;
    return this.inner.create(key, item);
  }
  delete(keys: string[]): Promise<void> {
    this.calls.delete++;
    this.keys.delete += keys.length;
    return this.inner.delete(keys);
  }
}
