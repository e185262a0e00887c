import { resolve } from 'node:path';

/**
 * An environment variable (or an option) as the program means it: set but empty (`DATA_DIR=` in an env file,
 * `--data-dir ''`) counts as unset. The server's config and the CLI both read the environment through here,
 * so an empty value means the same everywhere.
 */
export function envValue(env: NodeJS.ProcessEnv, name: string): string | undefined {
  return present(env[name]);
}

/** The value unless it is missing or empty. */
export function present(v: string | undefined): string | undefined {
  return v === undefined || v === '' ? undefined : v;
}

/** The environment without its empty variables. */
export function presentEnv(env: NodeJS.ProcessEnv): Record<string, string> {
  return Object.fromEntries(Object.entries(env).filter((e): e is [string, string] => present(e[1]) !== undefined));
}

/** Where the bot keeps its data when nothing says otherwise, relative to the working directory. */
export const DEFAULT_DATA_DIR = './data';

/** The data directory, absolute: the explicit option, else DATA_DIR, else ./data (server and CLI alike). */
export function dataDirFrom(explicit: string | undefined, env: NodeJS.ProcessEnv): string {
  return resolve(present(explicit) ?? envValue(env, 'DATA_DIR') ?? DEFAULT_DATA_DIR);
}
