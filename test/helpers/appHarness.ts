import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Activity } from 'botbuilder';
import { RunningApp, startApp } from '../../src/app';
import { loadConfig } from '../../src/env';
import { FakeClock } from './botHarness';
import { captureLogger } from './logs';

export interface TestApp {
  app: RunningApp;
  url: string;
  dataDir: string;
  logs: Record<string, unknown>[];
  /** Moves the app's (fake) clock. */
  setNow(d: Date): void;
  post(body: unknown, headers?: Record<string, string>): Promise<{ status: number; text: string }>;
  get(path: string): Promise<{ status: number; text: string; headers: Headers }>;
  close(): Promise<void>;
}

export function tempDir(): string {
  return mkdtempSync(join(tmpdir(), 'overlegbot-app-'));
}

/** The real composition (SQLite, TeamsAdapter, Application, restify) on a random loopback port. */
export async function startTestApp(options: { env?: Record<string, string>; dataDir?: string; clock?: FakeClock } = {}): Promise<TestApp> {
  const dataDir = options.dataDir ?? tempDir();
  const clock = options.clock ?? new FakeClock(new Date('2026-12-01T09:00:00+01:00'));
  // The scheduler is driven by hand (app.scheduler.tick) in tests, never by a real timer.
  const config = loadConfig({ PORT: '0', HOST: '127.0.0.1', DATA_DIR: dataDir, SCHEDULER_INTERVAL_SECONDS: '0', ...(options.env ?? {}) });
  const { logger, lines } = captureLogger();
  const app = await startApp(config, logger, clock.now);
  return {
    app,
    url: app.url,
    dataDir,
    logs: lines,
    setNow: (d) => {
      clock.current = d;
    },
    async post(body, headers = {}) {
      const res = await fetch(`${app.url}/api/messages`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', ...headers },
        body: typeof body === 'string' ? body : JSON.stringify(body),
      });
      return { status: res.status, text: await res.text() };
    },
    async get(path) {
      const res = await fetch(`${app.url}${path}`);
      return { status: res.status, text: await res.text(), headers: res.headers };
    },
    close: () => app.close(),
  };
}

export type { Activity };
