import { StoreItem } from 'botbuilder';
import { ConditionalStorage, EtagConflictError } from '../store/conditionalStorage';
import { readDoc, updateDoc, Versioned } from '../store/documents';
import { decodeDoc } from '../store/codecs';
import { keys } from '../store/keys';

/**
 * - `claimed`: an instance is sending it; only until `leaseUntil`, which the sender keeps extending.
 * - `no-conversation`: nowhere to send it yet; tried again at `retryAt`, or as soon as a chat is known.
 * - `sent`, `dropped`, `superseded`, `unreachable`: final.
 */
export type ClaimState = 'claimed' | 'sent' | 'dropped' | 'superseded' | 'unreachable' | 'no-conversation';

export interface ClaimDoc extends Versioned {
  key: string;
  state: ClaimState;
  by: string;
  at: string;
  /** While `claimed`: after this instant (ISO) another instance may take the post over. */
  leaseUntil?: string;
  /** While `no-conversation`: when to look for a chat (in a team roster) again. */
  retryAt?: string;
  /** How often no conversation was found, for the back-off between roster look-ups. */
  attempts?: number;
  /** Activities of the post the connector has accepted: a takeover resumes after them. */
  parts?: number;
  /** For a bundle, the id of its first message (the root of late-pitch replies); otherwise why it was dropped. */
  detail?: string;
  /**
   * For a sent bundle: the instant of the stored state it was rendered from (the tick's snapshot). A pitch
   * submitted later gets a reply in its thread. Bundles recorded before this field use `at`.
   */
  asOf?: string;
}

export type StoredClaim = ClaimDoc & { eTag: string };

export type ClaimDecision = 'claim' | 'take-over' | 'skip';

/** How long a claim is held without renewal; the sender renews it every third of this while it sends. */
export const DEFAULT_LEASE_MS = 120_000;

/**
 * Whether this tick may send a due post, given its claim as read at the start of the tick. Pure.
 * A `claimed` post whose lease ran out was never recorded as sent: its sender died (or hung) between claim
 * and record, and the post is taken over. Claims written before leases existed expire `leaseMs` after `at`.
 */
export function claimDecision(doc: ClaimDoc | undefined, now: Date, conversationKnown: boolean, leaseMs = DEFAULT_LEASE_MS): ClaimDecision {
  if (!doc) return 'claim';
  if (doc.state === 'claimed') {
    const until = doc.leaseUntil ? Date.parse(doc.leaseUntil) : Date.parse(doc.at) + leaseMs;
    return until <= now.getTime() ? 'take-over' : 'skip';
  }
  if (doc.state === 'no-conversation') {
    const retryAt = doc.retryAt ? Date.parse(doc.retryAt) : Date.parse(doc.at) + NO_CONVERSATION_RETRY_MS;
    return conversationKnown || retryAt <= now.getTime() ? 'take-over' : 'skip';
  }
  return 'skip';
}

/** First wait before looking for a lead's chat again; doubles per attempt up to an hour (roster look-ups cost requests). */
export const NO_CONVERSATION_RETRY_MS = 5 * 60_000;

export function nextRetry(now: Date, attempts: number): Date {
  return new Date(now.getTime() + Math.min(NO_CONVERSATION_RETRY_MS * 2 ** Math.max(0, attempts - 1), 60 * 60_000));
}

/**
 * One document per planned post, created only if absent: whichever scheduler creates it sends the post,
 * every other one (another process on the same store, or this one after a restart) skips it while the
 * claim's lease runs. Taking over a claim is a compare-and-swap on its eTag, so of several instances that
 * see the same expired lease exactly one wins.
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
  async takeOver(current: StoredClaim, now: Date): Promise<boolean> {
    const { eTag, retryAt: _r, ...rest } = current;
    const next: ClaimDoc = { ...rest, state: 'claimed', by: this.instance, at: now.toISOString(), leaseUntil: this.lease(now) };
    try {
      await this.storage.write({ [keys.claim(current.key)]: { ...next, eTag } as StoreItem });
      return true;
    } catch (e) {
      if (e instanceof EtagConflictError || (e instanceof Error && /eTag conflict/i.test(e.message))) return false;
      throw e;
    }
  }

  /** Extends this instance's lease while it sends; false when the claim is no longer this instance's. */
  async renew(postKey: string, now: Date): Promise<boolean> {
    const cur = (await this.readMany([postKey])).get(postKey);
    if (!cur || cur.state !== 'claimed' || cur.by !== this.instance) return false;
    try {
      await this.storage.write({ [keys.claim(postKey)]: { ...cur, leaseUntil: this.lease(now) } as StoreItem });
      return true;
    } catch (e) {
      if (e instanceof EtagConflictError || (e instanceof Error && /eTag conflict/i.test(e.message))) return false;
      throw e;
    }
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

  get(postKey: string): Promise<ClaimDoc | undefined> {
    return readDoc<ClaimDoc>(this.storage, keys.claim(postKey));
  }
}
