import { strict as assert } from 'node:assert';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { VERBS } from '../../src/present/cards/verbs';
import { SqliteStorage } from '../../src/store/sqliteStorage';
import { cardSubmit, CHANNEL, message, TestUser, USERS } from '../helpers/activities';
import { cardOf, Harness, makeHarness, visibleText } from '../helpers/botHarness';

const opened: SqliteStorage[] = [];
const tempFile = () => join(mkdtempSync(join(tmpdir(), 'overlegbot-actions-')), 'bot.sqlite');
function sqlite(file = tempFile()): SqliteStorage {
  const s = new SqliteStorage(file);
  opened.push(s);
  return s;
}

/** Wednesday 20 May 2026: the SG-overleg last met on Friday 15 May. Through the real Application, on SQLite. */
function harness(now = '2026-05-20T10:00:00+02:00', storage = sqlite()): Harness {
  return makeHarness({ now, storage });
}

async function say(h: Harness, text: string, user: TestUser = USERS.coordinator, where?: Parameters<typeof message>[2]) {
  const replies = await h.send(message(text, user, where));
  return { replies, text: replies.map(visibleText).join('\n') };
}

const items = async (h: Harness, group = 'sg') => (await h.deps.repos.getActionItems(group))?.items ?? [];
type Action = { type: string; title: string; data?: Record<string, unknown> };
const actionsOf = (a: Parameters<typeof cardOf>[0]) => (cardOf(a)?.actions ?? []) as Action[];

async function bindSg(h: Harness) {
  await say(h, 'koppel dit kanaal aan het SG-overleg', USERS.coordinator, CHANNEL);
}

describe('action items: coordinators record, owners close', () => {
  after(() => opened.forEach((s) => s.close()));

  it('"actiepunt: BZK levert input aan voor dinsdag 26 mei" in the SG channel: one sentence, the most recent meeting, stored with who and when', async () => {
    const h = harness();
    await bindSg(h);
    const r = await say(h, 'actiepunt: BZK levert input aan voor dinsdag 26 mei', USERS.coordinator, CHANNEL);
    assert.equal(
      r.text,
      'Actiepunt 1 genoteerd voor BZK, uiterlijk dinsdag 26 mei (uit het SG-overleg van vrijdag 15 mei): BZK levert input aan voor dinsdag 26 mei',
    );
    const [item] = await items(h);
    assert.deepEqual(
      [item.id, item.meeting, item.due, item.status, item.owner],
      [1, '2026-05-15', '2026-05-26', 'open', { kind: 'organisation', name: 'BZK' }],
    );
    assert.deepEqual(item.history, [
      { kind: 'created', at: '2026-05-20T08:00:00.000Z', by: USERS.coordinator.aadObjectId, byName: USERS.coordinator.name, due: '2026-05-26' },
    ]);
  });

  it('the meeting named, and a member as owner: "actiepunt SG-overleg 15 mei: Bram Jansen belt de VNG uiterlijk 2 juni"', async () => {
    const h = harness();
    const r = await say(h, 'actiepunt SG-overleg 15 mei: Bram Jansen belt de VNG uiterlijk 2 juni');
    assert.match(r.text, /^Actiepunt 1 genoteerd voor Bram Jansen, uiterlijk dinsdag 2 juni \(uit het SG-overleg van vrijdag 15 mei\)/);
    const [item] = await items(h);
    assert.equal(item.meeting, '2026-05-15');
    assert.equal(item.owner.kind === 'member' && item.owner.organisation, 'BZK');
  });

  it('in English: "action item for the SG meeting: BZK delivers input by Tuesday 26 May"', async () => {
    const h = harness();
    const r = await say(h, 'action item for the SG meeting: BZK delivers input by Tuesday 26 May');
    assert.equal(r.text, 'Action item 1 recorded for BZK, due Tuesday 26 May (from the SG-overleg of Friday 15 May): BZK delivers input by Tuesday 26 May');
  });

  it('in a personal chat, an owner found in several groups gets a question, never a guess; nothing stored', async () => {
    const h = harness();
    const r = await say(h, 'actiepunt: BZK levert input aan voor dinsdag 26 mei');
    assert.match(r.text, /^Bij welk overleg hoort het actiepunt\?/);
    assert.deepEqual(await items(h), []);
  });

  it('refuses someone who is not a coordinator (NL and EN), and stores nothing', async () => {
    const h = harness();
    assert.equal(
      (await say(h, 'actiepunt SG-overleg: BZK levert input aan voor dinsdag 26 mei', USERS.lead)).text,
      'Alleen de coördinatoren van het SG-overleg kunnen actiepunten noteren.',
    );
    assert.equal(
      (await say(h, 'action item for the SG meeting: BZK delivers input by Tuesday 26 May', USERS.lead)).text,
      'Only the coordinators of the SG-overleg can record action items.',
    );
    assert.deepEqual(await items(h), []);
  });

  it('a bad date gets a polite question; a past date, no date or an unknown owner a clear answer; nothing is stored', async () => {
    const h = harness();
    const bad = await say(h, 'actiepunt SG-overleg: BZK levert input aan voor woensdag 26 mei');
    assert.equal(bad.text, '26 mei is geen woensdag. Welke datum bedoel je?');
    assert.match(
      (await say(h, 'actiepunt SG-overleg: BZK levert input aan voor 18 mei 2026')).text,
      /^Maandag 18 mei is al voorbij\. Geef een datum vanaf vandaag; ik heb niets genoteerd\.$/,
    );
    assert.match((await say(h, 'actiepunt SG-overleg: BZK levert input aan')).text, /^Voor wanneer\?/);
    assert.match((await say(h, 'actiepunt SG-overleg: iemand belt de minister voor 1 juni')).text, /^Wie is de eigenaar\?/);
    assert.match((await say(h, 'action item for the SG meeting: somebody calls the minister by 1 June')).text, /^Who is the owner\?/);
    assert.deepEqual(await items(h), []);
  });

  it('"which action items are overdue?" / "achterstallige actiepunten" is the overview, not the pitch status; none anywhere says so once', async () => {
    const h = harness();
    const en = await say(h, 'which action items are overdue?');
    assert.equal(en.text, 'None of your meetings has action items yet.');
    const nl = await say(h, 'achterstallige actiepunten van het SG-overleg');
    assert.match(nl.text, /^Actiepunten SG-overleg$/m);
    assert.doesNotMatch(nl.text, /pitch/i);
  });

  it('chatter about action items changes nothing', async () => {
    const h = harness();
    await bindSg(h);
    for (const t of ['we hebben veel actiepunten', 'de actiepunten staan in de notulen', 'actiepunt 2 is lastig']) await say(h, t, USERS.coordinator, CHANNEL);
    assert.deepEqual(await items(h), []);
  });

  it('"mijn actiepunten": the owner sees hers (as a member and through her organisation) and marks one done with the button, one in chat', async () => {
    const h = harness();
    await say(h, 'actiepunt SG-overleg: SZW stuurt de notitie rond voor vrijdag 29 mei');
    await say(h, 'actiepunt SG-overleg: Sanne de Vries belt de VNG voor 27 mei');
    await say(h, 'actiepunt SG-overleg: BZK levert input aan voor dinsdag 26 mei');
    const mine = await say(h, 'mijn actiepunten', USERS.lead);
    assert.match(mine.text, /^Mijn actiepunten$/m);
    assert.match(mine.text, /^#2 Sanne de Vries: Sanne de Vries belt de VNG voor 27 mei \(uiterlijk woensdag 27 mei\)$/m);
    assert.match(mine.text, /^#1 SZW: SZW stuurt de notitie rond voor vrijdag 29 mei \(uiterlijk vrijdag 29 mei\)$/m);
    assert.doesNotMatch(mine.text, /BZK/);
    const buttons = actionsOf(mine.replies[0]);
    assert.deepEqual(
      buttons.map((b) => b.title),
      ['Actiepunt 2 is klaar', 'Actiepunt 1 is klaar'],
    );
    await h.send(cardSubmit(buttons[0].data!, USERS.lead, mine.replies[0].id));
    const updated = h.adapter.activeQueue.find((a) => a.id === mine.replies[0].id);
    assert.match(visibleText(updated), /^Actiepunt 2 is afgerond: Sanne de Vries belt de VNG voor 27 mei$/m);
    assert.equal((await say(h, 'actiepunt 1 is klaar', USERS.lead)).text, 'Actiepunt 1 is afgerond: SZW stuurt de notitie rond voor vrijdag 29 mei');
    assert.equal((await say(h, 'actiepunt 1 is klaar', USERS.lead)).text, 'Actiepunt 1 was al afgerond.');
    const stored = await items(h);
    assert.deepEqual(
      stored.map((i) => i.status),
      ['done', 'done', 'open'],
    );
    assert.deepEqual(stored[1].history.at(-1), { kind: 'done', at: '2026-05-20T08:00:00.000Z', by: USERS.lead.aadObjectId, byName: USERS.lead.name });
    assert.equal((await say(h, 'mijn actiepunten', USERS.lead)).text, 'Je hebt geen openstaande actiepunten.');
  });

  it("someone else's item is refused, an unknown number too, a tampered button as well; nothing changes", async () => {
    const h = harness();
    await say(h, 'actiepunt SG-overleg: BZK levert input aan voor dinsdag 26 mei');
    assert.equal(
      (await say(h, 'actiepunt 1 is klaar', USERS.lead)).text,
      'Actiepunt 1 van het SG-overleg is niet van jou; alleen de eigenaar of een coördinator kan het afronden.',
    );
    assert.equal((await say(h, 'action item 7 is done', USERS.lead)).text, 'I find no action item 7.');
    const [tampered] = await h.send(cardSubmit({ verb: VERBS.actionDone, item: 'sg|abc' }, USERS.lead, undefined));
    assert.ok(visibleText(tampered).length > 0);
    assert.deepEqual(
      (await items(h)).map((i) => i.status),
      ['open'],
    );
  });

  it('in English: "my action items" and "action item 1 is done"', async () => {
    const h = harness();
    await say(h, 'action item for the SG meeting: SZW sends the note round by Friday 29 May');
    const mine = await say(h, 'my action items', USERS.lead);
    assert.match(mine.text, /^My action items$/m);
    assert.match(mine.text, /^#1 SZW: SZW sends the note round by Friday 29 May \(due Friday 29 May\)$/m);
    assert.equal((await say(h, 'action item 1 is done', USERS.lead)).text, 'Action item 1 is done: SZW sends the note round by Friday 29 May');
  });

  it('coordinators see open, overdue and done; a restart loses nothing', async () => {
    const file = tempFile();
    const h = harness('2026-05-20T10:00:00+02:00', sqlite(file));
    await say(h, 'actiepunt SG-overleg: BZK levert input aan voor dinsdag 26 mei');
    await say(h, 'actiepunt SG-overleg: VWS reageert op de notitie voor vrijdag 5 juni');
    await say(h, 'actiepunt SG-overleg: OCW stuurt de cijfers voor 22 mei');
    await say(h, 'actiepunt 3 is klaar');
    const later = harness('2026-05-28T10:00:00+02:00', sqlite(file));
    const r = await say(later, 'openstaande actiepunten van het SG-overleg');
    assert.equal(
      r.text,
      [
        'Actiepunten SG-overleg',
        'Over de datum',
        '#1 BZK: BZK levert input aan voor dinsdag 26 mei (uiterlijk dinsdag 26 mei)',
        'Open',
        '#2 VWS: VWS reageert op de notitie voor vrijdag 5 juni (uiterlijk vrijdag 5 juni)',
        'Afgerond',
        '#3 OCW: OCW stuurt de cijfers voor 22 mei (uiterlijk vrijdag 22 mei)',
        '[Nieuw actiepunt]',
      ].join('\n'),
    );
    assert.match((await say(later, 'open action items of the SG meeting')).text, /^Overdue$/m);
    assert.equal(
      (await say(later, 'openstaande actiepunten van het SG-overleg', USERS.lead)).text,
      'Alleen de coördinatoren van het SG-overleg zien het overzicht van de actiepunten. Je eigen actiepunten staan onder "mijn actiepunten".',
    );
    assert.equal(
      (await say(later, 'open action items of the SG meeting', USERS.lead)).text,
      'Only the coordinators of the SG-overleg see the overview of its action items. Your own action items are under "my action items".',
    );
  });

  it('per meeting: "actiepunten van het SG-overleg van 15 mei" shows that meeting\'s items and says which meeting; one without items says so', async () => {
    const h = harness();
    await say(h, 'actiepunt SG-overleg 15 mei: BZK levert input aan voor dinsdag 26 mei');
    await say(h, 'actiepunt SG-overleg 8 mei: VWS stuurt de cijfers voor vrijdag 29 mei');
    const may15 = await say(h, 'actiepunten van het SG-overleg van 15 mei');
    assert.match(may15.text, /^Actiepunten SG-overleg van vrijdag 15 mei\nOpen\n#1 BZK: /);
    assert.doesNotMatch(may15.text, /VWS/);
    const may8 = await say(h, 'action items of the SG meeting of 8 May');
    assert.match(may8.text, /^Action items SG-overleg of Friday 8 May\nOpen\n#2 VWS: /);
    assert.doesNotMatch(may8.text, /BZK/);
    const may1 = await say(h, 'actiepunten van het SG-overleg van 1 mei');
    assert.match(may1.text, /^Actiepunten SG-overleg van vrijdag 1 mei\nUit het SG-overleg van vrijdag 1 mei komen geen actiepunten\.$/m);
    assert.match((await say(h, 'openstaande actiepunten van het SG-overleg')).text, /^Actiepunten SG-overleg\nOpen\n#1 BZK: .*\n#2 VWS: /);
  });

  it("a new date: the owner asks (the old date stands), the coordinator confirms with the button; a coordinator's own date counts at once", async () => {
    const h = harness();
    await say(h, 'actiepunt SG-overleg: SZW stuurt de notitie rond voor vrijdag 29 mei');
    assert.equal(
      (await say(h, 'actiepunt 1 nieuwe datum 12 juni', USERS.lead)).text,
      'Nieuwe datum voor actiepunt 1 gevraagd: vrijdag 12 juni. Een coördinator bevestigt die; tot dan geldt de oude datum.',
    );
    assert.deepEqual(
      (await items(h)).map((i) => [i.due, i.requestedDue]),
      [['2026-05-29', '2026-06-12']],
    );
    assert.equal(
      (await say(h, 'bevestig nieuwe datum actiepunt 1', USERS.lead)).text,
      'Alleen de coördinatoren van het SG-overleg kunnen een nieuwe datum bevestigen.',
    );
    const list = await say(h, 'openstaande actiepunten van het SG-overleg');
    assert.match(list.text, /^#1 SZW: SZW stuurt de notitie rond voor vrijdag 29 mei \(uiterlijk vrijdag 29 mei; nieuwe datum gevraagd: vrijdag 12 juni\)$/m);
    const [button] = actionsOf(list.replies[0]);
    assert.equal(button.title, 'Bevestig vrijdag 12 juni voor actiepunt 1');
    await h.send(cardSubmit(button.data!, USERS.coordinator, list.replies[0].id));
    assert.match(visibleText(h.adapter.activeQueue.find((a) => a.id === list.replies[0].id)), /^Actiepunt 1 heeft een nieuwe datum: vrijdag 12 juni\.$/m);
    assert.deepEqual(
      (await items(h)).map((i) => [i.due, i.requestedDue]),
      [['2026-06-12', undefined]],
    );
    assert.equal((await say(h, 'action item 1 new date 19 June')).text, 'Action item 1 has a new date: Friday 19 June.');
    assert.equal(
      (await say(h, 'actiepunt 1 nieuwe datum 1 mei 2026', USERS.lead)).text,
      'Vrijdag 1 mei is al voorbij. Geef een datum vanaf vandaag; ik heb niets genoteerd.',
    );
    assert.deepEqual(
      (await items(h)).map((i) => [i.due, i.requestedDue]),
      [['2026-06-19', undefined]],
    );
  });

  it('due dates in words: "over twee weken", "voor het volgende SG-overleg" (which also names the group)', async () => {
    const h = harness();
    assert.match(
      (await say(h, 'actiepunt SG-overleg: BZK levert input aan over twee weken')).text,
      /^Actiepunt 1 genoteerd voor BZK, uiterlijk woensdag 3 juni /,
    );
    assert.match(
      (await say(h, 'actiepunt: VWS stuurt de cijfers rond voor het volgende SG-overleg')).text,
      /^Actiepunt 2 genoteerd voor VWS, uiterlijk vrijdag 22 mei \(uit het SG-overleg van vrijdag 15 mei\)/,
    );
    assert.deepEqual(
      (await items(h)).map((i) => i.due),
      ['2026-06-03', '2026-05-22'],
    );
  });
});

describe('action items: coordinators record one with a form card', () => {
  after(() => opened.forEach((s) => s.close()));
  type Input = { type: string; id?: string; min?: string; value?: string; choices?: { title: string; value: string }[] };
  const inputs = (a: Parameters<typeof cardOf>[0]) => ((cardOf(a)?.body ?? []) as Input[]).filter((b) => b.type.startsWith('Input.'));
  const find = (h: Harness, id: string | undefined) => h.adapter.activeQueue.find((a) => a.id === id);

  /** "nieuw actiepunt" in a personal chat, the SG-overleg chosen: the form, in place of the question. */
  async function openForm(h: Harness) {
    const r = await say(h, 'nieuw actiepunt');
    assert.match(r.text, /^Voor welk overleg is het actiepunt\?$/m);
    const sg = actionsOf(r.replies[0]).find((b) => b.title === 'SG-overleg')!;
    await h.send(cardSubmit(sg.data!, USERS.coordinator, r.replies[0].id));
    return { form: find(h, r.replies[0].id), id: r.replies[0].id };
  }
  const submitData = (form: Parameters<typeof cardOf>[0]) => actionsOf(form).find((a) => a.data?.verb === VERBS.actionCreate)!.data!;

  it('"nieuw actiepunt": text, owner (members and organisations), due date from today and the meeting; submitted, it is stored and in "mijn actiepunten"', async () => {
    const h = harness();
    const { form, id } = await openForm(h);
    assert.match(visibleText(form), /^Nieuw actiepunt SG-overleg$/m);
    const fields = inputs(form);
    assert.deepEqual(
      fields.map((f) => [f.type, f.id]),
      [
        ['Input.Text', 'text'],
        ['Input.ChoiceSet', 'owner'],
        ['Input.Date', 'due'],
        ['Input.ChoiceSet', 'meeting'],
      ],
    );
    const owners = fields[1].choices!.map((c) => c.title);
    assert.ok(owners.includes('Sanne de Vries (SZW)') && owners.includes('BZK'), owners.join(', '));
    assert.ok(!owners.some((t) => /@|aad-/.test(t)), 'people see names, never ids');
    assert.equal(fields[2].min, '2026-05-20');
    assert.equal(fields[3].value, '2026-05-15', 'the most recent meeting is chosen');
    assert.match(fields[3].choices![0].title, /^vrijdag 15 mei 2026, 16:00-17:00$/);

    const sanne = fields[1].choices!.find((c) => c.title === 'Sanne de Vries (SZW)')!.value;
    await h.send(
      cardSubmit({ ...submitData(form), text: 'Sanne stuurt de cijfers rond', owner: sanne, due: '2026-06-02', meeting: '2026-05-15' }, USERS.coordinator, id),
    );
    assert.equal(
      visibleText(find(h, id)),
      'Actiepunt 1 genoteerd voor Sanne de Vries, uiterlijk dinsdag 2 juni (uit het SG-overleg van vrijdag 15 mei): Sanne stuurt de cijfers rond',
    );
    const [item] = await items(h);
    assert.deepEqual([item.meeting, item.due, item.owner.kind, item.history[0].byName], ['2026-05-15', '2026-06-02', 'member', 'Carla Coördinator']);
    assert.match((await say(h, 'mijn actiepunten', USERS.lead)).text, /Sanne stuurt de cijfers rond/);
  });

  it('an organisation as owner, and the form from the button on the overview; in English too', async () => {
    const h = harness();
    const overview = await say(h, 'openstaande actiepunten van het SG-overleg');
    const button = actionsOf(overview.replies[0]).find((b) => b.title === 'Nieuw actiepunt')!;
    await h.send(cardSubmit(button.data!, USERS.coordinator, overview.replies[0].id));
    const form = find(h, overview.replies[0].id);
    assert.match(visibleText(form), /^Nieuw actiepunt SG-overleg$/m);
    const bzk = inputs(form)[1].choices!.find((c) => c.title === 'BZK')!.value;
    await h.send(
      cardSubmit(
        { ...submitData(form), text: 'input aanleveren', owner: bzk, due: '2026-05-26', meeting: '2026-05-15' },
        USERS.coordinator,
        overview.replies[0].id,
      ),
    );
    assert.deepEqual((await items(h))[0].owner, { kind: 'organisation', name: 'BZK' });

    const en = await say(h, 'new action item for the SG meeting');
    assert.match(en.text, /^New action item SG-overleg$/m);
    assert.deepEqual(
      inputs(en.replies[0]).map((f) => f.id),
      ['text', 'owner', 'due', 'meeting'],
    );
  });

  it('a tampered form (unknown owner, past date, another meeting, a bad payload) or a non-coordinator gets a polite answer and changes nothing', async () => {
    const h = harness();
    const { form, id } = await openForm(h);
    const base = { ...submitData(form), text: 'iets', owner: 'o:BZK', due: '2026-05-26', meeting: '2026-05-15' };
    const answer = async (value: Record<string, unknown>, user: TestUser = USERS.coordinator) => visibleText((await h.send(cardSubmit(value, user, id)))[0]);
    assert.match(
      await answer({ ...base, owner: 'm:iemand@elders.example' }),
      /^Die eigenaar staat niet op de ledenlijst van het SG-overleg; kies een lid of een organisatie uit de lijst\. Ik heb niets genoteerd\.$/,
    );
    assert.match(await answer({ ...base, owner: 'o:Defensie' }), /^Die eigenaar staat niet op de ledenlijst/);
    assert.match(await answer({ ...base, due: '2026-05-19' }), /^Dinsdag 19 mei is al voorbij\. Geef een datum vanaf vandaag; ik heb niets genoteerd\.$/);
    assert.match(await answer({ ...base, meeting: '2026-05-16' }), /^Het SG-overleg had geen overleg op zaterdag 16 mei; ik heb niets genoteerd\.$/);
    assert.equal(await answer({ ...base, text: '   ' }), 'Wat is er afgesproken? Vul de tekst van het actiepunt in; ik heb niets genoteerd.');
    for (const bad of [
      { ...base, owner: 'x:BZK' },
      { ...base, due: '26 mei' },
      { ...base, group: 'Nergens!' },
      { ...base, text: 42 },
    ]) {
      assert.doesNotMatch(await answer(bad), /genoteerd/, JSON.stringify(bad));
    }
    assert.match(await answer(base, USERS.lead), /^Alleen de coördinatoren van het SG-overleg kunnen actiepunten noteren\./);
    assert.match((await say(h, 'nieuw actiepunt', USERS.lead)).text, /^Alleen coördinatoren kunnen actiepunten noteren/);
    const [opened] = await h.send(cardSubmit({ verb: VERBS.actionForm, group: 'sg' }, USERS.lead, undefined));
    assert.match(visibleText(opened), /^Alleen de coördinatoren van het SG-overleg/);
    assert.deepEqual(await items(h), []);
    assert.equal(visibleText(find(h, id)).split('\n')[0], 'Nieuw actiepunt SG-overleg', 'the form stays, to correct');
  });
});
