import { ChildProcess, fork } from 'node:child_process';
import { once } from 'node:events';
import { join } from 'node:path';
import { REPO_ROOT } from './schedules';

/**
 * A bot process started from `botProcessMain` (the real composition, SQLite in `dataDir`, the scheduler on a
 * real timer), its JSON log lines parsed as they arrive. `kill9` ends it the way a crash or an OOM kill does.
 */
export class BotProcess {
  readonly logs: Record<string, unknown>[] = [];
  url = '';
  private base = 0;
  private realBase = 0;
  private errors = '';

  private constructor(readonly child: ChildProcess) {}

  /** Starts a bot on `dataDir` whose clock reads `now` at start. */
  static async start(options: { dataDir: string; now: Date; env?: Record<string, string> }): Promise<BotProcess> {
    const child = fork(join(REPO_ROOT, 'dist', 'test', 'helpers', 'botProcessMain.js'), [], {
      env: {
        ...process.env,
        PORT: '0',
        HOST: '127.0.0.1',
        DATA_DIR: options.dataDir,
        LOG_LEVEL: 'info',
        SCHEDULER_INTERVAL_SECONDS: '1',
        TEST_NOW: options.now.toISOString(),
        ...(options.env ?? {}),
      },
      execArgv: ['--disable-warning=DEP0111'],
      stdio: ['ignore', 'pipe', 'pipe', 'ipc'],
    });
    const p = new BotProcess(child);
    p.base = options.now.getTime();
    p.realBase = Date.now();
    let buffer = '';
    child.stdout!.on('data', (d) => {
      buffer += String(d);
      const lines = buffer.split('\n');
      buffer = lines.pop() ?? '';
      for (const l of lines) if (l.trim().startsWith('{')) p.logs.push(JSON.parse(l) as Record<string, unknown>);
    });
    child.stderr!.on('data', (d) => (p.errors += String(d)));
    const listening = await p.waitForLog((l) => l.event === 'listening', 15_000);
    p.url = String(listening.url);
    return p;
  }

  /** The bot's clock as the test computes it (the same formula as the child's). */
  now(): Date {
    return new Date(this.base + (Date.now() - this.realBase));
  }

  /** Moves the bot's clock; resolves once the child has taken it. */
  async setNow(d: Date): Promise<void> {
    const taken = once(this.child, 'message');
    this.child.send({ now: d.toISOString() });
    await taken;
    this.base = d.getTime();
    this.realBase = Date.now();
  }

  async waitForLog(match: (l: Record<string, unknown>) => boolean, timeoutMs = 10_000): Promise<Record<string, unknown>> {
    const started = Date.now();
    for (;;) {
      const found = this.logs.find(match);
      if (found) return found;
      if (this.child.exitCode !== null || this.child.signalCode !== null)
        throw new Error(`bot exited (${this.child.exitCode ?? this.child.signalCode}): ${this.errors}`);
      if (Date.now() - started > timeoutMs)
        throw new Error(
          `no matching log line in ${timeoutMs} ms; last lines:\n${this.logs
            .slice(-8)
            .map((x) => JSON.stringify(x))
            .join('\n')}`,
        );
      await new Promise((r) => setTimeout(r, 20));
    }
  }

  async post(activity: unknown): Promise<number> {
    const res = await fetch(`${this.url}/api/messages`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(activity) });
    await res.text();
    return res.status;
  }

  /** SIGKILL: no shutdown hook runs, nothing is flushed or released. */
  async kill9(): Promise<void> {
    if (this.child.exitCode !== null || this.child.signalCode !== null) return;
    const exited = once(this.child, 'exit');
    this.child.kill('SIGKILL');
    await exited;
  }

  async stop(): Promise<void> {
    if (this.child.exitCode !== null || this.child.signalCode !== null) return;
    const exited = once(this.child, 'exit');
    this.child.kill('SIGTERM');
    await exited;
  }
}

/** Polls until `check` returns a value (not undefined), or fails after `timeoutMs`. */
export async function eventually<T>(check: () => T | undefined | Promise<T | undefined>, timeoutMs: number, what: string): Promise<T> {
  const started = Date.now();
  for (;;) {
    const v = await check();
    if (v !== undefined) return v;
    if (Date.now() - started > timeoutMs) throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}
