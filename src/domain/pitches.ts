/** The five questions of a pitch (e-mail of 8 June 2020), in the order they are asked. */
export const PITCH_QUESTIONS = ['problem', 'acceleration', 'dilemmas', 'needs', 'whom'] as const;
export type PitchQuestion = (typeof PITCH_QUESTIONS)[number];
export type PitchAnswers = Record<PitchQuestion, string>;

export const DEFAULT_MAX_ANSWER_LENGTH = 2000;

export type PitchStatus = 'missing' | 'draft' | 'submitted' | 'late';

export interface PitchRevision {
  at: string;
  by: string;
  byName: string;
  kind: 'draft' | 'submitted';
  late: boolean;
  answers: PitchAnswers;
}

/** A theme's pitch for one meeting, with every revision kept (who, when). */
export interface Pitch {
  groupId: string;
  originalDate: string;
  themeId: string;
  answers: PitchAnswers;
  /** Set once submitted; a later draft does not withdraw a submission. */
  submittedAt?: string;
  submittedBy?: string;
  late: boolean;
  revisions: PitchRevision[];
}

export type PitchProblem = { question: PitchQuestion; problem: 'required' } | { question: PitchQuestion; problem: 'too-long'; max: number; length: number };

export function emptyAnswers(): PitchAnswers {
  return { problem: '', acceleration: '', dilemmas: '', needs: '', whom: '' };
}

/** Trims answers and drops anything that is not one of the five questions. */
export function cleanAnswers(input: Partial<Record<string, unknown>>): PitchAnswers {
  const out = emptyAnswers();
  for (const q of PITCH_QUESTIONS) {
    const v = input[q];
    out[q] = typeof v === 'string' ? v.replace(/\r\n/g, '\n').trim() : '';
  }
  return out;
}

/** Server-side validation: a submission answers all five; a draft may be partial; nothing is over the limit. */
export function validatePitch(answers: PitchAnswers, kind: 'draft' | 'submitted', maxLength = DEFAULT_MAX_ANSWER_LENGTH): PitchProblem[] {
  const problems: PitchProblem[] = [];
  for (const q of PITCH_QUESTIONS) {
    const length = [...answers[q]].length;
    if (kind === 'submitted' && length === 0) problems.push({ question: q, problem: 'required' });
    if (length > maxLength) problems.push({ question: q, problem: 'too-long', max: maxLength, length });
  }
  return problems;
}

export function isLate(deadline: Date | null, at: Date): boolean {
  return deadline !== null && at.getTime() > deadline.getTime();
}

/** Applies a draft or a submission to the stored pitch (or creates it), keeping every revision. Pure. */
export function recordPitch(
  current: Pitch | undefined,
  change: {
    groupId: string;
    originalDate: string;
    themeId: string;
    answers: PitchAnswers;
    kind: 'draft' | 'submitted';
    by: string;
    byName: string;
    at: Date;
    deadline: Date | null;
  },
): Pitch {
  const late = change.kind === 'submitted' && isLate(change.deadline, change.at);
  const revision: PitchRevision = { at: change.at.toISOString(), by: change.by, byName: change.byName, kind: change.kind, late, answers: change.answers };
  const base: Pitch = current ?? {
    groupId: change.groupId,
    originalDate: change.originalDate,
    themeId: change.themeId,
    answers: change.answers,
    late: false,
    revisions: [],
  };
  const submitted = change.kind === 'submitted';
  return {
    ...base,
    answers: change.answers,
    ...(submitted ? { submittedAt: revision.at, submittedBy: change.byName, late } : {}),
    revisions: [...base.revisions, revision],
  };
}

export function pitchStatus(p: Pitch | undefined): PitchStatus {
  if (!p) return 'missing';
  if (p.submittedAt) return p.late ? 'late' : 'submitted';
  return 'draft';
}

/**
 * The latest submission of a pitch: when, and its revision number (1-based, counting drafts too), which is
 * the number a late-pitch reply is claimed under. Undefined for a pitch never submitted. Pure.
 */
export function lastSubmission(p: Pitch | undefined): { at: Date; revision: number } | undefined {
  if (!p?.submittedAt) return undefined;
  for (let i = p.revisions.length - 1; i >= 0; i--) {
    if (p.revisions[i].kind === 'submitted') return { at: new Date(p.revisions[i].at), revision: i + 1 };
  }
  return { at: new Date(p.submittedAt), revision: p.revisions.length };
}
