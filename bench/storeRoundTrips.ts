/**
 * SQLite against Blob Storage on Azurite (started here: in memory, loopback, stopped at the end), in one run:
 *
 * 1. Per scheduler tick, for the shipped schedule with 5 bound channels and 500 leads' references (the set-up
 *    of `npm run bench:tick`): store calls, the requests they are on each backend (SQLite: one statement batch
 *    per call, in process; Blob: one HTTP request per key read or written, one per listing page), and wall
 *    time, for the tick that sends, for steady ticks (the median of 5), and for a steady tick before the
 *    reference index (the store without it, as every tick was before). Ratios: Blob against SQLite.
 * 2. Turn latency of "volgende overleg" with each backend, the bot in its own process under autocannon, against
 *    the echo Application on the same stack measured in the same run (the baseline), as in `npm run bench:turn`;
 *    with 20 connections (throughput: queueing in the store shows) and with 1 (the latency of one turn).
 *
 * Azurite shares this machine's cores with the bot and the load generator and has no network in between: the
 * request counts carry over to Azure (where each is a network round trip of a few milliseconds), the
 * milliseconds do not.
 *
 *   npm run bench:store          (LEADS=500 DURATION=5 CONNECTIONS=20 to change them)
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { ConditionalStorage } from '../src/store/conditionalStorage';
import { keys } from '../src/store/keys';
import { SqliteStorage } from '../src/store/sqliteStorage';
import { message, USERS } from '../test/helpers/activities';
import { Azurite } from '../test/helpers/azurite';
import { makeHarness } from '../test/helpers/botHarness';
import { CountingStorage } from '../test/helpers/countingStorage';
import { StandInConnector } from '../test/helpers/standInConnector';
import { TickFigures, tickFixture } from '../test/helpers/tickFixture';
import { Load, measure, row } from './turnLoad';

const LEADS = Number(process.env.LEADS ?? 500);
const load: Load = { duration: Number(process.env.DURATION ?? 5), connections: Number(process.env.CONNECTIONS ?? 20) };
const DIST = resolve(__dirname, '..');

interface TickRun {
  first: TickFigures;
  steady: TickFigures;
  before: TickFigures;
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

async function ticks(inner: ConditionalStorage, connectorUrl: string): Promise<TickRun> {
  const storage = new CountingStorage(inner);
  const { tick } = await tickFixture(storage, connectorUrl, LEADS);
  // Thursday before the SG meeting of 4 December, 12:00: the bundle and the meeting reminder are due.
  const at = (minutes: number) => new Date(Date.parse('2026-12-03T12:00:00+01:00') + minutes * 60_000);
  const first = await tick(8, at(0));
  const steadies: TickFigures[] = [];
  for (let i = 1; i <= 5; i++) steadies.push(await tick(8, at(i)));
  const ms = median(steadies.map((s) => s.ms));
  const steady = { ...steadies.find((s) => s.ms === ms)! };
  await inner.delete([keys.referenceIndex]);
  const before = await tick(8, at(6));
  return { first, steady, before };
}

function tickRow(backend: string, label: string, t: TickFigures, requests: number): string {
  return `${backend.padEnd(16)} ${label.padEnd(26)} | ${String(t.sent).padStart(4)} | ${String(t.readCalls + t.writeCalls).padStart(10)} | ${String(requests).padStart(8)} | ${t.ms.toFixed(1).padStart(8)}`;
}

async function main(): Promise<void> {
  const started = performance.now();
  const connector = await new StandInConnector().start();
  const azurite = await Azurite.start();
  try {
    const dir = mkdtempSync(join(tmpdir(), 'overlegbot-bench-'));
    const sqlite = new SqliteStorage(join(dir, 'ticks.sqlite'));
    const sq = await ticks(sqlite, connector.url);
    sqlite.close();
    const bl = await ticks(await azurite.storage(Azurite.containerName('bench')), connector.url);

    console.log(
      `scheduler tick: shipped schedule, 5 bound channels, ${LEADS} leads' references, lookback 8 days, Node ${process.version}; Azurite in memory on loopback`,
    );
    console.log(`${'backend'.padEnd(16)} ${'tick'.padEnd(26)} | sent | store calls | requests |  wall ms`);
    // SQLite: a call is one batch of statements in this process; Blob: one HTTP request per key.
    const sqliteRequests = (t: TickFigures) => t.readCalls + t.writeCalls;
    const blobRequests = (t: TickFigures) => t.readRequests + t.writeRequests;
    for (const [label, k] of [
      ['first (sends what is due)', 'first'],
      ['steady (median of 5)', 'steady'],
      ['steady, before the index', 'before'],
    ] as const) {
      console.log(tickRow('SQLite', label, sq[k], sqliteRequests(sq[k])));
      console.log(tickRow('Blob (Azurite)', label, bl[k], blobRequests(bl[k])));
    }
    const ratio = (a: number, b: number) => `${(a / Math.max(b, 0.001)).toFixed(1)}x`;
    console.log(
      `Blob/SQLite, steady tick: wall ${ratio(bl.steady.ms, sq.steady.ms)}, requests ${ratio(blobRequests(bl.steady), sqliteRequests(sq.steady))}; ` +
        `the index on Blob: wall ${ratio(bl.before.ms, bl.steady.ms)} and requests ${ratio(blobRequests(bl.before), blobRequests(bl.steady))} before/after`,
    );

    // What one turn asks of the store, once the conversation is known (in process, counted on the port).
    const perTurn = async (inner: ConditionalStorage) => {
      const counted = new CountingStorage(inner);
      const h = makeHarness({ storage: counted });
      await h.send(message('hallo', USERS.member));
      counted.reset();
      await h.send(message('volgende overleg', USERS.member));
      return counted;
    };
    const turnSqlite = new SqliteStorage(join(dir, 'turn.sqlite'));
    const tq = await perTurn(turnSqlite);
    turnSqlite.close();
    const tb = await perTurn(await azurite.storage(Azurite.containerName('turn')));
    console.log(
      `\none turn ("volgende overleg", known conversation): ${tq.readCalls + tq.writeCalls} store calls; on Blob ${tb.readRequests + tb.writeRequests} requests (${tb.readRequests} reads, ${tb.writeRequests} writes)`,
    );

    // Turn latency: the echo bot is the baseline, measured in this run with the same load.
    const body = JSON.stringify({ ...message('volgende overleg', USERS.member), serviceUrl: connector.url });
    const botScript = join(DIST, 'src', 'index.js');
    const botEnv = (extra: Record<string, string>) => ({
      PORT: '0',
      DATA_DIR: mkdtempSync(join(tmpdir(), 'overlegbot-bench-')),
      LOG_LEVEL: 'info',
      BOT_ID: '',
      BOT_PASSWORD: '',
      ...extra,
    });
    // Under load (queueing in the store shows) and one at a time (the latency of one turn).
    for (const l of [load, { ...load, connections: 1 }]) {
      const echo = await measure('echo Application', join(DIST, 'bench', 'echoBot.js'), {}, body, l);
      const onSqlite = await measure('overlegbot, SQLite', botScript, botEnv({ STORAGE: 'sqlite' }), body, l);
      const onBlob = await measure('overlegbot, Blob', botScript, botEnv(azurite.env(Azurite.containerName('turns'))), body, l);
      console.log(`\nturn latency of "volgende overleg": ${l.connections} connection(s), ${l.duration} s each after a 2 s warm-up`);
      for (const m of [echo, onSqlite, onBlob]) console.log(row(m.name, m.result));
      // The median, and the mean: one connection's medians are whole milliseconds near 0, too coarse for a ratio.
      const p50 = (m: typeof echo) => Math.max(1, m.result.latency.p50);
      const mean = (m: typeof echo) => m.result.latency.average;
      console.log(
        `latency against the echo bot, median / mean: SQLite ${ratio(p50(onSqlite), p50(echo))} / ${ratio(mean(onSqlite), mean(echo))}, ` +
          `Blob ${ratio(p50(onBlob), p50(echo))} / ${ratio(mean(onBlob), mean(echo))}; Blob/SQLite ${ratio(p50(onBlob), p50(onSqlite))} / ${ratio(mean(onBlob), mean(onSqlite))}` +
          ` (means: echo ${mean(echo).toFixed(1)} ms, SQLite ${mean(onSqlite).toFixed(1)} ms, Blob ${mean(onBlob).toFixed(1)} ms)`,
      );
      console.log(
        `throughput against the echo bot: SQLite ${(onSqlite.result.requests.average / echo.result.requests.average).toFixed(2)}x, Blob ${(onBlob.result.requests.average / echo.result.requests.average).toFixed(2)}x`,
      );
    }
    console.log(`\nrun took ${((performance.now() - started) / 1000).toFixed(0)} s`);
  } finally {
    await azurite.stop();
    await connector.stop();
  }
}

void main().catch((e) => {
  console.error(e);
  process.exitCode = 1;
});
