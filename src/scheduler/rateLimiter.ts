const IN_FLIGHT = Number.POSITIVE_INFINITY;

/** A limit of `count` sends per `windowMs`. */
export interface Limit {
  count: number;
  windowMs: number;
}

/** Teams' limits for a bot: per conversation 7 per second and 60 per 30 seconds; about 50 per second per tenant. */
export const TEAMS_LIMITS = {
  perConversation: [
    { count: 7, windowMs: 1_000 },
    { count: 60, windowMs: 30_000 },
  ] as Limit[],
  perTenant: [{ count: 50, windowMs: 1_000 }] as Limit[],
};

/**
 * Sliding-window limiter: `acquire` resolves when one more send fits every window of its conversation and
 * of the tenant, and records it. Clock and sleep are injected, so tests run on a fake clock.
 */
export class RateLimiter {
  private readonly sent = new Map<string, number[]>();
  private queue: Promise<void> = Promise.resolve();

  constructor(
    private readonly now: () => number = () => Date.now(),
    private readonly sleep: (ms: number) => Promise<void> = (ms) => new Promise((r) => setTimeout(r, ms)),
    private readonly limits = TEAMS_LIMITS,
    /** Added to every window: requests reach the service with some jitter, so sends are spaced a little wider. */
    private readonly marginMs = 20,
  ) {}

  private waitFor(key: string, limits: Limit[], t: number): number {
    const times = this.sent.get(key) ?? [];
    let wait = 0;
    for (const l of limits) {
      const windowMs = l.windowMs + this.marginMs;
      const recent = times.filter((x) => x > t - windowMs);
      if (recent.length < l.count) continue;
      const ref = recent[recent.length - l.count];
      // A request still in flight holds its slot until it completes: look again shortly.
      wait = Math.max(wait, ref === IN_FLIGHT ? 5 : ref + windowMs - t);
    }
    return wait;
  }

  private record(key: string, t: number): void {
    const keep = this.marginMs + Math.max(...this.limits.perConversation.map((l) => l.windowMs), ...this.limits.perTenant.map((l) => l.windowMs));
    const now = this.now();
    const times = (this.sent.get(key) ?? []).filter((x) => x > now - keep);
    times.push(t);
    this.sent.set(key, times);
  }

  /**
   * Waits for a slot for `conversationId` (in tenant `tenant`); callers are served in order. Call the returned
   * function when the request has completed: the slot then counts from the completion, which is never earlier
   * than the service saw the request, so the service's own window can never see more than the limit.
   */
  acquire(conversationId: string, tenant = 'default'): Promise<() => void> {
    const turn = this.queue.then(async () => {
      for (;;) {
        const t = this.now();
        const wait = Math.max(this.waitFor(`c:${conversationId}`, this.limits.perConversation, t), this.waitFor(`t:${tenant}`, this.limits.perTenant, t));
        if (wait <= 0) break;
        await this.sleep(wait);
      }
      // While in flight a slot is held; it is stamped with the time the request completes.
      const t = this.now();
      const held = [`c:${conversationId}`, `t:${tenant}`];
      for (const key of held) this.record(key, IN_FLIGHT);
      return () => {
        const done = Math.max(t, this.now());
        for (const key of held) {
          const times = this.sent.get(key) ?? [];
          const i = times.indexOf(IN_FLIGHT);
          if (i >= 0) times[i] = done;
          times.sort((a, b) => a - b);
        }
      };
    });
    this.queue = turn.then(
      () => undefined,
      () => undefined,
    );
    return turn;
  }
}
