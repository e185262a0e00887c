import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Repositories } from './repositories';

/** The bot's SQLite file in a data directory: the server writes it, the CLI reads it. */
export function sqliteFileIn(dataDir: string): string {
  return join(resolve(dataDir), 'overlegbot.sqlite');
}

export interface DataStore {
  /** Where the data is (for messages). */
  where: string;
  repos: Repositories;
  close(): void;
}

/**
 * The bot's stored data in `dataDir`, or undefined when there is none (nothing is created). The one place the
 * CLI opens storage, so another backend is one change here. The store modules (botbuilder, better-sqlite3)
 * are loaded only now: a command that finds no data stays as quick as the schedule file alone.
 */
export async function openDataStore(dataDir: string): Promise<DataStore | undefined> {
  const file = sqliteFileIn(dataDir);
  if (!existsSync(file)) return undefined;
  const [{ SqliteStorage }, { Repositories }] = await Promise.all([import('./sqliteStorage'), import('./repositories')]);
  const storage = new SqliteStorage(file);
  return { where: file, repos: new Repositories(storage), close: () => storage.close() };
}

/** An empty store in memory: what the bot would see before anyone used it (for dry runs without data). */
export async function emptyDataStore(): Promise<DataStore> {
  const [{ MemoryConditionalStorage }, { Repositories }] = await Promise.all([import('./conditionalStorage'), import('./repositories')]);
  return { where: '(memory)', repos: new Repositories(new MemoryConditionalStorage()), close: () => undefined };
}
