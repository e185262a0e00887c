import { strict as assert } from 'node:assert';
import { join } from 'node:path';
import { ESLint } from 'eslint';

const ROOT = join(__dirname, '..', '..', '..');

/** Lints a snippet as if it were the file at `path`, with the repository's eslint.config.mjs. */
async function problems(path: string, code: string): Promise<string[]> {
  const eslint = new ESLint({ cwd: ROOT });
  const [result] = await eslint.lintText(code, { filePath: join(ROOT, path) });
  return result.messages.map((m) => `${m.ruleId}: ${m.message}`);
}

describe('the layer rules (eslint.config.mjs): dependencies point one way', function () {
  this.timeout(30000);

  it('keeps frameworks, I/O, process and the clock out of the domain core', async () => {
    for (const code of [
      `import { TurnContext } from 'botbuilder';\nexport const x = TurnContext;\n`,
      `import { readFileSync } from 'node:fs';\nexport const x = readFileSync;\n`,
    ]) {
      assert.match((await problems('src/domain/example.ts', code)).join('\n'), /no-restricted-imports/, code);
    }
    assert.match((await problems('src/domain/example.ts', 'export const zone = process.env.TZ;\n')).join('\n'), /no-restricted-globals/);
    assert.match((await problems('src/domain/example.ts', 'export const now = () => new Date();\n')).join('\n'), /no-restricted-syntax/);
    assert.deepEqual(
      await problems('src/domain/example.ts', "import { addDays } from 'date-fns';\nexport const f = (d: Date) => addDays(new Date(d), 1);\n"),
      [],
    );
  });

  it('keeps the presentation layer free of the bot, the features, the scheduler and the store', async () => {
    for (const from of ['../bot/createBot', '../features/registry', '../scheduler/scheduler', '../store/keys']) {
      assert.match(
        (await problems('src/present/example.ts', `import * as m from '${from}';\nexport const x = m;\n`)).join('\n'),
        /no-restricted-imports/,
        from,
      );
    }
    assert.deepEqual(await problems('src/present/example.ts', "import * as m from '../domain/occurrences';\nexport const x = m;\n"), []);
  });

  it('keeps services and the store below the features and the bot', async () => {
    assert.match(
      (await problems('src/services/example.ts', "import * as m from '../features/registry';\nexport const x = m;\n")).join('\n'),
      /no-restricted-imports/,
    );
    assert.match((await problems('src/store/example.ts', "import * as m from '../bot/createBot';\nexport const x = m;\n")).join('\n'), /no-restricted-imports/);
  });

  it('keeps the bot out of the scheduler, the server and the CLI, and the CLI out of everything', async () => {
    for (const [path, from] of [
      ['src/scheduler/example.ts', '../bot/createBot'],
      ['src/server.ts', './bot/createBot'],
      ['src/cli.ts', './bot/createBot'],
      ['src/server.ts', './cli'],
      ['src/features/example.ts', '../cli'],
      ['src/store/example.ts', '../cli'],
      ['src/domain/example.ts', '../schedule/loadSchedule'],
      ['src/schedule/example.ts', '../store/keys'],
    ]) {
      assert.match((await problems(path, `import * as m from '${from}';\nexport const x = m;\n`)).join('\n'), /no-restricted-imports/, `${path} ← ${from}`);
    }
    assert.deepEqual(await problems('src/schedule/example.ts', "import * as m from '../domain/schedule';\nexport const x = m;\n"), []);
  });

  it('finds no problem in the code base as it is', async () => {
    const eslint = new ESLint({ cwd: ROOT });
    const results = await eslint.lintFiles(['src']);
    const errors = results.flatMap((r) => r.messages.filter((m) => m.severity === 2).map((m) => `${r.filePath}:${m.line} ${m.ruleId}`));
    assert.deepEqual(errors, []);
  });
});
