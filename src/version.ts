import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';

/** The package version, read once (dist/src → repo root). */
export const VERSION: string = (JSON.parse(readFileSync(resolve(__dirname, '..', '..', 'package.json'), 'utf8')) as { version: string }).version;
