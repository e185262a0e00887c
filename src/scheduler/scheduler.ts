import { Logger } from 'pino';
import { Links } from '../present/links';
import { addDays } from '../domain/localDate';
import {
  duePosts,
  MeetingSubmissions,
  PlannedPost,
  planLateReplies,
  planUnreachableNotices,
  PostTarget,
  SentBundle,
  UnreachableConversation,
} from '../domain/reminders';
import { lastSubmission } from '../domain/pitches';
import { localDateAt, zonedInstant } from '../domain/zonedTime';
import { CalendarService } from '../services/calendarService';
import { PitchService } from '../services/pitchService';
import { PlanSnapshot, ReminderPlanService } from '../services/reminderPlanService';
import { Repositories, StoredReference, UserPrefs } from '../store/repositories';
import { claimDecision, nextRetry, nextSettledMark } from '../domain/claims';
import { ClaimDoc, Claims } from '../store/claimRepository';
import { LeaderLease } from './leader';
import { Notifier, threadReference } from './notifier';
import { renderPost } from './postContent';
import { postDelivery } from './postDelivery';
import { RosterReach } from './rosterReach';

export interface SchedulerDeps {
  calendar: CalendarService;
  pitches: PitchService;
  planner: ReminderPlanService;
  repos: Repositories;
  claims: Claims;
  notifier: Notifier;
  links: Links;
  clock: () => Date;
  logger: Logger;
  /** Opens a 1:1 chat with a lead found in a team roster, for people the bot has no chat with yet. */
  rosterReach?: RosterReach;
  /**
   * With several instances on one store: only the holder of this lease ticks on the timer. Ticks called
   * directly (tests, the benchmark) do not ask it.
   */
  leader?: LeaderLease;
  /** How far back a tick looks for missed posts (days); longer than any grace period. Changed only by the benchmark. */
  lookbackDays?: number;
}

type KnownReference = StoredReference & { conversationId: string };

/** How long after start the first tick runs (see `Scheduler.start`). */
const FIRST_TICK_MS = 1_000;

/** How far back a tick looks for missed posts; longer than any grace period of a kind. */
const LOOKBACK_DAYS = 8;

/** What the send stages of a tick work from: read once, at the start of the tick. */
interface TickStage {
  snapshot: PlanSnapshot;
  refs: KnownReference[];
  prefs: Map<string, UserPrefs>;
}

/** What became of one due post that this instance claimed. */
export type Delivery =
  | { outcome: 'sent'; parts: number; messageId?: string }
  | { outcome: 'no-conversation'; retryAt: Date; attempts: number }
  | { outcome: 'muted' }
  | { outcome: 'nothing-to-say' }
  | { outcome: 'unreachable'; conversationId: string; status: 403 | 404 }
  | { outcome: 'retry-later'; error: string };

export interface TickReport {
  sent: string[];
  skipped: string[];
  /** Every claimed post with what became of it. */
  deliveries: { key: string; delivery: Delivery }[];
}

const identitiesOf = (r: StoredReference) => (r.identities ?? [r.userId ?? '']).map((x) => x.toLowerCase());

/**
 * The posts that follow from what earlier posts recorded, pure: a late pitch's reply in the thread of each
 * bundle recorded as sent (with its message id), from the pitches in the snapshot.
 */
function planFollowUps(snapshot: PlanSnapshot, docs: ReadonlyMap<string, ClaimDoc>): PlannedPost[] {
  const bundles: SentBundle[] = [];
  for (const p of snapshot.posts) {
    if (p.kind !== 'bundle' || !p.target.conversationId) continue;
    const doc = docs.get(p.key);
    if (doc?.state !== 'sent' || !doc.detail) continue;
    bundles.push({
      groupId: p.groupId,
      originalDate: p.originalDate,
      conversationId: p.target.conversationId,
      rootId: doc.detail,
      asOf: new Date(doc.asOf ?? doc.at),
    });
  }
  if (bundles.length === 0) return [];
  const meetings: MeetingSubmissions[] = [...snapshot.meetings.values()].map((m) => ({
    groupId: m.group.id,
    originalDate: m.occurrence.originalDate,
    end: m.occurrence.end,
    submitted: [...m.pitches.values()].flatMap((pitch) => {
      const s = lastSubmission(pitch);
      return s ? [{ themeId: pitch.themeId, ...s }] : [];
    }),
  }));
  return planLateReplies(bundles, meetings);
}

/** The conversations marked unreachable since `since`, with what their notice needs (older ones were told already). */
function unreachableSince(refs: readonly KnownReference[], since: Date): UnreachableConversation[] {
  return refs.flatMap((r) =>
    r.unreachable && r.unreachableSince && r.unreachableFor && Date.parse(r.unreachableSince) >= since.getTime()
      ? [
          {
            conversationId: r.conversationId,
            since: new Date(r.unreachableSince),
            groupIds: r.unreachableFor.groupIds,
            where: { kind: r.kind, ...(r.names ? { names: r.names } : {}) },
          },
        ]
      : [],
  );
}

/** The stored chat for a target, if any (no network). */
function knownReference(target: PostTarget, refs: KnownReference[]): KnownReference | undefined {
  if (target.kind === 'channel') return refs.find((r) => r.conversationId === target.conversationId);
  const person = target.person.toLowerCase();
  return refs.find((r) => r.kind === 'personal' && identitiesOf(r).includes(person));
}

/**
 * A tick in stages: plan (from the stored state, with the pure planner) → split due / superseded / expired →
 * read every claim of the window at once → settle what will never be sent (once) → claim or take over what
 * is due → render → send → record. The timer only wakes it; every decision comes from the stored state, so
 * a restart or a second instance changes nothing.
 *
 * Delivery: a claim carries a lease that the sender renews while it sends (through a 429 back-off of minutes,
 * too). A claim whose lease ran out without a record of the send — its process was killed — is taken over by
 * the next tick of any instance. So every kind of post is at-least-once within its grace period, and a
 * duplicate is possible only for the activity that was in flight when the process died (the connector had
 * accepted it, the record had not been written); posts of several activities (a long bundle) resume after
 * the last accepted one.
 */
export class Scheduler {
  private timer?: NodeJS.Timeout;
  private first?: NodeJS.Timeout;
  private running?: Promise<void>;

  constructor(private readonly deps: SchedulerDeps) {}

  /**
   * Ticks every `intervalMs`, the first time `firstTickMs` after start: a process that has just started answers its
   * health probe and first messages before it catches up on missed posts (the first tick loads the holiday rules and
   * reads the whole snapshot). Missed posts keep their grace periods, so a second's wait loses nothing.
   */
  start(intervalMs = 60_000, firstTickMs = FIRST_TICK_MS): void {
    this.first = setTimeout(() => void this.tickSafely(), Math.min(firstTickMs, intervalMs));
    this.first.unref();
    this.timer = setInterval(() => void this.tickSafely(), intervalMs);
    this.timer.unref();
  }

  async stop(): Promise<void> {
    if (this.first) clearTimeout(this.first);
    if (this.timer) clearInterval(this.timer);
    await this.running;
    await this.deps.leader?.release();
  }

  private async tickSafely(): Promise<void> {
    if (this.running) return; // one tick at a time in this process
    const leader = this.deps.leader;
    this.running = (leader ? leader.acquire() : Promise.resolve(true))
      .then((leading) => (leading ? this.tick() : undefined))
      .then(
        () => undefined,
        (e: unknown) => this.deps.logger.error({ event: 'scheduler-error', err: { message: (e as Error).message } }, 'scheduler tick failed'),
      );
    await this.running;
    this.running = undefined;
  }

  /** One pass; returns what it did (for tests and logs). */
  async tick(now: Date = this.deps.clock()): Promise<TickReport> {
    const { claims, logger } = this.deps;
    // The tick's own clock: `now` moved on by the time the tick has taken, so that leases written late in a
    // long tick (a fan-out under rate limits) still run their full length, with a real or a fake clock.
    const t0 = performance.now();
    const at = () => new Date(now.getTime() + (performance.now() - t0));

    const today = localDateAt(now, this.deps.calendar.zone);
    const from = addDays(today, -(this.deps.lookbackDays ?? LOOKBACK_DAYS));
    // Every known conversation comes with the snapshot, from one index document (not a listing and a read of
    // each, nor a read per post); the unreachable ones are planned a notice from. Copied: a chat opened from a
    // roster in this tick is added to it.
    const snapshot = await this.deps.planner.snapshot(from, today, { references: true, skipSettled: true });
    const refs = [...(snapshot.references ?? [])];
    const planned = duePosts(snapshot.posts, now);
    const keysOf = (d: ReturnType<typeof duePosts>) => [...d.due, ...d.superseded.map((s) => s.post), ...d.expired].map((p) => p.key);
    // One read for the claims of every post in the window, whatever its state.
    const docs = await claims.readMany(keysOf(planned));
    // Follow-ups derived from what was recorded (late pitches in the threads of sent bundles, the coordinators'
    // notices about conversations marked unreachable), and their claims in one more read.
    const since = zonedInstant(from, '00:00', this.deps.calendar.zone);
    const followUps = duePosts(
      [...planFollowUps(snapshot, docs), ...planUnreachableNotices(unreachableSince(refs, since), (g) => this.deps.calendar.group(g)?.coordinators ?? [])],
      now,
    );
    for (const [k, d] of await claims.readMany(keysOf(followUps))) docs.set(k, d);
    const due = [...planned.due, ...followUps.due];
    const superseded = [...planned.superseded, ...followUps.superseded];
    const expired = [...planned.expired, ...followUps.expired];

    // Recorded once: the next tick finds the claim and neither writes nor logs again.
    for (const p of expired) {
      if (docs.has(p.key)) continue;
      if (await claims.settle(p.key, 'dropped', now, 'grace period over'))
        logger.info({ event: 'post-dropped', key: p.key, at: p.at.toISOString() }, 'missed post dropped after its grace period');
    }
    for (const { post: p, by } of superseded) {
      if (docs.has(p.key)) continue;
      if (await claims.settle(p.key, 'superseded', now, `superseded by ${by.offset}`))
        logger.info(
          { event: 'post-superseded', key: p.key, by: by.key },
          'an earlier offset of a reminder that is due together with a later one: only the later is sent',
        );
    }

    // Every post that had expired by now is decided: later ticks need not plan or read it again.
    const mark = nextSettledMark(snapshot.settledBefore, now);
    if (mark) await claims.markSettled(mark);

    const report: TickReport = { sent: [], skipped: [], deliveries: [] };
    // And the preferences (language, muted) of everyone a due personal reminder is for, in one read.
    const personalRefs = due.map((p) => (p.target.kind === 'personal' ? knownReference(p.target, refs) : undefined));
    const prefs = await this.deps.repos.userPrefsOf(personalRefs.flatMap((r) => (r?.userId ? [r.userId] : [])));
    const stage: TickStage = { snapshot, refs, prefs };
    for (const p of due) {
      const doc = docs.get(p.key);
      const ref = knownReference(p.target, refs);
      const decision = claimDecision(doc, now, !!ref && !ref.unreachable, claims.leaseMs);
      if (decision === 'skip') continue;
      if (decision === 'claim' ? !(await claims.claim(p.key, at())) : !(await claims.takeOver(doc!, at()))) continue;
      if (decision === 'take-over' && doc!.state === 'claimed') {
        logger.warn(
          { event: 'claim-taken-over', key: p.key, from: doc!.by, leaseUntil: doc!.leaseUntil, parts: doc!.parts ?? 0 },
          'took over a post whose sender stopped renewing its claim',
        );
      }
      const delivery = await this.deliverHolding(p, now, at, stage, decision === 'take-over' ? doc : undefined);
      report.deliveries.push({ key: p.key, delivery });
      (delivery.outcome === 'sent' ? report.sent : report.skipped).push(p.key);
    }
    return report;
  }

  /** Delivers while renewing the claim's lease, so that no other instance takes over a post still being sent. */
  private async deliverHolding(p: PlannedPost, now: Date, at: () => Date, stage: TickStage, previous: ClaimDoc | undefined): Promise<Delivery> {
    const { claims, logger } = this.deps;
    const beat = setInterval(
      () => {
        void claims.renew(p.key, at()).then(
          (mine) => mine || logger.warn({ event: 'claim-lost', key: p.key }, 'the claim was taken over while this instance was still sending'),
          (e: unknown) => logger.warn({ event: 'claim-renew-failed', key: p.key, err: { message: (e as Error).message } }, 'could not renew a claim'),
        );
      },
      Math.max(50, claims.leaseMs / 3),
    );
    beat.unref();
    try {
      return await this.deliver(p, now, at, stage, previous);
    } finally {
      clearInterval(beat);
    }
  }

  private async reference(p: PlannedPost, refs: KnownReference[]): Promise<KnownReference | undefined> {
    const known = knownReference(p.target, refs);
    if (known || p.target.kind === 'channel' || !this.deps.rosterReach) return known;
    const person = p.target.person.toLowerCase();
    const opened = await this.deps.rosterReach.open(person, refs).catch((e: unknown) => {
      this.deps.logger.warn({ event: 'conversation-create-failed', person, err: { message: (e as Error).message } }, 'could not open a personal chat');
      return undefined;
    });
    // The next post to this person in the same tick uses the chat just opened.
    if (opened) refs.push(opened);
    return opened;
  }

  private async deliver(p: PlannedPost, now: Date, at: () => Date, stage: TickStage, previous: ClaimDoc | undefined): Promise<Delivery> {
    const { claims, logger, notifier, repos } = this.deps;
    const ref = await this.reference(p, stage.refs);
    if (!ref || ref.unreachable) {
      // Not final: a lead who writes to the bot (or whom a roster lists) later still gets it within its grace.
      const attempts = (previous?.state === 'no-conversation' ? (previous.attempts ?? 1) : 0) + 1;
      // From the tick's instant, so that retries line up with ticks rather than drift by a tick's duration.
      const retryAt = nextRetry(now, attempts);
      await claims.record(p.key, 'no-conversation', at(), { retryAt, attempts });
      logger.info(
        { event: 'post-no-conversation', key: p.key, retryAt: retryAt.toISOString(), attempts },
        ref ? 'conversation unreachable' : 'no conversation to post in (yet)',
      );
      return { outcome: 'no-conversation', retryAt, attempts };
    }
    // A chat opened from the roster in this tick is not in the batch read: read its (new) person's preferences.
    const prefs = ref.kind === 'personal' && ref.userId ? (stage.prefs.get(ref.userId) ?? (await repos.getUserPrefs(ref.userId))) : undefined;
    const how = postDelivery(p);
    if (how.mutable && prefs?.remindersMuted) {
      await claims.record(p.key, 'dropped', at(), { detail: 'muted by the person' });
      return { outcome: 'muted' };
    }
    const lang = prefs?.language ?? 'nl';
    const activities = renderPost(p, stage.snapshot, this.deps, lang, at());
    if (activities.length === 0) {
      await claims.record(p.key, 'dropped', at(), { detail: 'nothing to say any more' });
      return { outcome: 'nothing-to-say' };
    }
    // A takeover resumes after the parts the connector already accepted.
    const done = previous?.parts ?? 0;
    let firstId = done > 0 ? previous?.detail : undefined;
    try {
      // A late pitch goes in its bundle's thread.
      const reference = how.thread ? threadReference(ref.reference, how.thread) : ref.reference;
      for (let i = done; i < activities.length; i++) {
        const sent = await notifier.send(reference, activities[i]);
        if (sent.outcome === 'unreachable') {
          // The coordinators are told from this record on the next tick (not about a notice that was refused: no cascade).
          const where = ref.kind === 'personal' && p.target.kind === 'personal' ? p.target.person : ref.conversationId;
          await repos.markUnreachable(ref.conversationId, at(), how.tellsCoordinatorsOf.length ? { groupIds: how.tellsCoordinatorsOf, where } : undefined);
          ref.unreachable = true;
          await claims.record(p.key, 'unreachable', at());
          logger.warn(
            { event: 'conversation-unreachable', conversation: ref.conversationId, key: p.key },
            'conversation unreachable (403/404): stopped sending there',
          );
          return { outcome: 'unreachable', conversationId: ref.conversationId, status: sent.status };
        }
        firstId ??= sent.id;
        // Only posts of several activities need to remember how far they got.
        if (i + 1 < activities.length) await claims.progress(p.key, i + 1, at(), firstId);
      }
    } catch (e) {
      await claims.release(p.key, at());
      logger.warn({ event: 'post-retry-later', key: p.key, err: { message: (e as Error).message } }, 'send failed; will retry');
      return { outcome: 'retry-later', error: (e as Error).message };
    }
    // The bundle's message id, so that late pitches can be added as replies in its thread.
    // And the instant of the state it was rendered from: pitches submitted after it are replies in that thread.
    await claims.record(p.key, 'sent', at(), how.keepsMessageId && firstId ? { detail: firstId, asOf: now } : {});
    logger.info({ event: 'post-sent', key: p.key, kind: p.kind }, 'post sent');
    return { outcome: 'sent', parts: activities.length, ...(firstId ? { messageId: firstId } : {}) };
  }
}
