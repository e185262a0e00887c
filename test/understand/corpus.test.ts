import { strict as assert } from 'node:assert';
import { OURS_DIALOGUES, OURS_NEGATIVES, OURS_ROWS } from './corpus/ours';
import { Outcome, runDialogue, runDialogues, runNegatives, runRows } from './corpus/run';
import { SEALED_DIALOGUES, SEALED_NEGATIVES, SEALED_ROWS } from './corpus/sealed';
import { SECOND_WRITER_DIALOGUES, SECOND_WRITER_NEGATIVES, SECOND_WRITER_ROWS } from './corpus/secondWriter';
import { THIRD_WRITER_DIALOGUES, THIRD_WRITER_NEGATIVES, THIRD_WRITER_ROWS } from './corpus/thirdWriter';
import { FOURTH_WRITER_DIALOGUES, FOURTH_WRITER_NEGATIVES, FOURTH_WRITER_ROWS } from './corpus/fourthWriter';
import { FIFTH_WRITER_DIALOGUES, FIFTH_WRITER_NEGATIVES, FIFTH_WRITER_ROWS } from './corpus/fifthWriter';
import { Dialogue, Row } from './corpus/types';

const explain = (o: Outcome) => `got ${JSON.stringify(o.got)}, want ${JSON.stringify(o.want ?? 'no state change, no group')}; ${o.why.join(' | ')}`;

/**
 * Our corpus: every row, negative and dialogue is a test of its own (a regression names the sentence).
 * The other writers' corpora are held to an aggregate floor: they measure how far understanding reaches
 * beyond what we wrote, and the sealed one is never read, only scored.
 */
describe('understanding: our phrasing corpus', () => {
  describe('rows', () => {
    for (const row of OURS_ROWS) {
      it(`${JSON.stringify(row.text)} → ${row.expect.intent}`, () => {
        const [o] = runRows([row]);
        assert.ok(o.ok, explain(o));
      });
    }
  });

  describe('negatives change nothing and name no group', () => {
    for (const text of OURS_NEGATIVES) {
      it(JSON.stringify(text), () => {
        const [o] = runNegatives([text]);
        assert.ok(o.ok, explain(o));
      });
    }
  });

  describe('dialogues through the real Application, with the remembered subject', () => {
    for (const d of OURS_DIALOGUES) {
      it(d.note ?? d.turns.map((t) => t.text).join(' / '), async () => {
        for (const o of await runDialogue(d)) assert.ok(o.ok, `${JSON.stringify(o.text)}: ${explain(o)}`);
      });
    }
  });
});

function floor(name: string, rows: Row[], negatives: string[], dialogues: Dialogue[], minimum: { rows: number; turns: number; stateChanging?: number }) {
  describe(`understanding: ${name} (aggregate)`, () => {
    it(`understands at least ${minimum.rows * 100}% of the rows`, () => {
      const r = runRows(rows);
      const share = r.filter((x) => x.ok).length / r.length;
      assert.ok(share >= minimum.rows, `${(share * 100).toFixed(1)}% of ${r.length} rows`);
    });
    it(`follows at least ${minimum.turns * 100}% of the dialogue turns`, async () => {
      const d = (await runDialogues(dialogues)).flat();
      const share = d.filter((x) => x.ok).length / d.length;
      assert.ok(share >= minimum.turns, `${(share * 100).toFixed(1)}% of ${d.length} turns`);
    });
    it(`takes at most ${minimum.stateChanging ?? 0} negatives for a command that changes something (it then asks for confirmation)`, () => {
      const bad = runNegatives(negatives).filter(
        (o) =>
          !o.ok &&
          ['bind', 'cancel', 'move', 'agenda-change', 'mute-reminders', 'theme-reminders', 'digest', 'set-language', 'attend'].includes(String(o.got.intent)),
      );
      assert.ok(bad.length <= (minimum.stateChanging ?? 0), `${bad.length} state-changing false positives`);
    });
  });
}

floor('second writer', SECOND_WRITER_ROWS, SECOND_WRITER_NEGATIVES, SECOND_WRITER_DIALOGUES, { rows: 0.97, turns: 0.97 });
// Written in session 18 by a writer who had not read the parser; it started at 86.7% of rows and 78.8% of turns.
floor('third writer', THIRD_WRITER_ROWS, THIRD_WRITER_NEGATIVES, THIRD_WRITER_DIALOGUES, { rows: 0.98, turns: 0.95 });
// Written in session 18 in three personas (a terse coordinator, a wordy lead, an English-speaking researcher); started at 83.9% of rows.
floor('fourth writer', FOURTH_WRITER_ROWS, FOURTH_WRITER_NEGATIVES, FOURTH_WRITER_DIALOGUES, { rows: 0.96, turns: 0.95 });
// Session 18, conversations and everyday Dutch; started at 88.9% of rows and 82.0% of turns.
floor('fifth writer', FIFTH_WRITER_ROWS, FIFTH_WRITER_NEGATIVES, FIFTH_WRITER_DIALOGUES, { rows: 0.95, turns: 0.88 });
// One sealed negative is still read as a move without a group (it gets the confirmation card, so nothing changes
// unconfirmed); the floor keeps it from growing. See the note on issue 9.
floor('sealed corpus', SEALED_ROWS, SEALED_NEGATIVES, SEALED_DIALOGUES, { rows: 0.95, turns: 0.95, stateChanging: 1 });
