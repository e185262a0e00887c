/**
 * What the turn benchmarks share: a server in its own process (the bot or the echo Application), loaded with
 * autocannon after a warm-up, and one line of figures per server.
 */
import autocannon from 'autocannon';
import { ChildProcess, spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';

export function startServer(script: string, env: Record<string, string>): Promise<{ url: string; child: ChildProcess }> {
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

export async function stop(child: ChildProcess): Promise<void> {
  await new Promise<void>((r) => {
    child.once('exit', () => r());
    child.kill('SIGTERM');
  });
}

export interface Load {
  /** Seconds of measured load after a 2 s warm-up. */
  duration: number;
  connections: number;
}

/** CPU time (user + system) a process has used so far, in ms, from /proc (Linux). */
export function cpuMs(pid: number): number {
  const fields = readFileSync(`/proc/${pid}/stat`, 'utf8')
    .replace(/^.*\) /, '')
    .split(' ');
  // After the command: state is field 3, utime and stime are fields 14 and 15 (1-based), in clock ticks of 10 ms.
  return (Number(fields[11]) + Number(fields[12])) * 10;
}

/** One measured load against a running server, without warm-up. */
export function loadOnce(url: string, body: string, l: Load): Promise<autocannon.Result> {
  return autocannon({
    url: `${url}/api/messages`,
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body,
    connections: l.connections,
    duration: l.duration,
  });
}

async function load(url: string, body: string, l: Load): Promise<autocannon.Result> {
  const opts = { url: `${url}/api/messages`, method: 'POST' as const, headers: { 'content-type': 'application/json' }, body, connections: l.connections };
  await autocannon({ ...opts, duration: 2 }); // warm-up: JIT and caches, for both alike
  return autocannon({ ...opts, duration: l.duration });
}

export function row(name: string, r: autocannon.Result): string {
  return `${name.padEnd(24)} p50 ${String(r.latency.p50).padStart(4)} ms   p99 ${String(r.latency.p99).padStart(4)} ms   ${r.requests.average.toFixed(0).padStart(5)} req/s   non-2xx ${r.non2xx}   errors ${r.errors}`;
}

/** Starts a server process, loads it, stops it. */
export async function measure(name: string, script: string, env: Record<string, string>, body: string, l: Load) {
  const s = await startServer(script, env);
  const result = await load(s.url, body, l);
  await stop(s.child);
  return { name, result };
}
