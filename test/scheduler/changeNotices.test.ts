import { strict as assert } from 'node:assert';
import { cardSubmit, message, personal, TestUser, USERS } from '../helpers/activities';
import { startTestApp, TestApp, tempDir } from '../helpers/appHarness';
import { visibleText } from '../helpers/botHarness';
import { StandInConnector } from '../helpers/standInConnector';
import { VERBS } from '../../src/present/cards/verbs';

const LEAD: TestUser = { ...USERS.lead, aadObjectId: 'aad-sanne' };
const DAAN: TestUser = { ...USERS.deputy, aadObjectId: 'aad-daan' };
const SANNE_ID = 'sanne.devries@overlegbot.example';
const DAAN_ID = 'daan.visser@overlegbot.example';

describe('cancelling or moving a meeting tells whoever had answered (real app, SQLite, scheduler, stand-in connector)', () => {
  let connector: StandInConnector;
  const apps: TestApp[] = [];
  beforeEach(async () => {
    connector = await new StandInConnector().start();
    connector.roster.set(USERS.coordinator.id, { id: USERS.coordinator.id, email: 'coordinator@overlegbot.example' });
    connector.roster.set(LEAD.id, { id: LEAD.id, email: SANNE_ID });
    connector.roster.set(DAAN.id, { id: DAAN.id, email: DAAN_ID });
  });
  afterEach(async () => {
    await Promise.all(apps.splice(0).map((a) => a.close()));
    await connector.stop();
  });
  const via = <T>(a: T) => ({ ...a, serviceUrl: connector.url });
  const to = (user: TestUser) =>
    connector.activities().filter((a) => decodeURIComponent(a.path).startsWith(`/v3/conversations/${personal(user).id}/activities`));
  const changeKeys = (sent: string[]) => sent.filter((k) => k.startsWith('change/'));

  /** The coordinator asks, then presses Confirm on the card the bot sent. */
  async function confirmed(a: TestApp, text: string) {
    await a.post(via(message(text, USERS.coordinator)));
    const card = to(USERS.coordinator).at(-1)!.activity as { attachments: { content: { actions: { data?: Record<string, unknown> }[] } }[] };
    const confirm = card.attachments[0].content.actions.find((x) => x.data?.verb === VERBS.confirmChange)!;
    const res = await a.post(via(cardSubmit(confirm.data!, USERS.coordinator, undefined)));
    assert.equal(res.status, 200);
  }

  it('a cancel: one notice to each member who had answered (not to those who had not), once, across a restart and with two schedulers', async () => {
    const dataDir = tempDir();
    const a = await startTestApp({ dataDir });
    apps.push(a);
    await a.post(via(message('afmelden voor het SG-overleg van 11 december', LEAD)));
    await a.post(via(message('ik ben erbij op het SG-overleg van 11 december', DAAN)));
    const before = { lead: to(LEAD).length, daan: to(DAAN).length };
    await confirmed(a, 'annuleer het SG-overleg van 11 december');
    // Pressing Confirm only stores the change and answers: nobody is told before the scheduler's tick.
    assert.deepEqual({ lead: to(LEAD).length, daan: to(DAAN).length }, before);
    assert.match(visibleText(to(USERS.coordinator).at(-1)!.activity), /geannuleerd door Carla Coördinator/);

    // Two schedulers on one store (one of them a restarted process), ticking at once: each notice once.
    const b = await startTestApp({ dataDir });
    apps.push(b);
    const at = new Date('2026-12-01T09:01:00+01:00');
    const [ra, rb] = await Promise.all([a.app.scheduler.tick(at), b.app.scheduler.tick(at)]);
    const sent = changeKeys([...ra.sent, ...rb.sent]).sort();
    assert.equal(sent.length, 2, sent.join('\n'));
    assert.match(sent[0], new RegExp(`^change/sg/2026-12-11/2026-12-01T08:00:00.000Z/person:${DAAN_ID}$`));
    assert.match(sent[1], new RegExp(`^change/sg/2026-12-11/2026-12-01T08:00:00.000Z/person:${SANNE_ID}$`));
    assert.equal(to(LEAD).length, before.lead + 1);
    assert.equal(
      visibleText(to(LEAD).at(-1)!.activity),
      'Wijziging: SG-overleg van vrijdag 11 december\nHet SG-overleg van vrijdag 11 december gaat niet door; Carla Coördinator heeft het geannuleerd. Je had je afgemeld; je hoeft niets meer te doen.',
    );
    assert.match(visibleText(to(DAAN).at(-1)!.activity), /Je had je aangemeld; je hoeft niets meer te doen\.$/);
    // Later ticks, of either process, send nothing again.
    assert.deepEqual(changeKeys((await b.app.scheduler.tick(new Date('2026-12-01T09:06:00+01:00'))).sent), []);
    assert.deepEqual(changeKeys((await a.app.scheduler.tick(new Date('2026-12-02T09:06:00+01:00'))).sent), []);
    assert.equal(to(LEAD).length, before.lead + 1);
  });

  it('a move: the answers stay with the meeting, the notice offers the other answer, and a second move tells again', async () => {
    const a = await startTestApp({ dataDir: tempDir() });
    apps.push(a);
    await a.post(via(message('afmelden voor het SG-overleg van 18 december, want ik ben op werkbezoek', LEAD)));
    await a.post(via(message('speak English', DAAN)));
    await a.post(via(message("I'll be there at the SG meeting of 18 December", DAAN)));
    await confirmed(a, 'verplaats het SG-overleg van 18 december naar donderdag 17 december 15:00');
    const r = await a.app.scheduler.tick(new Date('2026-12-01T09:01:00+01:00'));
    assert.equal(changeKeys(r.sent).length, 2, r.sent.join('\n'));
    const notice = to(LEAD).at(-1)!.activity;
    assert.match(
      visibleText(notice),
      /^Het SG-overleg van vrijdag 18 december is verplaatst naar donderdag 17 december 2026, 15:00-16:00 \(door Carla Coördinator\)\. Je afmelding blijft staan voor de nieuwe tijd/m,
    );
    assert.match(visibleText(notice), /\[Ik ben erbij\]/);
    assert.match(
      visibleText(to(DAAN).at(-1)!.activity),
      /^The SG-overleg of Friday 18 December has moved to Thursday 17 December 2026, 15:00-16:00 \(by Carla Coördinator\)\. You are still down as attending for the new time/m,
    );
    assert.match(visibleText(to(DAAN).at(-1)!.activity), /\[Send apologies\]/);
    assert.doesNotMatch(visibleText(to(DAAN).at(-1)!.activity), /\[I'll be there\]/);

    // The moved meeting keeps its answers.
    await a.post(via(message('wie komen er naar het SG-overleg van 17 december?', USERS.coordinator)));
    const list = visibleText(to(USERS.coordinator).at(-1)!.activity);
    assert.match(list, /^Afgemeld: Sanne de Vries \(ik ben op werkbezoek\)$/m);
    assert.match(list, /^Aanwezig: Daan Visser$/m);

    // Moved once more: a new change, so a new notice each.
    a.setNow(new Date('2026-12-02T10:00:00+01:00'));
    await confirmed(a, 'verplaats het SG-overleg van 18 december naar woensdag 16 december 15:00');
    const again = await a.app.scheduler.tick(new Date('2026-12-02T10:01:00+01:00'));
    assert.deepEqual(changeKeys(again.sent).sort(), [
      `change/sg/2026-12-18/2026-12-02T09:00:00.000Z/person:${DAAN_ID}`,
      `change/sg/2026-12-18/2026-12-02T09:00:00.000Z/person:${SANNE_ID}`,
    ]);
    assert.match(visibleText(to(LEAD).at(-1)!.activity), /verplaatst naar woensdag 16 december 2026, 15:00-16:00/);
  });
});
