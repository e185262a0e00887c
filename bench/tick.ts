/**
 * Store reads and wall time per scheduler tick, for the shipped schedule (5 groups) with 5 bound channels
 * (one per group) and 500 leads' personal conversation references, on a real SQLite file, sending through
 * the real notifier to the stand-in connector. The first tick at an instant sends what is due; the ones
 * after it find everything claimed, which is what almost every tick of a running bot does.
 *
 * Before and after the reference index: "before" is a steady tick on a store without the index document
 * (as a release before it left the store), which lists `convref/` and reads every reference, as every tick
 * did before; "after" is the same tick with the index. The lookback window is widened (8, 30, 90 days) and
 * the references multiplied to show what the reads per tick grow with: neither, since posts decided before the
 * settled mark (a day behind the last tick) are not planned again. "occurrences" is what the window holds, not
 * what a steady tick reads. Two measures: store calls (a round
 * trip each on SQLite) and per-key requests (what Blob Storage makes of them: one GET per key read).
 *
 *   npm run bench:tick           (LEADS=500 to change the number of references)
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { keys } from '../src/store/keys';
import { SqliteStorage } from '../src/store/sqliteStorage';
import { StandInConnector } from '../test/helpers/standInConnector';
import { CountingStorage } from '../test/helpers/countingStorage';
import { TickFigures, tickFixture } from '../test/helpers/tickFixture';

const LEADS = Number(process.env.LEADS ?? 500);

function row(lookback: number, label: string, at: Date, t: TickFigures): string {
  return [
    `${String(lookback).padStart(5)} d`,
    String(t.occurrences).padStart(11),
    `${label.padEnd(16)} ${at.toISOString().slice(5, 16)}`,
    String(t.sent).padStart(4),
    String(t.readCalls).padStart(10),
    String(t.readRequests).padStart(13),
    String(t.writeCalls).padStart(6),
    t.ms.toFixed(1).padStart(7),
  ].join(' | ');
}

async function store(dir: string, name: string) {
  const sqlite = new SqliteStorage(join(dir, name));
  return { sqlite, storage: new CountingStorage(sqlite) };
}

async function main(): Promise<void> {
  const connector = await new StandInConnector().start();
  const dir = mkdtempSync(join(tmpdir(), 'overlegbot-bench-'));
  const { sqlite, storage } = await store(dir, 'overlegbot.sqlite');
  const { schedule, tick } = await tickFixture(storage, connector.url, LEADS);
  /** A steady tick as before the index: the same store without the index document. */
  const withoutIndex = async (lookback: number, at: Date) => {
    await storage.inner.delete([keys.referenceIndex]);
    return tick(lookback, at);
  };

  console.log(
    `scheduler tick: shipped schedule (${schedule.groups.length} groups), ${schedule.groups.length} bound channels, ${LEADS} leads' references, SQLite, Node ${process.version}`,
  );
  console.log('lookback | occurrences | tick                               | sent | read calls | read requests | writes | wall ms');
  // Thursday before the SG meeting of 4 December, 12:00: the bundle and the meeting reminder are due.
  for (const [i, lookback] of [8, 30, 90].entries()) {
    const now = new Date(Date.parse('2026-12-03T12:00:00+01:00') + i * 7 * 86_400_000);
    const runs: [string, Date, (l: number, at: Date) => Promise<TickFigures>][] = [
      ['first', now, tick],
      ['steady', new Date(now.getTime() + 60_000), tick],
      ['before: no index', new Date(now.getTime() + 120_000), withoutIndex],
      ['after: index', new Date(now.getTime() + 180_000), tick],
    ];
    for (const [label, at, run] of runs) console.log(row(lookback, label, at, await run(lookback, at)));
  }
  sqlite.close();

  // The same steady tick with 10 times fewer and more references: with the index the reads stay the same.
  console.log('\nreferences | read calls | read requests (before: no index) | read calls | read requests (after: index) | index document');
  for (const leads of [50, 500, 2000]) {
    const { sqlite: s, storage: st } = await store(dir, `refs-${leads}.sqlite`);
    const f = await tickFixture(st, connector.url, leads);
    const at = new Date('2026-12-03T12:00:00+01:00');
    await f.tick(8, at);
    await st.inner.delete([keys.referenceIndex]);
    const before = await f.tick(8, new Date(at.getTime() + 60_000));
    const after = await f.tick(8, new Date(at.getTime() + 120_000));
    const bytes = JSON.stringify((await st.inner.read([keys.referenceIndex]))[keys.referenceIndex]).length;
    console.log(
      `${String(leads + schedule.groups.length).padStart(10)} | ${String(before.readCalls).padStart(10)} | ${String(before.readRequests).padStart(32)} | ${String(after.readCalls).padStart(10)} | ${String(after.readRequests).padStart(28)} | ${(bytes / 1024).toFixed(0)} KiB`,
    );
    s.close();
  }
  await connector.stop();
}

void main().catch((e) => {
  console.error(e);
  process.exitCode = 1;
});
