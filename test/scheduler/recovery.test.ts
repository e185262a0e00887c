import { strict as assert } from 'node:assert';
import { join } from 'node:path';
import { keys } from '../../src/store/keys';
import { SqliteStorage } from '../../src/store/sqliteStorage';
import { VERBS } from '../../src/present/cards/verbs';
import { cardSubmit, CHANNEL, message, personal, TestUser, USERS } from '../helpers/activities';
import { tempDir } from '../helpers/appHarness';
import { visibleText } from '../helpers/botHarness';
import { BotProcess, eventually } from '../helpers/botProcess';
import { RecordedRequest, StandInConnector } from '../helpers/standInConnector';

/**
 * The reminder loop as it runs in production: bots as real processes (the scheduler on a 1-second timer, a
 * fake clock moved over IPC), one SQLite file, the stand-in Teams connector on loopback, kill -9 for crashes.
 */
const ANSWERS = { problem: 'p', acceleration: 'a', dilemmas: 'd', needs: 'n', whom: 'w' };

describe('reminders that recover (real processes, SQLite, stand-in connector)', function () {
  this.timeout(60_000);
  const BRAM: TestUser = { id: '29:bram', name: 'Bram Jansen', aadObjectId: 'aad-bram' };
  let connector: StandInConnector;
  const bots: BotProcess[] = [];
  const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

  beforeEach(async () => {
    connector = await new StandInConnector().start();
    connector.roster.set(USERS.coordinator.id, { id: USERS.coordinator.id, email: 'coordinator@overlegbot.example' });
    connector.roster.set(USERS.lead.id, { id: USERS.lead.id, email: 'sanne.devries@overlegbot.example' });
  });
  afterEach(async () => {
    await Promise.all(bots.splice(0).map((b) => b.kill9()));
    await connector.stop();
  });

  async function start(dataDir: string, now: Date, env: Record<string, string> = {}): Promise<BotProcess> {
    const bot = await BotProcess.start({ dataDir, now, env: { CLAIM_LEASE_SECONDS: '2', ...env } });
    bots.push(bot);
    return bot;
  }
  const via = <T>(a: T) => ({ ...a, serviceUrl: connector.url });
  const posts = (conversation: string, text: RegExp, accepted = true) =>
    connector.requests.filter(
      (r) =>
        r.method === 'POST' &&
        r.path.startsWith(`/v3/conversations/${conversation}/activities`) &&
        text.test(visibleText(r.body as never)) &&
        (!accepted || r.status === 200),
    );
  async function claim(dataDir: string, key: string): Promise<Record<string, unknown> | undefined> {
    const storage = new SqliteStorage(join(dataDir, 'overlegbot.sqlite'));
    try {
      return (await storage.read([keys.claim(key)]))[keys.claim(key)] as Record<string, unknown> | undefined;
    } finally {
      storage.close();
    }
  }

  describe('a personal reminder due before the lead has a 1:1 chat', () => {
    it('is sent once the lead writes to the bot minutes later, while the deadline is still ahead', async () => {
      const dataDir = tempDir();
      const bot = await start(dataDir, new Date('2026-12-02T11:59:58+01:00'));
      await bot.post(via(message('koppel dit kanaal aan het SG-overleg', USERS.coordinator, CHANNEL)));
      // 12:00, 24 h before the deadline: the bot has no chat with Bram and no roster lists him yet.
      await bot.waitForLog((l) => l.event === 'post-no-conversation' && String(l.key).includes('person:bram.jansen@overlegbot.example'));
      assert.equal(posts(personal(BRAM).id, /Je pitch over/).length, 0);

      // Seven minutes later Bram writes to the bot; his e-mail comes from the roster lookup of his own message.
      await bot.setNow(new Date('2026-12-02T12:07:00+01:00'));
      connector.roster.set(BRAM.id, { id: BRAM.id, name: BRAM.name, aadObjectId: BRAM.aadObjectId, email: 'bram.jansen@overlegbot.example' });
      await bot.post(via(message('hulp', BRAM)));
      const [reminder] = await eventually(
        () => {
          const sent = posts(personal(BRAM).id, /Je pitch over/);
          return sent.length ? sent : undefined;
        },
        8_000,
        "the personal reminder in Bram's chat",
      );
      assert.match(visibleText(reminder.body as never), /^Je pitch over Wonen is nog niet ingediend\. Deadline: donderdag 3 december 12:00\.$/m);
      await sleep(2_500); // more ticks
      assert.equal(posts(personal(BRAM).id, /Je pitch over/).length, 1, 'once');
      assert.equal((await claim(dataDir, 'sg/2026-12-04/deadline-personal/D-24h/person:bram.jansen@overlegbot.example'))?.state, 'sent');
    });
  });

  describe('a process killed while a post waits out a 429 back-off', () => {
    it('leaves a claim whose lease runs out; the restarted bot takes it over and the bundle arrives exactly once', async () => {
      const dataDir = tempDir();
      const isBundle = (r: RecordedRequest) =>
        r.method === 'POST' && r.path.startsWith(`/v3/conversations/${CHANNEL.id}/activities/`) && /^Pitchbundel/m.test(visibleText(r.body as never));
      let refused: RecordedRequest | undefined;
      connector.respond = (r) => {
        if (refused || !isBundle(r)) return undefined;
        refused = r;
        // Minutes, as Teams may ask under load: the connector client sleeps on it before it tries again.
        return { status: 429, headers: { 'Retry-After': '120' }, body: { error: { code: 'TooManyRequests' } } };
      };
      const first = await start(dataDir, new Date('2026-12-03T11:59:57+01:00'));
      await first.post(via(message('koppel dit kanaal aan het SG-overleg', USERS.coordinator, CHANNEL)));
      await eventually(() => refused, 10_000, 'the bundle refused with 429');
      await sleep(500); // well inside the back-off
      assert.ok(!first.logs.some((l) => l.event === 'post-retry-later'), 'the first bot is still waiting, it did not give the claim back');
      await first.kill9();
      const killedAt = Date.now();

      const second = await start(dataDir, first.now());
      const delivered = await eventually(
        () => connector.requests.filter((r) => isBundle(r) && r.status === 200)[0],
        15_000,
        'the bundle from the restarted bot',
      );
      assert.ok(delivered);
      const within = Date.now() - killedAt;
      await sleep(3_000); // more ticks of the second bot
      assert.equal(connector.requests.filter((r) => isBundle(r) && r.status === 200).length, 1, `exactly once (delivered ${within} ms after the kill)`);
      const doc = await claim(dataDir, `sg/2026-12-04/bundle/D/channel:${CHANNEL.id}`);
      assert.equal(doc?.state, 'sent');
      assert.match(String(doc?.by), new RegExp(`:${second.child.pid}$`), 'sent by the bot that took the claim over');
      assert.ok(
        second.logs.some((l) => l.event === 'claim-taken-over'),
        'the takeover is logged',
      );
    });
    /**
     * The same crash for a post of another kind: the first request of `isTarget` is answered 429 with a
     * Retry-After of minutes, the bot is killed while it waits, and a restarted bot on the same store must
     * take the claim over and get the post accepted exactly once.
     */
    async function killDuringBackOff(
      first: BotProcess,
      isTarget: (r: RecordedRequest) => boolean,
      refused: () => RecordedRequest | undefined,
      key: string,
      dataDir: string,
    ) {
      await eventually(refused, 15_000, 'the post refused with 429');
      await sleep(500); // well inside the back-off
      assert.ok(!first.logs.some((l) => l.event === 'post-retry-later' && l.key === key), 'the first bot is still waiting, it did not give the claim back');
      assert.equal((await claim(dataDir, key))?.state, 'claimed', 'the killed bot leaves its claim claimed');
      await first.kill9();
      const killedAt = Date.now();
      const second = await start(dataDir, first.now());
      await eventually(() => connector.requests.filter((r) => isTarget(r) && r.status === 200)[0], 15_000, 'the post from the restarted bot');
      const within = Date.now() - killedAt;
      await sleep(3_000); // more ticks of the second bot
      assert.equal(connector.requests.filter((r) => isTarget(r) && r.status === 200).length, 1, `exactly once (delivered ${within} ms after the kill)`);
      const doc = await claim(dataDir, key);
      assert.equal(doc?.state, 'sent');
      assert.match(String(doc?.by), new RegExp(`:${second.child.pid}$`), 'sent by the bot that took the claim over');
      assert.ok(
        second.logs.some((l) => l.event === 'claim-taken-over' && l.key === key),
        'the takeover is logged',
      );
      return second;
    }
    const throttleOnce = (isTarget: (r: RecordedRequest) => boolean) => {
      let refused: RecordedRequest | undefined;
      connector.respond = (r) => {
        if (refused || !isTarget(r)) return undefined;
        refused = r;
        return { status: 429, headers: { 'Retry-After': '120' }, body: { error: { code: 'TooManyRequests' } } };
      };
      return () => refused;
    };

    it("a late pitch's reply in the bundle thread: taken over and sent exactly once", async () => {
      const dataDir = tempDir();
      const first = await start(dataDir, new Date('2026-12-03T11:59:57+01:00'));
      await first.post(via(message('koppel dit kanaal aan het SG-overleg', USERS.coordinator, CHANNEL)));
      // The bundle goes out at 12:00 and its message id is recorded: the root of the thread.
      await first.waitForLog((l) => l.event === 'post-sent' && l.kind === 'bundle', 10_000);
      const rootId = String((await claim(dataDir, `sg/2026-12-04/bundle/D/channel:${CHANNEL.id}`))?.detail);
      assert.match(rootId, /^sent-/);
      const isReply = (r: RecordedRequest) =>
        r.method === 'POST' &&
        r.path.startsWith(`/v3/conversations/${CHANNEL.id};messageid=${rootId}/activities`) &&
        /^Te laat ingediend: Schulden$/m.test(visibleText(r.body as never));
      const refused = throttleOnce(isReply);
      // Sanne submits her pitch after the bundle: the next tick plans the reply in its thread.
      const submit = { verb: VERBS.submitPitch, groupId: 'sg', originalDate: '2026-12-04', themeId: 'schulden', lang: 'nl', ...ANSWERS };
      await first.post(via(cardSubmit(submit, USERS.lead, undefined)));
      await killDuringBackOff(first, isReply, refused, `late/sg/2026-12-04/schulden/1/${CHANNEL.id}`, dataDir);
    });

    it('the coordinators\' "unreachable" notice: taken over and sent exactly once', async () => {
      const dataDir = tempDir();
      const first = await start(dataDir, new Date('2026-12-01T11:59:57+01:00'));
      await first.post(via(message('hulp', USERS.coordinator)));
      await first.post(via(message('koppel dit kanaal aan het SG-overleg', USERS.coordinator, CHANNEL)));
      const coordinatorChat = personal(USERS.coordinator).id;
      const isNotice = (r: RecordedRequest) =>
        r.method === 'POST' &&
        r.path.startsWith(`/v3/conversations/${coordinatorChat}/activities`) &&
        /^Ik kan niet meer posten in/m.test(visibleText(r.body as never));
      let refused: RecordedRequest | undefined;
      connector.respond = (r) => {
        // The bot was removed from the channel: the deadline reminder at 12:00 is refused with 403 …
        if (r.method === 'POST' && r.path.startsWith(`/v3/conversations/${CHANNEL.id}`))
          return { status: 403, body: { error: { code: 'BotNotInConversationRoster' } } };
        // … and the notice the next tick plans to the coordinator is throttled for minutes once.
        if (refused || !isNotice(r)) return undefined;
        refused = r;
        return { status: 429, headers: { 'Retry-After': '120' }, body: { error: { code: 'TooManyRequests' } } };
      };
      await first.waitForLog((l) => l.event === 'conversation-unreachable', 10_000);
      await killDuringBackOff(first, isNotice, () => refused, `notice/unreachable/${CHANNEL.id}/person:coordinator@overlegbot.example`, dataDir);
    });
  });

  describe('several offsets of one reminder due at once', () => {
    it("sends only the latest after downtime, and every title names the meeting's date", async () => {
      const dataDir = tempDir();
      // Set up with the scheduler off: the lead's chat and the bound channel exist before the bot went down.
      const setUp = await start(dataDir, new Date('2026-11-30T10:00:00+01:00'), { SCHEDULER_INTERVAL_SECONDS: '0' });
      await setUp.post(via(message('hulp', USERS.lead)));
      await setUp.post(via(message('koppel dit kanaal aan het SG-overleg', USERS.coordinator, CHANNEL)));
      await setUp.stop();
      connector.requests.length = 0;
      // Back on Thursday 10:00:30: "2 working days" (Tuesday 12:00) and "3 hours" (09:00) are both due, and so
      // are the lead's 24 h and 2 h reminders.
      await start(dataDir, new Date('2026-12-03T10:00:30+01:00'));
      await eventually(() => posts(CHANNEL.id, /^Herinnering: SG-overleg/m)[0], 8_000, 'the meeting reminder');
      await eventually(() => posts(personal(USERS.lead).id, /Je pitch over/)[0], 8_000, 'the personal reminder');
      await sleep(2_500); // more ticks
      const deadline = posts(CHANNEL.id, /^Herinnering: pitches/m);
      assert.equal(deadline.length, 1, 'one deadline reminder in the channel, not two identical cards');
      assert.match(visibleText(deadline[0].body as never), /^Herinnering: pitches voor het SG-overleg van vrijdag 4 december$/m);
      const mine = posts(personal(USERS.lead).id, /Je pitch over/);
      assert.equal(mine.length, 1, 'one personal reminder, not the 24 h and the 2 h one together');
      assert.match(visibleText(mine[0].body as never), /^Je pitch voor het SG-overleg van vrijdag 4 december$/m);
      const meeting = posts(CHANNEL.id, /^Herinnering: SG-overleg/m);
      assert.equal(meeting.length, 1);
      assert.match(visibleText(meeting[0].body as never), /^Herinnering: SG-overleg van vrijdag 4 december$/m);
      assert.doesNotMatch(visibleText(meeting[0].body as never), /Begint om/, 'a day ahead, no countdown');

      assert.equal((await claim(dataDir, `sg/2026-12-04/deadline-channel/D-3h/channel:${CHANNEL.id}`))?.state, 'sent');
      assert.equal((await claim(dataDir, `sg/2026-12-04/deadline-channel/D-2wd/channel:${CHANNEL.id}`))?.state, 'superseded');
      assert.equal((await claim(dataDir, 'sg/2026-12-04/deadline-personal/D-2h/person:sanne.devries@overlegbot.example'))?.state, 'sent');
      assert.equal((await claim(dataDir, 'sg/2026-12-04/deadline-personal/D-24h/person:sanne.devries@overlegbot.example'))?.state, 'superseded');
    });

    it('says when a caught-up meeting reminder arrives a minute before the meeting', async () => {
      const dataDir = tempDir();
      // Friday 15:59: the meeting reminder was due on Thursday 09:00 and is still worth sending until 16:00.
      const bot = await start(dataDir, new Date('2026-12-04T15:59:05+01:00'));
      await bot.post(via(message('koppel dit kanaal aan het SG-overleg', USERS.coordinator, CHANNEL)));
      const [meeting] = await eventually(
        () => {
          const sent = posts(CHANNEL.id, /^Herinnering: SG-overleg/m);
          return sent.length ? sent : undefined;
        },
        8_000,
        'the meeting reminder',
      );
      const text = visibleText(meeting.body as never);
      assert.match(text, /^Herinnering: SG-overleg van vrijdag 4 december$/m);
      assert.match(text, /^Begint om 16:00, over 1 minuut\.$/m);
    });
  });
});
