import { loadSchedule } from '../../../src/schedule/loadSchedule';
import { understanderFor } from '../../../src/features/understanding';
import { Understood } from '../../../src/understand/slots';
import { message, USERS } from '../../helpers/activities';
import { makeHarness } from '../../helpers/botHarness';
import { DEFAULT_SCHEDULE } from '../../helpers/schedules';
import { asExpect, matches, negativeOk, useNextMeeting } from './check';
import { takesPlace, upcoming } from '../../../src/domain/occurrences';
import { Dialogue, Expect, Row } from './types';

export const TODAY = '2026-12-01';
export const NOW = '2026-12-01T09:00:00+01:00';

let cached: ReturnType<typeof understanderFor> | undefined;
export function understander() {
  if (!cached) {
    const schedule = loadSchedule(DEFAULT_SCHEDULE);
    cached = understanderFor(schedule);
    useNextMeeting((id) => {
      const g = schedule.groups.find((x) => x.id === id);
      return g ? upcoming(g.series, schedule.calendar, new Date(NOW), { count: 3 }).find(takesPlace)?.date : undefined;
    });
  }
  return cached;
}

export interface Outcome {
  text: string;
  ok: boolean;
  got: Record<string, unknown>;
  want?: Expect;
  why: string[];
}

export function runRows(rows: readonly Row[]): Outcome[] {
  return rows.map((r) => {
    const u = understander().understand(r.text, { today: TODAY });
    return { text: r.text, ok: matches(u, r.expect), got: asExpect(u), want: r.expect, why: u.why };
  });
}

export function runNegatives(texts: readonly string[]): Outcome[] {
  return texts.map((text) => {
    const u = understander().understand(text, { today: TODAY });
    return { text, ok: negativeOk(u), got: asExpect(u), why: u.why };
  });
}

/** A conversation through the real Application (and its stored context), turn by turn. */
export async function runDialogue(d: Dialogue): Promise<Outcome[]> {
  const h = makeHarness({ now: NOW });
  const out: Outcome[] = [];
  for (const t of d.turns) {
    if (t.minutesLater) h.clock.set(new Date(h.clock.now().getTime() + t.minutesLater * 60_000).toISOString());
    const before = h.logs.length;
    await h.send(message(t.text, USERS.member));
    const line = h.logs.slice(before).find((l) => l.event === 'understood') as unknown as Understood | undefined;
    const u: Understood = line
      ? { intent: line.intent, slots: line.slots, ...(line.clarify ? { clarify: line.clarify } : {}), why: line.why, words: [] }
      : { intent: 'none', slots: {}, why: ['no understood log line'], words: [] };
    out.push({ text: t.text, ok: matches(u, t.expect), got: asExpect(u), want: t.expect, why: u.why });
  }
  return out;
}

export async function runDialogues(ds: readonly Dialogue[]): Promise<Outcome[][]> {
  const out: Outcome[][] = [];
  for (const d of ds) out.push(await runDialogue(d));
  return out;
}
