import { strict as assert } from 'node:assert';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { VERBS } from '../../src/present/cards/verbs';
import { renderBundlePage } from '../../src/bundles/renderBundlePage';
import { recordPitch } from '../../src/domain/pitches';
import { renderPost } from '../../src/scheduler/postContent';
import { SqliteStorage } from '../../src/store/sqliteStorage';
import { cardSubmit, CHANNEL, message, personal, TestUser, USERS } from '../helpers/activities';
import { cardOf, Harness, makeHarness, visibleText } from '../helpers/botHarness';

const opened: SqliteStorage[] = [];
function sqlite(file = join(mkdtempSync(join(tmpdir(), 'overlegbot-att-')), 'bot.sqlite')): SqliteStorage {
  const s = new SqliteStorage(file);
  opened.push(s);
  return s;
}

/** Through the real Application, on SQLite. */
function harness(now = '2026-12-01T09:00:00+01:00', storage = sqlite()): Harness {
  return makeHarness({ now, storage });
}

async function say(h: Harness, text: string, user: TestUser = USERS.lead) {
  const replies = await h.send(message(text, user));
  return { replies, text: replies.map(visibleText).join('\n') };
}

type Action = { type: string; title: string; data?: Record<string, unknown>; card?: { actions: { data: Record<string, unknown> }[] } };
const actionsOf = (a: Parameters<typeof cardOf>[0]) => (cardOf(a)?.actions ?? []) as Action[];

async function answerOf(h: Harness, date = '2026-12-04', person = USERS.lead.aadObjectId, group = 'sg') {
  return (await h.deps.repos.getAttendance(group, date))?.answers[person];
}

describe('attendance: members say whether they come', () => {
  after(() => opened.forEach((s) => s.close()));

  it('"ik kan vrijdag niet": apologies for Friday\'s SG meeting, stored with who and when', async () => {
    const h = harness();
    const r = await say(h, 'ik kan vrijdag niet');
    assert.match(r.text, /^Genoteerd: je hebt je afgemeld voor het SG-overleg van vrijdag 4 december 2026, 16:00-17:00\.$/m);
    assert.match(r.text, /\[Ik ben erbij\]/, 'the other answer is one press away');
    const a = await answerOf(h);
    assert.deepEqual(a?.answer, { kind: 'apologies' });
    assert.equal(a?.byName, 'Sanne de Vries');
    assert.equal(a?.at, '2026-12-01T08:00:00.000Z');
  });

  it('"afmelden voor het SG-overleg van 11 december, want …": the meeting named, with the reason', async () => {
    const h = harness();
    const r = await say(h, 'afmelden voor het SG-overleg van 11 december, want ik ben op werkbezoek');
    assert.match(r.text, /afgemeld voor het SG-overleg van vrijdag 11 december 2026, 16:00-17:00 \(reden: ik ben op werkbezoek\)\./);
    assert.deepEqual((await answerOf(h, '2026-12-11'))?.answer, { kind: 'apologies', reason: 'ik ben op werkbezoek' });
  });

  it('"ik zeg af voor vrijdag" is a personal apology, not a cancelled meeting', async () => {
    const h = harness();
    const r = await say(h, 'ik zeg af voor vrijdag');
    assert.match(r.text, /je hebt je afgemeld voor het SG-overleg van vrijdag 4 december/);
    assert.deepEqual(await h.deps.repos.getExceptions('sg'), []);
  });

  it('"ik ben erbij" without a date fits the next meeting of each of her groups: a question with buttons, never a guess', async () => {
    const h = harness();
    const r = await say(h, 'ik ben er bij');
    assert.match(r.text, /^Voor welk overleg\?$/m);
    const buttons = actionsOf(r.replies[0]);
    assert.deepEqual(
      buttons.map((b) => b.title),
      [
        'Ambtelijke werkgroep, woensdag 2 december 2026, 10:00-11:00',
        'SG-overleg, vrijdag 4 december 2026, 16:00-17:00',
        'Bestuurlijk doorbraakoverleg, donderdag 17 december 2026, 13:00-14:00',
      ],
    );
    assert.equal(await answerOf(h), undefined, 'nothing stored before the choice');
    await h.send(cardSubmit(buttons[1].data!, USERS.lead, r.replies[0].id));
    const updated = h.adapter.activeQueue.find((a) => a.id === r.replies[0].id);
    assert.match(visibleText(updated), /Genoteerd: je bent erbij op het SG-overleg van vrijdag 4 december 2026/);
    assert.deepEqual((await answerOf(h))?.answer, { kind: 'present' });
  });

  it('"mijn plaatsvervanger Daan komt": apologies with the deputy found on the member list', async () => {
    const h = harness();
    const r = await say(h, 'mijn plaatsvervanger Daan komt op het SG-overleg van vrijdag');
    assert.match(r.text, /je hebt je afgemeld voor het SG-overleg van vrijdag 4 december 2026, 16:00-17:00\. Daan Visser komt in je plaats\./);
    assert.deepEqual((await answerOf(h))?.answer, { kind: 'apologies', deputy: { id: USERS.deputy.aadObjectId, name: 'Daan Visser' } });
  });

  it('answers as people type them: no "ik", chatter, "neemt waar", and "daar" after the bot named a meeting', async () => {
    const h = harness();
    assert.match((await say(h, 'helaas verhinderd vrijdag')).text, /je hebt je afgemeld voor het SG-overleg van vrijdag 4 december/);
    assert.match((await say(h, 'ben er vrijdag gewoon bij hoor')).text, /je bent erbij op het SG-overleg van vrijdag 4 december/);
    const r = await say(h, 'ik kan niet bij het SG-overleg van 11 december, Daan Visser neemt waar');
    assert.match(r.text, /afgemeld voor het SG-overleg van vrijdag 11 december 2026, 16:00-17:00\. Daan Visser komt in je plaats\./);
    await say(h, 'wanneer is het SG-overleg van 18 december?');
    assert.match((await say(h, 'daar kan ik trouwens niet bij zijn')).text, /afgemeld voor het SG-overleg van vrijdag 18 december/);
    assert.deepEqual((await answerOf(h, '2026-12-18'))?.answer, { kind: 'apologies' });
  });

  it('a question about apologies is never an answer: "who sent apologies for the SG meeting", "hoe meld ik me af"', async () => {
    const h = harness();
    await say(h, 'who sent apologies for the SG meeting', USERS.coordinator);
    await say(h, 'hoe meld ik me af voor een vergadering');
    assert.equal(await answerOf(h, '2026-12-04', USERS.coordinator.aadObjectId), undefined);
    assert.equal(await answerOf(h), undefined);
  });

  it('changing the answer keeps every change (who, when)', async () => {
    const h = harness();
    await say(h, 'ik kan vrijdag niet');
    h.clock.set('2026-12-02T10:00:00+01:00');
    await say(h, 'ik ben er vrijdag bij');
    const doc = await h.deps.repos.getAttendance('sg', '2026-12-04');
    assert.deepEqual(
      doc!.history.map((c) => [c.answer.kind, c.at, c.byName]),
      [
        ['apologies', '2026-12-01T08:00:00.000Z', 'Sanne de Vries'],
        ['present', '2026-12-02T09:00:00.000Z', 'Sanne de Vries'],
      ],
    );
  });

  it('in English: "I can\'t make Thursday\'s meeting", and a Thursday without a meeting of hers', async () => {
    const h = harness('2026-12-15T09:00:00+01:00');
    const r = await say(h, "I can't make Thursday's meeting");
    assert.match(r.text, /^Noted: you sent apologies for the Bestuurlijk doorbraakoverleg of Thursday 17 December 2026, 13:00-14:00\.$/m);
    assert.deepEqual((await answerOf(h, '2026-12-17', USERS.lead.aadObjectId, 'doorbraak'))?.answer, { kind: 'apologies' });
    const early = harness();
    assert.match((await say(early, "I can't make Thursday's meeting")).text, /^You have no meeting on Thursday 3 December\.$/m);
    assert.match((await say(early, "I'll be there on Friday")).text, /^Noted: you will attend the SG-overleg of Friday 4 December 2026, 16:00-17:00\.$/m);
  });

  it('refuses someone who is on no member list, politely, and stores nothing', async () => {
    const h = harness();
    assert.match((await say(h, 'ik kan vrijdag niet', USERS.member)).text, /^Je staat niet op de ledenlijst van een overleg/);
    assert.match((await say(h, "I can't make Friday's meeting", USERS.member)).text, /^You are not on any meeting's member list/);
    assert.equal(await h.deps.repos.getAttendance('sg', '2026-12-04'), undefined);
  });

  it('refuses a group she is not a member of', async () => {
    const h = harness();
    assert.match((await say(h, 'afmelden voor het overleg met de gemeenten')).text, /^Je staat niet op de ledenlijst van het Overleg gemeenten en wetenschap/);
  });

  it('refuses changes once the meeting has started, and for a meeting that does not take place', async () => {
    const h = harness('2026-12-04T16:05:00+01:00');
    assert.match(
      (await say(h, 'afmelden voor het SG-overleg van 4 december')).text,
      /^Het SG-overleg is al begonnen; de aanwezigheid kan niet meer worden gewijzigd\.$/m,
    );
    assert.equal(await answerOf(h), undefined);
    await h.deps.calendar.cancel('sg', '2026-12-18', 'Carla', h.clock.now());
    assert.match(
      (await say(h, 'afmelden voor het SG-overleg van 18 december')).text,
      /^Het SG-overleg van .*18 december 2026.* gaat niet door; aan- of afmelden is niet nodig\.$/m,
    );
  });

  it('refuses a tampered or stale card and changes nothing', async () => {
    const h = harness();
    for (const value of [
      { verb: VERBS.attend, meeting: 'sg|2026-12-05', answer: 'present' },
      { verb: VERBS.attend, meeting: 'nergens|2026-12-04', answer: 'present' },
      { verb: VERBS.attend, meeting: 'sg|2026-12-04', answer: 'misschien' },
      { verb: VERBS.attend, meeting: 'sg', answer: 'present' },
      { verb: VERBS.attend, meeting: 'sg|2026-12-04', answer: 'apologies', reason: 'x'.repeat(400) },
    ]) {
      const [reply] = await h.send(cardSubmit(value, USERS.lead, undefined));
      assert.doesNotMatch(visibleText(reply), /Genoteerd|Noted/, JSON.stringify(value));
    }
    const [notMine] = await h.send(cardSubmit({ verb: VERBS.attend, meeting: 'sg|2026-12-04', answer: 'present' }, USERS.member, undefined));
    assert.match(visibleText(notMine), /^Je staat niet op de ledenlijst van het SG-overleg/);
    assert.equal(await h.deps.repos.getAttendance('sg', '2026-12-04'), undefined);
  });

  it('the meeting reminder shows the count and the apologies, with "Ik ben erbij" / "Ik meld me af" (reason and deputy)', async () => {
    const h = harness();
    await say(h, 'ik kan vrijdag niet');
    await say(h, 'ik ben er vrijdag bij', USERS.deputy);
    const snapshot = await h.deps.planner.snapshot('2026-12-03', '2026-12-03', { groupIds: ['sg'], unboundAsPlaceholder: true });
    const post = snapshot.posts.find((p) => p.kind === 'meeting-reminder')!;
    const [activity] = renderPost(post, snapshot, { calendar: h.deps.calendar, links: h.deps.links }, 'nl', post.at);
    const text = visibleText(activity);
    assert.match(text, /^1 aanwezig, 1 afgemeld, 3 nog geen antwoord$/m);
    assert.match(text, /^Afgemeld: Sanne de Vries \(SZW\)$/m);
    const actions = actionsOf(activity);
    assert.deepEqual(actions.map((a) => a.title).slice(0, 2), ['Ik ben erbij', 'Ik meld me af']);
    assert.deepEqual(actions[0].data, { verb: VERBS.attend, meeting: 'sg|2026-12-04', answer: 'present', lang: 'nl' });
    const inputs = (actions[1].card as unknown as { body: { id: string }[] }).body.map((b) => b.id);
    assert.deepEqual(inputs, ['reason', 'deputy']);

    // Pressed in the channel by a member, with the card's fields: a reply naming her; the reminder stays.
    const submit = { ...actions[1].card!.actions[0].data, reason: 'ziek', deputy: 'Daan' };
    const [reply] = await h.send(cardSubmit(submit, USERS.lead, 'reminder-1', CHANNEL));
    assert.equal(
      visibleText(reply),
      'Genoteerd: Sanne de Vries heeft zich afgemeld voor het SG-overleg van vrijdag 4 december 2026, 16:00-17:00 (reden: ziek). Daan Visser komt in de plaats.',
    );
    assert.deepEqual((await answerOf(h))?.answer, { kind: 'apologies', reason: 'ziek', deputy: { id: USERS.deputy.aadObjectId, name: 'Daan Visser' } });
  });
});

describe('attendance: coordinators ask who comes', () => {
  after(() => opened.forEach((s) => s.close()));

  it('"wie komen er vrijdag?": present, apologies (reason, deputy), no answer yet, per organisation', async () => {
    const h = harness();
    await say(h, 'afmelden voor vrijdag, want ik ben ziek');
    await say(h, 'ik ben er vrijdag bij', USERS.deputy);
    const r = await say(h, 'wie komen er vrijdag?', USERS.coordinator);
    const lines = r.text.split('\n');
    assert.equal(lines[0], 'Aanwezigheid SG-overleg van vrijdag 4 december');
    assert.deepEqual(lines.slice(1), [
      '1 aanwezig, 1 afgemeld, 3 nog geen antwoord',
      'BZK',
      'Nog geen antwoord: Bram Jansen',
      'OCW',
      'Aanwezig: Daan Visser',
      'SZW',
      'Afgemeld: Sanne de Vries (ik ben ziek)',
      'VNG',
      'Nog geen antwoord: Noor El Amrani',
      'VWS',
      'Nog geen antwoord: Eva Bakker',
    ]);
  });

  it('"wie heeft zich afgemeld?" for the next meetings of several groups: a question with buttons; in English too', async () => {
    const h = harness();
    await say(h, 'mijn plaatsvervanger Daan komt op het SG-overleg van vrijdag');
    const r = await say(h, 'wie heeft zich afgemeld?', USERS.coordinator);
    assert.match(r.text, /^Voor welk overleg\?$/m);
    const sg = actionsOf(r.replies[0]).find((b) => b.title.startsWith('SG-overleg'))!;
    await h.send(cardSubmit(sg.data!, USERS.coordinator, r.replies[0].id));
    assert.match(visibleText(h.adapter.activeQueue.find((a) => a.id === r.replies[0].id)), /^Afgemeld: Sanne de Vries \(plaatsvervanger Daan Visser\)$/m);
    const en = await say(h, 'who is coming to the SG meeting on Friday?', USERS.coordinator);
    assert.match(en.text, /^Attendance SG-overleg of Friday 4 December$/m);
    assert.match(en.text, /^0 attending, 1 apologies, 4 not answered yet$/m);
    assert.match(en.text, /^Apologies: Sanne de Vries \(deputy Daan Visser\)$/m);
  });

  it('only for coordinators', async () => {
    const h = harness();
    assert.match((await say(h, 'wie komen er vrijdag?', USERS.lead)).text, /^Alleen coördinatoren kunnen de aanwezigheid/);
    assert.match(
      (await say(h, 'wie komen er naar het SG-overleg van vrijdag?', USERS.lead)).text,
      /^Alleen de coördinatoren van het SG-overleg kunnen de aanwezigheid opvragen\.$/,
    );
    const [reply] = await h.send(cardSubmit({ verb: VERBS.attendanceList, meeting: 'sg|2026-12-04' }, USERS.lead, undefined));
    assert.match(visibleText(reply), /^Alleen de coördinatoren van het SG-overleg/);
  });

  it('a restart loses nothing (SQLite)', async () => {
    const storage = sqlite();
    await say(harness(undefined, storage), 'ik kan vrijdag niet');
    const again = harness(undefined, sqlite(storage.file));
    assert.match((await say(again, 'wie komen er naar het SG-overleg van vrijdag?', USERS.coordinator)).text, /^Afgemeld: Sanne de Vries$/m);
  });
});

describe('attendance in the pitch bundle: whether each lead comes to present', () => {
  after(() => opened.forEach((s) => s.close()));
  const FLAG = '⚠ Trekker afgemeld, zonder plaatsvervanger: niemand presenteert dit thema.';
  const DEPUTISED = 'Trekker afgemeld; Daan Visser presenteert.';

  /** Both pitches of Friday 4 December in (schulden: Sanne, wonen: Bram); Sanne sends apologies alone, Bram with Daan standing in. */
  async function meeting() {
    const h = harness();
    const answers = { problem: 'p', acceleration: 'a', dilemmas: 'd', needs: 'n', whom: 'w' };
    for (const [themeId, byName] of [
      ['schulden', 'Sanne de Vries'],
      ['wonen', 'Bram Jansen'],
    ])
      await h.deps.repos.updatePitch('sg', '2026-12-04', themeId, (c) =>
        recordPitch(c, {
          groupId: 'sg',
          originalDate: '2026-12-04',
          themeId,
          answers,
          kind: 'submitted',
          by: byName,
          byName,
          at: new Date('2026-12-01T08:00:00Z'),
          deadline: null,
        }),
      );
    await say(h, 'ik kan vrijdag niet');
    await say(h, 'Bram kan vrijdag niet, zijn plaatsvervanger Daan komt', USERS.coordinator);
    return h;
  }
  /** The lead line under each pitch heading, in order. */
  const leadLines = (text: string) => text.split('\n').filter((l) => /^(⚠ )?(Trekker|The lead) /.test(l));

  it('the chat bundle card ("stuur me de pitchbundel") flags the lead without a deputy to the coordinator', async () => {
    const h = await meeting();
    const r = await say(h, 'stuur me de pitchbundel van het SG-overleg van 4 december', USERS.coordinator);
    assert.deepEqual(leadLines(r.text), [FLAG, DEPUTISED]);
    const flagged = JSON.stringify(cardOf(r.replies[0]));
    assert.ok(flagged.includes(`"text":"${FLAG}","wrap":true,"isSubtle":false,"color":"Attention"`), flagged);
  });

  it('the printable bundle page (HTML) says it too, in agenda order', async () => {
    const h = await meeting();
    const page = (await renderBundlePage(h.deps.calendar, h.deps.pitches, h.deps.attendance, 'sg', '2026-12-04'))!;
    assert.match(page, /<p class="lead flagged">⚠ Trekker afgemeld, zonder plaatsvervanger: niemand presenteert dit thema\.<\/p>/);
    assert.match(page, /<p class="lead">Trekker afgemeld; Daan Visser presenteert\.<\/p>/);
    assert.equal(page.indexOf('class="lead flagged"') < page.indexOf('class="lead"'), true, 'in agenda order: schulden first');
  });

  it("the scheduled bundle post (renderPost, from the tick's snapshot) shows it, in Dutch and English", async () => {
    const h = await meeting();
    const snapshot = await h.deps.planner.snapshot('2026-12-03', '2026-12-03', { groupIds: ['sg'], unboundAsPlaceholder: true });
    const post = snapshot.posts.find((p) => p.kind === 'bundle')!;
    const nl = renderPost(post, snapshot, { calendar: h.deps.calendar, links: h.deps.links }, 'nl', post.at).map(visibleText).join('\n');
    assert.deepEqual(leadLines(nl), [FLAG, DEPUTISED]);
    const en = renderPost(post, snapshot, { calendar: h.deps.calendar, links: h.deps.links }, 'en', post.at).map(visibleText).join('\n');
    assert.deepEqual(leadLines(en), [
      '⚠ The lead sent apologies without a deputy: nobody presents this theme.',
      'The lead sent apologies; Daan Visser presents.',
    ]);
  });
});

void personal;

describe('attendance: a coordinator answers for someone else', () => {
  after(() => opened.forEach((s) => s.close()));
  const DAAN = USERS.deputy.aadObjectId;

  it('"Daan kan vrijdag niet": stored for Daan, as given by the coordinator on his behalf, with when', async () => {
    const h = harness();
    await say(h, 'ik ben er vrijdag bij', USERS.deputy);
    h.clock.set('2026-12-02T11:00:00+01:00');
    const r = await say(h, 'Daan kan vrijdag niet', USERS.coordinator);
    assert.equal(r.text, 'Genoteerd: Daan Visser heeft zich afgemeld voor het SG-overleg van vrijdag 4 december 2026, 16:00-17:00.');
    const doc = await h.deps.repos.getAttendance('sg', '2026-12-04');
    assert.deepEqual(
      doc!.history.map((c) => [c.person, c.answer.kind, c.by, c.byName, c.at]),
      [
        [DAAN, 'present', DAAN, 'Daan Visser', '2026-12-01T08:00:00.000Z'],
        [DAAN, 'apologies', USERS.coordinator.aadObjectId, 'Carla Coördinator', '2026-12-02T10:00:00.000Z'],
      ],
    );
    assert.match((await say(h, 'wie komen er vrijdag?', USERS.coordinator)).text, /^Afgemeld: Daan Visser$/m);
  });

  it('"meld Eva af voor het SG-overleg van 11 december", with a reason; "Bram kan vrijdag niet, zijn plaatsvervanger Daan komt"', async () => {
    const h = harness();
    const r = await say(h, 'meld Eva af voor het SG-overleg van 11 december, want ze is op werkbezoek', USERS.coordinator);
    assert.equal(
      r.text,
      'Genoteerd: Eva Bakker heeft zich afgemeld voor het SG-overleg van vrijdag 11 december 2026, 16:00-17:00 (reden: ze is op werkbezoek).',
    );
    assert.deepEqual((await answerOf(h, '2026-12-11', 'eva.bakker@overlegbot.example'))?.answer, { kind: 'apologies', reason: 'ze is op werkbezoek' });
    const d = await say(h, 'Bram kan vrijdag niet, zijn plaatsvervanger Daan komt', USERS.coordinator);
    assert.match(
      d.text,
      /^Genoteerd: Bram Jansen heeft zich afgemeld voor het SG-overleg van vrijdag 4 december 2026, 16:00-17:00\. Daan Visser komt in de plaats\.$/,
    );
    assert.deepEqual((await answerOf(h, '2026-12-04', 'bram.jansen@overlegbot.example'))?.answer, {
      kind: 'apologies',
      deputy: { id: DAAN, name: 'Daan Visser' },
    });
  });

  it('"Noor is er bij" fits her next meetings in three groups: a question with buttons, then stored for her', async () => {
    const h = harness();
    const r = await say(h, 'Noor is er bij', USERS.coordinator);
    assert.match(r.text, /^Voor welk overleg\?$/m);
    const buttons = actionsOf(r.replies[0]);
    assert.equal(buttons.length, 3);
    assert.equal(await answerOf(h, '2026-12-04', 'noor.elamrani@overlegbot.example'), undefined, 'nothing stored before the choice');
    const sg = buttons.find((b) => b.title.startsWith('SG-overleg'))!;
    await h.send(cardSubmit(sg.data!, USERS.coordinator, r.replies[0].id));
    const updated = h.adapter.activeQueue.find((a) => a.id === r.replies[0].id);
    assert.match(visibleText(updated), /Genoteerd: Noor El Amrani is erbij op het SG-overleg van vrijdag 4 december 2026/);
    const a = await answerOf(h, '2026-12-04', 'noor.elamrani@overlegbot.example');
    assert.deepEqual([a?.answer, a?.by], [{ kind: 'present' }, USERS.coordinator.aadObjectId]);
  });

  it('in English: "Bram can\'t make Friday\'s meeting", "Eva will be there on Friday"', async () => {
    const h = harness();
    assert.equal(
      (await say(h, "Bram can't make Friday's meeting", USERS.coordinator)).text,
      'Noted: Bram Jansen sent apologies for the SG-overleg of Friday 4 December 2026, 16:00-17:00.',
    );
    assert.equal(
      (await say(h, 'Eva will be there on Friday', USERS.coordinator)).text,
      'Noted: Eva Bakker will attend the SG-overleg of Friday 4 December 2026, 16:00-17:00.',
    );
    assert.deepEqual((await answerOf(h, '2026-12-04', 'bram.jansen@overlegbot.example'))?.answer, { kind: 'apologies' });
    assert.equal(
      (await say(h, 'sign Noor off for the SG meeting of 11 December', USERS.coordinator)).text,
      'Noted: Noor El Amrani sent apologies for the SG-overleg of Friday 11 December 2026, 16:00-17:00.',
    );
    assert.match(
      (await say(h, 'send apologies for Daan for Friday', USERS.coordinator)).text,
      /^Noted: Daan Visser sent apologies for the SG-overleg of Friday 4 December/,
    );
  });

  it('a name on no member list: a polite answer that lists nothing from the lists, and nothing stored', async () => {
    const h = harness();
    const nl = await say(h, 'meld Fatima af voor het SG-overleg van 11 december', USERS.coordinator);
    assert.match(nl.text, /^Ik vind niemand die Fatima heet op de ledenlijst van het SG-overleg\./);
    const en = await say(h, 'Piet will be there on Friday', USERS.coordinator);
    assert.match(en.text, /^I find nobody called Piet on the member lists of your meetings\./);
    for (const t of [nl.text, en.text]) assert.doesNotMatch(t, /@|aad-|Sanne|Daan|Bram|Eva|Noor/);
    assert.equal(await h.deps.repos.getAttendance('sg', '2026-12-11'), undefined);
    assert.equal(await h.deps.repos.getAttendance('sg', '2026-12-04'), undefined);
  });

  it('someone who coordinates nothing gets a polite refusal, whether the name exists or not, and nothing changes', async () => {
    const h = harness();
    const known = await say(h, 'Daan kan vrijdag niet', USERS.lead);
    const unknown = await say(h, 'Fatima kan vrijdag niet', USERS.lead);
    assert.equal(known.text, unknown.text, 'the refusal says nothing about who is a member');
    assert.match(known.text, /^Alleen coördinatoren kunnen iemand anders aan- of afmelden\./);
    assert.match(
      (await say(h, 'meld Bram af voor het SG-overleg van 11 december', USERS.lead)).text,
      /^Alleen de coördinatoren van het SG-overleg kunnen iemand anders aan- of afmelden\./,
    );
    assert.match((await say(h, "Bram can't make Friday's meeting", USERS.member)).text, /^Only coordinators can answer for someone else\./);
    // A choice card's payload, replayed by someone else or with a person the group does not have.
    const [tampered] = await h.send(cardSubmit({ verb: VERBS.attend, meeting: 'sg|2026-12-04', answer: 'apologies', member: DAAN }, USERS.lead, undefined));
    assert.match(visibleText(tampered), /^Alleen de coördinatoren van het SG-overleg kunnen iemand anders aan- of afmelden\./);
    const [stranger] = await h.send(
      cardSubmit({ verb: VERBS.attend, meeting: 'sg|2026-12-04', answer: 'apologies', member: 'fatima@example.org' }, USERS.coordinator, undefined),
    );
    assert.doesNotMatch(visibleText(stranger), /Genoteerd|Noted|fatima/i);
    assert.equal(await h.deps.repos.getAttendance('sg', '2026-12-04'), undefined);
    assert.equal(await h.deps.repos.getAttendance('sg', '2026-12-11'), undefined);
  });

  it('"ik kan vrijdag niet" stays the speaker\'s own answer, and "meld hem af" is not taken as one', async () => {
    const h = harness();
    await say(h, 'ik kan vrijdag niet');
    assert.deepEqual((await answerOf(h))?.answer, { kind: 'apologies' });
    await say(h, 'meld hem af voor vrijdag', USERS.deputy);
    assert.equal(await answerOf(h, '2026-12-04', DAAN), undefined);
  });
});
