import { z } from 'zod';
import { schedulePath } from './schedule/defaultSchedulePath';
import { dataDirFrom, presentEnv } from './envValue';
import { sqliteFileIn } from './store/sqliteFile';

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
    SCHEDULER_INTERVAL_SECONDS: z.coerce
      .number({ message: 'must be a whole number of seconds (0 turns reminders off)' })
      .int('must be a whole number of seconds (0 turns reminders off)')
      .min(0, 'must be a whole number of seconds (0 turns reminders off)')
      .default(60),
    CLAIM_LEASE_SECONDS: z.coerce
      .number({ message: 'must be a whole number of seconds, at least 1' })
      .int('must be a whole number of seconds, at least 1')
      .min(1, 'must be a whole number of seconds, at least 1')
      .default(120),
    LOG_LEVEL: z
      .enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'], { message: 'must be one of fatal, error, warn, info, debug, trace, silent' })
      .default('info'),
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

/**
 * Where the bot keeps its state. SQLite: one embedded file, for local use, the Playground and one instance.
 * Blob: Azure Blob Storage (Azurite locally), for several instances; with a connection string (keys) or an
 * account URL and managed identity.
 */
export type StorageConfig =
  { kind: 'sqlite'; file: string } | { kind: 'blob'; container: string; connectionString: string } | { kind: 'blob'; container: string; accountUrl: string };

/** Azure's rule for container names: 3–63 lowercase letters, digits and single dashes, starting and ending alphanumeric. */
const CONTAINER = /^(?=.{3,63}$)[a-z0-9]+(-[a-z0-9]+)*$/;

const storageSchema = z
  .object({
    DATA_DIR: z.string().optional(),
    STORAGE: z.enum(['sqlite', 'blob'], { message: 'must be sqlite or blob' }).default('sqlite'),
    AZURE_STORAGE_CONNECTION_STRING: z.string().optional(),
    AZURE_STORAGE_ACCOUNT_URL: z.string().url('must be a URL such as https://overlegbot.blob.core.windows.net').optional(),
    AZURE_STORAGE_CONTAINER: z
      .string()
      .regex(CONTAINER, 'must be 3 to 63 lowercase letters, digits and single dashes, starting and ending with a letter or digit')
      .default('overlegbot'),
  })
  .superRefine((e, ctx) => {
    if (e.STORAGE !== 'blob') return;
    if (!e.AZURE_STORAGE_CONNECTION_STRING && !e.AZURE_STORAGE_ACCOUNT_URL) {
      ctx.addIssue({ code: 'custom', path: ['AZURE_STORAGE_ACCOUNT_URL'], message: 'is required when STORAGE=blob (or set AZURE_STORAGE_CONNECTION_STRING)' });
    }
    if (e.AZURE_STORAGE_CONNECTION_STRING && e.AZURE_STORAGE_ACCOUNT_URL) {
      ctx.addIssue({ code: 'custom', path: ['AZURE_STORAGE_CONNECTION_STRING'], message: 'set either it or AZURE_STORAGE_ACCOUNT_URL, not both' });
    }
    if (e.AZURE_STORAGE_CONNECTION_STRING && !/(^|;)\s*(BlobEndpoint|AccountName)=/i.test(e.AZURE_STORAGE_CONNECTION_STRING)) {
      ctx.addIssue({
        code: 'custom',
        path: ['AZURE_STORAGE_CONNECTION_STRING'],
        message: 'must be an Azure Storage connection string (with AccountName= or BlobEndpoint=)',
      });
    }
  });

const problemsOf = (issues: z.ZodIssue[]) => issues.map((i) => `${i.path.join('.')}: ${i.message}`);

function storageOf(e: z.infer<typeof storageSchema>): StorageConfig {
  if (e.STORAGE === 'sqlite') return { kind: 'sqlite', file: sqliteFileIn(dataDirFrom(e.DATA_DIR, {})) };
  return e.AZURE_STORAGE_CONNECTION_STRING
    ? { kind: 'blob', container: e.AZURE_STORAGE_CONTAINER, connectionString: e.AZURE_STORAGE_CONNECTION_STRING }
    : { kind: 'blob', container: e.AZURE_STORAGE_CONTAINER, accountUrl: e.AZURE_STORAGE_ACCOUNT_URL! };
}

/**
 * Only the storage variables (for CLI commands, which need no port or credentials); `dataDir` overrides DATA_DIR.
 * Throws a ConfigError naming each variable that is wrong.
 */
export function loadStorageConfig(env: NodeJS.ProcessEnv, dataDir?: string): StorageConfig {
  const r = storageSchema.safeParse({ ...presentEnv(env), ...(dataDir ? { DATA_DIR: dataDir } : {}) });
  if (!r.success) throw new ConfigError(problemsOf(r.error.issues));
  return storageOf(r.data);
}

export interface AppConfig {
  port: number;
  host: string;
  /** Bot Framework credentials; undefined means authentication is off (local development, Agents Playground). */
  auth?: { appId: string; password?: string; tenantId?: string; type: 'MultiTenant' | 'SingleTenant' | 'UserAssignedMSI' };
  dataDir: string;
  storage: StorageConfig;
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
  const cleaned = presentEnv(env);
  const r = envSchema.safeParse(cleaned);
  const st = storageSchema.safeParse(cleaned);
  if (!r.success || !st.success) throw new ConfigError([...(r.success ? [] : problemsOf(r.error.issues)), ...(st.success ? [] : problemsOf(st.error.issues))]);
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
    storage: storageOf(st.data),
    schedulePath: schedulePath(undefined, env),
    allowedTenants: (e.ALLOWED_TENANTS ?? '')
      .split(',')
      .map((t) => t.trim())
      .filter(Boolean),
    ...(e.FEED_TOKEN ? { feedToken: e.FEED_TOKEN } : {}),
    publicUrl: e.PUBLIC_URL ?? `http://localhost:${e.PORT}`,
    logLevel: e.LOG_LEVEL,
    schedulerIntervalSeconds: e.SCHEDULER_INTERVAL_SECONDS,
    claimLeaseSeconds: e.CLAIM_LEASE_SECONDS,
  });
}
