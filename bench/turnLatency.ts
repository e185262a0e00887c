/**
 * Turn latency and throughput of "volgende overleg" against a minimal echo Application on the same stack
 * (restify + TeamsAdapter + teams-ai Application), same harness, same load (autocannon, 20 connections).
 * Each server runs in its own process; autocannon and the stand-in connector (which accepts the replies)
 * run here. Prints both, the ratio, and an echo of the very card the bot sends, to separate the cost of
 * sending a card from the bot's own work. Target: the bot's median latency within 1.5x of the echo bot's.
 *
 *   npm run bench:turn            (DURATION=10 CONNECTIONS=20 to change the load)
 */
import autocannon from 'autocannon';
import { ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { message, USERS } from '../test/helpers/activities';
import { StandInConnector } from '../test/helpers/standInConnector';

const DURATION = Number(process.env.DURATION ?? 10);
const CONNECTIONS = Number(process.env.CONNECTIONS ?? 20);
const DIST = resolve(__dirname, '..');

function startServer(script: string, env: Record<string, string>): Promise<{ url: string; child: ChildProcess }> {
  const child = spawn(process.execPath, ['--disable-warning=DEP0111', script], { env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'inherit'] });
  return new Promise((resolvePromise, reject) => {
    let out = '';
    child.stdout!.on('data', (d) => {
      out += String(d);
      const m = /listening (http:\S+)/.exec(out) ?? /"url":"(http:[^"]+)"/.exec(out);
      if (m) resolvePromise({ url: m[1], child });
    });
    child.on('exit', (code) => reject(new Error(`${script} exited with ${code}`)));
  });
}

async function stop(child: ChildProcess): Promise<void> {
  await new Promise<void>((r) => {
    child.once('exit', () => r());
    child.kill('SIGTERM');
  });
}

async function load(url: string, body: string): Promise<autocannon.Result> {
  const opts = { url: `${url}/api/messages`, method: 'POST' as const, headers: { 'content-type': 'application/json' }, body, connections: CONNECTIONS };
  await autocannon({ ...opts, duration: 2 }); // warm-up: JIT and caches, for both alike
  return autocannon({ ...opts, duration: DURATION });
}

function row(name: string, r: autocannon.Result): string {
  return `${name.padEnd(24)} p50 ${String(r.latency.p50).padStart(4)} ms   p99 ${String(r.latency.p99).padStart(4)} ms   ${r.requests.average.toFixed(0).padStart(5)} req/s   non-2xx ${r.non2xx}   errors ${r.errors}`;
}

async function measure(name: string, script: string, env: Record<string, string>, body: string) {
  const s = await startServer(script, env);
  const result = await load(s.url, body);
  await stop(s.child);
  return { name, result };
}

async function main(): Promise<void> {
  const connector = await new StandInConnector().start();
  const body = JSON.stringify({ ...message('volgende overleg', USERS.member), serviceUrl: connector.url });
  const botEnv = { PORT: '0', DATA_DIR: mkdtempSync(join(tmpdir(), 'overlegbot-bench-')), LOG_LEVEL: 'info', BOT_ID: '', BOT_PASSWORD: '' };
  const botScript = join(DIST, 'src', 'index.js');
  const echoScript = join(DIST, 'bench', 'echoBot.js');

  const bot = await measure('overlegbot (volgende)', botScript, { ...botEnv }, body);
  const cardFile = join(botEnv.DATA_DIR, 'card.json');
  writeFileSync(cardFile, JSON.stringify((connector.activities().at(-1)!.activity.attachments as { content: unknown }[])[0].content));
  const echo = await measure('echo Application', echoScript, {}, body);
  const cardEcho = await measure('echo of the same card', echoScript, { ECHO_CARD: cardFile }, body);
  await connector.stop();

  console.log(
    `turn latency: ${CONNECTIONS} connections, ${DURATION} s each after a 2 s warm-up, Node ${process.version}, ${connector.requests.length} replies received`,
  );
  for (const m of [echo, cardEcho, bot]) console.log(row(m.name, m.result));
  const ratio = (a: autocannon.Result, b: autocannon.Result) => (a.latency.p50 / Math.max(b.latency.p50, 1)).toFixed(2);
  console.log(`median latency bot/echo:      ${ratio(bot.result, echo.result)}x (target ≤ 1.5x)`);
  console.log(`median latency bot/card-echo: ${ratio(bot.result, cardEcho.result)}x`);
  console.log(`throughput bot/echo:          ${(bot.result.requests.average / echo.result.requests.average).toFixed(2)}x`);
}

void main().catch((e) => {
  console.error(e);
  process.exitCode = 1;
});
