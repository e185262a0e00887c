import { Claim, ClaimState, DEFAULT_LEASE_MS } from '../domain/claims';
import { decodeDoc } from './codecs';
import { ConditionalStorage } from './conditionalStorage';
import { readDoc, updateDoc, Versioned, writeIfMatch } from './documents';
import { keys } from './keys';

export type { ClaimState } from '../domain/claims';

/** A claim as stored (`keys.claim(postKey)`), read through the `claim` codec of codecs.ts. */
export interface ClaimDoc extends Versioned, Claim {}

/**
 * The settled mark (`keys.postsSettled`): every post whose grace ended before `before` is decided, so a tick
 * plans only posts that expire after it. Without it a tick would re-read the claim of every post in its
 * lookback window, every minute, to find them all decided again; with it the reads per tick do not grow with
 * the window. The window itself still bounds what a tick looks at after long downtime (the mark is old then).
 */
export interface SettledDoc extends Versioned {
  before: string;
  by: string;
}

/** A claim as read, with the eTag a takeover swaps on. */
export type StoredClaim = ClaimDoc & { eTag: string };

/**
 * The claims repository: one document per planned post, created only if absent. Whichever scheduler creates
 * it sends the post; every other one (another process on the same store, or this one after a restart) skips
 * it while the claim's lease runs. Taking over a claim is a compare-and-swap on its eTag, so of several
 * instances that see the same expired lease exactly one wins. What may be taken over is decided by
 * `claimDecision` in the domain.
 */
export class Claims {
  constructor(
    private readonly storage: ConditionalStorage,
    readonly instance: string,
    readonly leaseMs = DEFAULT_LEASE_MS,
  ) {}

  private lease(now: Date): string {
    return new Date(now.getTime() + this.leaseMs).toISOString();
  }

  /** The claims of many posts in one store read (the tick reads them all at once). */
  async readMany(postKeys: readonly string[]): Promise<Map<string, StoredClaim>> {
    if (postKeys.length === 0) return new Map();
    const ks = postKeys.map((k) => keys.claim(k));
    const items = await this.storage.read(ks);
    const out = new Map<string, StoredClaim>();
    postKeys.forEach((k, i) => {
      // Decoded like every other read (eTag kept: the takeover swaps on it).
      const item = items[ks[i]] ? decodeDoc<StoredClaim>(ks[i], items[ks[i]]) : undefined;
      if (item) out.set(k, item);
    });
    return out;
  }

  claim(postKey: string, now: Date): Promise<boolean> {
    const doc: ClaimDoc = { schemaVersion: 1, key: postKey, state: 'claimed', by: this.instance, at: now.toISOString(), leaseUntil: this.lease(now) };
    return this.storage.create(keys.claim(postKey), doc as never);
  }

  /** Creates a claim that is final at once (a post dropped or superseded); false when it already existed. */
  settle(postKey: string, state: Exclude<ClaimState, 'claimed'>, now: Date, detail: string): Promise<boolean> {
    const doc: ClaimDoc = { schemaVersion: 1, key: postKey, state, by: this.instance, at: now.toISOString(), detail };
    return this.storage.create(keys.claim(postKey), doc as never);
  }

  /** Takes over `current` (as read, with its eTag); false when another instance changed it first. */
  takeOver(current: StoredClaim, now: Date): Promise<boolean> {
    const { eTag, retryAt: _r, ...rest } = current;
    const next: ClaimDoc = { ...rest, state: 'claimed', by: this.instance, at: now.toISOString(), leaseUntil: this.lease(now) };
    return writeIfMatch(this.storage, keys.claim(current.key), next, eTag);
  }

  /** Extends this instance's lease while it sends; false when the claim is no longer this instance's. */
  async renew(postKey: string, now: Date): Promise<boolean> {
    const cur = (await this.readMany([postKey])).get(postKey);
    if (!cur || cur.state !== 'claimed' || cur.by !== this.instance) return false;
    const { eTag, ...doc } = cur;
    return writeIfMatch(this.storage, keys.claim(postKey), { ...doc, leaseUntil: this.lease(now) }, eTag);
  }

  /** Notes that the first `parts` activities were accepted, so that a takeover does not send them again. */
  async progress(postKey: string, parts: number, now: Date, firstId?: string): Promise<void> {
    await updateDoc<ClaimDoc>(this.storage, keys.claim(postKey), (cur) => ({
      ...(cur ?? { schemaVersion: 1, key: postKey, state: 'claimed' as const, by: this.instance, at: now.toISOString() }),
      parts,
      leaseUntil: this.lease(now),
      ...(firstId ? { detail: firstId } : {}),
    }));
  }

  async record(postKey: string, state: ClaimState, now: Date, extra: { detail?: string; retryAt?: Date; attempts?: number; asOf?: Date } = {}): Promise<void> {
    await updateDoc<ClaimDoc>(this.storage, keys.claim(postKey), (cur) => {
      const { leaseUntil: _l, retryAt: _r, ...rest } = cur ?? { schemaVersion: 1, key: postKey, by: this.instance };
      return {
        ...(rest as ClaimDoc),
        state,
        by: this.instance,
        at: now.toISOString(),
        ...(extra.detail ? { detail: extra.detail } : {}),
        ...(extra.retryAt ? { retryAt: extra.retryAt.toISOString() } : {}),
        ...(extra.attempts ? { attempts: extra.attempts } : {}),
        ...(extra.asOf ? { asOf: extra.asOf.toISOString() } : {}),
      };
    });
  }

  /**
   * Gives a claim back after a transient failure, so that a later tick (of any instance) tries again: the
   * lease ends now. The document stays, with the parts already accepted, so the retry does not repeat them.
   */
  async release(postKey: string, now: Date): Promise<void> {
    await updateDoc<ClaimDoc>(this.storage, keys.claim(postKey), (cur) => ({
      ...(cur ?? { schemaVersion: 1, key: postKey, state: 'claimed' as const, by: this.instance, at: now.toISOString() }),
      leaseUntil: now.toISOString(),
    }));
  }

  /** Moves the settled mark to `before`, never back (two instances may both write it). */
  async markSettled(before: Date): Promise<void> {
    await updateDoc<SettledDoc>(this.storage, keys.postsSettled, (cur) =>
      cur && Date.parse(cur.before) >= before.getTime() ? cur : { schemaVersion: 1, before: before.toISOString(), by: this.instance },
    );
  }

  get(postKey: string): Promise<ClaimDoc | undefined> {
    return readDoc<ClaimDoc>(this.storage, keys.claim(postKey));
  }
}
