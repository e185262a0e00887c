/**
 * Who comes to one meeting: each member's answer (present, or apologies with an optional reason and deputy),
 * every change kept with who made it and when (like pitch revisions). Pure: the clock is passed in.
 */

/** Someone standing in: a member the schedule knows (by id), or only a name someone typed. */
export interface Deputy {
  id?: string;
  name: string;
}

export type AttendanceAnswer = { kind: 'present' } | { kind: 'apologies'; reason?: string; deputy?: Deputy };

export interface AttendanceChange {
  /** The member the answer is for (lower-case id from the schedule). */
  person: string;
  answer: AttendanceAnswer;
  at: string;
  /** Who gave it: the member, or a coordinator for them. */
  by: string;
  byName: string;
}

/** One meeting's answers, by the rule's date of the meeting (so a moved meeting keeps its answers). */
export interface MeetingAttendance {
  groupId: string;
  originalDate: string;
  /** The latest answer per person. */
  answers: Record<string, AttendanceChange>;
  /** Every change, oldest first. */
  history: AttendanceChange[];
}

export type AttendanceErrorCode = 'meeting-started' | 'not-taking-place' | 'not-a-member' | 'reason-too-long';

export class AttendanceError extends Error {
  constructor(readonly code: AttendanceErrorCode) {
    super(code);
    this.name = 'AttendanceError';
  }
}

export const MAX_REASON_LENGTH = 300;

/** Trims the free texts and drops empty ones, so that an empty card field means "no reason". */
export function cleanAnswer(a: AttendanceAnswer): AttendanceAnswer {
  if (a.kind === 'present') return { kind: 'present' };
  const reason = a.reason?.replace(/\s+/g, ' ').trim();
  const deputyName = a.deputy?.name.replace(/\s+/g, ' ').trim();
  return {
    kind: 'apologies',
    ...(reason ? { reason } : {}),
    ...(a.deputy && deputyName ? { deputy: { ...(a.deputy.id ? { id: a.deputy.id } : {}), name: deputyName } } : {}),
  };
}

export interface AnswerChange {
  groupId: string;
  originalDate: string;
  person: string;
  answer: AttendanceAnswer;
  by: string;
  byName: string;
  at: Date;
  /** When the meeting starts; answers from then on are refused (the attendance list is what it was). */
  meetingStart: Date;
  /** False for a cancelled or skipped meeting. */
  takesPlace: boolean;
}

/** Applies one answer to a meeting's attendance (or starts it). Throws AttendanceError; changes nothing then. */
export function recordAnswer(current: MeetingAttendance | undefined, change: AnswerChange): MeetingAttendance {
  if (!change.takesPlace) throw new AttendanceError('not-taking-place');
  if (change.at.getTime() >= change.meetingStart.getTime()) throw new AttendanceError('meeting-started');
  const answer = cleanAnswer(change.answer);
  if (answer.kind === 'apologies' && [...(answer.reason ?? '')].length > MAX_REASON_LENGTH) throw new AttendanceError('reason-too-long');
  const entry: AttendanceChange = { person: change.person, answer, at: change.at.toISOString(), by: change.by, byName: change.byName };
  const base: MeetingAttendance = current ?? { groupId: change.groupId, originalDate: change.originalDate, answers: {}, history: [] };
  return { ...base, answers: { ...base.answers, [change.person]: entry }, history: [...base.history, entry] };
}

export interface AttendeeLine {
  id: string;
  name: string;
  organisation: string;
  reason?: string;
  deputy?: Deputy;
}

export interface OrganisationAttendance {
  organisation: string;
  present: AttendeeLine[];
  apologies: AttendeeLine[];
  noAnswer: AttendeeLine[];
}

export interface AttendanceSummary {
  present: number;
  apologies: number;
  noAnswer: number;
  /** Per organisation, in alphabetical order; people in the order of the schedule. */
  organisations: OrganisationAttendance[];
}

/** The attendance list of the minutes ("Aanwezig …, Afgemeld: … (SCP)"), per organisation. */
export function summarise(
  attendance: MeetingAttendance | undefined,
  members: readonly { id: string; name: string; organisation: string }[],
): AttendanceSummary {
  const orgs = new Map<string, OrganisationAttendance>();
  const totals = { present: 0, apologies: 0, noAnswer: 0 };
  for (const m of members) {
    const org = orgs.get(m.organisation) ?? { organisation: m.organisation, present: [], apologies: [], noAnswer: [] };
    orgs.set(m.organisation, org);
    const a = attendance?.answers[m.id]?.answer;
    const line: AttendeeLine = { id: m.id, name: m.name, organisation: m.organisation };
    if (!a) {
      org.noAnswer.push(line);
      totals.noAnswer++;
    } else if (a.kind === 'present') {
      org.present.push(line);
      totals.present++;
    } else {
      org.apologies.push({ ...line, ...(a.reason ? { reason: a.reason } : {}), ...(a.deputy ? { deputy: a.deputy } : {}) });
      totals.apologies++;
    }
  }
  return { ...totals, organisations: [...orgs.values()].sort((x, y) => x.organisation.localeCompare(y.organisation)) };
}
