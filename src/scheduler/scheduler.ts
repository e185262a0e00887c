import { Logger } from 'pino';
import { Links } from '../present/links';
import { addDays } from '../domain/localDate';
import { duePosts, PlannedPost } from '../domain/reminders';
import { localDateAt } from '../domain/zonedTime';
import { CalendarService } from '../services/calendarService';
import { PitchService } from '../services/pitchService';
import { ReminderPlanService } from '../services/reminderPlanService';
import { Repositories, StoredReference } from '../store/repositories';
import { Claims } from './claims';
import { Notifier } from './notifier';
import { renderPost } from './postContent';
import { RosterReach } from './rosterReach';
import { messagesFor } from '../i18n/catalogue';
import { bundleCards } from '../present/cards/bundleCards';
import { cardActivity } from '../present/activity';
import { bundleView } from '../present/pitchViews';

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
}

type KnownReference = StoredReference & { conversationId: string };

/** How far back a tick looks for missed posts; longer than any grace period of a kind. */
const LOOKBACK_DAYS = 8;

/**
 * due → claim → send → record. The timer only wakes it; every decision comes from the stored state and the
 * pure planner, so a restart or a second instance changes nothing. Delivery is at-most-once per post: a crash
 * after the claim and before the send loses that one post (logged as claimed, never sent); a transient send
 * failure releases the claim so a later tick retries.
 */
export class Scheduler {
  private timer?: NodeJS.Timeout;
  private running?: Promise<void>;

  constructor(private readonly deps: SchedulerDeps) {}

  start(intervalMs = 60_000): void {
    void this.tickSafely();
    this.timer = setInterval(() => void this.tickSafely(), intervalMs);
    this.timer.unref();
  }

  async stop(): Promise<void> {
    if (this.timer) clearInterval(this.timer);
    await this.running;
  }

  private async tickSafely(): Promise<void> {
    if (this.running) return; // one tick at a time in this process
    this.running = this.tick().then(() => undefined, (e: unknown) => this.deps.logger.error({ event: 'scheduler-error', err: { message: (e as Error).message } }, 'scheduler tick failed'));
    await this.running;
    this.running = undefined;
  }

  /** One pass; returns what it did (for tests and logs). */
  async tick(now: Date = this.deps.clock()): Promise<{ sent: string[]; skipped: string[] }> {
    const zone = this.deps.calendar.zone;
    const today = localDateAt(now, zone);
    const planned = await this.deps.planner.plan(addDays(today, -LOOKBACK_DAYS), today);
    const { due, expired } = duePosts(planned, now);
    const sent: string[] = [];
    const skipped: string[] = [];
    for (const p of expired) {
      // Recorded once, so the log line about a dropped reminder appears once.
      if (await this.deps.claims.claim(p.key, now)) {
        await this.deps.claims.record(p.key, 'dropped', now, 'grace period over');
        this.deps.logger.info({ event: 'post-dropped', key: p.key, at: p.at.toISOString() }, 'missed post dropped after its grace period');
      }
    }
    // Read once per tick, not once per post: a fan-out to hundreds of leads would otherwise re-read them all each time.
    const refs = due.length ? await this.deps.repos.listReferences() : [];
    for (const p of due) {
      if (!(await this.deps.claims.claim(p.key, now))) continue;
      const outcome = await this.deliver(p, now, refs);
      (outcome === 'sent' ? sent : skipped).push(p.key);
    }
    return { sent, skipped };
  }

  private async reference(p: PlannedPost, refs: KnownReference[]): Promise<KnownReference | undefined> {
    if (p.target.kind === 'channel') return refs.find((r) => r.conversationId === (p.target as { conversationId: string }).conversationId);
    const person = p.target.person.toLowerCase();
    const known = refs.find((r) => r.kind === 'personal' && (r.identities ?? [r.userId ?? '']).map((x) => x.toLowerCase()).includes(person));
    if (known || !this.deps.rosterReach) return known;
    const opened = await this.deps.rosterReach.open(person).catch((e: unknown) => {
      this.deps.logger.warn({ event: 'conversation-create-failed', person, err: { message: (e as Error).message } }, 'could not open a personal chat');
      return undefined;
    });
    // The next post to this person in the same tick uses the chat just opened.
    if (opened) refs.push(opened);
    return opened;
  }

  /**
   * A pitch submitted after its bundle went out: added as a reply in the bundle's thread, in every channel
   * where the bundle was posted. Once per pitch revision.
   */
  async lateBundleReply(groupId: string, originalDate: string, themeId: string, revision: number, now: Date): Promise<number> {
    const { calendar, claims, repos, notifier, pitches, logger } = this.deps;
    const group = calendar.group(groupId);
    const occurrence = group ? await calendar.occurrenceOn(groupId, originalDate) : undefined;
    if (!group || !occurrence) return 0;
    let replies = 0;
    for (const b of (await repos.listBindings()).filter((x) => x.groupId === groupId)) {
      const bundleClaim = await claims.get(`${groupId}/${originalDate}/bundle/D/channel:${b.conversationId}`);
      const ref = await repos.getReference(b.conversationId);
      if (bundleClaim?.state !== 'sent' || !bundleClaim.detail || !ref || ref.unreachable) continue;
      if (!(await claims.claim(`late/${groupId}/${originalDate}/${themeId}/${revision}/${b.conversationId}`, now))) continue;
      const bundle = await pitches.bundle(group, occurrence);
      const item = bundle.items.find((i) => i.theme.id === themeId && i.answers);
      if (!item) continue;
      const msgs = messagesFor('nl');
      const zone = calendar.zone;
      const view = bundleView({ ...bundle, items: [item], asks: [], missing: [] }, group.name, msgs.shortDate(occurrence, { zone }), msgs, zone, 'nl');
      const [card] = bundleCards({ ...view, title: msgs.bundleLateTitle(item.theme.name) });
      // Replying in a channel thread: the conversation id with the root message's id.
      const thread = { ...ref.reference, conversation: { ...ref.reference.conversation!, id: `${b.conversationId};messageid=${bundleClaim.detail}` } };
      const sent = await notifier.sendWithId(thread, cardActivity(card)).catch((e: unknown) => {
        logger.warn({ event: 'late-reply-failed', err: { message: (e as Error).message } }, 'could not add a late pitch to the bundle thread');
        return { result: 'failed' as const };
      });
      if (sent.result === 'sent') replies++;
    }
    return replies;
  }

  /** Once per unreachable conversation, in the personal chats of the group's coordinators that the bot has. */
  private async tellCoordinators(p: PlannedPost, ref: StoredReference & { conversationId: string }, now: Date): Promise<void> {
    const { claims, calendar, repos, notifier, logger } = this.deps;
    if (!(await claims.claim(`notice/unreachable/${ref.conversationId}`, now))) return;
    const group = calendar.group(p.groupId.split('+')[0]);
    if (!group) return;
    const wanted = new Set(group.coordinators.map((c) => c.toLowerCase()));
    const where = ref.kind === 'personal' ? (p.target.kind === 'personal' ? p.target.person : ref.conversationId) : ref.conversationId;
    for (const r of await repos.listReferences()) {
      if (r.kind !== 'personal' || r.unreachable || !(r.identities ?? [r.userId ?? '']).some((x) => wanted.has(x.toLowerCase()))) continue;
      const lang = r.userId ? ((await repos.getUserPrefs(r.userId)).language ?? 'nl') : 'nl';
      await notifier.send(r.reference, { type: 'message', text: messagesFor(lang).unreachableNotice(group.name, where) }).catch((e: unknown) =>
        logger.warn({ event: 'notice-failed', err: { message: (e as Error).message } }, 'could not tell a coordinator'),
      );
    }
  }

  private async deliver(p: PlannedPost, now: Date, refs: KnownReference[]): Promise<string> {
    const { claims, logger, notifier, repos } = this.deps;
    const ref = await this.reference(p, refs);
    if (!ref || ref.unreachable) {
      await claims.record(p.key, 'no-conversation', now);
      logger.info({ event: 'post-no-conversation', key: p.key }, ref ? 'conversation unreachable' : 'no conversation to post in');
      return 'no-conversation';
    }
    const prefs = ref.kind === 'personal' && ref.userId ? await repos.getUserPrefs(ref.userId) : undefined;
    if (p.kind === 'deadline-personal' && prefs?.remindersMuted) {
      await claims.record(p.key, 'dropped', now, 'muted by the person');
      return 'muted';
    }
    const lang = prefs?.language ?? 'nl';
    const activities = await renderPost(p, this.deps, lang);
    if (activities.length === 0) {
      await claims.record(p.key, 'dropped', now, 'nothing to say any more');
      return 'dropped';
    }
    let firstId: string | undefined;
    try {
      for (const a of activities) {
        const sent = await notifier.sendWithId(ref.reference, a);
        firstId ??= sent.id;
        if (sent.result === 'unreachable') {
          await repos.markUnreachable(ref.conversationId);
          ref.unreachable = true;
          await claims.record(p.key, 'unreachable', now);
          logger.warn({ event: 'conversation-unreachable', conversation: ref.conversationId, key: p.key }, 'conversation unreachable (403/404): stopped sending there');
          await this.tellCoordinators(p, ref, now);
          return 'unreachable';
        }
      }
    } catch (e) {
      await claims.release(p.key);
      logger.warn({ event: 'post-retry-later', key: p.key, err: { message: (e as Error).message } }, 'send failed; will retry');
      return 'retry';
    }
    // The bundle's message id, so that late pitches can be added as replies in its thread.
    await claims.record(p.key, 'sent', now, p.kind === 'bundle' ? firstId : undefined);
    logger.info({ event: 'post-sent', key: p.key, kind: p.kind }, 'post sent');
    return 'sent';
  }
}
