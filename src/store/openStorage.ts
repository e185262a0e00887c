import { existsSync } from 'node:fs';
import { StorageConfig } from '../env';
import type { BlobStorage } from './blobStorage';
import { ConditionalStorage } from './conditionalStorage';
import { SqliteStorage } from './sqliteStorage';

/** The store the composition root works with: the contract plus health and shutdown, whatever the backend. */
export interface AppStorage extends ConditionalStorage {
  /** For /healthz. */
  ping(): boolean | Promise<boolean>;
  close(): void | Promise<void>;
}

/** Where the data is, for logs and CLI messages (never the connection string: it holds the account key). */
export function describeStorage(config: StorageConfig): string {
  if (config.kind === 'sqlite') return config.file;
  const account =
    'accountUrl' in config
      ? config.accountUrl
      : (/BlobEndpoint=([^;]+)/i.exec(config.connectionString)?.[1] ?? /AccountName=([^;]+)/i.exec(config.connectionString)?.[1] ?? 'connection string');
  return `${account.replace(/\/$/, '')}/${config.container}`;
}

// The Azure SDK (and its identity library) costs ~60 ms and ~10 MB to load: only a Blob configuration loads it.
async function blobOf(config: Extract<StorageConfig, { kind: 'blob' }>): Promise<BlobStorage> {
  const [{ BlobServiceClient }, { BlobStorage }] = await Promise.all([import('@azure/storage-blob'), import('./blobStorage')]);
  const service =
    'connectionString' in config
      ? BlobServiceClient.fromConnectionString(config.connectionString)
      : // Managed identity on App Service, the developer's `az login` locally: no key in the app settings.
        new BlobServiceClient(config.accountUrl, new (await import('@azure/identity')).DefaultAzureCredential());
  return new BlobStorage(service.getContainerClient(config.container));
}

/**
 * The one place that constructs a storage backend. Creates what is missing (the SQLite file, the container),
 * as the server does on its first start.
 */
export async function openStorage(config: StorageConfig): Promise<AppStorage> {
  if (config.kind === 'sqlite') return new SqliteStorage(config.file);
  const blob = await blobOf(config);
  await blob.ensureContainer();
  return blob;
}

/**
 * The store if it holds data already, else undefined (for CLI commands that only read, and should neither
 * create an empty SQLite file nor a container).
 */
export async function openExistingStorage(config: StorageConfig): Promise<AppStorage | undefined> {
  if (config.kind === 'sqlite') return existsSync(config.file) ? new SqliteStorage(config.file) : undefined;
  const blob = await blobOf(config);
  return (await blob.container.exists()) ? blob : undefined;
}
