import { strict as assert } from 'node:assert';
import { VERBS } from '../../src/present/cards/verbs';
import { Repositories } from '../../src/store/repositories';
import { cardSubmit, message, TestUser, USERS } from '../helpers/activities';
import { startTestApp, TestApp } from '../helpers/appHarness';
import { visibleText } from '../helpers/botHarness';
import { StandInConnector } from '../helpers/standInConnector';

/**
 * A lead pastes a pitch while more than one theme is open, or while the pitch is already submitted: through the
 * real composition (TeamsAdapter, Application, SQLite), the replies reaching the stand-in connector.
 */
const NL = {
  problem: 'Schulden stapelen zich op bij jongeren.',
  acceleration: 'Collectieve schuldregeling met private schuldeisers.',
  dilemmas: 'Privacy tegenover vroegsignalering.',
  needs: 'Mandaat om met schuldeisers af te spreken.',
  whom: 'Banken, gemeenten, NVVK.',
};
const NL_TEXT = `1) Wat is het probleem?\n${NL.problem}\n2) Waar zie je mogelijkheden voor versnelling?\n${NL.acceleration}\n3) Wat zijn je dilemma's?\n${NL.dilemmas}\n4) Wat heb je nodig?\n${NL.needs}\n5) Wie heb je nodig?\n${NL.whom}`;
const EN = {
  problem: 'Debts pile up among young people.',
  acceleration: 'A collective debt scheme.',
  dilemmas: 'Privacy versus early warning.',
  needs: 'A mandate.',
  whom: 'Banks and municipalities.',
};
const EN_TEXT = `Problem: ${EN.problem}\nRoom for acceleration: ${EN.acceleration}\nDilemmas: ${EN.dilemmas}\nWhat do you need: ${EN.needs}\nWhom do you need: ${EN.whom}`;
const FIRST = {
  problem: 'Eerste versie van het probleem.',
  acceleration: 'Eerste versie.',
  dilemmas: 'Eerste dilemma.',
  needs: 'Eerste behoefte.',
  whom: 'Eerste partners.',
};
const NOOR: TestUser = { id: '29:noor', name: 'Noor El Amrani', aadObjectId: 'aad-noor' };

type Data = Record<string, unknown>;
type Card = { body: Data[]; actions?: { title: string; data: Data }[] };
const cardOf = (a: Data | undefined) => (a?.attachments as { content: Card }[] | undefined)?.[0]?.content;
const actionData = (a: Data | undefined, verb: string) => cardOf(a)!.actions!.find((x) => x.data.verb === verb)!.data;
const choiceSet = (a: Data | undefined) => cardOf(a)!.body.find((b) => b.id === 'slot') as { value?: string; choices: { title: string; value: string }[] };

describe('a pitch pasted while several themes are open or the pitch is submitted (real Application, SQLite)', () => {
  let connector: StandInConnector;
  let app: TestApp;
  let repos: Repositories;
  let cards = 0;

  beforeEach(async () => {
    connector = await new StandInConnector().start();
    connector.roster.set(USERS.lead.id, { id: USERS.lead.id, name: USERS.lead.name, email: 'sanne.devries@overlegbot.example' });
    connector.roster.set(NOOR.id, { id: NOOR.id, name: NOOR.name, email: 'noor.elamrani@overlegbot.example' });
    app = await startTestApp();
    repos = new Repositories(app.app.storage);
  });
  afterEach(async () => {
    await app.close();
    await connector.stop();
  });

  const via = <T>(a: T) => ({ ...a, serviceUrl: connector.url });

  /** Sends a message; returns the bot's reply, named by an id of our own so that its buttons can be pressed. */
  async function say(text: string, user: TestUser = USERS.lead): Promise<{ id: string; activity: Data }> {
    const before = connector.activities().length;
    assert.equal((await app.post(via(message(text, user)))).status, 200);
    const sent = connector.activities().slice(before);
    assert.equal(sent.length, 1, 'one reply');
    return { id: `card-${++cards}`, activity: sent[0].activity };
  }

  /** Presses a button on a card; returns the card as it was replaced, and any new message. */
  async function press(data: Data, cardId: string | undefined, user: TestUser = USERS.lead) {
    const before = connector.activities().length;
    assert.equal((await app.post(via(cardSubmit(data, user, cardId)))).status, 200);
    const sent = connector.activities().slice(before);
    const updated = sent.find((s) => s.method === 'PUT' && cardId && s.path.endsWith(`/activities/${cardId}`))?.activity;
    return { updated, posted: sent.filter((s) => s.method === 'POST').map((s) => s.activity) };
  }

  const stored = async (theme = 'schulden', date = '2026-12-04') => (await repos.getPitches('sg', date, [theme])).get(theme);

  /** Sanne's schulden pitch of 4 December, submitted through the form's button as a lead does it. */
  async function submitFirst(user: TestUser = USERS.lead, slot = 'sg|2026-12-04|schulden') {
    const r = await press({ verb: VERBS.submitPitch, slot, lang: 'nl', ...FIRST }, undefined, user);
    assert.match(visibleText(r.posted[0] as never), /^Ingediend om 09:00/m);
  }

  it('shows what it understood first, marks the submitted theme, preselects the one still open, and Openen unchanged goes there', async () => {
    await submitFirst();
    const r = await say(NL_TEXT);
    const text = visibleText(r.activity as never);
    assert.match(text, /^Dit heb ik uit je bericht begrepen$/m);
    for (const answer of Object.values(NL)) assert.match(text, new RegExp(`^${answer}$`, 'm'), `the understood answer "${answer}" is shown`);
    assert.ok(text.indexOf(NL.whom) < text.indexOf('Voor welke pitch is het?'), 'the answers come before the choice');
    const set = choiceSet(r.activity);
    assert.deepEqual(
      set.choices.map((c) => c.title),
      ['Schulden — SG-overleg van vrijdag 4 december (al ingediend)', 'Arbeidsmarkt en jeugdwerkloosheid — SG-overleg van vrijdag 11 december'],
    );
    assert.equal(set.value, 'sg|2026-12-11|arbeidsmarkt', 'the one open theme is preselected, not the submitted one');

    // Teams sends the choice set's value with the button's data when Openen is pressed unchanged.
    const opened = await press({ ...actionData(r.activity, VERBS.openPitch), slot: set.value }, r.id);
    const values = Object.fromEntries(
      cardOf(opened.updated)!
        .body.filter((b) => b.type === 'Input.Text')
        .map((b) => [b.id, b.value]),
    );
    assert.deepEqual(values, NL, 'the form of the open theme, filled with the paste');
    assert.match(visibleText(opened.updated as never), /^Pitch: Arbeidsmarkt en jeugdwerkloosheid$/m);
    assert.deepEqual((await stored())?.answers, FIRST, 'the submitted pitch is untouched');
  });

  it('marks the submitted theme in the plain "pitch" choice too, preselecting the one still open', async () => {
    await submitFirst();
    const r = await say('pitch');
    assert.match(visibleText(r.activity as never), /^Voor welke pitch\?$/m);
    const set = choiceSet(r.activity);
    assert.deepEqual(
      set.choices.map((c) => c.title),
      ['Schulden — SG-overleg van vrijdag 4 december (al ingediend)', 'Arbeidsmarkt en jeugdwerkloosheid — SG-overleg van vrijdag 11 december'],
    );
    assert.equal(set.value, 'sg|2026-12-11|arbeidsmarkt');
  });

  it('preselects nothing when two themes are open', async () => {
    const r = await say(NL_TEXT);
    const set = choiceSet(r.activity);
    assert.equal(set.value, undefined);
    assert.equal(set.choices.length, 2);
    assert.ok(!set.choices.some((c) => /ingediend/.test(c.title)));
    assert.equal((cardOf(r.activity)!.body.find((b) => b.id === 'slot') as Data).isRequired, true, 'the client asks for a choice');
  });

  it('asks before the paste replaces a submitted pitch; on confirmation the form has the paste and Indienen replaces it', async () => {
    await submitFirst();
    const r = await say(NL_TEXT);
    const asked = await press({ ...actionData(r.activity, VERBS.openPitch), slot: 'sg|2026-12-04|schulden' }, r.id);
    const question = visibleText(asked.updated as never);
    assert.match(question, /^Ingediende pitch vervangen\?$/m);
    assert.match(
      question,
      /^Je pitch over Schulden voor het SG-overleg van vrijdag 4 december is al ingediend \(om 09:00\)\. Wil je die vervangen door de tekst die je plakte\?$/m,
    );
    assert.deepEqual(
      cardOf(asked.updated)!.actions!.map((a) => a.title),
      ['Vervangen', 'Annuleren'],
    );
    assert.ok(!cardOf(asked.updated)!.body.some((b) => b.type === 'Input.Text'), 'no form before confirming');
    assert.deepEqual((await stored())?.answers, FIRST, 'nothing changed by asking');

    const form = await press(actionData(asked.updated, VERBS.replacePitch), r.id);
    const values = Object.fromEntries(
      cardOf(form.updated)!
        .body.filter((b) => b.type === 'Input.Text')
        .map((b) => [b.id, b.value]),
    );
    assert.deepEqual(values, NL);
    await press({ ...actionData(form.updated, VERBS.submitPitch), ...values }, r.id);
    const p = (await stored())!;
    assert.deepEqual(p.answers, NL);
    assert.deepEqual(
      p.revisions.map((x) => x.kind),
      ['submitted', 'submitted'],
      'the first submission is kept as a revision',
    );
  });

  it('cancelling keeps the submitted pitch and shows it', async () => {
    await submitFirst();
    const r = await say(NL_TEXT);
    const asked = await press({ ...actionData(r.activity, VERBS.openPitch), slot: 'sg|2026-12-04|schulden' }, r.id);
    const kept = await press(actionData(asked.updated, VERBS.keepPitch), r.id);
    const text = visibleText(kept.updated as never);
    assert.match(text, /^Niets gewijzigd: je ingediende pitch blijft zoals hij was\.$/m);
    assert.match(text, new RegExp(`^${FIRST.problem}$`, 'm'));
    const p = (await stored())!;
    assert.deepEqual(p.answers, FIRST);
    assert.equal(p.revisions.length, 1);
  });

  it('asks before Indienen on the receipt of a paste replaces the only, submitted, pitch', async () => {
    await submitFirst(NOOR, 'sg|2026-12-18|gebiedsgericht');
    const r = await say(NL_TEXT, NOOR);
    assert.match(
      visibleText(r.activity as never),
      /^Deze pitch is al ingediend\. Dien je dit in, dan vervangt het de ingediende versie; ik vraag het je eerst\.$/m,
    );
    const asked = await press(actionData(r.activity, VERBS.submitPitch), r.id, NOOR);
    assert.match(visibleText(asked.updated as never), /^Ingediende pitch vervangen\?$/m);
    assert.deepEqual((await stored('gebiedsgericht', '2026-12-18'))?.answers, FIRST, 'Indienen alone replaced nothing');
    const done = await press(actionData(asked.updated, VERBS.replacePitch), r.id, NOOR);
    assert.match(visibleText(done.updated as never), /^Ingediend om 09:00, deadline donderdag 17 december 12:00; je kunt tot dan wijzigen\.$/m);
    assert.deepEqual((await stored('gebiedsgericht', '2026-12-18'))?.answers, NL);
  });

  it('does the same in English', async () => {
    await submitFirst();
    const r = await say(EN_TEXT);
    const text = visibleText(r.activity as never);
    assert.match(text, /^This is what I understood from your message$/m);
    assert.match(text, new RegExp(`^${EN.acceleration}$`, 'm'));
    assert.deepEqual(
      choiceSet(r.activity).choices.map((c) => c.title),
      ['Schulden — SG-overleg of Friday 4 December (already submitted)', 'Arbeidsmarkt en jeugdwerkloosheid — SG-overleg of Friday 11 December'],
    );
    const asked = await press({ ...actionData(r.activity, VERBS.openPitch), slot: 'sg|2026-12-04|schulden' }, r.id);
    assert.match(visibleText(asked.updated as never), /^Replace the submitted pitch\?$/m);
    assert.match(visibleText(asked.updated as never), /has already been submitted \(at 09:00\)\. Do you want to replace it with the text you pasted\?$/m);
    assert.deepEqual(
      cardOf(asked.updated)!.actions!.map((a) => a.title),
      ['Replace', 'Cancel'],
    );
    const kept = await press(actionData(asked.updated, VERBS.keepPitch), r.id);
    assert.match(visibleText(kept.updated as never), /^Nothing changed: your submitted pitch stays as it was\.$/m);
    assert.deepEqual((await stored())?.answers, FIRST);
  });

  it('reads a paste whose structure is only in the text/html attachment, with entities decoded, and stores the decoded text', async () => {
    // As Teams may deliver pasted rich text: `text` one line (entities and all), the lines only in the HTML.
    const html = [
      '<p><b>1) Wat is het probleem?</b></p>',
      '<p>Sport &amp; Cultuur ontbreken in de wijk &ndash; vooral voor jongeren.</p>',
      '<p><b>2) Waar zie je mogelijkheden voor versnelling?</b></p>',
      '<p>Samenwerking met &quot;Jongeren aan Zet&quot;.</p>',
      "<p><b>3) Wat zijn je dilemma's?</b></p>",
      '<p>Snelheid &lt;&gt; zorgvuldigheid.</p>',
      '<p><b>4) Wat heb je nodig?</b></p>',
      '<p>Budget&nbsp;voor 2027.</p>',
      '<p><b>5) Wie heb je nodig?</b></p>',
      '<p>Gemeenten &amp; provincies.</p>',
    ].join('');
    const oneLine = html.replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ');
    const activity = { ...message(oneLine, NOOR), attachments: [{ contentType: 'text/html', content: html }] };
    const before = connector.activities().length;
    assert.equal((await app.post(via(activity))).status, 200);
    const [reply] = connector.activities().slice(before);
    const text = visibleText(reply.activity as never);
    assert.match(text, /^Dit heb ik uit je bericht begrepen\. Klopt het\? Dan dien ik het in\.$/m, 'recognised as a pitch');
    assert.match(text, /^Sport & Cultuur ontbreken in de wijk – vooral voor jongeren\.$/m);
    assert.doesNotMatch(JSON.stringify(reply.activity), /&(amp|quot|lt|gt|nbsp|ndash);/, 'no entity left in the reply');
    await press(actionData(reply.activity, VERBS.submitPitch), 'card-html', NOOR);
    assert.deepEqual((await stored('gebiedsgericht', '2026-12-18'))?.answers, {
      problem: 'Sport & Cultuur ontbreken in de wijk – vooral voor jongeren.',
      acceleration: 'Samenwerking met "Jongeren aan Zet".',
      dilemmas: 'Snelheid <> zorgvuldigheid.',
      needs: 'Budget voor 2027.',
      whom: 'Gemeenten & provincies.',
    });
  });

  it('refuses a tampered replace or keep payload and changes nothing', async () => {
    await submitFirst();
    const r = await say(NL_TEXT);
    const asked = await press({ ...actionData(r.activity, VERBS.openPitch), slot: 'sg|2026-12-04|schulden' }, r.id);
    const replace = actionData(asked.updated, VERBS.replacePitch);
    const refused = 'Deze knop kan niet meer gebruikt worden; er is niets gewijzigd. Vraag het opnieuw als het nog nodig is.';
    for (const [what, data, answer] of [
      ['an unknown next step', { ...replace, then: 'delete' }, refused],
      ['no answers', { verb: VERBS.replacePitch, slot: replace.slot, lang: 'nl', then: 'submit' }, refused],
      ['a malformed slot', { ...replace, slot: 'sg|morgen|schulden' }, refused],
      ['a keep without a slot', { verb: VERBS.keepPitch, lang: 'nl' }, refused],
      ['a keep for a pitch that was never submitted', { verb: VERBS.keepPitch, slot: 'sg|2026-12-11|arbeidsmarkt', lang: 'nl' }, refused],
      ['Openen without a choice', { ...actionData(r.activity, VERBS.openPitch) }, refused],
      [
        "someone else's theme",
        { ...replace, slot: 'sg|2026-12-04|wonen' },
        'Alleen de trekker van dit thema, de plaatsvervangers en de coördinatoren kunnen deze pitch indienen of wijzigen. Er is niets opgeslagen.',
      ],
    ] as const) {
      const t = await press(data as Data, undefined);
      assert.equal(t.posted.length, 1, what);
      assert.equal((t.posted[0] as { text?: string }).text, answer, what);
    }
    const p = (await stored())!;
    assert.deepEqual(p.answers, FIRST);
    assert.equal(p.revisions.length, 1);
    assert.equal(await stored('wonen'), undefined);
    assert.equal(await stored('arbeidsmarkt', '2026-12-11'), undefined);
  });
});
