import { strict as assert } from 'node:assert';
import { VERBS } from '../../src/present/cards/verbs';
import { feedWindow } from '../../src/cli';
import { buildFeed } from '../../src/ics/buildFeed';
import { cardSubmit, CHANNEL, message, personal, USERS } from '../helpers/activities';
import { cardOf, Harness, makeHarness, visibleText } from '../helpers/botHarness';

async function pendingCard(h: Harness, text: string, user = USERS.coordinator) {
  const [reply] = await h.send(message(text, user));
  const card = cardOf(reply);
  assert.ok(card, `expected a confirmation card, got ${reply?.text}`);
  const actions = card.actions as { title: string; data: Record<string, unknown> }[];
  return { reply, text: visibleText(reply), confirm: actions[0].data, abort: actions[1].data };
}

async function press(h: Harness, data: Record<string, unknown>, replyToId: string | undefined, user = USERS.coordinator) {
  return h.send(cardSubmit(data, user, replyToId));
}

async function sgNext(h: Harness) {
  return visibleText((await h.send(message('wanneer is het volgende SG-overleg', USERS.member)))[0]);
}

describe('coordinators cancel and move one meeting', () => {
  it('asks for confirmation before cancelling, and changes nothing until confirmed', async () => {
    const h = makeHarness();
    const p = await pendingCard(h, 'annuleer het SG-overleg van 18 december');
    assert.match(p.text, /^Overleg annuleren\?$/m);
    assert.match(p.text, /^Wil je het SG-overleg van vrijdag 18 december 2026, 16:00-17:00 annuleren\?$/m);
    assert.match(p.text, /\[Ja, doorvoeren\]/);
    assert.match(p.text, /\[Nee, niets wijzigen\]/);
    assert.equal(p.confirm.verb, VERBS.confirmChange);
    assert.deepEqual(await h.deps.repos.getExceptions('sg'), []);
  });

  it('cancels on Confirm: the card shows the outcome, answers and the ICS feed show the cancellation', async () => {
    const h = makeHarness();
    const p = await pendingCard(h, 'annuleer het SG-overleg van 18 december');
    const replies = await press(h, p.confirm, p.reply.id);
    assert.equal(replies.length, 0, 'the card is updated in place, no new message');
    const updated = h.adapter.activeQueue.find((a) => a.id === p.reply.id);
    assert.match(visibleText(updated), /^Het SG-overleg van vrijdag 18 december 2026, 16:00-17:00 is geannuleerd door Carla Coördinator\.$/m);
    assert.equal(cardOf(updated)!.actions, undefined, 'no buttons left to press');

    const stored = await h.deps.repos.getExceptions('sg');
    assert.deepEqual(
      stored.map((e) => [e.kind, e.originalDate, e.by]),
      [['cancelled', '2026-12-18', 'Carla Coördinator']],
    );

    h.clock.set('2026-12-12T09:00:00+01:00');
    assert.match(await sgNext(h), /^18 december: geen SG-overleg \(geannuleerd\)$/m);
    const groups = await h.deps.calendar.effectiveGroups(['sg']);
    const feed = buildFeed(groups, h.deps.calendar.schedule.calendar, {
      ...feedWindow(h.clock.now(), 'Europe/Amsterdam'),
      zone: 'Europe/Amsterdam',
      name: 'x',
    });
    assert.match(feed, /EXDATE;TZID=Europe\/Amsterdam:20261218T160000/);
  });

  it('moves on Confirm, keeps the length, and moves the deadline with it', async () => {
    const h = makeHarness();
    const p = await pendingCard(h, 'verplaats het SG-overleg van 18 december naar donderdag 17 december 15:00');
    assert.match(p.text, /^Wil je het SG-overleg van vrijdag 18 december 2026, 16:00-17:00 verplaatsen naar donderdag 17 december 2026, 15:00-16:00\?$/m);
    await press(h, p.confirm, p.reply.id);
    assert.match(
      visibleText(h.adapter.activeQueue.find((a) => a.id === p.reply.id)),
      /^Het SG-overleg is verplaatst naar donderdag 17 december 2026, 15:00-16:00 door Carla Coördinator\.$/m,
    );
    h.clock.set('2026-12-12T09:00:00+01:00');
    const text = await sgNext(h);
    assert.match(text, /^donderdag 17 december 2026, 15:00-16:00$/m);
    assert.match(text, /^pitches uiterlijk woensdag 16 december 12:00$/m);
    assert.match(text, /^verplaatst van vrijdag 18 december$/m);
  });

  it('moves only the time when only a time is given', async () => {
    const h = makeHarness();
    const p = await pendingCard(h, 'verplaats het SG-overleg van 4 december naar 14:00-15:30');
    assert.match(p.text, /verplaatsen naar vrijdag 4 december 2026, 14:00-15:30\?$/m);
  });

  it('changes nothing on "Nee, niets wijzigen"', async () => {
    const h = makeHarness();
    const p = await pendingCard(h, 'annuleer het SG-overleg van 18 december');
    await press(h, p.abort, p.reply.id);
    assert.match(visibleText(h.adapter.activeQueue.find((a) => a.id === p.reply.id)), /^Prima, er is niets gewijzigd\.$/m);
    assert.deepEqual(await h.deps.repos.getExceptions('sg'), []);
  });

  it('works in English too', async () => {
    const h = makeHarness();
    const p = await pendingCard(h, 'cancel the SG meeting of 18 December');
    assert.match(p.text, /^Do you want to cancel the SG-overleg of Friday 18 December 2026, 16:00-17:00\?$/m);
    await press(h, p.confirm, p.reply.id);
    assert.match(visibleText(h.adapter.activeQueue.find((a) => a.id === p.reply.id)), /was cancelled by Carla Coördinator\.$/m);
  });

  it('refuses non-coordinators politely, names the coordinators, and stores nothing', async () => {
    const h = makeHarness();
    const [r] = await h.send(message('annuleer het SG-overleg van 18 december', USERS.member));
    // The schedule names this coordinator by AAD object id: an id means nothing to people and is never shown.
    assert.equal(r.text, 'Alleen de coördinatoren van het SG-overleg kunnen overleggen annuleren of verplaatsen. Vraag het hun gerust.');
    const [en] = await h.send(message('move the SG meeting of 18 December to 17 December', USERS.member));
    assert.match(String(en.text), /^Only the coordinators of the SG-overleg can cancel or move meetings/);
    assert.deepEqual(await h.deps.repos.getExceptions('sg'), []);
  });

  it('refuses a Confirm pressed by someone who is not a coordinator (a forwarded or forged card)', async () => {
    const h = makeHarness();
    const p = await pendingCard(h, 'annuleer het SG-overleg van 18 december');
    const [r] = await press(h, p.confirm, p.reply.id, USERS.member);
    assert.match(String(r.text), /^Alleen de coördinatoren/);
    assert.deepEqual(await h.deps.repos.getExceptions('sg'), []);
  });

  it('refuses a tampered card payload and stores nothing', async () => {
    const h = makeHarness();
    for (const value of [
      { verb: VERBS.confirmChange, change: { kind: 'cancel', groupId: 'nope', originalDate: '2026-12-18' } },
      { verb: VERBS.confirmChange, change: { kind: 'explode', groupId: 'sg', originalDate: '2026-12-18' } },
      { verb: VERBS.confirmChange, change: { kind: 'cancel', groupId: 'sg', originalDate: '2026-12-17' } },
      { verb: VERBS.confirmChange, change: { kind: 'move', groupId: 'sg', originalDate: '2026-12-18', to: { date: '2026-11-01' } } },
      { verb: VERBS.confirmChange },
    ]) {
      const before = h.adapter.activeQueue.length;
      await press(h, value, undefined);
      const reply = h.adapter.activeQueue.slice(before)[0];
      assert.ok(/kan niet meer|geen SG-overleg|klopt niet/.test(visibleText(reply)), visibleText(reply));
    }
    assert.deepEqual(await h.deps.repos.getExceptions('sg'), []);
  });

  it('answers a second Confirm on the same card without changing anything again', async () => {
    const h = makeHarness();
    const p = await pendingCard(h, 'annuleer het SG-overleg van 18 december');
    await press(h, p.confirm, p.reply.id);
    await press(h, p.confirm, p.reply.id);
    assert.match(visibleText(h.adapter.activeQueue.find((a) => a.id === p.reply.id)), /^Dat SG-overleg gaat al niet door\.$/m);
    assert.equal((await h.deps.repos.getExceptions('sg')).length, 1);
  });

  it('asks which date is meant for "next Friday" on a Tuesday, with each date as a button, and changes nothing', async () => {
    const h = makeHarness();
    const [r] = await h.send(message('cancel the SG meeting of next Friday', USERS.coordinator));
    assert.match(visibleText(r), /^Which date do you mean: Friday 4 December and Friday 11 December\? Name the date, for example "18 December"\.$/m);
    const buttons = (cardOf(r)!.actions as { title: string; data: { msteams: { value: string } } }[]).map((a) => a.data.msteams.value);
    assert.deepEqual(buttons, ['cancel the sg meeting of Friday 4 December', 'cancel the sg meeting of Friday 11 December']);
    assert.deepEqual(await h.deps.repos.getExceptions('sg'), []);
  });

  for (const [text, answer] of [
    ['annuleer het SG-overleg van 31 november', '"31 november" bestaat niet als datum. Welke datum bedoel je?'],
    ['annuleer het SG-overleg van donderdag 18 december', '18 december is geen donderdag. Welke datum bedoel je?'],
    ['annuleer het SG-overleg van binnenkort', 'Ik begrijp "binnenkort" niet als datum. Noem de datum, bijvoorbeeld "18 december" of "volgende week vrijdag".'],
    [
      'annuleer het SG-overleg van 17 december',
      'Op donderdag 17 december is er geen SG-overleg. Controleer de datum, of vraag "wanneer is het volgende SG-overleg?".',
    ],
    ['annuleer het SG-overleg van 25 december', 'Dat SG-overleg gaat al niet door.'],
    ['annuleer het SG-overleg van 2026-11-27', 'Dat SG-overleg is al voorbij; dat kan ik niet meer wijzigen.'],
    [
      'verplaats het SG-overleg van 18 december naar 2026-11-30',
      'Die nieuwe tijd klopt niet: het overleg moet na de begintijd eindigen en in de toekomst liggen.',
    ],
    ['verplaats het SG-overleg van 18 december naar 17 december 26:00', '"26:00" is geen geldige tijd. Gebruik bijvoorbeeld 15:00 of 15:00-16:00.'],
    [
      'verplaats het SG-overleg van 18 december naar 17 december 16:00-15:00',
      'Die nieuwe tijd klopt niet: het overleg moet na de begintijd eindigen en in de toekomst liggen.',
    ],
    [
      'annuleer het koffie-overleg van 18 december',
      'Ik ken geen overleg "koffie-overleg". Ik ken: SG-overleg, Ambtelijke werkgroep, Overleg gemeenten en wetenschap, Bestuurlijk overleg met het Rijk en Bestuurlijk doorbraakoverleg.',
    ],
  ] as const) {
    it(`asks back instead of guessing: "${text}"`, async () => {
      const h = makeHarness();
      const replies = await h.send(message(text, USERS.coordinator));
      assert.equal(replies.length, 1);
      assert.equal(replies[0].text, answer);
      assert.equal(cardOf(replies[0]), undefined, 'no confirmation card');
      assert.deepEqual(await h.deps.repos.getExceptions('sg'), []);
    });
  }

  it('binds a channel only for coordinators and only outside personal chats', async () => {
    const h = makeHarness();
    assert.equal(
      (await h.send(message('koppel dit kanaal aan het SG-overleg', USERS.member, CHANNEL)))[0].text,
      'Alleen de coördinatoren van het SG-overleg kunnen een kanaal aan dat overleg koppelen. Vraag het hun gerust.',
    );
    assert.equal(
      (await h.send(message('koppel dit kanaal aan het SG-overleg', USERS.coordinator, personal(USERS.coordinator))))[0].text,
      'Koppelen kan alleen in een kanaal of groepschat, niet in een persoonlijke chat.',
    );
    assert.equal(
      (await h.send(message('koppel dit kanaal aan het SG-overleg', USERS.coordinator, CHANNEL)))[0].text,
      'Dit kanaal is nu gekoppeld aan het SG-overleg. Vragen hier gaan voortaan over dat overleg.',
    );
    assert.equal((await h.deps.repos.getBinding(CHANNEL.id))?.groupId, 'sg');
  });

  it('asks which group, with buttons, when a change names none in a chat that is not linked; nothing changes', async () => {
    const h = makeHarness();
    const [reply] = await h.send(message('verplaats de vergadering van 18 december naar 17 december', USERS.coordinator));
    const text = visibleText(reply);
    assert.match(text, /^Welk overleg bedoel je\?$/m);
    assert.match(text, /\[verplaats het SG-overleg van 18 december naar 17 december\]/);
    assert.deepEqual(await h.deps.repos.getExceptions('sg'), []);
    // The button says it again, now clearly: the confirmation card comes, still nothing changed.
    const p = await pendingCard(h, 'verplaats het SG-overleg van 18 december naar 17 december');
    assert.match(p.text, /^Wil je het SG-overleg van vrijdag 18 december 2026, 16:00-17:00 verplaatsen naar donderdag 17 december 2026, 16:00-17:00\?$/m);
  });

  it('takes the linked group for a change that names none in a linked channel', async () => {
    const h = makeHarness();
    await h.send(message('koppel dit kanaal aan het SG-overleg', USERS.coordinator, CHANNEL));
    const [reply] = await h.send(message('annuleer de vergadering van 18 december', USERS.coordinator, CHANNEL));
    assert.match(visibleText(reply), /^Wil je het SG-overleg van vrijdag 18 december 2026, 16:00-17:00 annuleren\?$/m);
  });
});
