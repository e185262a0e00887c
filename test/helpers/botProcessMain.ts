/**
 * The bot as a real process for tests: the production composition (`startApp`) with a fake clock that the
 * test moves over IPC. The clock runs at real speed from the instant last set, so timers, leases and the
 * connector client's Retry-After back-off behave as they would in production, only at a chosen date.
 */
import { startApp } from '../../src/app';
import { loadConfig } from '../../src/env';
import { createLogger } from '../../src/logger';

let base = Date.parse(process.env.TEST_NOW ?? new Date().toISOString());
let realBase = Date.now();
const clock = () => new Date(base + (Date.now() - realBase));

process.on('message', (m: { now?: string }) => {
  if (!m.now) return;
  base = Date.parse(m.now);
  realBase = Date.now();
  process.send?.({ clockSet: m.now });
});

async function main(): Promise<void> {
  const config = loadConfig(process.env);
  const logger = createLogger(config.logLevel);
  const app = await startApp(config, logger, clock);
  process.on('SIGTERM', () => void app.close().then(() => process.exit(0)));
}

void main();
