import { strict as assert } from 'node:assert';
import { Activity } from 'botbuilder';
import { VERBS } from '../../src/present/cards/verbs';
import { CHANNEL, cardSubmit, message, USERS } from '../helpers/activities';
import { cardOf, Harness, makeHarness, visibleText } from '../helpers/botHarness';
import { useAzurite } from '../helpers/azurite';

const ANSWERS = {
  problem: 'Schulden stapelen zich op bij jongeren.',
  acceleration: 'Collectieve schuldregeling met private schuldeisers.',
  dilemmas: 'Privacy tegenover vroegsignalering.',
  needs: 'Mandaat om met schuldeisers af te spreken.',
  whom: 'Banken, gemeenten, NVVK.',
};

type Data = Record<string, unknown>;
const actionsOf = (a: Partial<Activity> | undefined) => (cardOf(a)?.actions ?? []) as { title: string; data: Data }[];
const action = (a: Partial<Activity> | undefined, verb: string) => actionsOf(a).find((x) => x.data.verb === verb)!.data;

/** Opens the form for the lead's schulden pitch of 4 December (the lead has two open slots, so via the choice card). */
async function openSchuldenForm(h: Harness, user = USERS.lead) {
  const [choice] = await h.send(message('pitch', user));
  const choices = (cardOf(choice)!.body as { id?: string; choices?: { value: string }[] }[]).find((b) => b.id === 'slot')!.choices!;
  const value = choices.find((c) => c.value === 'sg|2026-12-04|schulden')!.value;
  await h.send(cardSubmit({ ...action(choice, VERBS.openPitch), slot: value }, user, choice.id));
  const form = h.adapter.activeQueue.find((a) => a.id === choice.id)!;
  return form;
}

async function press(h: Harness, data: Data, replyTo: string | undefined, user = USERS.lead) {
  const before = h.adapter.activeQueue.length;
  const replies = await h.send(cardSubmit(data, user, replyTo));
  return { replies, updated: replyTo ? h.adapter.activeQueue.find((a) => a.id === replyTo) : undefined, before };
}

async function stored(h: Harness, theme = 'schulden', date = '2026-12-04') {
  return (await h.deps.repos.getPitches('sg', date, [theme])).get(theme);
}

describe('theme leads submit pitches', () => {
  it('lets a lead with two open pitches choose, then shows the five questions with meeting, theme and deadline', async () => {
    const h = makeHarness();
    const [choice] = await h.send(message('pitch indienen', USERS.lead));
    const text = visibleText(choice);
    assert.match(text, /^Voor welke pitch\?$/m);
    const choices = (cardOf(choice)!.body as { choices?: { title: string }[] }[]).find((b) => b.choices)!.choices!.map((c) => c.title);
    assert.deepEqual(choices, ['Schulden — SG-overleg van vrijdag 4 december', 'Arbeidsmarkt en jeugdwerkloosheid — SG-overleg van vrijdag 11 december']);
    const form = await openSchuldenForm(h);
    const card = cardOf(form)!;
    const inputs = (card.body as { type: string; id?: string; label?: string; maxLength?: number }[]).filter((b) => b.type === 'Input.Text');
    assert.deepEqual(
      inputs.map((i) => i.label),
      [
        '1. Wat is het probleem?',
        "2. Waar zie je mogelijkheden voor een 'coronaversnelling'?",
        "3. Wat zijn je dilemma's?",
        '4. Wat heb je hiervoor nodig?',
        '5. Wie heb je hiervoor nodig?',
      ],
    );
    assert.ok(inputs.every((i) => i.maxLength === 2000));
    assert.match(visibleText(form), /^Deadline donderdag 3 december 12:00$/m);
    assert.match(visibleText(form), /^Overleg SG-overleg, vrijdag 4 december 2026, 16:00-17:00$/m);
    assert.deepEqual(
      actionsOf(form).map((a) => a.title),
      ['Opslaan als concept', 'Indienen'],
    );
  });

  it('saves a draft, prefills it next time, submits, shows the receipt in place, and keeps every revision', async () => {
    const h = makeHarness();
    const form = await openSchuldenForm(h);
    const draft = await press(h, { ...action(form, VERBS.savePitchDraft), problem: ANSWERS.problem }, form.id);
    assert.match(visibleText(draft.updated), /^Concept opgeslagen om 09:00\. Dien het in vóór donderdag 3 december 12:00\.$/m);
    assert.equal((await stored(h))?.submittedAt, undefined);

    h.clock.set('2026-12-02T11:02:00+01:00');
    const again = await openSchuldenForm(h);
    const values = (cardOf(again)!.body as { id?: string; value?: string }[]).filter((b) => b.id).map((b) => [b.id, b.value]);
    assert.deepEqual(
      values.find(([id]) => id === 'problem'),
      ['problem', ANSWERS.problem],
      'prefilled with the draft',
    );

    const submitted = await press(h, { ...action(again, VERBS.submitPitch), ...ANSWERS }, again.id);
    assert.match(visibleText(submitted.updated), /^Ingediend om 11:02, deadline donderdag 3 december 12:00; je kunt tot dan wijzigen\.$/m);
    assert.match(visibleText(submitted.updated), /^Banken, gemeenten, NVVK\.$/m);
    assert.deepEqual(
      actionsOf(submitted.updated).map((a) => a.title),
      ['Wijzigen'],
    );

    h.clock.set('2026-12-03T10:00:00+01:00');
    const edit = await press(h, action(submitted.updated, VERBS.openPitch), submitted.updated!.id);
    assert.match(visibleText(edit.updated), /^Ingediend om 11:02/m, 'the form says it was submitted');
    await press(h, { ...action(edit.updated, VERBS.submitPitch), ...ANSWERS, whom: 'Banken en gemeenten.' }, edit.updated!.id);
    const p = (await stored(h))!;
    assert.equal(p.answers.whom, 'Banken en gemeenten.');
    assert.equal(p.late, false);
    assert.deepEqual(
      p.revisions.map((r) => [r.kind, r.at, r.byName]),
      [
        ['draft', '2026-12-01T08:00:00.000Z', 'Sanne de Vries'],
        ['submitted', '2026-12-02T10:02:00.000Z', 'Sanne de Vries'],
        ['submitted', '2026-12-03T09:00:00.000Z', 'Sanne de Vries'],
      ],
    );
  });

  it('accepts a submission after the deadline, marks it late, and the coordinator sees it', async () => {
    const h = makeHarness();
    const form = await openSchuldenForm(h);
    h.clock.set('2026-12-03T13:15:00+01:00');
    const r = await press(h, { ...action(form, VERBS.submitPitch), ...ANSWERS }, form.id);
    assert.match(
      visibleText(r.updated),
      /^Ingediend om 13:15, na de deadline \(donderdag 3 december 12:00\): je pitch is als te laat gemarkeerd; de coördinator ziet dat\.$/m,
    );
    assert.equal((await stored(h))?.late, true);
    const status = visibleText((await h.send(message('status', USERS.coordinator)))[0]);
    assert.match(status, /^Schulden \(SZW, Sanne de Vries\): te laat ingediend door Sanne de Vries op donderdag 3 december 13:15$/m);
  });

  it('refuses a late submission when the group refuses late pitches, names the coordinator, stores nothing', async () => {
    const h = makeHarness();
    const sg = h.deps.calendar.schedule.groups.find((g) => g.id === 'sg')!;
    (sg as { latePitches: string }).latePitches = 'refuse';
    const form = await openSchuldenForm(h);
    h.clock.set('2026-12-03T12:01:00+01:00');
    const r = await press(h, { ...action(form, VERBS.submitPitch), ...ANSWERS }, form.id);
    assert.equal(
      r.replies[0].text,
      'De deadline is voorbij en dit overleg neemt geen te late pitches aan. Er is niets opgeslagen. Neem contact op met de coördinator.',
    );
    assert.equal(await stored(h), undefined);
  });

  it('validates on the server: missing answers and too-long answers are named, the form comes back, nothing is stored', async () => {
    const h = makeHarness();
    const form = await openSchuldenForm(h);
    const r = await press(h, { ...action(form, VERBS.submitPitch), ...ANSWERS, dilemmas: '   ', whom: 'x'.repeat(2001) }, form.id);
    const text = visibleText(r.updated);
    assert.match(text, /^"3\. Wat zijn je dilemma's\?" is nog niet beantwoord\.$/m);
    assert.match(text, /^"5\. Wie heb je hiervoor nodig\?" is te lang: 2001 tekens, maximaal 2000\.$/m);
    const kept = (cardOf(r.updated)!.body as { id?: string; value?: string }[]).find((b) => b.id === 'problem')!.value;
    assert.equal(kept, ANSWERS.problem, 'what they typed is kept');
    assert.equal(await stored(h), undefined);
    const empty = await press(h, action(form, VERBS.savePitchDraft), undefined);
    assert.equal(empty.replies[0].text, 'Je pitch is leeg; er is niets opgeslagen.');
  });

  for (const [name, patch, user, answer] of [
    [
      'an unknown meeting',
      { originalDate: '2026-12-05' },
      USERS.lead,
      'Dat overleg bestaat niet (meer) of neemt geen pitches aan. Er is niets opgeslagen; stuur "pitch" voor een nieuw formulier.',
    ],
    [
      'a group without pitches',
      { groupId: 'werkgroep', originalDate: '2026-12-02' },
      USERS.lead,
      'Dat overleg bestaat niet (meer) of neemt geen pitches aan. Er is niets opgeslagen; stuur "pitch" voor een nieuw formulier.',
    ],
    ['a meeting in the past', { originalDate: '2026-11-27' }, USERS.lead, 'Dat overleg is al begonnen of voorbij; er is niets opgeslagen.'],
    [
      'a theme not on the agenda',
      { themeId: 'kansengelijkheid' },
      USERS.lead,
      'Dat thema staat niet (meer) op de agenda van dat overleg; er is niets opgeslagen.',
    ],
    ['an unknown theme', { themeId: 'koffie' }, USERS.lead, 'Dat thema ken ik niet; er is niets opgeslagen.'],
    [
      "someone else's theme",
      { themeId: 'wonen' },
      USERS.lead,
      'Alleen de trekker van dit thema, de plaatsvervangers en de coördinatoren kunnen deze pitch indienen of wijzigen. Er is niets opgeslagen.',
    ],
    [
      'a participant who leads nothing',
      {},
      USERS.member,
      'Alleen de trekker van dit thema, de plaatsvervangers en de coördinatoren kunnen deze pitch indienen of wijzigen. Er is niets opgeslagen.',
    ],
  ] as const) {
    it(`refuses a tampered or stale card payload for ${name} and stores nothing`, async () => {
      const h = makeHarness();
      const data: Data = Object.assign(
        { verb: VERBS.submitPitch, groupId: 'sg', originalDate: '2026-12-04', themeId: 'schulden', lang: 'nl', ...ANSWERS },
        patch,
      );
      const r = await press(h, data, undefined, user);
      assert.equal(r.replies[0].text, answer);
      for (const theme of ['schulden', 'wonen', 'kansengelijkheid', 'koffie']) assert.equal(await stored(h, theme, String(data.originalDate)), undefined);
    });
  }

  it('lets a deputy and a coordinator submit for a lead; tells others there is nothing for them', async () => {
    const h = makeHarness();
    const [deputy] = await h.send(message('pitch voor arbeidsmarkt', USERS.deputy));
    assert.match(visibleText(deputy), /^Pitch: Arbeidsmarkt en jeugdwerkloosheid$/m);
    await press(h, { ...action(deputy, VERBS.submitPitch), ...ANSWERS }, deputy.id, USERS.deputy);
    assert.equal((await stored(h, 'arbeidsmarkt', '2026-12-11'))?.submittedBy, 'Daan Visser');
    const [coord] = await h.send(message('pitch voor wonen', USERS.coordinator));
    assert.match(visibleText(coord), /^Pitch: Wonen$/m);
    assert.equal(
      (await h.send(message('pitch', USERS.member)))[0].text,
      'Er staat nu geen thema van jou op de agenda van een komend overleg, dus er is geen pitch om in te dienen. Vraag de coördinator om je thema te agenderen.',
    );
    assert.equal(
      (await h.send(message('pitch', USERS.lead, CHANNEL)))[0].text,
      'Een pitch dien je in via een persoonlijke chat met mij, niet in een kanaal. Stuur me daar "pitch".',
    );
  });

  it('reads a pitch pasted as Dutch text, shows what it understood, and submits only on confirm', async () => {
    const h = makeHarness();
    const text = `1) Wat is het probleem?\n${ANSWERS.problem}\n2) Waar zie je mogelijkheden voor versnelling?\n${ANSWERS.acceleration}\n3) Wat zijn je dilemma's?\n${ANSWERS.dilemmas}\n4) Wat heb je nodig?\n${ANSWERS.needs}\n5) Wie heb je nodig?\n${ANSWERS.whom}`;
    // Noor leads one theme with an open pitch (gebiedsgerichte aanpak, 18 December): no choice needed.
    const noor = { id: '29:noor', name: 'Noor El Amrani', aadObjectId: 'noor.elamrani@overlegbot.example' };
    const [r] = await h.send(message(text, noor));
    assert.match(visibleText(r), /^Dit heb ik uit je bericht begrepen\. Klopt het\? Dan dien ik het in\.$/m);
    assert.match(visibleText(r), new RegExp(`^${ANSWERS.acceleration}$`, 'm'));
    assert.deepEqual(
      actionsOf(r).map((a) => a.title),
      ['Indienen', 'Wijzigen'],
    );
    assert.equal(await stored(h, 'gebiedsgericht', '2026-12-18'), undefined, 'nothing stored before confirming');
    await press(h, action(r, VERBS.submitPitch), r.id, noor);
    assert.match(
      visibleText(h.adapter.activeQueue.find((a) => a.id === r.id)),
      /^Ingediend om 09:00, deadline donderdag 17 december 12:00; je kunt tot dan wijzigen\.$/m,
    );
    assert.deepEqual((await stored(h, 'gebiedsgericht', '2026-12-18'))?.answers, ANSWERS);
  });

  it('reads an English pasted pitch and answers in English', async () => {
    const h = makeHarness();
    const EN = {
      problem: 'Debts pile up among young people.',
      acceleration: 'A collective debt scheme.',
      dilemmas: 'Privacy versus early warning.',
      needs: 'A mandate.',
      whom: 'Banks and municipalities.',
    };
    const text = `Problem: ${EN.problem}\nRoom for acceleration: ${EN.acceleration}\nDilemmas: ${EN.dilemmas}\nWhat do you need: ${EN.needs}\nWhom do you need: ${EN.whom}`;
    const [r] = await h.send(message(text, USERS.lead));
    assert.match(visibleText(r), /^This is what I understood from your message$/m, 'two open slots: what was understood, then a choice, in English');
    assert.match(visibleText(r), /^Which pitch is it for\?/m);
    const choiceData = action(r, VERBS.openPitch);
    assert.deepEqual(choiceData.answers, EN, 'the pasted answers travel with the choice');
    const opened = await press(h, { ...choiceData, slot: 'sg|2026-12-04|schulden' }, r.id);
    const values = Object.fromEntries((cardOf(opened.updated)!.body as { id?: string; value?: string }[]).filter((b) => b.id).map((b) => [b.id, b.value]));
    assert.equal(values.whom, EN.whom);
    await press(h, { ...action(opened.updated, VERBS.submitPitch), ...values }, opened.updated!.id);
    assert.match(
      visibleText(h.adapter.activeQueue.find((a) => a.id === r.id)),
      /^Submitted at 09:00, deadline Thursday 3 December 12:00; you can edit it until then\.$/m,
    );
  });

  it('loses nothing when two leads submit for the same meeting at the same moment', async () => {
    await concurrentSubmissions(makeHarness());
  });

  describe('on Blob Storage (Azurite), where the writers race over HTTP', () => {
    const azurite = useAzurite();
    it('loses nothing when two leads submit for the same meeting at the same moment', async () => {
      await concurrentSubmissions(makeHarness({ storage: await azurite.current.storage() }));
    });
  });
});

/** Three submissions at once, two of them for one theme: every revision is kept. */
async function concurrentSubmissions(h: Harness): Promise<void> {
  const bram = { id: '29:bram', name: 'Bram Jansen', aadObjectId: 'bram.jansen@overlegbot.example' };
  const a = { verb: VERBS.submitPitch, groupId: 'sg', originalDate: '2026-12-04', themeId: 'schulden', lang: 'nl', ...ANSWERS };
  const b = { ...a, themeId: 'wonen', problem: 'Te weinig woningen.' };
  await Promise.all([
    h.adapter.processActivity(cardSubmit(a, USERS.lead, undefined)),
    h.adapter.processActivity(cardSubmit(b, bram, undefined)),
    h.adapter.processActivity(cardSubmit({ ...a, whom: 'Tweede versie.' }, USERS.coordinator, undefined)),
  ]);
  const all = await h.deps.repos.getPitches('sg', '2026-12-04', ['schulden', 'wonen']);
  assert.equal(all.get('wonen')?.answers.problem, 'Te weinig woningen.');
  assert.equal(all.get('schulden')?.revisions.length, 2, 'both revisions of schulden kept');
}

describe('coordinators follow the pitches', () => {
  it('shows status per theme: submitted, draft, missing', async () => {
    const h = makeHarness();
    const form = await openSchuldenForm(h);
    await press(h, { ...action(form, VERBS.savePitchDraft), problem: 'x' }, form.id);
    const text = visibleText((await h.send(message('welke pitches ontbreken?', USERS.member)))[0]);
    assert.match(text, /^Pitches voor het SG-overleg van vrijdag 4 december$/m);
    assert.match(text, /^0 van 2 pitches binnen, ontbreekt: Schulden \(SZW\) en Wonen \(BZK\)$/m);
    assert.match(text, /^Schulden \(SZW, Sanne de Vries\): concept, nog niet ingediend$/m);
    assert.match(text, /^Wonen \(BZK, Bram Jansen\): ontbreekt$/m);
    assert.match(visibleText((await h.send(message('missing pitches', USERS.member)))[0]), /^Wonen \(BZK, Bram Jansen\): missing$/m);
  });

  it('changes the agenda in chat (coordinators only) and the agenda shows standing items and themes', async () => {
    const h = makeHarness();
    assert.equal(
      (await h.send(message('zet wonen op de agenda van het SG-overleg van 11 december', USERS.member)))[0].text,
      'Alleen de coördinatoren van het SG-overleg kunnen de agenda wijzigen.',
    );
    assert.equal(
      (await h.send(message('zet schulden en wonen op de agenda van het SG-overleg van 11 december', USERS.coordinator)))[0].text,
      'De agenda van het SG-overleg van vrijdag 11 december heeft nu: Arbeidsmarkt en jeugdwerkloosheid, Kwetsbare jeugd, Schulden en Wonen.',
    );
    assert.equal(
      (await h.send(message('haal wonen van de agenda', USERS.coordinator)))[0].text,
      'De agenda van het SG-overleg van vrijdag 4 december heeft nu: Schulden.',
    );
    assert.match((await h.send(message('zet koffie op de agenda', USERS.coordinator)))[0].text!, /^Ik ken het thema "koffie" niet\./);
    const agenda = visibleText((await h.send(message('agenda van het SG-overleg van 11 december', USERS.member)))[0]);
    assert.match(agenda, /^1\. Terugkoppeling SG-overleg$/m);
    assert.match(agenda, /^Wonen \(BZK, Bram Jansen\): ontbreekt$/m);
    assert.match(visibleText((await h.send(message('agenda van vrijdag', USERS.member)))[0]), /^Agenda SG-overleg van vrijdag 4 december$/m);
  });

  it('bundles the pitches in agenda order with the asks and the missing ones, for coordinators only', async () => {
    const h = makeHarness();
    const form = await openSchuldenForm(h);
    await press(h, { ...action(form, VERBS.submitPitch), ...ANSWERS }, form.id);
    assert.match(String((await h.send(message('bundel', USERS.member)))[0].text), /^Alleen de coördinatoren van het SG-overleg kunnen de bundel opvragen/);
    const replies = await h.send(message('bundel', USERS.coordinator, CHANNEL));
    assert.equal(replies.length, 1);
    const text = visibleText(replies[0]);
    assert.match(text, /^Pitchbundel SG-overleg van vrijdag 4 december$/m);
    assert.match(text, /^Schulden \(SZW, Sanne de Vries\)$/m);
    assert.match(text, /^Wat de trekkers vragen$/m);
    assert.match(text, /^Mandaat om met schuldeisers af te spreken\.$/m);
    assert.match(text, /^• Wonen \(BZK, Bram Jansen\)$/m);
    assert.equal((cardOf(replies[0])!.actions as { url: string }[])[0].url, 'https://overlegbot.example/bundles/sg/2026-12-04?token=geheim');
  });

  it('splits a bundle that would exceed the Teams message size over several messages, each under the limit', async () => {
    const h = makeHarness();
    const long = (s: string) => `${s} ${'lange toelichting '.repeat(110)}`.slice(0, 2000);
    await h.send(
      message(
        'zet arbeidsmarkt, kwetsbare jeugd, multiprobleem, jongerenparticipatie, kansengelijkheid en gebiedsgerichte aanpak op de agenda',
        USERS.coordinator,
      ),
    );
    for (const theme of [
      'schulden',
      'wonen',
      'arbeidsmarkt',
      'kwetsbare-jeugd',
      'multiprobleem',
      'jongerenparticipatie',
      'kansengelijkheid',
      'gebiedsgericht',
    ]) {
      await press(
        h,
        {
          verb: VERBS.submitPitch,
          groupId: 'sg',
          originalDate: '2026-12-04',
          themeId: theme,
          lang: 'nl',
          problem: long('p'),
          acceleration: long('a'),
          dilemmas: long('d'),
          needs: long('n'),
          whom: long('w'),
        },
        undefined,
        USERS.coordinator,
      );
    }
    const replies = await h.send(message('bundel', USERS.coordinator));
    assert.ok(replies.length >= 2, `split into ${replies.length}`);
    for (const r of replies) assert.ok(Buffer.byteLength(JSON.stringify(r)) < 80_000, 'each message under 80 KB');
    assert.match(visibleText(replies[0]), /\(deel 1 van \d\)$/m);
    const all = replies.map(visibleText).join('\n');
    for (const name of ['Schulden', 'Wonen', 'Kansengelijkheid', 'Gebiedsgerichte aanpak']) assert.match(all, new RegExp(`^${name} \\(`, 'm'));
    assert.match(visibleText(replies.at(-1)), /^Alle pitches zijn binnen\.$/m);
  });
});
