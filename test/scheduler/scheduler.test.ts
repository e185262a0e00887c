import { strict as assert } from 'node:assert';
import { VERBS } from '../../src/present/cards/verbs';
import { keys } from '../../src/store/keys';
import { Repositories } from '../../src/store/repositories';
import { cardSubmit, CHANNEL, message, personal, USERS } from '../helpers/activities';
import { startTestApp as startApp, TestApp, tempDir } from '../helpers/appHarness';
import { visibleText } from '../helpers/botHarness';
import { StandInConnector } from '../helpers/standInConnector';
import { Azurite, useAzurite } from '../helpers/azurite';

const LEAD = { ...USERS.lead, aadObjectId: 'aad-sanne' };
const ANSWERS = { problem: 'p', acceleration: 'a', dilemmas: 'd', needs: 'n', whom: 'w' };

/**
 * The same tests on each backend: SQLite in a temp dir, and Blob Storage on Azurite with one container per
 * data dir (a restart on "the same store" is a second app on the same container).
 */
for (const backend of ['sqlite', 'blob'] as const) {
  describe(`the reminder scheduler (real app, ${backend === 'sqlite' ? 'SQLite' : 'Blob Storage on Azurite'}, stand-in connector over HTTP)`, () => {
    const azurite = backend === 'blob' ? useAzurite() : undefined;
    const containers = new Map<string, string>();
    /** The environment that puts an app's state in the backend under test, the same store for the same dataDir. */
    function storeEnv(dataDir: string): Record<string, string> {
      if (!azurite) return {};
      if (!containers.has(dataDir)) containers.set(dataDir, Azurite.containerName('sched'));
      return azurite.current.env(containers.get(dataDir)!);
    }
    const startTestApp: typeof startApp = (options = {}) => {
      const dataDir = options.dataDir ?? tempDir();
      return startApp({ ...options, dataDir, env: { ...storeEnv(dataDir), ...(options.env ?? {}) } });
    };
    let connector: StandInConnector;
    const apps: TestApp[] = [];
    beforeEach(async () => {
      connector = await new StandInConnector().start();
      connector.roster.set(USERS.coordinator.id, { id: USERS.coordinator.id, email: 'coordinator@overlegbot.example' });
      connector.roster.set(LEAD.id, { id: LEAD.id, email: 'sanne.devries@overlegbot.example' });
    });
    afterEach(async () => {
      await Promise.all(apps.splice(0).map((a) => a.close()));
      await connector.stop();
    });

    /** A channel bound to the SG group and a personal chat with the schulden lead, as people create them. */
    async function setUp(dataDir = tempDir()) {
      const app = await startTestApp({ dataDir });
      apps.push(app);
      const via = <T>(a: T) => ({ ...a, serviceUrl: connector.url });
      await app.post(via(message('koppel dit kanaal aan het SG-overleg', USERS.coordinator, CHANNEL)));
      await app.post(via(message('hulp', LEAD)));
      await app.post(via(message('hulp', USERS.coordinator)));
      connector.requests.length = 0;
      return app;
    }

    const sentTo = (conversation: string) =>
      connector
        .activities()
        .filter(
          (a) =>
            a.path.startsWith(`/v3/conversations/${encodeURIComponent(conversation)}/activities`) ||
            a.path.startsWith(`/v3/conversations/${conversation}/activities`),
        );

    it('posts the channel deadline reminder 2 working days before, with the agenda and one status line, once', async () => {
      const app = await setUp();
      const r = await app.app.scheduler.tick(new Date('2026-12-01T12:00:00+01:00'));
      assert.deepEqual(r.sent, [`sg/2026-12-04/deadline-channel/D-2wd/channel:${CHANNEL.id}`]);
      const [post] = sentTo(CHANNEL.id);
      const text = visibleText(post.activity);
      assert.match(text, /^Herinnering: pitches voor het SG-overleg van vrijdag 4 december$/m);
      assert.match(text, /^Deadline: donderdag 3 december 12:00\.$/m);
      assert.match(text, /^0 van 2 pitches binnen, ontbreekt: Schulden \(SZW\) en Wonen \(BZK\)$/m);
      assert.match(text, /^1\. Terugkoppeling SG-overleg$/m);
      assert.doesNotMatch(JSON.stringify(post.activity), /"mention"/, 'no mass @mentions');
      assert.deepEqual((await app.app.scheduler.tick(new Date('2026-12-01T12:05:00+01:00'))).sent, [], 'not twice');
      assert.equal(sentTo(CHANNEL.id).length, 1);
    });

    it('reminds a lead personally 24 h before, and not 2 h before once the pitch is in', async () => {
      const app = await setUp();
      const first = await app.app.scheduler.tick(new Date('2026-12-02T12:00:00+01:00'));
      assert.ok(first.sent.includes('sg/2026-12-04/deadline-personal/D-24h/person:sanne.devries@overlegbot.example'), first.sent.join('\n'));
      assert.ok(
        first.skipped.includes('sg/2026-12-04/deadline-personal/D-24h/person:bram.jansen@overlegbot.example'),
        'no chat with Bram and he is not in the roster',
      );
      const mine = sentTo(personal(LEAD).id);
      assert.equal(mine.length, 1);
      assert.match(visibleText(mine[0].activity), /^Je pitch over Schulden is nog niet ingediend\. Deadline: donderdag 3 december 12:00\.$/m);
      assert.equal((mine[0].activity.attachments as { content: { actions: { data: { verb: string } }[] } }[])[0].content.actions[0].data.verb, VERBS.openPitch);

      const submit = { verb: VERBS.submitPitch, groupId: 'sg', originalDate: '2026-12-04', themeId: 'schulden', lang: 'nl', ...ANSWERS };
      await app.post({ ...cardSubmit(submit, LEAD, undefined), serviceUrl: connector.url });
      const before = sentTo(personal(LEAD).id).length;
      const later = await app.app.scheduler.tick(new Date('2026-12-03T10:00:00+01:00'));
      assert.ok(!later.sent.some((k) => k.includes('person:sanne')), later.sent.join('\n'));
      assert.equal(sentTo(personal(LEAD).id).length, before, 'nothing more to the lead who delivered');
      assert.ok(later.sent.includes(`sg/2026-12-04/deadline-channel/D-3h/channel:${CHANNEL.id}`));
      const reminder = sentTo(CHANNEL.id)
        .map((p) => visibleText(p.activity))
        .filter((t) => t.startsWith('Herinnering: pitches'))
        .at(-1)!;
      assert.match(reminder, /^1 van 2 pitches binnen, ontbreekt: Wonen \(BZK\)$/m);
      assert.ok(later.sent.includes(`sg/2026-12-04/meeting-reminder/M-1wd@09:00/channel:${CHANNEL.id}`), 'the meeting reminder on Thursday 09:00');
    });

    it('opens a personal chat with a lead found in the team roster when the bot has none yet', async () => {
      const app = await setUp();
      connector.roster.set('bram.jansen@overlegbot.example', {
        id: '29:bram',
        name: 'Bram Jansen',
        aadObjectId: 'aad-bram',
        email: 'bram.jansen@overlegbot.example',
      });
      const r = await app.app.scheduler.tick(new Date('2026-12-02T12:00:00+01:00'));
      assert.ok(r.sent.includes('sg/2026-12-04/deadline-personal/D-24h/person:bram.jansen@overlegbot.example'), r.sent.join('\n'));
      const created = connector.requests.find((q) => q.method === 'POST' && q.path === '/v3/conversations');
      assert.ok(created, 'createConversation was called');
      assert.equal((created!.body as { members: { id: string }[] }).members[0].id, '29:bram');
      const toBram = connector.activities().filter((a) => a.path.startsWith('/v3/conversations/a:created-'));
      assert.equal(toBram.length, 1);
      assert.match(visibleText(toBram[0].activity), /^Je pitch over Wonen is nog niet ingediend\./m);
      // The next reminder goes to the same chat, without opening another.
      await app.app.scheduler.tick(new Date('2026-12-03T10:00:00+01:00'));
      assert.equal(connector.requests.filter((q) => q.method === 'POST' && q.path === '/v3/conversations').length, 1);
    });

    it('sends only the later of the 24 h and 2 h reminders when both are due in one tick, through one chat', async () => {
      const app = await setUp();
      connector.roster.set('bram.jansen@overlegbot.example', {
        id: '29:bram',
        name: 'Bram Jansen',
        aadObjectId: 'aad-bram',
        email: 'bram.jansen@overlegbot.example',
      });
      const r = await app.app.scheduler.tick(new Date('2026-12-03T10:00:00+01:00'));
      assert.ok(r.sent.includes('sg/2026-12-04/deadline-personal/D-2h/person:bram.jansen@overlegbot.example'), r.sent.join('\n'));
      assert.ok(!r.sent.includes('sg/2026-12-04/deadline-personal/D-24h/person:bram.jansen@overlegbot.example'), r.sent.join('\n'));
      const claim = await app.app.storage.read([keys.claim('sg/2026-12-04/deadline-personal/D-24h/person:bram.jansen@overlegbot.example')]);
      assert.equal(Object.values(claim)[0]?.state, 'superseded');
      assert.equal(connector.requests.filter((q) => q.method === 'POST' && q.path === '/v3/conversations').length, 1);
      assert.equal(connector.activities().filter((a) => a.path.startsWith('/v3/conversations/a:created-')).length, 1);
    });

    it('retries a personal reminder that found no chat when a roster lists the lead later, with a back-off, within the deadline', async () => {
      const app = await setUp();
      const key = 'sg/2026-12-04/deadline-personal/D-24h/person:bram.jansen@overlegbot.example';
      const lookups = () => connector.requests.filter((q) => q.method === 'GET' && q.path.endsWith('/members/bram.jansen@overlegbot.example')).length;
      assert.ok((await app.app.scheduler.tick(new Date('2026-12-02T12:00:00+01:00'))).skipped.includes(key));
      const claim = async () => Object.values(await app.app.storage.read([keys.claim(key)]))[0] as { state: string; retryAt: string; attempts: number };
      assert.equal((await claim()).state, 'no-conversation');
      assert.equal((await claim()).retryAt, new Date('2026-12-02T12:05:00+01:00').toISOString());
      const before = lookups();
      await app.app.scheduler.tick(new Date('2026-12-02T12:03:00+01:00'));
      assert.equal(lookups(), before, 'no roster look-up before the retry is due');
      await app.app.scheduler.tick(new Date('2026-12-02T12:05:00+01:00'));
      assert.equal(lookups(), before + 1, 'looked again at 12:05');
      assert.equal((await claim()).attempts, 2);
      assert.equal((await claim()).retryAt, new Date('2026-12-02T12:15:00+01:00').toISOString(), 'then 10 minutes later');
      // Bram joins the team.
      connector.roster.set('bram.jansen@overlegbot.example', {
        id: '29:bram',
        name: 'Bram Jansen',
        aadObjectId: 'aad-bram',
        email: 'bram.jansen@overlegbot.example',
      });
      const r = await app.app.scheduler.tick(new Date('2026-12-02T12:15:00+01:00'));
      assert.ok(r.sent.includes(key), r.sent.join('\n'));
      await app.app.scheduler.tick(new Date('2026-12-02T12:16:00+01:00'));
      assert.equal(connector.activities().filter((a) => a.path.startsWith('/v3/conversations/a:created-')).length, 1, 'once');
    });

    it('gives up on a personal reminder without a chat once its deadline passed', async () => {
      const app = await setUp();
      const key = 'sg/2026-12-04/deadline-personal/D-2h/person:bram.jansen@overlegbot.example';
      await app.app.scheduler.tick(new Date('2026-12-03T10:00:00+01:00'));
      connector.roster.set('bram.jansen@overlegbot.example', {
        id: '29:bram',
        name: 'Bram Jansen',
        aadObjectId: 'aad-bram',
        email: 'bram.jansen@overlegbot.example',
      });
      const r = await app.app.scheduler.tick(new Date('2026-12-03T12:30:00+01:00'));
      assert.ok(!r.sent.includes(key));
      assert.equal(connector.activities().filter((a) => a.path.startsWith('/v3/conversations/a:created-')).length, 0);
    });

    it('after a restart on the same store, and with two schedulers, sends the bundle exactly once', async () => {
      const dataDir = tempDir();
      const a = await setUp(dataDir);
      await a.app.scheduler.tick(new Date('2026-12-03T09:30:00+01:00'));
      const b = await startTestApp({ dataDir });
      apps.push(b);
      const at = new Date('2026-12-03T12:00:00+01:00');
      const [ra, rb] = await Promise.all([a.app.scheduler.tick(at), b.app.scheduler.tick(at)]);
      const bundles = [...ra.sent, ...rb.sent].filter((k) => k.includes('/bundle/'));
      assert.deepEqual(bundles, [`sg/2026-12-04/bundle/D/channel:${CHANNEL.id}`]);
      assert.equal(sentTo(CHANNEL.id).filter((p) => /Pitchbundel/.test(visibleText(p.activity))).length, 1);
    });

    it("adds a pitch submitted after the bundle as a reply in the bundle's thread", async () => {
      const app = await setUp();
      await app.app.scheduler.tick(new Date('2026-12-03T12:00:00+01:00'));
      const bundle = sentTo(CHANNEL.id).find((p) => /Pitchbundel/.test(visibleText(p.activity)))!;
      assert.ok(bundle, 'the bundle went out');
      const claim = await app.app.storage.read([keys.claim(`sg/2026-12-04/bundle/D/channel:${CHANNEL.id}`)]);
      const rootId = Object.values(claim)[0]?.detail as string;
      assert.ok(rootId?.startsWith('sent-'), `the bundle's message id is kept (${rootId})`);
      // The app's own clock is the harness's fake clock; move it past the deadline for the late submission.
      const late = { verb: VERBS.submitPitch, groupId: 'sg', originalDate: '2026-12-04', themeId: 'schulden', lang: 'nl', ...ANSWERS };
      app.setNow(new Date('2026-12-03T14:00:00+01:00'));
      const inThread = () =>
        connector.activities().filter((a) => a.path.includes(`;messageid=${rootId}`) || a.path.includes(encodeURIComponent(`;messageid=${rootId}`)));
      // The connector throttles the thread for half a minute: the button press does not wait for it.
      connector.respond = (r) => (r.method === 'POST' && /messageid/.test(r.path) ? { status: 429, headers: { 'Retry-After': '30' }, body: {} } : undefined);
      const started = Date.now();
      await app.post({ ...cardSubmit(late, LEAD, undefined), serviceUrl: connector.url });
      assert.ok(Date.now() - started < 5_000, `the submit turn took ${Date.now() - started} ms`);
      assert.match(visibleText(connector.activities().at(-1)!.activity), /ingediend/i, 'the lead got the receipt');
      assert.equal(connector.requests.filter((q) => /messageid/.test(q.path)).length, 0, 'nothing sent to the thread from the turn');
      connector.respond = () => undefined;

      // The next tick plans the reply from the stored pitch and the bundle's recorded message id: after a
      // restart on the same store too (nothing of it was kept in the process that took the submission).
      const restarted = await startTestApp({ dataDir: app.dataDir });
      apps.push(restarted);
      const r = await restarted.app.scheduler.tick(new Date('2026-12-03T14:01:00+01:00'));
      const key = `late/sg/2026-12-04/schulden/1/${CHANNEL.id}`;
      assert.deepEqual(r.sent, [key]);
      assert.equal(
        inThread().length,
        1,
        connector
          .activities()
          .map((a) => a.path)
          .join('\n'),
      );
      assert.match(visibleText(inThread()[0].activity), /^Te laat ingediend: Schulden$/m);
      assert.deepEqual((await restarted.app.scheduler.tick(new Date('2026-12-03T14:02:00+01:00'))).sent, [], 'not twice');
      assert.deepEqual((await app.app.scheduler.tick(new Date('2026-12-03T14:03:00+01:00'))).sent, [], 'nor by the other instance');

      // A resubmission is a new revision: one more reply, with the new answers.
      restarted.setNow(new Date('2026-12-03T15:00:00+01:00'));
      await restarted.post({ ...cardSubmit({ ...late, problem: 'herzien' }, LEAD, undefined), serviceUrl: connector.url });
      assert.deepEqual((await restarted.app.scheduler.tick(new Date('2026-12-03T15:01:00+01:00'))).sent, [`late/sg/2026-12-04/schulden/2/${CHANNEL.id}`]);
      assert.equal(inThread().length, 2);
      assert.match(visibleText(inThread()[1].activity), /herzien/);
      assert.deepEqual((await app.app.scheduler.tick(new Date('2026-12-03T15:02:00+01:00'))).sent, [], 'exactly once each');
    });

    it('catches up a missed bundle after downtime but drops a deadline reminder whose deadline passed', async () => {
      const app = await setUp();
      const r = await app.app.scheduler.tick(new Date('2026-12-04T10:00:00+01:00'));
      assert.ok(r.sent.includes(`sg/2026-12-04/bundle/D/channel:${CHANNEL.id}`));
      assert.ok(!r.sent.some((k) => k.includes('deadline-')), r.sent.join('\n'));
      const claim = await app.app.storage.read([keys.claim(`sg/2026-12-04/deadline-channel/D-2wd/channel:${CHANNEL.id}`)]);
      assert.equal(Object.values(claim)[0]?.state, 'dropped');
      assert.ok(app.logs.some((l) => l.event === 'post-dropped'));
    });

    it('retries on 429 and 503 (the connector client honours Retry-After) and the post arrives once', async () => {
      const app = await setUp();
      let refusals = 0;
      connector.respond = (r) =>
        r.method === 'POST' && /activities/.test(r.path) && refusals++ < 2
          ? { status: refusals === 1 ? 429 : 503, headers: { 'Retry-After': '0' }, body: {} }
          : undefined;
      const r = await app.app.scheduler.tick(new Date('2026-12-01T12:00:00+01:00'));
      assert.equal(r.sent.length, 1);
      assert.equal(refusals, 3, 'two refusals, then accepted');
      assert.equal(sentTo(CHANNEL.id).length, 3, 'three attempts of one post');
    });

    it('retries a 429 without Retry-After on the next tick (the claim is given back, nothing is lost)', async () => {
      const app = await setUp();
      let refused = 0;
      connector.respond = (r) => (r.method === 'POST' && /activities/.test(r.path) && refused++ < 1 ? { status: 429, body: {} } : undefined);
      assert.deepEqual((await app.app.scheduler.tick(new Date('2026-12-01T12:00:00+01:00'))).sent, []);
      assert.ok(app.logs.some((l) => l.event === 'post-retry-later'));
      assert.equal((await app.app.scheduler.tick(new Date('2026-12-01T12:01:00+01:00'))).sent.length, 1);
      assert.equal(sentTo(CHANNEL.id).length, 2, 'one refusal, then accepted once');
    });

    it('does not take over a claim whose lease still runs (another instance may be sending it)', async () => {
      const app = await setUp();
      const key = `sg/2026-12-04/deadline-channel/D-2wd/channel:${CHANNEL.id}`;
      await app.app.storage.create(keys.claim(key), {
        schemaVersion: 1,
        key,
        state: 'claimed',
        by: 'other:1',
        at: '2026-12-01T10:59:30.000Z',
        leaseUntil: '2026-12-01T11:01:30.000Z',
      } as never);
      const r = await app.app.scheduler.tick(new Date('2026-12-01T12:00:00+01:00'));
      assert.ok(!r.sent.includes(key));
      assert.equal(sentTo(CHANNEL.id).length, 0);
    });

    it('takes over a claim whose lease ran out without a record of the send, and sends the post once', async () => {
      const app = await setUp();
      const key = `sg/2026-12-04/deadline-channel/D-2wd/channel:${CHANNEL.id}`;
      // What a process killed between claim and record leaves behind (and a claim from before leases existed).
      await app.app.storage.create(keys.claim(key), { schemaVersion: 1, key, state: 'claimed', by: 'crashed:1', at: '2026-12-01T10:57:00.000Z' } as never);
      const r = await app.app.scheduler.tick(new Date('2026-12-01T12:00:00+01:00'));
      assert.deepEqual(r.sent, [key]);
      assert.ok(app.logs.some((l) => l.event === 'claim-taken-over' && l.from === 'crashed:1'));
      await app.app.scheduler.tick(new Date('2026-12-01T12:05:00+01:00'));
      assert.equal(sentTo(CHANNEL.id).length, 1);
    });

    it('resumes a taken-over bundle after the parts the connector already accepted', async () => {
      const app = await setUp();
      const key = `sg/2026-12-04/bundle/D/channel:${CHANNEL.id}`;
      // A crashed sender had the first of two parts accepted (a bundle too long for one card).
      await app.app.storage.create(keys.claim(key), {
        schemaVersion: 1,
        key,
        state: 'claimed',
        by: 'crashed:1',
        at: '2026-12-03T10:50:00.000Z',
        leaseUntil: '2026-12-03T10:52:00.000Z',
        parts: 1,
        detail: 'sent-root',
      } as never);
      const long = '€'.repeat(1900); // three bytes each: over the card size limit, so the bundle has parts
      const repos = new Repositories(app.app.storage);
      for (const themeId of ['schulden', 'wonen']) {
        await repos.updatePitch('sg', '2026-12-04', themeId, () => ({
          groupId: 'sg',
          originalDate: '2026-12-04',
          themeId,
          answers: { problem: long, acceleration: long, dilemmas: long, needs: long, whom: long },
          submittedAt: '2026-12-02T10:00:00.000Z',
          submittedBy: 'x',
          late: false,
          revisions: Array.from({ length: 1 }, () => ({
            at: '2026-12-02T10:00:00.000Z',
            by: 'x',
            byName: 'x',
            kind: 'submitted' as const,
            late: false,
            answers: { problem: long, acceleration: long, dilemmas: long, needs: long, whom: long },
          })),
        }));
      }
      const r = await app.app.scheduler.tick(new Date('2026-12-03T12:00:00+01:00'));
      assert.ok(r.sent.includes(key), r.sent.join('\n'));
      const parts = sentTo(CHANNEL.id).filter((p) => /Pitchbundel/.test(visibleText(p.activity)));
      const all = r.deliveries.find((d) => d.key === key)!.delivery;
      assert.equal(all.outcome, 'sent');
      assert.ok(all.outcome === 'sent' && all.parts >= 2, `a bundle of several parts (${JSON.stringify(all)})`);
      assert.equal(parts.length, all.outcome === 'sent' ? all.parts - 1 : -1, 'the accepted first part is not sent again');
      const claim = await app.app.storage.read([keys.claim(key)]);
      assert.equal(Object.values(claim)[0]?.detail, 'sent-root', 'late pitches still reply to the first part');
    });

    it('releases the claim when sending keeps failing, and a later tick delivers it', async () => {
      const app = await setUp();
      connector.respond = (r) => (r.method === 'POST' && /activities/.test(r.path) ? { status: 400, body: { error: { code: 'BadArgument' } } } : undefined);
      assert.deepEqual((await app.app.scheduler.tick(new Date('2026-12-01T12:00:00+01:00'))).sent, []);
      connector.respond = () => undefined;
      assert.equal((await app.app.scheduler.tick(new Date('2026-12-01T12:01:00+01:00'))).sent.length, 1);
    });

    it('sends no personal reminder to a lead who muted them, and again after "herinneringen aan"', async () => {
      const app = await setUp();
      const [muted] = await (async () => {
        await app.post({ ...message('stop herinneringen', LEAD), serviceUrl: connector.url });
        return connector.activities().slice(-1);
      })();
      assert.match(visibleText(muted.activity), /^Goed, je krijgt geen persoonlijke herinneringen meer\./);
      const r = await app.app.scheduler.tick(new Date('2026-12-02T12:00:00+01:00'));
      assert.ok(!r.sent.some((k) => k.includes('person:sanne')), r.sent.join('\n'));
      await app.post({ ...message('herinneringen aan', LEAD), serviceUrl: connector.url });
      const again = await app.app.scheduler.tick(new Date('2026-12-03T10:00:00+01:00'));
      assert.ok(again.sent.includes('sg/2026-12-04/deadline-personal/D-2h/person:sanne.devries@overlegbot.example'), again.sent.join('\n'));
    });

    it("lets coordinators switch off a theme's reminders and the weekly digest in chat", async () => {
      const app = await setUp();
      const say = async (text: string, user = USERS.coordinator) => {
        await app.post({ ...message(text, user, CHANNEL), serviceUrl: connector.url });
        return visibleText(connector.activities().at(-1)!.activity);
      };
      assert.equal(await say('herinneringen uit voor schulden', LEAD), 'Alleen coördinatoren kunnen herinneringen en het weekoverzicht aan- of uitzetten.');
      assert.equal(await say('herinneringen uit voor schulden'), 'De trekkers van Schulden krijgen geen persoonlijke herinneringen meer.');
      assert.equal(await say('geen weekoverzicht meer'), 'Geen weekoverzicht meer voor SG-overleg.');
      const r = await app.app.scheduler.tick(new Date('2026-12-07T09:00:00+01:00'));
      assert.ok(!r.sent.some((k) => k.startsWith('digest/')), r.sent.join('\n'));
      const p = await app.app.scheduler.tick(new Date('2026-12-09T12:00:00+01:00'));
      assert.ok(!p.sent.some((k) => k.includes('person:sanne') && k.includes('schulden')), p.sent.join('\n'));
      assert.equal(await say('weekoverzicht weer aan'), 'Het weekoverzicht voor SG-overleg staat weer aan.');
      assert.ok((await app.app.scheduler.tick(new Date('2026-12-14T09:00:00+01:00'))).sent.some((k) => k.startsWith('digest/2026-12-14/')));
    });

    it('tells a coordinator in chat what it will send this week', async () => {
      const app = await setUp();
      await app.post({ ...message('wat stuur je deze week?', USERS.coordinator, CHANNEL), serviceUrl: connector.url });
      const text = visibleText(connector.activities().at(-1)!.activity);
      assert.match(text, /^Wat ik deze week verstuur$/m);
      assert.match(text, /^dinsdag 1 december 12:00: herinnering deadline → SG-overleg$/m);
      assert.match(text, /^woensdag 2 december 12:00: persoonlijke herinnering → sanne\.devries@overlegbot\.example \(schulden\)$/m);
      assert.match(text, /^donderdag 3 december 12:00: pitchbundel → SG-overleg$/m);
      await app.post({ ...message('wat stuur je deze week?', LEAD), serviceUrl: connector.url });
      assert.equal(visibleText(connector.activities().at(-1)!.activity), 'Alleen coördinatoren kunnen zien wat ik ga versturen.');
    });

    it('marks a conversation unreachable on 403 and stops sending there', async () => {
      const app = await setUp();
      connector.respond = (r) =>
        r.method === 'POST' && r.path.includes(CHANNEL.id) ? { status: 403, body: { error: { code: 'BotNotInConversationRoster' } } } : undefined;
      const r = await app.app.scheduler.tick(new Date('2026-12-01T12:00:00+01:00'));
      assert.deepEqual(r.sent, []);
      assert.deepEqual(
        r.deliveries.map((d) => d.delivery),
        [{ outcome: 'unreachable', conversationId: CHANNEL.id, status: 403 }],
      );
      assert.equal((await app.app.storage.read([keys.conversationRef(CHANNEL.id)]))[keys.conversationRef(CHANNEL.id)]?.unreachable, true);
      assert.ok(app.logs.some((l) => l.event === 'conversation-unreachable'));
      assert.equal(sentTo(personal(USERS.coordinator).id).length, 0, 'the send only records it');
      // The next tick plans the notice from the stored reference, and sends it through the same claims.
      const told = await app.app.scheduler.tick(new Date('2026-12-01T12:01:00+01:00'));
      assert.deepEqual(told.sent, [`notice/unreachable/${CHANNEL.id}/person:coordinator@overlegbot.example`]);
      const coordinatorChat = sentTo(personal(USERS.coordinator).id);
      assert.equal(coordinatorChat.length, 1, 'the coordinator is told once');
      // The stand-in knows no team names: a neutral phrase, never the channel's id.
      assert.match(String(coordinatorChat[0].activity.text), /^Ik kan niet meer posten in een kanaal \(SG-overleg\)/);
      assert.doesNotMatch(String(coordinatorChat[0].activity.text), /19:|@thread/);
      const attempts = connector.requests.filter((q) => q.path.includes(CHANNEL.id)).length;
      await app.app.scheduler.tick(new Date('2026-12-03T09:00:00+01:00'));
      assert.equal(connector.requests.filter((q) => q.path.includes(CHANNEL.id)).length, attempts, 'no further attempts');
      assert.equal(sentTo(personal(USERS.coordinator).id).length, 1, 'and not told again');
      // Nor by a restarted instance on the same store.
      const restarted = await startTestApp({ dataDir: app.dataDir });
      apps.push(restarted);
      assert.deepEqual((await restarted.app.scheduler.tick(new Date('2026-12-03T09:01:00+01:00'))).sent, []);
      assert.equal(sentTo(personal(USERS.coordinator).id).length, 1, 'at most once');
    });
  });
}
