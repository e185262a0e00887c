/**
 * Turn latency and throughput of "volgende overleg" against a minimal echo Application on the same stack
 * (restify + TeamsAdapter + teams-ai Application), same harness, same load (autocannon, 20 connections).
 * Each server runs in its own process; autocannon and the stand-in connector (which accepts the replies)
 * run here. Prints both, the ratio, and an echo of the very card the bot sends, to separate the cost of
 * sending a card from the bot's own work. Target: the bot's median latency within 1.2x of the echo bot's.
 *
 *   npm run bench:turn            (DURATION=10 CONNECTIONS=20 to change the load)
 *
 * `npm run bench:all` prints this beside start-up, memory and the CLI (bench/all.ts).
 */
import autocannon from 'autocannon';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { message, USERS } from '../test/helpers/activities';
import { StandInConnector } from '../test/helpers/standInConnector';
import { measure, row } from './turnLoad';

const DURATION = Number(process.env.DURATION ?? 10);
const CONNECTIONS = Number(process.env.CONNECTIONS ?? 20);
const load = { duration: DURATION, connections: CONNECTIONS };
const DIST = resolve(__dirname, '..');

export interface TurnComparison {
  duration: number;
  connections: number;
  replies: number;
  echo: autocannon.Result;
  cardEcho: autocannon.Result;
  bot: autocannon.Result;
}

export async function turnComparison(): Promise<TurnComparison> {
  const connector = await new StandInConnector().start();
  const body = JSON.stringify({ ...message('volgende overleg', USERS.member), serviceUrl: connector.url });
  const botEnv = { PORT: '0', DATA_DIR: mkdtempSync(join(tmpdir(), 'overlegbot-bench-')), LOG_LEVEL: 'info', BOT_ID: '', BOT_PASSWORD: '' };
  const botScript = join(DIST, 'src', 'index.js');
  const echoScript = join(DIST, 'bench', 'echoBot.js');

  const bot = await measure('overlegbot (volgende)', botScript, { ...botEnv }, body, load);
  const cardFile = join(botEnv.DATA_DIR, 'card.json');
  writeFileSync(cardFile, JSON.stringify((connector.activities().at(-1)!.activity.attachments as { content: unknown }[])[0].content));
  const echo = await measure('echo Application', echoScript, {}, body, load);
  const cardEcho = await measure('echo of the same card', echoScript, { ECHO_CARD: cardFile }, body, load);
  await connector.stop();
  return { duration: DURATION, connections: CONNECTIONS, replies: connector.requests.length, echo: echo.result, cardEcho: cardEcho.result, bot: bot.result };
}

export const p50Ratio = (a: autocannon.Result, b: autocannon.Result) => a.latency.p50 / Math.max(b.latency.p50, 1);

export function printTurns(t: TurnComparison): void {
  console.log(`turn latency: ${t.connections} connections, ${t.duration} s each after a 2 s warm-up, Node ${process.version}, ${t.replies} replies received`);
  console.log(row('echo Application', t.echo));
  console.log(row('echo of the same card', t.cardEcho));
  console.log(row('overlegbot (volgende)', t.bot));
  console.log(`median latency bot/echo:      ${p50Ratio(t.bot, t.echo).toFixed(2)}x (target ≤ 1.2x)`);
  console.log(`median latency bot/card-echo: ${p50Ratio(t.bot, t.cardEcho).toFixed(2)}x`);
  console.log(`throughput bot/echo:          ${(t.bot.requests.average / t.echo.requests.average).toFixed(2)}x`);
}

if (require.main === module) {
  void turnComparison()
    .then(printTurns)
    .catch((e) => {
      console.error(e);
      process.exitCode = 1;
    });
}
