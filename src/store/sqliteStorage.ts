import Database from 'better-sqlite3';
import { StoreItem, StoreItems } from 'botbuilder';
import { randomUUID } from 'node:crypto';
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { ConditionalStorage, EtagConflictError } from './conditionalStorage';

/**
 * botbuilder Storage on one SQLite file (better-sqlite3, WAL). Writes of one call are one transaction:
 * either every item is written or, on an eTag conflict, none is. Several processes may share the file;
 * `BEGIN IMMEDIATE` makes compare-and-swap atomic across them.
 */
export class SqliteStorage implements ConditionalStorage {
  private readonly db: Database.Database;
  private readonly selectOne: Database.Statement<[string], { value: string; etag: string }>;
  private readonly upsert: Database.Statement<[string, string, string]>;
  private readonly insertNew: Database.Statement<[string, string, string]>;
  private readonly remove: Database.Statement<[string]>;

  constructor(readonly file: string) {
    if (file !== ':memory:') mkdirSync(dirname(file), { recursive: true });
    this.db = new Database(file);
    this.db.pragma('journal_mode = WAL');
    this.db.pragma('synchronous = NORMAL');
    this.db.pragma('busy_timeout = 5000');
    this.db.exec(
      "CREATE TABLE IF NOT EXISTS items (key TEXT PRIMARY KEY, value TEXT NOT NULL, etag TEXT NOT NULL, updated_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')))",
    );
    this.selectOne = this.db.prepare('SELECT value, etag FROM items WHERE key = ?');
    this.upsert = this.db.prepare(
      "INSERT INTO items (key, value, etag) VALUES (?, ?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value, etag = excluded.etag, updated_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now')",
    );
    this.insertNew = this.db.prepare('INSERT OR IGNORE INTO items (key, value, etag) VALUES (?, ?, ?)');
    this.remove = this.db.prepare('DELETE FROM items WHERE key = ?');
  }

  async read(keys: string[]): Promise<StoreItems> {
    if (!keys) throw new ReferenceError('Keys are required when reading.');
    const out: StoreItems = {};
    for (const key of keys) {
      const row = this.selectOne.get(key);
      if (row) out[key] = { ...(JSON.parse(row.value) as StoreItem), eTag: row.etag };
    }
    return out;
  }

  async write(changes: StoreItems): Promise<void> {
    if (!changes) throw new ReferenceError('Changes are required when writing.');
    const tx = this.db.transaction((items: StoreItems) => {
      for (const [key, item] of Object.entries(items)) {
        const { eTag, ...value } = item as StoreItem;
        if (eTag && eTag !== '*') {
          const current = this.selectOne.get(key);
          // As MemoryStorage: an eTag on a key that does not exist yet is no conflict.
          if (current && current.etag !== eTag) throw new EtagConflictError(key);
        }
        this.upsert.run(key, JSON.stringify(value), randomUUID());
      }
    });
    tx.immediate(changes);
  }

  async delete(keys: string[]): Promise<void> {
    const tx = this.db.transaction((ks: string[]) => ks.forEach((k) => this.remove.run(k)));
    tx.immediate(keys);
  }

  async create(key: string, item: StoreItem): Promise<boolean> {
    const { eTag: _ignored, ...value } = item;
    return this.insertNew.run(key, JSON.stringify(value), randomUUID()).changes === 1;
  }

  /** Cheap liveness check for /healthz. */
  ping(): boolean {
    return this.db.prepare('SELECT 1 AS ok').get() !== undefined;
  }

  async list(prefix: string): Promise<string[]> {
    const rows = this.db.prepare('SELECT key FROM items WHERE substr(key, 1, ?) = ? ORDER BY key').all(prefix.length, prefix) as { key: string }[];
    return rows.map((r) => r.key);
  }

  close(): void {
    if (this.db.open) this.db.close();
  }
}
