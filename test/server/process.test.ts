import { strict as assert } from 'node:assert';
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { tempDir } from '../helpers/appHarness';
import { REPO_ROOT } from '../helpers/schedules';

/** Starts the real `npm start` entry point and resolves with its URL once it logs that it listens. */
function startProcess(env: Record<string, string>, cwd?: string) {
  const child = spawn(process.execPath, ['--disable-warning=DEP0111', join(REPO_ROOT, 'dist', 'src', 'index.js')], {
    env: { ...process.env, PORT: '0', DATA_DIR: tempDir(), LOG_LEVEL: 'info', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
    ...(cwd ? { cwd } : {}),
  });
  let out = '';
  let err = '';
  child.stderr.on('data', (d) => (err += String(d)));
  const listening = new Promise<string>((resolve, reject) => {
    child.stdout.on('data', (d) => {
      out += String(d);
      const m = /"url":"(http:[^"]+)"/.exec(out);
      if (m) resolve(m[1]);
    });
    child.on('exit', (code) => reject(new Error(`exited with ${code}: ${err}`)));
  });
  return { child, listening, output: () => out, errors: () => err };
}

describe('the bot process', () => {
  it('stops cleanly on SIGTERM with exit code 0', async function () {
    this.timeout(20000);
    const p = startProcess({});
    const url = await p.listening;
    assert.equal((await fetch(`${url}/healthz`)).status, 200);
    p.child.kill('SIGTERM');
    const [code] = await once(p.child, 'exit');
    assert.equal(code, 0);
    assert.match(p.output(), /"event":"shutdown","signal":"SIGTERM"/);
  });

  it('survives a burst of garbage requests and keeps answering', async function () {
    this.timeout(20000);
    const p = startProcess({});
    const url = await p.listening;
    const bodies = ['{', 'null', '"x"', '{"type":1}', '{"type":"message"}', 'x'.repeat(2 * 1024 * 1024)];
    const statuses = await Promise.all(
      bodies.map((b) => fetch(`${url}/api/messages`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: b }).then((r) => r.status)),
    );
    assert.deepEqual(statuses.slice(0, 5), [400, 400, 400, 400, 400]);
    assert.equal(statuses[5], 413, 'an oversized body is refused');
    assert.equal((await fetch(`${url}/healthz`)).status, 200, 'still alive');
    p.child.kill('SIGTERM');
    await once(p.child, 'exit');
  });

  it('starts with OVERLEGBOT_CONFIG and DATA_DIR set but empty, as an env file writes them: the default schedule, ./data', async function () {
    this.timeout(20000);
    const cwd = tempDir();
    const p = startProcess({ OVERLEGBOT_CONFIG: '', DATA_DIR: '' }, cwd);
    const url = await p.listening;
    assert.equal((await fetch(`${url}/healthz`)).status, 200);
    assert.ok(existsSync(join(cwd, 'data', 'overlegbot.sqlite')), 'the store is in ./data');
    p.child.kill('SIGTERM');
    await once(p.child, 'exit');
  });

  it('refuses to start with an invalid configuration and names the variable', async function () {
    this.timeout(20000);
    const p = startProcess({ PORT: 'abc' });
    await assert.rejects(p.listening, /exited with 1/);
    assert.match(p.errors(), /PORT: must be a whole number between 0 and 65535/);
  });
});
