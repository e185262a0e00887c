/**
 * Fans out personal reminders to 500 leads (500 personal conversations) through the real notifier
 * (TeamsAdapter.continueConversationAsync + the rate limiter) to a local stand-in connector that enforces
 * Teams' limits (7/s and 60/30 s per conversation, 50/s per tenant) and answers 429 beyond them.
 * Prints the time taken against the minimum the limits allow, and how many 429s came back.
 *
 *   npm run bench:fanout            (LEADS=500 to change the number)
 */
import { TeamsAdapter } from '@microsoft/teams-ai';
import { RateLimiter, TEAMS_LIMITS } from '../src/scheduler/rateLimiter';
import { BotFrameworkNotifier } from '../src/scheduler/notifier';
import { RecordedRequest, StandInConnector } from '../test/helpers/standInConnector';

const LEADS = Number(process.env.LEADS ?? 500);

/** The connector side of the limits: sliding windows per conversation and for the tenant. */
function enforceLimits(connector: StandInConnector) {
  const seen = new Map<string, number[]>();
  let tooMany = 0;
  const over = (key: string, limits: { count: number; windowMs: number }[], t: number) => {
    const times = seen.get(key) ?? [];
    return limits.some((l) => times.filter((x) => x > t - l.windowMs).length >= l.count);
  };
  connector.respond = (r: RecordedRequest) => {
    const m = /^\/v3\/conversations\/([^/]+)\/activities/.exec(r.path);
    if (!m || r.method !== 'POST') return undefined;
    const t = Date.now();
    if (over(`c:${m[1]}`, TEAMS_LIMITS.perConversation, t) || over('tenant', TEAMS_LIMITS.perTenant, t)) {
      tooMany++;
      return { status: 429, headers: { 'Retry-After': '1' }, body: { error: { code: 'TooManyRequests' } } };
    }
    for (const k of [`c:${m[1]}`, 'tenant']) seen.set(k, [...(seen.get(k) ?? []).filter((x) => x > t - 30_000), t]);
    return undefined;
  };
  return { tooMany: () => tooMany };
}

async function main(): Promise<void> {
  const connector = await new StandInConnector().start();
  const limits = enforceLimits(connector);
  const notifier = new BotFrameworkNotifier(new TeamsAdapter({}), '', new RateLimiter());
  const refs = Array.from({ length: LEADS }, (_, i) => ({
    serviceUrl: connector.url,
    channelId: 'msteams',
    conversation: { id: `a:lead-${i}`, tenantId: 'tenant', isGroup: false, conversationType: 'personal', name: '' },
    bot: { id: '28:overlegbot', name: 'overlegbot' },
    user: { id: `29:lead-${i}`, name: `Lead ${i}` },
  }));
  const started = Date.now();
  const results = await Promise.all(
    refs.map((r, i) =>
      notifier.send(r, { type: 'message', text: `Je pitch is nog niet ingediend (${i}).` }).then(
        (s) => s.outcome,
        () => 'failed' as const,
      ),
    ),
  );
  const seconds = (Date.now() - started) / 1000;
  await connector.stop();

  const delivered = new Set(connector.requests.filter((r) => r.method === 'POST').map((r) => r.path)).size;
  const accepted = connector.requests.filter((r) => r.method === 'POST').length - limits.tooMany();
  // 50 per second per tenant: the first 50 at once, then 50 more each second.
  const minimum = Math.max(0, Math.ceil(LEADS / 50) - 1);
  console.log(`fan-out of personal reminders to ${LEADS} leads, Node ${process.version}`);
  console.log(
    `delivered: ${results.filter((r) => r === 'sent').length} sent, ${results.filter((r) => r === 'failed').length} failed, ${accepted} accepted by the connector (${delivered} distinct conversations)`,
  );
  console.log(`time: ${seconds.toFixed(2)} s; minimum the limits allow: ${minimum} s; ratio ${(seconds / Math.max(minimum, 1)).toFixed(2)}x (target ≤ 1.2x)`);
  console.log(`429 responses received: ${limits.tooMany()}`);
}

void main().catch((e) => {
  console.error(e);
  process.exitCode = 1;
});
