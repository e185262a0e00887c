import { readFileSync } from 'node:fs';
import { parseDocument } from 'yaml';
import { Schedule } from '../domain/schedule';
import { buildSchedule, semanticProblems } from './buildSchedule';
import { scheduleSchema } from './scheduleSchema';

/** Every problem in a schedule file, each naming the file, the path and what is wrong. */
export class ScheduleFileError extends Error {
  constructor(
    readonly file: string,
    readonly problems: string[],
  ) {
    super(`${file}: ${problems.length} problem(s)\n${problems.map((p) => `  ${p}`).join('\n')}`);
    this.name = 'ScheduleFileError';
  }
}

/** `['groups', 2, 'repeat', 'interval']` → `groups[2].repeat.interval` */
export function formatPath(path: readonly PropertyKey[]): string {
  return path.map((p, i) => (typeof p === 'number' ? `[${p}]` : i === 0 ? String(p) : `.${String(p)}`)).join('') || '(top level)';
}

export function parseSchedule(text: string, file: string): Schedule {
  const doc = parseDocument(text, { prettyErrors: true });
  if (doc.errors.length > 0) {
    throw new ScheduleFileError(
      file,
      doc.errors.map((e) => `${e.linePos ? `line ${e.linePos[0].line}, column ${e.linePos[0].col}: ` : ''}${e.message.split('\n')[0]}`),
    );
  }
  const result = scheduleSchema.safeParse(doc.toJS());
  if (!result.success) {
    throw new ScheduleFileError(
      file,
      result.error.issues.map((i) => `${formatPath(i.path)}: ${i.message}`),
    );
  }
  const semantic = semanticProblems(result.data);
  if (semantic.length > 0) {
    throw new ScheduleFileError(
      file,
      semantic.map((p) => `${formatPath(p.path)}: ${p.message}`),
    );
  }
  return buildSchedule(result.data);
}

export function loadSchedule(file: string): Schedule {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (e) {
    throw new ScheduleFileError(file, [`cannot be read (${(e as NodeJS.ErrnoException).code ?? String(e)})`]);
  }
  return parseSchedule(text, file);
}
