import { startApp } from './app';
import { ConfigError, loadConfig } from './env';
import { ScheduleFileError } from './schedule/loadSchedule';
import { createLogger } from './logger';

/** The composition root: read the config once, start, and stop cleanly on SIGTERM/SIGINT. */
async function main(): Promise<void> {
  let config;
  try {
    config = loadConfig(process.env);
  } catch (e) {
    if (e instanceof ConfigError) {
      process.stderr.write(`overlegbot: invalid configuration\n${e.problems.map((p) => `  ${p}`).join('\n')}\n`);
      process.exit(1);
    }
    throw e;
  }
  const logger = createLogger(config.logLevel);
  process.on('unhandledRejection', (reason) => logger.error({ event: 'unhandled-rejection', err: { message: String(reason) } }, 'unhandled rejection'));

  let app;
  try {
    app = await startApp(config, logger);
  } catch (e) {
    if (e instanceof ScheduleFileError) {
      process.stderr.write(`overlegbot: invalid schedule\n${e.problems.map((p) => `  ${e.file}: ${p}`).join('\n')}\n`);
      process.exit(1);
    }
    throw e;
  }

  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    logger.info({ event: 'shutdown', signal }, 'shutting down');
    await app.close();
    process.exit(0);
  };
  process.on('SIGTERM', () => void stop('SIGTERM'));
  process.on('SIGINT', () => void stop('SIGINT'));
}

void main();
