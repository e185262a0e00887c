import pino, { Logger } from 'pino';

export function createLogger(level: string): Logger {
  return pino({ level, base: { app: 'overlegbot' }, timestamp: pino.stdTimeFunctions.isoTime });
}
