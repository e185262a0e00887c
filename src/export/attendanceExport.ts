import type { Member } from '../domain/schedule';
import { AttendanceChange, Deputy, MeetingAttendance } from '../domain/attendance';
import { Occurrence } from '../domain/occurrences';
import { isoWithOffset } from '../domain/zonedTime';

export type ExportedAnswer = 'present' | 'apologies' | 'no-answer';

export interface ExportedMember {
  id: string;
  name: string;
  organisation: string;
  answer: ExportedAnswer;
  reason: string | null;
  deputy: Deputy | null;
  answeredAt: string | null;
  answeredBy: string | null;
  /** Every change for this member, oldest first. */
  history: AttendanceChange[];
}

export interface ExportedMeeting {
  group: string;
  /** The rule's date: the meeting's identity (answers stay with it when it moves). */
  meeting: string;
  date: string;
  start: string;
  status: Occurrence['status'];
  members: ExportedMember[];
}

/**
 * One meeting's attendance for export: every member of the roster with their latest answer (or none yet), plus
 * anyone who answered and has since left the roster, so that nothing stored is dropped.
 */
export function exportMeeting(o: Occurrence, roster: readonly Member[], stored: MeetingAttendance | undefined, zone: string): ExportedMeeting {
  const known = new Set(roster.map((m) => m.id));
  const former = Object.keys(stored?.answers ?? {})
    .filter((id) => !known.has(id))
    .sort()
    .map((id): Member => ({ id, name: stored!.answers[id].byName && stored!.answers[id].by === id ? stored!.answers[id].byName : id, organisation: '' }));
  const members = [...roster, ...former].map((m): ExportedMember => {
    const latest = stored?.answers[m.id];
    const a = latest?.answer;
    return {
      id: m.id,
      name: m.name,
      organisation: m.organisation,
      answer: a ? a.kind : 'no-answer',
      reason: a?.kind === 'apologies' ? (a.reason ?? null) : null,
      deputy: a?.kind === 'apologies' ? (a.deputy ?? null) : null,
      answeredAt: latest?.at ?? null,
      answeredBy: latest?.byName ?? null,
      history: (stored?.history ?? []).filter((c) => c.person === m.id),
    };
  });
  return { group: o.seriesId, meeting: o.originalDate, date: o.date, start: isoWithOffset(o.start, zone), status: o.status, members };
}

// RFC 4180, as the pitch export: quote every field, double the quotes; CRLF line ends.
const field = (v: string | number | null | undefined) => `"${String(v ?? '').replace(/"/g, '""')}"`;

/** One row per member per meeting (the change history is in the JSON). */
export function attendanceCsv(meetings: readonly ExportedMeeting[]): string {
  const header = [
    'group',
    'meeting',
    'date',
    'start',
    'status',
    'member_id',
    'name',
    'organisation',
    'answer',
    'reason',
    'deputy',
    'deputy_id',
    'answered_at',
    'answered_by',
    'changes',
  ];
  const rows = meetings.flatMap((mt) =>
    mt.members.map((m) => [
      mt.group,
      mt.meeting,
      mt.date,
      mt.start,
      mt.status,
      m.id,
      m.name,
      m.organisation,
      m.answer,
      m.reason,
      m.deputy?.name,
      m.deputy?.id,
      m.answeredAt,
      m.answeredBy,
      m.history.length,
    ]),
  );
  return [header, ...rows].map((r) => r.map(field).join(',')).join('\r\n') + '\r\n';
}
