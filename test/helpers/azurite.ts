import { BlobServiceClient } from '@azure/storage-blob';
import { ChildProcess, spawn } from 'node:child_process';
import { once } from 'node:events';
import { randomBytes } from 'node:crypto';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { BlobStorage } from '../../src/store/blobStorage';

/** Azurite's well-known development account (public, documented; it guards nothing). */
const ACCOUNT = 'devstoreaccount1';
const KEY = 'Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==';

/**
 * Azurite's Blob service as a child process: in memory, on a port the OS picks on loopback, stopped by `stop`.
 * A real process rather than the programmatic API, so that bot processes and the test talk to the same
 * server over HTTP exactly as they would to Azure.
 */
export class Azurite {
  private constructor(
    private readonly child: ChildProcess,
    readonly port: number,
  ) {}

  get connectionString(): string {
    return `DefaultEndpointsProtocol=http;AccountName=${ACCOUNT};AccountKey=${KEY};BlobEndpoint=http://127.0.0.1:${this.port}/${ACCOUNT};`;
  }

  static async start(): Promise<Azurite> {
    const main = require.resolve('azurite/dist/src/blob/main.js');
    // In-memory persistence still wants a working directory for nothing in particular: keep it out of the repo.
    const cwd = mkdtempSync(join(tmpdir(), 'overlegbot-azurite-'));
    const child = spawn(
      process.execPath,
      [
        main,
        '--inMemoryPersistence',
        '--extentMemoryLimit',
        '256',
        '--blobHost',
        '127.0.0.1',
        '--blobPort',
        '0',
        '--skipApiVersionCheck',
        '--loose',
        '--disableTelemetry',
      ],
      { cwd, stdio: ['ignore', 'pipe', 'pipe'] },
    );
    let output = '';
    const port = await new Promise<number>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`Azurite did not start in 15 s:\n${output}`)), 15_000);
      const onData = (d: Buffer) => {
        output += String(d);
        const m = /successfully listens on http:\/\/127\.0\.0\.1:(\d+)/.exec(output);
        if (m) {
          clearTimeout(timer);
          // Keep draining the pipes: a full pipe would block Azurite once its access log fills it.
          child.stdout!.off('data', onData);
          child.stdout!.resume();
          resolve(Number(m[1]));
        }
      };
      child.stdout!.on('data', onData);
      child.stderr!.on('data', (d: Buffer) => (output += String(d)));
      child.once('exit', (code) => {
        clearTimeout(timer);
        reject(new Error(`Azurite exited (${code}) before listening:\n${output}`));
      });
    });
    return new Azurite(child, port);
  }

  /** A container name no other test uses (3–63 lowercase letters, digits and dashes). */
  static containerName(label = 't'): string {
    return `${label}-${randomBytes(6).toString('hex')}`
      .toLowerCase()
      .replace(/[^a-z0-9-]/g, '-')
      .slice(0, 63);
  }

  /** A BlobStorage on a new, empty container. */
  async storage(container = Azurite.containerName()): Promise<BlobStorage> {
    const storage = new BlobStorage(BlobServiceClient.fromConnectionString(this.connectionString).getContainerClient(container));
    await storage.ensureContainer();
    return storage;
  }

  /** The environment a bot process or the CLI needs to use this Azurite's container `container`. */
  env(container: string): Record<string, string> {
    return { STORAGE: 'blob', AZURE_STORAGE_CONNECTION_STRING: this.connectionString, AZURE_STORAGE_CONTAINER: container };
  }

  async stop(): Promise<void> {
    if (this.child.exitCode !== null || this.child.signalCode !== null) return;
    const exited = once(this.child, 'exit');
    this.child.kill('SIGTERM');
    await exited;
  }
}

/** Starts one Azurite for the enclosing `describe` and stops it afterwards; read `.current` inside tests. */
export function useAzurite(): { current: Azurite } {
  const ref = {} as { current: Azurite };
  before(async function () {
    this.timeout(20_000);
    ref.current = await Azurite.start();
  });
  after(async () => {
    await ref.current?.stop();
  });
  return ref;
}
