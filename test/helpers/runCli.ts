import { execFile } from 'node:child_process';
import { resolve } from 'node:path';
import { main } from '../../src/cli';

export interface CliResult {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs the CLI in-process with captured output and a fixed clock. */
export async function runCli(args: string[], now = new Date('2026-12-01T08:00:00Z'), env: NodeJS.ProcessEnv = {}): Promise<CliResult> {
  let stdout = '';
  let stderr = '';
  const code = await main(args, {
    out: (t) => (stdout += t),
    err: (t) => (stderr += t),
    env,
    now: () => now,
  });
  return { code, stdout, stderr };
}

/** The compiled bin, as `npx overlegbot` runs it. */
export const CLI_BIN = resolve(__dirname, '..', '..', '..', 'bin', 'overlegbot.js');

/** Runs the real CLI process (bin/overlegbot.js) with exactly the given environment (plus PATH). */
export function runCliProcess(args: string[], env: NodeJS.ProcessEnv = {}, node: string[] = [], cwd?: string): Promise<CliResult> {
  return new Promise((done) => {
    execFile(
      process.execPath,
      [...node, CLI_BIN, ...args],
      { env: { PATH: process.env.PATH, ...env }, encoding: 'utf8', ...(cwd ? { cwd } : {}) },
      (err, stdout, stderr) => {
        const code = err ? (typeof err.code === 'number' ? err.code : 1) : 0;
        done({ code, stdout, stderr });
      },
    );
  });
}
