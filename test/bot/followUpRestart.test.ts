import { strict as assert } from 'node:assert';
import { message, personal, USERS } from '../helpers/activities';
import { tempDir } from '../helpers/appHarness';
import { visibleText } from '../helpers/botHarness';
import { BotProcess, eventually } from '../helpers/botProcess';
import { StandInConnector } from '../helpers/standInConnector';

/**
 * Follow-ups live in the store, not in the process: a question answered by one process can be followed up
 * after a crash (kill -9) and a restart on the same SQLite file, within the expiry; after it, the bot asks.
 * Real processes, the real composition and the stand-in connector receiving the replies.
 */
describe('follow-up questions across a restart (real processes, SQLite)', function () {
  this.timeout(60_000);
  let connector: StandInConnector;
  const bots: BotProcess[] = [];

  beforeEach(async () => {
    connector = await new StandInConnector().start();
  });
  afterEach(async () => {
    await Promise.all(bots.splice(0).map((b) => b.kill9()));
    await connector.stop();
  });

  async function start(dataDir: string, now: Date): Promise<BotProcess> {
    // A long scheduler interval: this test is about turns, not reminders.
    const bot = await BotProcess.start({ dataDir, now, env: { SCHEDULER_INTERVAL_SECONDS: '3600' } });
    bots.push(bot);
    return bot;
  }
  const chat = personal(USERS.coordinator);
  const replies = () =>
    connector.requests
      .filter((r) => r.method === 'POST' && r.path.startsWith(`/v3/conversations/${chat.id}/activities`))
      .map((r) => visibleText(r.body as never));

  async function ask(bot: BotProcess, text: string): Promise<string> {
    const before = replies().length;
    assert.equal(await bot.post({ ...message(text, USERS.coordinator, chat), serviceUrl: connector.url }), 200);
    return eventually(() => replies()[before], 10_000, `a reply to "${text}"`);
  }

  async function askedAndCrashed(dataDir: string): Promise<void> {
    const first = await start(dataDir, new Date('2026-12-02T10:00:00+01:00'));
    const answer = await ask(first, 'wanneer is het SG-overleg?');
    assert.match(answer, /vrijdag 4 december/);
    await first.kill9();
  }

  it('answers "hoe laat begint die?" about the meeting the crashed process answered, within the expiry', async () => {
    const dataDir = tempDir();
    await askedAndCrashed(dataDir);
    const second = await start(dataDir, new Date('2026-12-02T10:10:00+01:00'));
    const answer = await ask(second, 'hoe laat begint die?');
    assert.match(answer, /4 december/);
    assert.match(answer, /16:00/);
    assert.doesNotMatch(answer, /Waar gaat je vraag over/);
  });

  it('asks what the question is about when the follow-up comes after the expiry', async () => {
    const dataDir = tempDir();
    await askedAndCrashed(dataDir);
    const second = await start(dataDir, new Date('2026-12-02T10:45:00+01:00'));
    const answer = await ask(second, 'hoe laat begint die?');
    assert.match(answer, /^Waar gaat je vraag over\?/);
    assert.doesNotMatch(answer, /16:00/);
  });
});
