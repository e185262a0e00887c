import { strict as assert } from 'node:assert';
import { join } from 'node:path';
import { SETTLED_MARGIN_MS } from '../../src/domain/claims';
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

  it('reads the same with a lookback window of 8, 30 and 90 days: posts decided before the settled mark are not planned again', async function () {
    this.timeout(30_000);
    const steady: { lookback: number; first: number; steady: number; claims: number }[] = [];
    for (const lookback of [8, 30, 90]) {
      const sqlite = new SqliteStorage(join(tempDir(), 'bot.sqlite'));
      opened.push(sqlite);
      const storage = new CountingStorage(sqlite);
      const { tick } = await tickFixture(storage, connector.url, 20);
      const at = new Date('2026-12-17T12:00:00+01:00');
      // The first tick on a store without the mark looks at the whole window (catching up after downtime) ...
      const first = await tick(lookback, at);
      const mark = (await sqlite.read([keys.postsSettled]))[keys.postsSettled];
      assert.equal(mark?.before, new Date(at.getTime() - SETTLED_MARGIN_MS).toISOString(), 'and leaves the settled mark');
      // ... the ones after it only at what can still be due.
      const next = await tick(lookback, new Date(at.getTime() + 60_000));
      steady.push({ lookback, first: first.readRequests, steady: next.readRequests, claims: next.readLog.filter((k) => k.startsWith('claim/')).length });
    }
    assert.ok(steady[2].first > steady[0].first, `the first tick reads the window: ${JSON.stringify(steady)}`);
    assert.deepEqual(
      steady.map((s) => s.steady),
      steady.map(() => steady[0].steady),
      JSON.stringify(steady),
    );
    assert.deepEqual(
      steady.map((s) => s.claims),
      steady.map(() => steady[0].claims),
    );
  });

  it('decides the same posts with and without the settled mark, after three days without ticks too', async function () {
    this.timeout(30_000);
    const outcomes: Record<string, string>[] = [];
    for (const withMark of [true, false]) {
      const sqlite = new SqliteStorage(join(tempDir(), 'bot.sqlite'));
      opened.push(sqlite);
      const { tick } = await tickFixture(new CountingStorage(sqlite), connector.url, 20);
      const at = Date.parse('2026-12-01T12:00:00+01:00');
      for (const minutes of [0, 1, 3 * 24 * 60, 3 * 24 * 60 + 1, 6 * 24 * 60]) {
        if (!withMark) await sqlite.delete([keys.postsSettled]);
        await tick(8, new Date(at + minutes * 60_000));
      }
      const ks = await sqlite.list('claim/');
      const docs = await sqlite.read(ks);
      outcomes.push(Object.fromEntries(ks.map((k) => [k, String(docs[k].state)])));
    }
    assert.ok(Object.keys(outcomes[0]).length > 20, `posts were decided (${Object.keys(outcomes[0]).length})`);
    assert.deepEqual(outcomes[0], outcomes[1]);
  });
});
