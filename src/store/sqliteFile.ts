import { join, resolve } from 'node:path';

/** The bot's SQLite file in a data directory: the server writes it, the CLI reads it. */
export function sqliteFileIn(dataDir: string): string {
  return join(resolve(dataDir), 'overlegbot.sqlite');
}
