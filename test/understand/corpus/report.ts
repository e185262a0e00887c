/**
 * Prints how much of each phrasing corpus the bot understands, and the false positives of the negative sets.
 * `npm run corpus` (add `--verbose` for every miss with its explanation; the sealed corpus shows figures only).
 */
import { OURS_DIALOGUES, OURS_NEGATIVES, OURS_ROWS } from './ours';
import { FIFTH_WRITER_DIALOGUES, FIFTH_WRITER_NEGATIVES, FIFTH_WRITER_ROWS } from './fifthWriter';
import { FOURTH_WRITER_DIALOGUES, FOURTH_WRITER_NEGATIVES, FOURTH_WRITER_ROWS } from './fourthWriter';
import { Outcome, runDialogues, runNegatives, runRows } from './run';
import { SEALED_DIALOGUES, SEALED_NEGATIVES, SEALED_ROWS } from './sealed';
import { SECOND_WRITER_DIALOGUES, SECOND_WRITER_NEGATIVES, SECOND_WRITER_ROWS } from './secondWriter';
import { THIRD_WRITER_DIALOGUES, THIRD_WRITER_NEGATIVES, THIRD_WRITER_ROWS } from './thirdWriter';
import { Dialogue, Row } from './types';

const verbose = process.argv.includes('--verbose');
const pct = (n: number, of: number) => `${((100 * n) / Math.max(of, 1)).toFixed(1)}%`;

function show(misses: Outcome[]) {
  for (const m of misses)
    console.log(
      `  ✗ ${JSON.stringify(m.text)}\n      got  ${JSON.stringify(m.got)}\n      want ${JSON.stringify(m.want ?? 'no state change, no group')}\n      why  ${m.why.join(' | ')}`,
    );
}

async function corpus(name: string, rows: Row[], negatives: string[], dialogues: Dialogue[], sealed: boolean) {
  const r = runRows(rows);
  const n = runNegatives(negatives);
  const d = (await runDialogues(dialogues)).flat();
  const ok = (xs: Outcome[]) => xs.filter((x) => x.ok).length;
  console.log(
    `${name}: rows ${ok(r)}/${r.length} (${pct(ok(r), r.length)}), dialogue turns ${ok(d)}/${d.length} (${pct(ok(d), d.length)}), negatives: ${n.length - ok(n)} false positives of ${n.length}`,
  );
  if (verbose && !sealed) {
    show(r.filter((x) => !x.ok));
    show(d.filter((x) => !x.ok));
    show(n.filter((x) => !x.ok));
  }
}

async function main() {
  await corpus('ours', OURS_ROWS, OURS_NEGATIVES, OURS_DIALOGUES, false);
  await corpus('second writer', SECOND_WRITER_ROWS, SECOND_WRITER_NEGATIVES, SECOND_WRITER_DIALOGUES, false);
  await corpus('third writer', THIRD_WRITER_ROWS, THIRD_WRITER_NEGATIVES, THIRD_WRITER_DIALOGUES, false);
  await corpus('fourth writer', FOURTH_WRITER_ROWS, FOURTH_WRITER_NEGATIVES, FOURTH_WRITER_DIALOGUES, false);
  await corpus('fifth writer', FIFTH_WRITER_ROWS, FIFTH_WRITER_NEGATIVES, FIFTH_WRITER_DIALOGUES, false);
  await corpus('sealed (other writer, not read)', SEALED_ROWS, SEALED_NEGATIVES, SEALED_DIALOGUES, true);
}

void main();
