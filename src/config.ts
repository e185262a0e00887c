import { z } from 'zod';
import { schedulePath } from './config/defaultSchedulePath';
import { dataDirFrom, presentEnv } from './envValue';

/** Every problem in the environment, each naming its variable. */
export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`configuration: ${problems.join('; ')}`);
    this.name = 'ConfigError';
  }
}

const port = z.coerce
  .number({ message: 'must be a whole number between 0 and 65535' })
  .int('must be a whole number between 0 and 65535')
  .min(0, 'must be a whole number between 0 and 65535')
  .max(65535, 'must be a whole number between 0 and 65535');

const envSchema = z
  .object({
    PORT: port.default(3978),
    HOST: z.string().min(1).default('127.0.0.1'),
    BOT_ID: z.string().optional(),
    BOT_PASSWORD: z.string().optional(),
    BOT_TENANT_ID: z.string().optional(),
    BOT_TYPE: z.enum(['MultiTenant', 'SingleTenant', 'UserAssignedMSI'], { message: 'must be MultiTenant, SingleTenant or UserAssignedMSI' }).optional(),
    DATA_DIR: z.string().optional(),
    OVERLEGBOT_CONFIG: z.string().optional(),
    ALLOWED_TENANTS: z.string().optional(),
    FEED_TOKEN: z.string().min(16, 'must be at least 16 characters (it is the secret in calendar and bundle links)').optional(),
    PUBLIC_URL: z.string().url('must be a URL such as https://overlegbot.example.org').optional(),
    SCHEDULER_INTERVAL_SECONDS: z.coerce.number({ message: 'must be a whole number of seconds (0 turns reminders off)' }).int('must be a whole number of seconds (0 turns reminders off)').min(0, 'must be a whole number of seconds (0 turns reminders off)').default(60),
    CLAIM_LEASE_SECONDS: z.coerce.number({ message: 'must be a whole number of seconds, at least 1' }).int('must be a whole number of seconds, at least 1').min(1, 'must be a whole number of seconds, at least 1').default(120),
    LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'], { message: 'must be one of fatal, error, warn, info, debug, trace, silent' }).default('info'),
  })
  .superRefine((e, ctx) => {
    if (e.BOT_ID && !e.BOT_PASSWORD && e.BOT_TYPE !== 'UserAssignedMSI') {
      ctx.addIssue({ code: 'custom', path: ['BOT_PASSWORD'], message: 'is required when BOT_ID is set (or set BOT_TYPE=UserAssignedMSI)' });
    }
    if (!e.BOT_ID && e.BOT_PASSWORD) ctx.addIssue({ code: 'custom', path: ['BOT_ID'], message: 'is required when BOT_PASSWORD is set' });
    if (e.BOT_TYPE === 'SingleTenant' && !e.BOT_TENANT_ID) {
      ctx.addIssue({ code: 'custom', path: ['BOT_TENANT_ID'], message: 'is required when BOT_TYPE is SingleTenant' });
    }
  });

export interface AppConfig {
  port: number;
  host: string;
  /** Bot Framework credentials; undefined means authentication is off (local development, Agents Playground). */
  auth?: { appId: string; password?: string; tenantId?: string; type: 'MultiTenant' | 'SingleTenant' | 'UserAssignedMSI' };
  dataDir: string;
  schedulePath: string;
  allowedTenants: string[];
  feedToken?: string;
  publicUrl: string;
  logLevel: string;
  /** How often the reminder scheduler wakes; 0 = off. */
  schedulerIntervalSeconds: number;
  /**
   * How long a claimed post stays with the instance sending it without a renewal (renewed every third of it):
   * after a crash, another instance takes the post over this long after the last renewal.
   */
  claimLeaseSeconds: number;
}

/** Reads and validates the environment once; the result is frozen. */
export function loadConfig(env: NodeJS.ProcessEnv): Readonly<AppConfig> {
  // Empty strings count as unset (env files often carry `BOT_ID=`), here and in the CLI: see envValue.
  const r = envSchema.safeParse(presentEnv(env));
  if (!r.success) throw new ConfigError(r.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`));
  const e = r.data;
  return Object.freeze({
    port: e.PORT,
    host: e.HOST,
    ...(e.BOT_ID
      ? {
          auth: {
            appId: e.BOT_ID,
            ...(e.BOT_PASSWORD ? { password: e.BOT_PASSWORD } : {}),
            ...(e.BOT_TENANT_ID ? { tenantId: e.BOT_TENANT_ID } : {}),
            type: e.BOT_TYPE ?? (e.BOT_TENANT_ID ? 'SingleTenant' : 'MultiTenant'),
          },
        }
      : {}),
    dataDir: dataDirFrom(undefined, env),
    schedulePath: schedulePath(undefined, env),
    allowedTenants: (e.ALLOWED_TENANTS ?? '').split(',').map((t) => t.trim()).filter(Boolean),
    ...(e.FEED_TOKEN ? { feedToken: e.FEED_TOKEN } : {}),
    publicUrl: e.PUBLIC_URL ?? `http://localhost:${e.PORT}`,
    logLevel: e.LOG_LEVEL,
    schedulerIntervalSeconds: e.SCHEDULER_INTERVAL_SECONDS,
    claimLeaseSeconds: e.CLAIM_LEASE_SECONDS,
  });
}
