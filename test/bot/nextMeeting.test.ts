import { readFileSync } from 'node:fs';
import { parseSchedule } from '../../src/schedule/loadSchedule';
import { DEFAULT_SCHEDULE } from '../helpers/schedules';
import { strict as assert } from 'node:assert';
import { CHANNEL, message, personal, USERS } from '../helpers/activities';
import { cardOf, makeHarness, visibleText } from '../helpers/botHarness';

describe('asking the bot when meetings are', () => {
  it('answers "wanneer is het volgende SG-overleg?" with date, time, deadline, what follows, and a calendar link', async () => {
    const h = makeHarness();
    const [reply, ...rest] = await h.send(message('wanneer is het volgende SG-overleg?', USERS.member));
    assert.equal(rest.length, 0, 'exactly one reply');
    const card = cardOf(reply)!;
    assert.equal(card.version, '1.5');
    const text = visibleText(reply);
    assert.match(text, /^SG-overleg$/m);
    assert.match(text, /^vrijdag 4 december 2026, 16:00-17:00$/m);
    assert.match(text, /^pitches uiterlijk donderdag 3 december 12:00$/m);
    assert.match(text, /^Daarna: vrijdag 11 december en vrijdag 18 december$/m);
    assert.match(text, /\[Abonneren op agenda\]/);
    const action = (card.actions as { url: string }[])[0];
    assert.equal(action.url, 'https://overlegbot.example/calendar/sg.ics?token=geheim');
    assert.match(String(card.fallbackText), /vrijdag 4 december 2026, 16:00-17:00/);
    assert.equal(reply.summary, 'SG-overleg');
  });

  it('says which meetings are skipped and why, before the next one that takes place', async () => {
    const h = makeHarness({ now: '2026-12-19T10:00:00+01:00' });
    const text = visibleText((await h.send(message('wanneer is het volgende SG-overleg', USERS.member)))[0]);
    const lines = text.split('\n');
    const at = (s: string) => lines.indexOf(s);
    assert.ok(at('25 december: geen SG-overleg (Eerste Kerstdag)') > 0, text);
    assert.ok(at('1 januari: geen SG-overleg (Nieuwjaarsdag)') > at('25 december: geen SG-overleg (Eerste Kerstdag)'), text);
    assert.ok(at('vrijdag 8 januari 2027, 16:00-17:00') > at('1 januari: geen SG-overleg (Nieuwjaarsdag)'), text);
  });

  it('answers in English when the question is English', async () => {
    const h = makeHarness();
    const text = visibleText((await h.send(message('When is the next SG meeting?', USERS.member)))[0]);
    assert.match(text, /^Friday 4 December 2026, 16:00-17:00$/m);
    assert.match(text, /^pitches due Thursday 3 December 12:00$/m);
    assert.match(text, /\[Subscribe to calendar\]/);
  });

  it('answers a message that could be either language in the language of the previous answer, before the locale', async () => {
    const h = makeHarness();
    assert.match(
      visibleText((await h.send(message('wat is de deadline voor pitches?', USERS.member, undefined, { locale: 'en-US' })))[0]),
      /^Deadlines voor pitches$/m,
    );
    assert.match(visibleText((await h.send(message('status', USERS.member, undefined, { locale: 'en-US' })))[0]), /^Pitches voor het SG-overleg/m);
  });

  it('answers in English for an English locale when the words say nothing ("SG")', async () => {
    const h = makeHarness();
    assert.match(visibleText((await h.send(message('SG', USERS.member, undefined, { locale: 'en-US' })))[0]), /^Friday 4 December 2026/m);
    assert.match(visibleText((await makeHarness().send(message('SG', USERS.member)))[0]), /^vrijdag 4 december 2026/m);
    assert.match(
      visibleText((await h.send(message('wanneer is het volgende SG-overleg', USERS.member, undefined, { locale: 'en-US' })))[0]),
      /^vrijdag 4 december 2026/m,
      'Dutch words win over an English locale',
    );
  });

  it('lists the next meeting of every group when no group is named outside a bound channel', async () => {
    const h = makeHarness();
    const text = visibleText((await h.send(message('volgende overleg', USERS.member)))[0]);
    assert.match(text, /^Volgende overleggen$/m);
    for (const name of [
      'SG-overleg',
      'Ambtelijke werkgroep',
      'Overleg gemeenten en wetenschap',
      'Bestuurlijk overleg met het Rijk',
      'Bestuurlijk doorbraakoverleg',
    ]) {
      assert.match(text, new RegExp(`^${name}$`, 'm'));
    }
    assert.match(text, /^woensdag 2 december 2026, 10:00-11:00$/m);
    assert.match(text, /^donderdag 10 december 2026, 12:30-13:30$/m);
    assert.match(text, /^maandag 25 januari 2027, 17:30-18:30$/m);
    assert.match(text, /^donderdag 17 december 2026, 13:00-14:00$/m);
  });

  it('means the bound group in a bound channel', async () => {
    const h = makeHarness();
    await h.send(message('koppel dit kanaal aan het SG-overleg', USERS.coordinator, CHANNEL));
    const text = visibleText((await h.send(message('volgende overleg', USERS.member, CHANNEL)))[0]);
    assert.match(text, /^SG-overleg$/m);
    assert.doesNotMatch(text, /Ambtelijke werkgroep/);
  });

  it('lists the meetings of this month, including those that do not take place', async () => {
    const h = makeHarness();
    const text = visibleText((await h.send(message('overleggen deze maand', USERS.member)))[0]);
    assert.match(text, /^Overleggen deze maand$/m);
    assert.match(text, /^vrijdag 18 december 2026, 16:00-17:00$/m);
    assert.match(text, /^25 december: geen SG-overleg \(Eerste Kerstdag\)$/m);
    assert.match(text, /^30 december: geen Ambtelijke werkgroep \(Kerstreces\)$/m);
    assert.doesNotMatch(text, /januari/);
  });

  it('tells the pitch deadline, and the next one once it has passed', async () => {
    const h = makeHarness();
    assert.match(
      visibleText((await h.send(message('wat is de deadline voor pitches?', USERS.member)))[0]),
      /^SG-overleg van vrijdag 4 december: pitches uiterlijk donderdag 3 december 12:00$/m,
    );
    h.clock.set('2026-12-03T12:01:00+01:00');
    assert.match(
      visibleText((await h.send(message('wat is de deadline voor pitches?', USERS.member)))[0]),
      /^SG-overleg van vrijdag 11 december: pitches uiterlijk donderdag 10 december 12:00$/m,
    );
    assert.equal((await h.send(message('deadline werkgroep', USERS.member)))[0].text, 'Voor het Ambtelijke werkgroep worden geen pitches ingediend.');
  });

  it('answers "waar is het SG-overleg?" with where it meets and its Teams link, when the schedule says', async () => {
    const withPlace = parseSchedule(
      readFileSync(DEFAULT_SCHEDULE, 'utf8').replace(
        '    name: SG-overleg\n',
        '    name: SG-overleg\n    location: Ministerie van VWS, Den Haag\n    teamsLink: https://teams.microsoft.com/l/meetup-join/sg\n',
      ),
      'schedule.yaml',
    );
    const h = makeHarness({ schedule: withPlace });
    const [reply] = await h.send(message('waar is het SG-overleg?', USERS.member));
    assert.match(visibleText(reply), /^vrijdag 4 december 2026, 16:00-17:00\nLocatie: Ministerie van VWS, Den Haag$/m);
    assert.match(visibleText(reply), /\[Deelnemen in Teams\]/);
    const [en] = await h.send(message('where is the SG meeting?', USERS.lead));
    assert.match(visibleText(en), /^Location: Ministerie van VWS, Den Haag$/m);
  });

  it('reads a day on which pitches are due, not a meeting, as the deadline asked about', async () => {
    const h = makeHarness();
    const text = visibleText((await h.send(message('is de deadline nog steeds donderdag 12 uur?', USERS.member)))[0]);
    assert.match(text, /Pitches voor het SG-overleg van vrijdag 4 december moeten uiterlijk donderdag 3 december 12:00 binnen zijn\./);
    assert.doesNotMatch(text, /geen/);
  });

  it('names the known groups when asked about one it does not know', async () => {
    const h = makeHarness();
    const [r] = await h.send(message('wanneer is het volgende regiegroep-overleg?', USERS.member));
    assert.equal(
      r.text,
      'Ik ken geen overleg "regiegroep-overleg". Ik ken: SG-overleg, Ambtelijke werkgroep, Overleg gemeenten en wetenschap, Bestuurlijk overleg met het Rijk en Bestuurlijk doorbraakoverleg.',
    );
  });

  it('answers "Bedoel je …?" with the closest commands as buttons, never silence, for what it does not understand ("helpdesk" is not "help")', async () => {
    const h = makeHarness();
    const [r] = await h.send(message('helpdesk', USERS.member));
    assert.match(visibleText(r), /^Dat begreep ik niet helemaal\. Bedoel je een van deze\?/);
    assert.ok((cardOf(r)!.actions as unknown[]).length >= 2, 'buttons with suggestions');
    const [en] = await h.send(message('what is the weather like', USERS.member));
    assert.match(visibleText(en), /^I did not quite understand that\./);
  });

  it('shows what it can do on "help" and "hulp", in the user\'s language, every feature by role', async () => {
    const h = makeHarness();
    const nl = visibleText((await h.send(message('hulp', USERS.member)))[0]);
    assert.match(nl, /^Wat ik voor je kan doen$/m);
    assert.match(nl, /^Voor coördinatoren$/m);
    assert.match(nl, /^"annuleer het SG-overleg van 18 december"$/m);
    const en = visibleText((await h.send(message('help', USERS.member, personal(USERS.member), { locale: 'en-GB' })))[0]);
    assert.match(en, /^What I can do for you$/m);
    assert.match(en, /^For theme leads$/m);
  });
});
