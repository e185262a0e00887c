import { strict as assert } from 'node:assert';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { REPO_ROOT } from '../helpers/schedules';

describe('the domain core', () => {
  const dir = join(REPO_ROOT, 'src', 'domain');
  const files = readdirSync(dir).filter((f) => f.endsWith('.ts'));
  // Pure libraries only: dates, holidays, and `he` (HTML entities in pasted pitch text; a string function).
  // date-fns by function (`date-fns/format`): its index loads all 250 functions.
  const allowed = new Set(['date-fns', 'date-fns/locale', '@date-fns/tz', 'date-holidays', 'he']);
  const allowedModule = (m: string) => allowed.has(m) || /^date-fns\/[A-Za-z-]+$/.test(m);

  it('imports only pure libraries (dates, holidays, HTML entities) and itself', () => {
    for (const f of files) {
      const text = readFileSync(join(dir, f), 'utf8');
      for (const m of text.matchAll(/from '([^']+)'/g)) {
        assert.ok(m[1].startsWith('./') || allowedModule(m[1]), `${f} imports ${m[1]}`);
      }
    }
  });

  it('never reads the clock, the environment or the disk', () => {
    for (const f of files) {
      const text = readFileSync(join(dir, f), 'utf8');
      assert.doesNotMatch(text, /new Date\(\)|Date\.now\(|process\.|require\(/, f);
    }
  });
});
