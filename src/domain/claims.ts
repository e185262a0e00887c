/**
 * A claim: the record, one per planned post, of who sends it and what became of it. The rules deciding
 * whether a tick may send a post are pure and live here; the documents and their storage are in
 * src/store/claimRepository.ts.
 *
 * - `claimed`: an instance is sending it; only until `leaseUntil`, which the sender keeps extending.
 * - `no-conversation`: nowhere to send it yet; tried again at `retryAt`, or as soon as a chat is known.
 * - `sent`, `dropped`, `superseded`, `unreachable`: final.
 */
export type ClaimState = 'claimed' | 'sent' | 'dropped' | 'superseded' | 'unreachable' | 'no-conversation';

export interface Claim {
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

export type ClaimDecision = 'claim' | 'take-over' | 'skip';

/** How long a claim is held without renewal; the sender renews it every third of this while it sends. */
export const DEFAULT_LEASE_MS = 120_000;

/** First wait before looking for a lead's chat again; doubles per attempt up to an hour (roster look-ups cost requests). */
export const NO_CONVERSATION_RETRY_MS = 5 * 60_000;

/**
 * Whether this tick may send a due post, given its claim as read at the start of the tick.
 * A `claimed` post whose lease ran out was never recorded as sent: its sender died (or hung) between claim
 * and record, and the post is taken over. Claims written before leases existed expire `leaseMs` after `at`.
 */
export function claimDecision(doc: Claim | undefined, now: Date, conversationKnown: boolean, leaseMs = DEFAULT_LEASE_MS): ClaimDecision {
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

/**
 * How far behind a tick's clock the settled mark stays (see SettledPosts): posts whose grace ended before it
 * are not planned again. A day, so that instances whose clocks disagree (or a test's fake clock that steps
 * back a few hours) never skip a post that is still due for them.
 */
export const SETTLED_MARGIN_MS = 24 * 3_600_000;

/** The settled mark is written at most this often (a write per tick would cost a round trip per tick). */
export const SETTLED_STEP_MS = 3_600_000;

/**
 * The settled mark after a tick at `now` decided every post that had expired by then (sent, recorded or
 * settled), or undefined when the stored `previous` mark is recent enough to keep.
 */
export function nextSettledMark(previous: Date | undefined, now: Date): Date | undefined {
  const next = new Date(now.getTime() - SETTLED_MARGIN_MS);
  return previous && next.getTime() - previous.getTime() < SETTLED_STEP_MS ? undefined : next;
}

/** When to look for a person's chat again after `attempts` looks found none. */
export function nextRetry(now: Date, attempts: number): Date {
  return new Date(now.getTime() + Math.min(NO_CONVERSATION_RETRY_MS * 2 ** Math.max(0, attempts - 1), 60 * 60_000));
}
