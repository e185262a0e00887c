import { resolve } from 'node:path';
import { envValue, present } from '../envValue';

/** The schedule that ships with the repo (config/schedule.yaml), found relative to the compiled code in dist/src/schedule. */
export const DEFAULT_SCHEDULE_PATH = resolve(__dirname, '..', '..', '..', 'config', 'schedule.yaml');

/** `--config` wins, then OVERLEGBOT_CONFIG, then the shipped default; empty counts as not given. */
export function schedulePath(explicit: string | undefined, env: NodeJS.ProcessEnv): string {
  return present(explicit) ?? envValue(env, 'OVERLEGBOT_CONFIG') ?? DEFAULT_SCHEDULE_PATH;
}
