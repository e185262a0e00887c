import { strict as assert } from 'node:assert';
import { join } from 'node:path';
import { keys } from '../../src/store/keys';
import { SqliteStorage } from '../../src/store/sqliteStorage';
import { tempDir } from '../helpers/appHarness';
import { CountingStorage } from '../helpers/countingStorage';
import { StandInConnector } from '../helpers/standInConnector';
import { tickFixture } from '../helpers/tickFixture';

/**
 * What a tick reads, counted on the storage port with the shipped schedule and 5 bound channels (the set-up of
 * `npm run bench:tick`): on Blob Storage every key read is a request, so the references must come from their
 * index, not from a listing and a read of each.
 */
describe('store reads per scheduler tick (SQLite, counted)', () => {
  let connector: StandInConnector;
  const opened: SqliteStorage[] = [];
  before(async () => {
    connector = await new StandInConnector().start();
  });
  after(async () => {
    opened.forEach((s) => s.close());
    await connector.stop();
  });

  async function steadyTick(leads: number) {
    const sqlite = new SqliteStorage(join(tempDir(), 'bot.sqlite'));
    opened.push(sqlite);
    const { tick } = await tickFixture(new CountingStorage(sqlite), connector.url, leads);
    const at = new Date('2026-12-03T12:00:00+01:00');
    await tick(8, at); // sends what is due, and compares the index with the listing once
    return tick(8, new Date(at.getTime() + 60_000));
  }

  it('reads the same with 20 and with 300 leads’ references: one index document, no reference listed or read', async function () {
    this.timeout(30_000);
    const few = await steadyTick(20);
    const many = await steadyTick(300);
    assert.deepEqual([many.readCalls, many.readRequests], [few.readCalls, few.readRequests]);
    assert.equal(many.readLog.filter((k) => k.startsWith(keys.conversationRefPrefix)).length, 0, 'no reference document read');
    assert.ok(!many.listLog.includes(keys.conversationRefPrefix), 'no listing of the references');
    assert.equal(many.readLog.filter((k) => k === keys.referenceIndex).length, 1, 'the index, once');
  });

  it('looks for leads without a chat in the channels of the snapshot: no read per person', async function () {
    this.timeout(30_000);
    const sqlite = new SqliteStorage(join(tempDir(), 'bot.sqlite'));
    opened.push(sqlite);
    // No lead ever wrote to the bot, and no roster lists them: every personal reminder looks for its lead.
    const { tick } = await tickFixture(new CountingStorage(sqlite), connector.url, 0, { rosterReach: true });
    await tick(8, new Date('2026-12-02T11:00:00+01:00')); // the process's first read compares the index with the listing
    connector.requests.length = 0;
    const t = await tick(8, new Date('2026-12-02T12:00:00+01:00')); // 24 h before the SG meeting's deadline
    const lookedFor = connector.requests.filter((r) => /\/members\//.test(r.path)).length;
    assert.ok(lookedFor >= 2, `the rosters were asked (${lookedFor} times)`);
    assert.equal(t.readLog.filter((k) => k === keys.referenceIndex).length, 1, 'the index is read once per tick, not once per person');
    assert.ok(!t.listLog.includes(keys.conversationRefPrefix));
  });
});
