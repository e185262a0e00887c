import { StoreItem } from 'botbuilder';
import { Logger } from 'pino';
import { ConditionalStorage, EtagConflictError } from '../store/conditionalStorage';
import { Versioned } from '../store/documents';
import { keys } from '../store/keys';
import { decodeDoc } from '../store/codecs';

/** The lease document at the current schemaVersion (see codecs.ts), or undefined. */
const decoded = <T>(key: string, raw: unknown): T | undefined => (raw ? decodeDoc<T>(key, raw) : undefined);

/** Who runs the reminder scheduler, until when. One document for the whole deployment. */
export interface LeaderDoc extends Versioned {
  holder: string;
  /** ISO instant after which another instance may take the lease. */
  until: string;
  /** Since when this holder has held it without a break (for logs). */
  since: string;
}

const isConflict = (e: unknown) => e instanceof EtagConflictError || (e instanceof Error && /eTag conflict/i.test(e.message));

/**
 * One scheduler leader among several instances, as a lease document in the store itself: taken with
 * create-if-absent, or with a compare-and-swap on its eTag once it has expired, and renewed by its holder
 * every third of its length. The same for SQLite and Blob Storage, and needing nothing but the storage
 * contract. With a lease as long as the tick interval, another instance takes over within two intervals
 * after the holder died (its lease runs out within one, the next tick of the other comes within another).
 *
 * The lease only saves work and requests: two instances that both think they lead (a clock jump, a stalled
 * process whose lease ran out mid-tick) still send every post once, because the per-post claims decide that.
 */
export class LeaderLease {
  private held = false;
  private beat?: NodeJS.Timeout;
  private inFlight?: Promise<boolean>;

  constructor(
    private readonly storage: ConditionalStorage,
    readonly instance: string,
    readonly leaseMs: number,
    private readonly clock: () => Date,
    private readonly logger?: Logger,
  ) {}

  get isLeader(): boolean {
    return this.held;
  }

  /**
   * Takes or renews the lease; true while this instance holds it. Calls from the tick and the heartbeat are
   * joined, so that they do not race each other on the eTag and report a loss that did not happen.
   */
  acquire(): Promise<boolean> {
    this.inFlight ??= this.attempt().finally(() => (this.inFlight = undefined));
    return this.inFlight;
  }

  private async attempt(): Promise<boolean> {
    const now = this.clock();
    const key = keys.schedulerLeader;
    let current: (LeaderDoc & { eTag?: string }) | undefined;
    let won = false;
    try {
      current = decoded<LeaderDoc & { eTag?: string }>(key, (await this.storage.read([key]))[key]);
      const mine = current?.holder === this.instance;
      const next: LeaderDoc = {
        schemaVersion: 1,
        holder: this.instance,
        until: new Date(now.getTime() + this.leaseMs).toISOString(),
        since: mine && this.held ? current!.since : now.toISOString(),
      };
      if (!current) won = await this.storage.create(key, next as unknown as StoreItem);
      else if (!mine && Date.parse(current.until) > now.getTime()) won = false;
      else won = await this.swap(key, next, current.eTag);
    } catch (e) {
      // The store did not answer: keep what we believe until the lease would have run out anyway.
      this.logger?.warn({ event: 'leader-lease-error', err: { message: (e as Error).message } }, 'could not renew the scheduler lease');
      return this.held;
    }
    this.settle(won, current);
    return won;
  }

  private async swap(key: string, next: LeaderDoc, eTag: string | undefined): Promise<boolean> {
    try {
      await this.storage.write({ [key]: { ...next, eTag: eTag ?? '*' } as unknown as StoreItem });
      return true;
    } catch (e) {
      if (isConflict(e)) return false; // another instance renewed or took it in between
      throw e;
    }
  }

  private settle(won: boolean, previous: LeaderDoc | undefined): void {
    if (won && !this.held) {
      this.held = true;
      const takeover = previous && previous.holder !== this.instance ? { from: previous.holder, expiredAt: previous.until } : {};
      this.logger?.info(
        { event: 'leader-acquired', instance: this.instance, leaseMs: this.leaseMs, ...takeover },
        'this instance now runs the reminder scheduler',
      );
      this.beat = setInterval(() => void this.acquire(), Math.max(50, Math.floor(this.leaseMs / 3)));
      this.beat.unref();
    } else if (!won && this.held) {
      this.stopBeat();
      this.held = false;
      this.logger?.warn({ event: 'leader-lost', instance: this.instance }, 'another instance runs the reminder scheduler now');
    }
  }

  private stopBeat(): void {
    if (this.beat) clearInterval(this.beat);
    this.beat = undefined;
  }

  /** On shutdown: lets the lease expire now, so another instance takes over at its next tick, not a lease later. */
  async release(): Promise<void> {
    this.stopBeat();
    await this.inFlight?.catch(() => undefined);
    if (!this.held) return;
    this.held = false;
    const key = keys.schedulerLeader;
    try {
      const current = decoded<LeaderDoc & { eTag?: string }>(key, (await this.storage.read([key]))[key]);
      if (current?.holder !== this.instance) return;
      await this.swap(key, { ...current, until: this.clock().toISOString(), schemaVersion: 1 }, current.eTag);
    } catch (e) {
      this.logger?.warn(
        { event: 'leader-release-error', err: { message: (e as Error).message } },
        'could not release the scheduler lease; it runs out by itself',
      );
    }
  }
}
