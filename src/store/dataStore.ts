import { existsSync } from 'node:fs';
import type { StorageConfig } from '../env';
import type { Repositories } from './repositories';

export interface DataStore {
  /** Where the data is (for messages; never a connection string). */
  where: string;
  repos: Repositories;
  close(): Promise<void>;
}

/**
 * The bot's stored data as the server configures it, or undefined when there is none (nothing is created: no
 * SQLite file, no container). The one place the CLI opens storage; it goes through the same factory as the
 * server. The store modules (botbuilder, better-sqlite3, the Azure SDK) are loaded only now, so a command
 * that needs no bot data stays as quick as reading the schedule file.
 */
export async function openDataStore(config: StorageConfig): Promise<DataStore | undefined> {
  // Checked before any backend is loaded: no SQLite file means no data, and nothing more to load.
  if (config.kind === 'sqlite' && !existsSync(config.file)) return undefined;
  const [{ openExistingStorage, describeStorage }, { Repositories }] = await Promise.all([import('./openStorage'), import('./repositories')]);
  const storage = await openExistingStorage(config);
  if (!storage) return undefined;
  return { where: describeStorage(config), repos: new Repositories(storage), close: async () => storage.close() };
}

/** Where the data would be, for "no bot data at …" (without loading any backend). */
export async function whereData(config: StorageConfig): Promise<string> {
  return config.kind === 'sqlite' ? config.file : (await import('./openStorage')).describeStorage(config);
}

/** An empty store in memory: what the bot would see before anyone used it (for dry runs without data). */
export async function emptyDataStore(): Promise<DataStore> {
  const [{ MemoryConditionalStorage }, { Repositories }] = await Promise.all([import('./conditionalStorage'), import('./repositories')]);
  return { where: '(memory)', repos: new Repositories(new MemoryConditionalStorage()), close: async () => undefined };
}
