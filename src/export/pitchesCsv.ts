import { PITCH_QUESTIONS, Pitch } from '../domain/pitches';

// RFC 4180: quote every field, double the quotes; CRLF line ends, as spreadsheet programs expect.
const field = (v: string | boolean | undefined) => `"${String(v ?? '').replace(/"/g, '""')}"`;

/** One row per revision, so the whole history (who, when, what) is in the export. */
export function pitchesCsv(pitches: Pitch[]): string {
  const header = ['group', 'meeting', 'theme', 'revision', 'kind', 'at', 'by', 'by_name', 'late', ...PITCH_QUESTIONS];
  const rows = pitches.flatMap((p) =>
    p.revisions.map((r, i) => [
      p.groupId,
      p.originalDate,
      p.themeId,
      String(i + 1),
      r.kind,
      r.at,
      r.by,
      r.byName,
      r.late ? 'yes' : 'no',
      ...PITCH_QUESTIONS.map((q) => r.answers[q]),
    ]),
  );
  return [header, ...rows].map((r) => r.map(field).join(',')).join('\r\n') + '\r\n';
}
