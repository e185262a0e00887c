import { strict as assert } from 'node:assert';
import { VERBS } from '../../src/present/cards/verbs';
import { cardSubmit, CHANNEL, message, USERS } from '../helpers/activities';
import { startTestApp, TestApp, tempDir } from '../helpers/appHarness';
import { visibleText } from '../helpers/botHarness';
import { expandIcs } from '../helpers/expandIcs';
import { StandInConnector } from '../helpers/standInConnector';

describe('the HTTP server (real restify, TeamsAdapter and SQLite on loopback)', () => {
  let connector: StandInConnector;
  const apps: TestApp[] = [];
  beforeEach(async () => {
    connector = await new StandInConnector().start();
    connector.roster.set(USERS.coordinator.id, {
      id: USERS.coordinator.id,
      name: USERS.coordinator.name,
      aadObjectId: USERS.coordinator.aadObjectId,
      email: 'coordinator@overlegbot.example',
      userPrincipalName: 'coordinator@overlegbot.example',
    });
  });
  afterEach(async () => {
    await Promise.all(apps.splice(0).map((a) => a.close()));
    await connector.stop();
  });
  async function start(options: Parameters<typeof startTestApp>[0] = {}) {
    const a = await startTestApp(options);
    apps.push(a);
    return a;
  }
  const viaConnector = (a: ReturnType<typeof message>) => ({ ...a, serviceUrl: connector.url });

  it('answers a question posted over HTTP, and the reply reaches the connector', async () => {
    const a = await start();
    const activity = viaConnector(message('wanneer is het volgende SG-overleg?', USERS.member));
    const res = await a.post(activity);
    assert.equal(res.status, 200);
    const [sent] = connector.activities();
    assert.equal(sent.method, 'POST');
    assert.equal(sent.path, `/v3/conversations/${activity.conversation!.id}/activities/${activity.id}`);
    assert.match(visibleText(sent.activity), /^vrijdag 4 december 2026, 16:00-17:00$/m);
    assert.match(visibleText(sent.activity), /^pitches uiterlijk donderdag 3 december 12:00$/m);
  });

  it('finds a coordinator by e-mail through the roster and applies a confirmed cancel, updating the card', async () => {
    const a = await start();
    await a.post(viaConnector(message('annuleer het SG-overleg van 18 december', USERS.coordinator)));
    const confirmCard = connector.activities()[0].activity;
    assert.match(visibleText(confirmCard), /annuleren\?$/m);
    assert.ok(
      connector.requests.some((r) => r.method === 'GET' && r.path.endsWith(`/members/${USERS.coordinator.id}`)),
      'asked the roster',
    );
    const data = (confirmCard.attachments as { content: { actions: { data: Record<string, unknown> }[] } }[])[0].content.actions[0].data;
    assert.equal(data.verb, VERBS.confirmChange);
    await a.post({ ...viaConnector(cardSubmit(data, USERS.coordinator, 'sent-card-1')) });
    const update = connector.activities().at(-1)!;
    assert.equal(update.method, 'PUT');
    assert.ok(update.path.endsWith('/activities/sent-card-1'));
    assert.match(visibleText(update.activity), /is geannuleerd door Carla Coördinator\.$/m);
  });

  it('rejects unsigned or wrongly signed requests with 401 when bot credentials are configured', async () => {
    const a = await start({ env: { BOT_ID: '00000000-0000-0000-0000-000000000001', BOT_PASSWORD: 'not-a-real-secret' } });
    const activity = viaConnector(message('volgende overleg', USERS.member));
    assert.equal((await a.post(activity)).status, 401);
    assert.equal((await a.post(activity, { Authorization: 'Bearer not.a.jwt' })).status, 401);
    assert.equal(connector.activities().length, 0, 'no turn ran');
    assert.ok(a.logs.some((l) => l.event === 'auth-on'));
  });

  it('logs one line that authentication is off when no credentials are configured', async () => {
    const a = await start();
    assert.equal(a.logs.filter((l) => l.event === 'auth-off').length, 1);
  });

  it('answers malformed JSON and bodies that are no activity with 400, and stays up', async () => {
    const a = await start();
    assert.equal((await a.post('{"type": "message", ')).status, 400);
    assert.equal((await a.post('[1, 2, 3]')).status, 400);
    assert.equal((await a.post({ type: 'message', text: 'hoi' })).status, 400);
    assert.equal((await a.post('')).status, 400);
    const health = await a.get('/healthz');
    assert.equal(health.status, 200);
    assert.deepEqual(JSON.parse(health.text), { status: 'ok', version: '0.1.0', storage: 'ok' });
  });

  it('keeps the channel binding and a moved meeting across a restart on the same SQLite file', async () => {
    const dataDir = tempDir();
    const first = await startTestApp({ dataDir });
    await first.post(viaConnector(message('koppel dit kanaal aan het SG-overleg', USERS.coordinator, CHANNEL)));
    await first.post(viaConnector(message('verplaats het SG-overleg van 4 december naar donderdag 3 december 15:00', USERS.coordinator)));
    const data = (connector.activities().at(-1)!.activity.attachments as { content: { actions: { data: Record<string, unknown> }[] } }[])[0].content.actions[0]
      .data;
    await first.post(viaConnector(cardSubmit(data, USERS.coordinator, 'sent-x')));
    await first.close();

    const second = await start({ dataDir });
    const before = connector.activities().length;
    await second.post(viaConnector(message('volgende overleg', USERS.member, CHANNEL)));
    const text = visibleText(connector.activities()[before].activity);
    assert.match(text, /^SG-overleg$/m, 'the binding survived');
    assert.doesNotMatch(text, /Ambtelijke werkgroep/);
    assert.match(text, /^donderdag 3 december 2026, 15:00-16:00$/m, 'the move survived');
    assert.match(text, /^verplaatst van vrijdag 4 december$/m);
  });

  it('serves calendar feeds only with the secret token, and they show chat changes', async () => {
    const a = await start({ env: { FEED_TOKEN: 'een-lang-genoeg-geheim' } });
    assert.equal((await a.get('/calendar/sg.ics')).status, 404);
    assert.equal((await a.get('/calendar/sg.ics?token=fout-geheim-van-gelijke-lengte')).status, 404);
    assert.equal((await a.get('/calendar/onbekend.ics?token=een-lang-genoeg-geheim')).status, 404);
    await a.post(viaConnector(message('annuleer het SG-overleg van 11 december', USERS.coordinator)));
    const data = (connector.activities().at(-1)!.activity.attachments as { content: { actions: { data: Record<string, unknown> }[] } }[])[0].content.actions[0]
      .data;
    await a.post(viaConnector(cardSubmit(data, USERS.coordinator, 'sent-y')));
    const feed = await a.get('/calendar/sg.ics?token=een-lang-genoeg-geheim');
    assert.equal(feed.status, 200);
    assert.match(feed.headers.get('content-type') ?? '', /^text\/calendar/);
    const starts = expandIcs(feed.text, new Date('2027-01-01T00:00:00Z'))
      .filter((e) => e.uid === 'sg@overlegbot')
      .map((e) => e.start.toISOString());
    assert.ok(starts.includes('2026-12-04T15:00:00.000Z'));
    assert.ok(!starts.includes('2026-12-11T15:00:00.000Z'), 'the cancelled meeting is gone from the feed');
    const all = await a.get('/calendar/all.ics?token=een-lang-genoeg-geheim');
    assert.equal(all.status, 200);
    assert.match(all.text, /UID:rijk@overlegbot/);
  });

  it('the feed carries open action items as all-day events on their due dates, unless ?actions=0', async () => {
    const a = await start({ env: { FEED_TOKEN: 'een-lang-genoeg-geheim' } });
    await a.post(viaConnector(message('actiepunt SG-overleg: BZK levert input aan voor dinsdag 8 december', USERS.coordinator)));
    const feed = await a.get('/calendar/sg.ics?token=een-lang-genoeg-geheim');
    assert.match(feed.text, /\r\nUID:action-sg-1@overlegbot\r\n/);
    assert.match(feed.text, /\r\nDTSTART;VALUE=DATE:20261208\r\n/);
    const without = await a.get('/calendar/sg.ics?token=een-lang-genoeg-geheim&actions=0');
    assert.equal(without.status, 200);
    assert.doesNotMatch(without.text, /UID:action-/);
  });
});

describe('the printable bundle page over HTTP', () => {
  let connector: StandInConnector;
  let app: TestApp | undefined;
  beforeEach(async () => {
    connector = await new StandInConnector().start();
    connector.roster.set(USERS.coordinator.id, { id: USERS.coordinator.id, email: 'coordinator@overlegbot.example' });
  });
  afterEach(async () => {
    await app?.close();
    await connector.stop();
  });

  it('serves the bundle as escaped, printable HTML only with the token', async () => {
    app = await startTestApp({ env: { FEED_TOKEN: 'een-lang-genoeg-geheim' } });
    const submit = {
      verb: VERBS.submitPitch,
      groupId: 'sg',
      originalDate: '2026-12-04',
      themeId: 'schulden',
      lang: 'nl',
      problem: 'Schulden <script>alert(1)</script> & meer',
      acceleration: 'a',
      dilemmas: 'd',
      needs: 'Mandaat',
      whom: 'Banken',
    };
    const res = await app.post({ ...cardSubmit(submit, USERS.coordinator, undefined), serviceUrl: connector.url });
    assert.equal(res.status, 200);
    assert.equal((await app.get('/bundles/sg/2026-12-04')).status, 404, 'no token');
    assert.equal((await app.get('/bundles/sg/2026-12-04?token=fout-geheim-van-gelijke-lengte')).status, 404, 'wrong token');
    assert.equal((await app.get('/bundles/sg/2026-12-05?token=een-lang-genoeg-geheim')).status, 404, 'no such meeting');
    const page = await app.get('/bundles/sg/2026-12-04?token=een-lang-genoeg-geheim');
    assert.equal(page.status, 200);
    assert.match(page.headers.get('content-type') ?? '', /^text\/html/);
    assert.match(page.text, /<h1>Pitchbundel SG-overleg van vrijdag 4 december<\/h1>/);
    assert.match(page.text, /Schulden &lt;script&gt;alert\(1\)&lt;\/script&gt; &amp; meer/);
    assert.doesNotMatch(page.text, /<script>/);
    assert.match(page.text, /<li>Wonen \(BZK, Bram Jansen\)<\/li>/);
  });

  it('never serves bundles when no token is configured', async () => {
    app = await startTestApp();
    assert.equal((await app.get('/bundles/sg/2026-12-04')).status, 404);
    assert.equal((await app.get('/bundles/sg/2026-12-04?token=')).status, 404);
  });
});
