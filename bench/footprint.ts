/**
 * Start-up, memory and CLI time against baselines measured in the same run (issue "One truth everywhere"):
 * - start-up: spawn to a healthy `/healthz` for overlegbot, spawn to listening for the echo Application
 *   (bench/echoBot.ts, the same stack); median of RUNS, alternating, target ≤ 1.2x;
 * - memory: resident set size after the same WARM_TURNS turns of "volgende overleg" against each, target
 *   ≤ echo + 25 MB;
 * - CLI: `occurrences`, `ics` and `check-config` as real processes, median of RUNS, target ≤ 0.5 s each, beside
 *   `node -e 0` (what any Node process costs here).
 *
 *   npm run bench:footprint        (RUNS=5 WARM_TURNS=300 to change)
 *
 * `npm run bench:all` prints these beside the turn comparison (bench/all.ts).
 */
import { ChildProcess, spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { message, USERS } from '../test/helpers/activities';
import { StandInConnector } from '../test/helpers/standInConnector';

const RUNS = Number(process.env.RUNS ?? 5);
const WARM_TURNS = Number(process.env.WARM_TURNS ?? 300);
const DIST = resolve(__dirname, '..');
const ROOT = resolve(DIST, '..');

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

interface Started {
  child: ChildProcess;
  url: string;
  ms: number;
}

/** Spawns `script` and resolves once it prints its URL and (for the bot) `/healthz` answers 200. */
function start(script: string, env: Record<string, string>, healthz: boolean): Promise<Started> {
  const t0 = performance.now();
  const child = spawn(process.execPath, ['--disable-warning=DEP0111', script], { env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'inherit'] });
  return new Promise((resolveStart, reject) => {
    let out = '';
    let found = false;
    child.stdout!.on('data', (d) => {
      out += String(d);
      const m = /listening (http:\S+)/.exec(out) ?? /"url":"(http:[^"]+)"/.exec(out);
      if (!m || found) return;
      found = true;
      const url = m[1];
      if (!healthz) return resolveStart({ child, url, ms: performance.now() - t0 });
      const poll = async () => {
        for (;;) {
          const ok = await fetch(`${url}/healthz`)
            .then((r) => r.status === 200)
            .catch(() => false);
          if (ok) return resolveStart({ child, url, ms: performance.now() - t0 });
          await new Promise((r) => setTimeout(r, 5));
        }
      };
      void poll();
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

function rssMb(pid: number): number {
  const m = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
  return m ? Number(m[1]) / 1024 : NaN;
}

async function warm(url: string, body: string): Promise<void> {
  for (let i = 0; i < WARM_TURNS; i++) {
    await fetch(`${url}/api/messages`, { method: 'POST', headers: { 'content-type': 'application/json' }, body });
  }
}

function cliMs(args: string[]): number {
  const times: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const t0 = performance.now();
    const r = spawnSync(process.execPath, args, {
      cwd: ROOT,
      encoding: 'utf8',
      env: { ...process.env, DATA_DIR: mkdtempSync(join(tmpdir(), 'overlegbot-cli-')) },
    });
    if (r.status !== 0) throw new Error(`${args.join(' ')} exited ${r.status}: ${r.stderr}`);
    times.push(performance.now() - t0);
  }
  return median(times);
}

export interface Footprint {
  runs: number;
  warmTurns: number;
  echoStartMs: number;
  botStartMs: number;
  echoRssMb: number;
  botRssMb: number;
  cli: { node: number; occurrences: number; ics: number; check: number };
}

export async function footprint(): Promise<Footprint> {
  const connector = await new StandInConnector().start();
  const body = JSON.stringify({ ...message('volgende overleg', USERS.member), serviceUrl: connector.url });
  const botScript = join(DIST, 'src', 'index.js');
  const echoScript = join(DIST, 'bench', 'echoBot.js');
  const botEnv = () => ({ PORT: '0', DATA_DIR: mkdtempSync(join(tmpdir(), 'overlegbot-fp-')), LOG_LEVEL: 'info', BOT_ID: '', BOT_PASSWORD: '' });

  const botStarts: number[] = [];
  const echoStarts: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const e = await start(echoScript, {}, false);
    echoStarts.push(e.ms);
    await stop(e.child);
    const b = await start(botScript, botEnv(), true);
    botStarts.push(b.ms);
    await stop(b.child);
  }

  const e = await start(echoScript, {}, false);
  await warm(e.url, body);
  const echoRss = rssMb(e.child.pid!);
  await stop(e.child);
  const b = await start(botScript, botEnv(), true);
  await warm(b.url, body);
  const botRss = rssMb(b.child.pid!);
  await stop(b.child);
  await connector.stop();

  const bin = join(ROOT, 'bin', 'overlegbot.js');
  const node = cliMs(['-e', '0']);
  const occurrences = cliMs([bin, 'occurrences', '--from', '2026-12-01', '--to', '2027-03-31']);
  const ics = cliMs([bin, 'ics']);
  const check = cliMs([bin, 'check-config', join(ROOT, 'config', 'schedule.yaml')]);

  return {
    runs: RUNS,
    warmTurns: WARM_TURNS,
    echoStartMs: median(echoStarts),
    botStartMs: median(botStarts),
    echoRssMb: echoRss,
    botRssMb: botRss,
    cli: { node, occurrences, ics, check },
  };
}

const ms = (x: number) => `${x.toFixed(0).padStart(5)} ms`;

export function printFootprint(f: Footprint): void {
  console.log(`footprint: median of ${f.runs} runs, RSS after ${f.warmTurns} turns of "volgende overleg", Node ${process.version}`);
  console.log(
    `start-up   echo ${ms(f.echoStartMs)}   overlegbot ${ms(f.botStartMs)} (to a healthy /healthz)   ratio ${(f.botStartMs / f.echoStartMs).toFixed(2)}x (target ≤ 1.2x)`,
  );
  console.log(
    `RSS        echo ${f.echoRssMb.toFixed(0).padStart(5)} MB   overlegbot ${f.botRssMb.toFixed(0).padStart(5)} MB   +${(f.botRssMb - f.echoRssMb).toFixed(0)} MB (target ≤ +25 MB)`,
  );
  printCli(f);
}

export function printCli(f: Footprint): void {
  const c = f.cli;
  console.log(`CLI        node -e 0 ${ms(c.node)}   occurrences ${ms(c.occurrences)}   ics ${ms(c.ics)}   check-config ${ms(c.check)} (target ≤ 500 ms each)`);
}

if (require.main === module) {
  void footprint()
    .then(printFootprint)
    .catch((e) => {
      console.error(e);
      process.exitCode = 1;
    });
}
