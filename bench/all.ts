/**
 * The three ratios of issue 12 ("One truth everywhere", Performance) and the CLI times in one run, each against
 * its baseline measured in the same run: turn p50 against the echo Application (bench/turnLatency.ts), start-up
 * to a healthy `/healthz` and RSS after warm turns against the echo Application (bench/footprint.ts), and the
 * CLI commands beside `node -e 0`. About a minute with the defaults.
 *
 *   npm run bench:all            (DURATION=12 ROUNDS=4 CONNECTIONS=20 RUNS=5 WARM_TURNS=300 to change)
 */
import { footprint, printFootprint } from './footprint';
import { printTurns, turnComparison } from './turnLatency';

async function main(): Promise<void> {
  const turns = await turnComparison();
  printTurns(turns);
  const f = await footprint();
  printFootprint(f);
  const verdict = (ok: boolean) => (ok ? 'ok' : 'OVER');
  const turnRatio = turns.p50Ratio;
  const startRatio = f.botStartMs / f.echoStartMs;
  const rssOver = f.botRssMb - f.echoRssMb;
  console.log('summary (overlegbot against the echo Application, this run)');
  console.log(`  turn p50      ${turnRatio.toFixed(2)}x   target ≤ 1.2x      ${verdict(turnRatio <= 1.2)}`);
  console.log(`  (turn CPU    ${turns.cpuRatio.toFixed(2)}x   the server's CPU time per turn, less sensitive to the machine's other load)`);
  console.log(`  start-up      ${startRatio.toFixed(2)}x   target ≤ 1.2x      ${verdict(startRatio <= 1.2)}`);
  console.log(`  RSS           +${rssOver.toFixed(0)} MB   target ≤ +25 MB    ${verdict(rssOver <= 25)}`);
  const c = f.cli;
  const slowest = Math.max(c.occurrences, c.ics, c.check);
  console.log(
    `  CLI           occurrences ${c.occurrences.toFixed(0)} ms, ics ${c.ics.toFixed(0)} ms, check-config ${c.check.toFixed(0)} ms   target ≤ 500 ms   ${verdict(slowest <= 500)}`,
  );
}

void main().catch((e) => {
  console.error(e);
  process.exitCode = 1;
});
