/**
 * Turn latency and throughput of "volgende overleg" against a minimal echo Application on the same stack
 * (restify + TeamsAdapter + teams-ai Application), same harness, same load (autocannon, 20 connections).
 * Each server runs in its own process; autocannon and the stand-in connector (which accepts the replies)
 * run here; the servers are loaded in interleaved rounds, and each one's CPU time per turn is read from /proc. Prints both, the ratio, and an echo of the very card the bot sends, to separate the cost of
 * sending a card from the bot's own work. Target: the bot's median latency within 1.2x of the echo bot's.
 *
 *   npm run bench:turn            (DURATION=12 ROUNDS=4 CONNECTIONS=20 to change the load)
 *
 * `npm run bench:all` prints this beside start-up, memory and the CLI (bench/all.ts).
 */
import autocannon from 'autocannon';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { message, USERS } from '../test/helpers/activities';
import { StandInConnector } from '../test/helpers/standInConnector';
import { cpuMs, loadOnce, startServer, stop } from './turnLoad';

const DURATION = Number(process.env.DURATION ?? 12);
const CONNECTIONS = Number(process.env.CONNECTIONS ?? 20);
const ROUNDS = Number(process.env.ROUNDS ?? 4);
const DIST = resolve(__dirname, '..');

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

export interface ServerFigures {
  name: string;
  /** Median over the rounds. */
  p50: number;
  p99: number;
  reqPerSec: number;
  /** The server process's CPU time per answered turn, in ms: what the other processes on the machine change least. */
  cpuMsPerTurn: number;
  non2xx: number;
  errors: number;
}

export interface TurnComparison {
  duration: number;
  connections: number;
  rounds: number;
  replies: number;
  echo: ServerFigures;
  cardEcho: ServerFigures;
  bot: ServerFigures;
  /** Median over the rounds of bot p50 / echo p50, each pair measured back to back. */
  p50Ratio: number;
  p50RatioCard: number;
  cpuRatio: number;
}

/**
 * The three servers run side by side and are loaded in turn, ROUNDS times, DURATION / ROUNDS seconds each, so
 * that a change in the machine's load (other processes) falls on all three alike; the ratios are medians of
 * the rounds' ratios.
 */
export async function turnComparison(): Promise<TurnComparison> {
  const connector = await new StandInConnector().start();
  const body = JSON.stringify({ ...message('volgende overleg', USERS.member), serviceUrl: connector.url });
  const botEnv = { PORT: '0', DATA_DIR: mkdtempSync(join(tmpdir(), 'overlegbot-bench-')), LOG_LEVEL: 'info', BOT_ID: '', BOT_PASSWORD: '' };
  const botScript = join(DIST, 'src', 'index.js');
  const echoScript = join(DIST, 'bench', 'echoBot.js');

  const bot = await startServer(botScript, botEnv);
  await fetch(`${bot.url}/api/messages`, { method: 'POST', headers: { 'content-type': 'application/json' }, body });
  const cardFile = join(botEnv.DATA_DIR, 'card.json');
  writeFileSync(cardFile, JSON.stringify((connector.activities().at(-1)!.activity.attachments as { content: unknown }[])[0].content));
  const echo = await startServer(echoScript, {});
  const cardEcho = await startServer(echoScript, { ECHO_CARD: cardFile });
  const servers = [
    { name: 'echo Application', ...echo },
    { name: 'echo of the same card', ...cardEcho },
    { name: 'overlegbot (volgende)', ...bot },
  ];
  const slice = { duration: Math.max(1, Math.round(DURATION / ROUNDS)), connections: CONNECTIONS };
  // Warm-up: JIT and caches, for all alike.
  for (const s of servers) await loadOnce(s.url, body, { duration: 2, connections: CONNECTIONS });
  const results = servers.map(() => [] as { r: autocannon.Result; cpu: number }[]);
  for (let round = 0; round < ROUNDS; round++) {
    for (const [i, s] of servers.entries()) {
      const cpu0 = cpuMs(s.child.pid!);
      const r = await loadOnce(s.url, body, slice);
      results[i].push({ r, cpu: cpuMs(s.child.pid!) - cpu0 });
    }
  }
  for (const s of servers) await stop(s.child);
  await connector.stop();

  const figures = (i: number): ServerFigures => {
    const rs = results[i];
    return {
      name: servers[i].name,
      p50: median(rs.map((x) => x.r.latency.p50)),
      p99: median(rs.map((x) => x.r.latency.p99)),
      reqPerSec: median(rs.map((x) => x.r.requests.average)),
      cpuMsPerTurn:
        rs.reduce((a, x) => a + x.cpu, 0) /
        Math.max(
          1,
          rs.reduce((a, x) => a + x.r.requests.total, 0),
        ),
      non2xx: rs.reduce((a, x) => a + x.r.non2xx, 0),
      errors: rs.reduce((a, x) => a + x.r.errors, 0),
    };
  };
  const ratioOf = (a: number, b: number) => median(results[a].map((x, k) => x.r.latency.p50 / Math.max(results[b][k].r.latency.p50, 1)));
  const [e, c, b] = [figures(0), figures(1), figures(2)];
  return {
    duration: slice.duration * ROUNDS,
    connections: CONNECTIONS,
    rounds: ROUNDS,
    replies: connector.requests.length,
    echo: e,
    cardEcho: c,
    bot: b,
    p50Ratio: ratioOf(2, 0),
    p50RatioCard: ratioOf(2, 1),
    cpuRatio: b.cpuMsPerTurn / e.cpuMsPerTurn,
  };
}

const row = (f: ServerFigures) =>
  `${f.name.padEnd(24)} p50 ${String(f.p50).padStart(4)} ms   p99 ${String(f.p99).padStart(4)} ms   ${f.reqPerSec.toFixed(0).padStart(5)} req/s   CPU ${f.cpuMsPerTurn.toFixed(2)} ms/turn   non-2xx ${f.non2xx}   errors ${f.errors}`;

export function printTurns(t: TurnComparison): void {
  console.log(
    `turn latency: ${t.connections} connections, ${t.rounds} interleaved rounds, ${t.duration} s each server after a 2 s warm-up, Node ${process.version}, ${t.replies} replies received`,
  );
  for (const f of [t.echo, t.cardEcho, t.bot]) console.log(row(f));
  console.log(`median latency bot/echo:      ${t.p50Ratio.toFixed(2)}x (target ≤ 1.2x; median of the rounds' ratios)`);
  console.log(`median latency bot/card-echo: ${t.p50RatioCard.toFixed(2)}x`);
  console.log(`CPU per turn bot/echo:        ${t.cpuRatio.toFixed(2)}x`);
  console.log(`throughput bot/echo:          ${(t.bot.reqPerSec / t.echo.reqPerSec).toFixed(2)}x`);
}

if (require.main === module) {
  void turnComparison()
    .then(printTurns)
    .catch((e) => {
      console.error(e);
      process.exitCode = 1;
    });
}
