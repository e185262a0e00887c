import { strict as assert } from 'node:assert';
import { keys } from '../../src/store/keys';
import { StoredReference } from '../../src/store/repositories';
import { CHANNEL, message, personal, USERS } from '../helpers/activities';
import { startTestApp, TestApp } from '../helpers/appHarness';
import { StandInConnector } from '../helpers/standInConnector';

const LEAD = { ...USERS.lead, aadObjectId: 'aad-sanne' };
const TEAM_ID = '19:team@thread.tacv2';

/**
 * The coordinators' notice about a conversation the bot can no longer post in names it as people know it: the
 * names Teams gave (or TeamsInfo looked up) are stored with the reference, and no Teams id is ever shown.
 * The real app on SQLite, the stand-in connector answering the team lookups.
 */
describe('conversations named as people know them, never by a Teams id (real app, SQLite)', () => {
  let connector: StandInConnector;
  let app: TestApp;
  beforeEach(async () => {
    connector = await new StandInConnector().start();
    connector.roster.set(USERS.coordinator.id, { id: USERS.coordinator.id, email: 'coordinator@overlegbot.example' });
    connector.roster.set(LEAD.id, { id: LEAD.id, email: 'sanne.devries@overlegbot.example' });
    app = await startTestApp();
  });
  afterEach(async () => {
    await app.close();
    await connector.stop();
  });
  const via = <T>(a: T) => ({ ...a, serviceUrl: connector.url });
  const coordinatorChat = () => connector.activities().filter((a) => a.path.startsWith(`/v3/conversations/${personal(USERS.coordinator).id}/activities`));
  const stored = async (id: string) => (await app.app.storage.read([keys.conversationRef(id)]))[keys.conversationRef(id)] as StoredReference | undefined;

  /** Teams' team details and channel list, as TeamsInfo.getTeamDetails / getTeamChannels fetch them. */
  function answerTeamLookups() {
    connector.respond = (r) => {
      if (r.method === 'GET' && r.path === `/v3/teams/${TEAM_ID}`) return { status: 200, body: { id: TEAM_ID, name: 'Werkgroep Halsema' } };
      if (r.method === 'GET' && r.path === `/v3/teams/${TEAM_ID}/conversations`)
        return {
          status: 200,
          body: {
            conversations: [
              { id: TEAM_ID, name: null },
              { id: CHANNEL.id, name: 'Planning SG' },
            ],
          },
        };
      return undefined;
    };
  }

  /** The channel is bound to the SG meeting, then refuses the bot (403); the next tick tells the coordinator. */
  async function channelBecomesUnreachable(): Promise<string> {
    await app.post(via(message('koppel dit kanaal aan het SG-overleg', USERS.coordinator, CHANNEL)));
    await app.post(via(message('hulp', USERS.coordinator)));
    const lookups = connector.respond;
    connector.respond = (r) =>
      r.method === 'POST' && r.path.includes(CHANNEL.id) ? { status: 403, body: { error: { code: 'BotNotInConversationRoster' } } } : lookups(r);
    await app.app.scheduler.tick(new Date('2026-12-01T12:00:00+01:00'));
    const told = await app.app.scheduler.tick(new Date('2026-12-01T12:01:00+01:00'));
    assert.deepEqual(told.sent, [`notice/unreachable/${CHANNEL.id}/person:coordinator@overlegbot.example`]);
    const chat = coordinatorChat();
    return String(chat.at(-1)!.activity.text);
  }

  it('stores the channel and team names looked up with TeamsInfo and names them in the notice', async () => {
    answerTeamLookups();
    const text = await channelBecomesUnreachable();
    assert.deepEqual((await stored(CHANNEL.id))?.names, { team: 'Werkgroep Halsema', channel: 'Planning SG' });
    assert.equal(
      text,
      'Ik kan niet meer posten in het kanaal Planning SG van team Werkgroep Halsema (SG-overleg): de bot is daar verwijderd of geblokkeerd. Herinneringen daar stoppen tot iemand de bot opnieuw toevoegt.',
    );
    assert.doesNotMatch(text, /19:|@thread/);
  });

  it('names a channel in the coordinator\'s "wat stuur je deze week?" asked elsewhere by its names, not its id', async () => {
    answerTeamLookups();
    await app.post(via(message('koppel dit kanaal aan het SG-overleg', USERS.coordinator, CHANNEL)));
    const before = coordinatorChat().length;
    await app.post(via(message('wat stuur je deze week?', USERS.coordinator)));
    const text = JSON.stringify(
      coordinatorChat()
        .slice(before)
        .map((a) => a.activity),
    );
    assert.match(text, /pitchbundel → SG-overleg \(het kanaal Planning SG van team Werkgroep Halsema\)/);
    assert.doesNotMatch(text, /19:sg-channel|@thread/);
  });

  it('keeps the stored names when a restarted process cannot look them up', async () => {
    answerTeamLookups();
    await app.post(via(message('koppel dit kanaal aan het SG-overleg', USERS.coordinator, CHANNEL)));
    await app.close();
    app = await startTestApp({ dataDir: app.dataDir });
    connector.respond = () => undefined; // the team lookups now fail (404)
    await app.post(via(message('wanneer is het volgende overleg?', USERS.coordinator, CHANNEL)));
    assert.ok(
      app.logs.some((l) => l.event === 'conversation-names-lookup-failed'),
      'it tried and failed',
    );
    assert.deepEqual((await stored(CHANNEL.id))?.names, { team: 'Werkgroep Halsema', channel: 'Planning SG' });
  });

  it('takes the names Teams sends with the activity without looking them up', async () => {
    const named = (text: string) => {
      const a = via(message(text, USERS.coordinator, CHANNEL));
      return { ...a, channelData: { ...a.channelData, channel: { id: CHANNEL.id, name: 'Overleg' }, team: { id: TEAM_ID, name: 'Halsema' } } };
    };
    await app.post(named('koppel dit kanaal aan het SG-overleg'));
    assert.ok(!connector.requests.some((r) => r.path.startsWith('/v3/teams/')), 'no lookup needed');
    assert.deepEqual((await stored(CHANNEL.id))?.names, { channel: 'Overleg', team: 'Halsema' });
  });

  it('says "een kanaal" when the lookups fail, and the turn is answered all the same', async () => {
    // The stand-in knows no team: TeamsInfo gets 404s.
    const text = await channelBecomesUnreachable();
    assert.ok(
      connector.requests.some((r) => r.path === `/v3/teams/${TEAM_ID}`),
      'it tried',
    );
    assert.ok(app.logs.some((l) => l.event === 'conversation-names-lookup-failed'));
    assert.ok(!app.logs.some((l) => l.event === 'turn-error'), 'no turn failed');
    assert.match(text, /^Ik kan niet meer posten in een kanaal \(SG-overleg\):/);
    assert.doesNotMatch(text, /19:|@thread/);
  });

  it('names the person of an unreachable personal chat, in English for an English coordinator', async () => {
    await app.post(via(message('koppel dit kanaal aan het SG-overleg', USERS.coordinator, CHANNEL)));
    await app.post(via(message('speak English', USERS.coordinator)));
    await app.post(via(message('hulp', LEAD)));
    assert.deepEqual((await stored(personal(LEAD).id))?.names, { person: 'Sanne de Vries' });
    connector.respond = (r) =>
      r.method === 'POST' && r.path.includes(personal(LEAD).id) ? { status: 403, body: { error: { code: 'ConversationBlockedByUser' } } } : undefined;
    // 24 hours before the deadline: Sanne's personal reminder is refused.
    await app.app.scheduler.tick(new Date('2026-12-02T12:00:00+01:00'));
    await app.app.scheduler.tick(new Date('2026-12-02T12:01:00+01:00'));
    const text = String(coordinatorChat().at(-1)!.activity.text);
    assert.equal(
      text,
      'I can no longer post in the personal chat with Sanne de Vries (SG-overleg): the bot was removed or blocked there. Reminders there stop until someone adds the bot again.',
    );
    assert.doesNotMatch(text, /sanne\.devries@|aad-|29:|a:personal/);
  });
});
