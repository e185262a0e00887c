import { strict as assert } from 'node:assert';
import { StoreItems } from 'botbuilder';
import { MemoryConditionalStorage } from '../../src/store/conditionalStorage';
import { keys } from '../../src/store/keys';
import { BOT, CHANNEL, message, membersAdded, personal, USERS } from '../helpers/activities';
import { makeHarness, visibleText } from '../helpers/botHarness';

/** A store that fails reading one kind of key, to provoke an error inside a turn. */
class BrokenBindings extends MemoryConditionalStorage {
  override async read(ks: string[]): Promise<StoreItems> {
    if (ks.some((k) => k.startsWith(keys.bindingPrefix))) throw Object.assign(new Error('disk on fire'), { code: 'SQLITE_IOERR' });
    return super.read(ks);
  }
}

describe('turns: language, welcome, tenants, references and errors', () => {
  it('remembers "spreek Engels" per user until "in Dutch please"', async () => {
    const h = makeHarness();
    assert.equal((await h.send(message('spreek Engels', USERS.member)))[0].text, 'Fine, from now on I will answer in English.');
    assert.match(visibleText((await h.send(message('volgende overleg', USERS.member)))[0]), /^Next meetings$/m);
    assert.match(visibleText((await h.send(message('volgende overleg', USERS.lead)))[0]), /^Volgende overleggen$/m, 'only for that user');
    assert.equal((await h.send(message('in Dutch please', USERS.member)))[0].text, 'Prima, vanaf nu antwoord ik in het Nederlands.');
    assert.match(visibleText((await h.send(message('next meeting', USERS.member)))[0]), /^Volgende overleggen$/m);
  });

  it('answers a greeting with one (and a hint), thanks with "graag gedaan", in the language written', async () => {
    const h = makeHarness();
    assert.match(String((await h.send(message('goedemorgen', USERS.member)))[0].text), /^Hallo! Vraag me bijvoorbeeld/);
    assert.match(String((await h.send(message('hi there', USERS.lead)))[0].text), /^Hello! Ask me for example/);
    assert.match(String((await h.send(message('bedankt!', USERS.member)))[0].text), /^Graag gedaan!/);
  });

  it('welcomes once when the bot itself is added, not when other members join', async () => {
    const h = makeHarness();
    const [w] = await h.send(membersAdded([{ id: BOT.id, name: BOT.name }], USERS.coordinator, CHANNEL));
    assert.match(String(w.text), /^Hallo! Ik ben overlegbot\./);
    assert.deepEqual(await h.send(membersAdded([{ id: USERS.lead.id, name: USERS.lead.name }], USERS.coordinator, CHANNEL)), []);
  });

  it('stores a conversation reference from every activity, for reminders later', async () => {
    const h = makeHarness();
    await h.send(message('hulp', USERS.lead));
    const ref = await h.deps.repos.getReference(personal(USERS.lead).id);
    assert.equal(ref?.kind, 'personal');
    assert.equal(ref?.userId, USERS.lead.aadObjectId);
    assert.equal(ref?.reference.serviceUrl, 'https://smba.trafficmanager.net/emea/');
    await h.send(message('hulp', USERS.member, CHANNEL));
    assert.equal((await h.deps.repos.getReference(CHANNEL.id))?.reference.conversation?.id, CHANNEL.id, 'channel id without ;messageid=');
  });

  it('refuses activities from tenants that are not allowed, politely, and logs it', async () => {
    const h = makeHarness({ allowedTenants: ['tenant-overheid'] });
    const [r] = await h.send(message('volgende overleg', USERS.member, undefined, { tenant: 'tenant-elders' }));
    assert.equal(r.text, 'Sorry, deze bot is niet beschikbaar voor jouw organisatie.');
    assert.ok(h.logs.some((l) => l.event === 'tenant-refused' && l.tenant === 'tenant-elders'));
    assert.equal(await h.deps.repos.getReference(personal(USERS.member).id), undefined, 'nothing stored');
    assert.match(visibleText((await h.send(message('volgende overleg', USERS.member)))[0]), /Volgende overleggen/);
  });

  it("apologises once in the user's language and logs a structured line when a turn fails", async () => {
    const h = makeHarness({ storage: new BrokenBindings() });
    const replies = await h.send(message('next meeting', USERS.member, undefined, { locale: 'en-US' }));
    assert.deepEqual(
      replies.map((r) => r.text),
      ['Sorry, something went wrong on my side. Please try again in a moment.'],
    );
    const line = h.logs.find((l) => l.event === 'turn-error');
    assert.equal(line?.code, 'SQLITE_IOERR');
    assert.equal(line?.level, 50);
    const nl = await h.send(message('volgende overleg', USERS.member));
    assert.deepEqual(
      nl.map((r) => r.text),
      ['Sorry, daar ging iets mis aan mijn kant. Probeer het zo nog eens.'],
    );
  });
});
