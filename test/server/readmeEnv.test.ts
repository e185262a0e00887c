import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { REPO_ROOT } from '../helpers/schedules';

/**
 * Every environment variable that src/env.ts validates has a row in one of README's variable tables, so that an
 * operator finds each setting (and its default) in one place. Read from the source: the schemas are the truth.
 */
describe("README's variable tables", () => {
  it('name every variable that src/env.ts validates', () => {
    const source = readFileSync(join(REPO_ROOT, 'src', 'env.ts'), 'utf8');
    const names = [...new Set([...source.matchAll(/^\s{4}([A-Z][A-Z0-9_]{2,}): z/gm)].map((m) => m[1]))];
    assert.ok(names.length >= 15, `found the variables in src/env.ts (${names.join(', ')})`);
    const readme = readFileSync(join(REPO_ROOT, 'README.md'), 'utf8');
    const rows = readme.split('\n').filter((l) => l.startsWith('| `'));
    const missing = names.filter((n) => !rows.some((r) => r.split('|')[1].includes(`\`${n}\``)));
    assert.deepEqual(missing, [], 'variables without a README row');
  });
});
