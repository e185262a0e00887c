import { parseArgs } from 'node:util';
import { Group, Schedule } from './config/schedule';
import { schedulePath } from './config/defaultSchedulePath';
import { loadSchedule, ScheduleFileError } from './config/loadSchedule';
import { addDays, isLocalDate, LocalDate } from './domain/localDate';
import { Occurrence, occurrencesBetween } from './domain/occurrences';
import { isoWithOffset, localDateAt } from './domain/zonedTime';
import { buildFeed } from './ics/buildFeed';
import { messagesFor } from './i18n/catalogue';
import { resolve } from 'node:path';
import { pitchesCsv } from './export/pitchesCsv';
import { Repositories } from './store/repositories';
import { MemoryConditionalStorage } from './store/conditionalStorage';
import { ConfigError, loadStorageConfig, StorageConfig } from './config';
import { describeStorage, openExistingStorage } from './store/openStorage';
import { PlannedPost } from './domain/reminders';
import { CalendarService } from './services/calendarService';
import { PitchService } from './services/pitchService';
import { ReminderPlanService } from './services/reminderPlanService';
import { Language } from './i18n/language';
import { Messages } from './i18n/messages';

export interface CliIO {
  out(text: string): void;
  err(text: string): void;
  env: NodeJS.ProcessEnv;
  now(): Date;
}

const defaultIO: CliIO = {
  out: (t) => process.stdout.write(t),
  err: (t) => process.stderr.write(t),
  env: process.env,
  now: () => new Date(),
};

/** A mistake in how the command was called: usage to stderr, exit 2. */
class UsageError extends Error {}

const OPTIONS = {
  from: { type: 'string' },
  to: { type: 'string' },
  group: { type: 'string' },
  config: { type: 'string' },
  json: { type: 'boolean' },
  lang: { type: 'string' },
  now: { type: 'string' },
  horizon: { type: 'string' },
  format: { type: 'string' },
  'data-dir': { type: 'string' },
  help: { type: 'boolean', short: 'h' },
} as const;

type Values = ReturnType<typeof parse>['values'];

function parse(argv: string[]) {
  try {
    return parseArgs({ args: argv, options: OPTIONS, allowPositionals: true, strict: true });
  } catch (e) {
    throw new UsageError((e as Error).message);
  }
}

function requireDate(v: string | undefined, name: string): LocalDate {
  if (v === undefined) throw new UsageError(`--${name} is required`);
  if (!isLocalDate(v)) throw new UsageError(`--${name} must be a date YYYY-MM-DD, got "${v}"`);
  return v;
}

function nowOf(values: Values, io: CliIO): Date {
  if (values.now === undefined) return io.now();
  const d = new Date(values.now);
  if (Number.isNaN(d.getTime())) throw new UsageError(`--now must be an ISO date-time, got "${values.now}"`);
  return d;
}

function languageOf(values: Values): Language {
  if (values.lang === undefined) return 'nl';
  if (values.lang === 'nl' || values.lang === 'en') return values.lang;
  throw new UsageError(`--lang must be nl or en, got "${values.lang}"`);
}

function selectGroups(schedule: Schedule, id: string | undefined): readonly Group[] {
  if (id === undefined) return schedule.groups;
  const g = schedule.groups.find((x) => x.id === id);
  if (!g) throw new UsageError(`unknown group "${id}"; known groups: ${schedule.groups.map((x) => x.id).join(', ')}`);
  return [g];
}

export interface OccurrenceJson {
  group: string;
  start: string;
  end: string;
  deadline: string | null;
  status: Occurrence['status'];
  reason: string | null;
}

export function occurrenceJson(o: Occurrence, zone: string, msgs: Messages): OccurrenceJson {
  return {
    group: o.seriesId,
    start: isoWithOffset(o.start, zone),
    end: isoWithOffset(o.end, zone),
    deadline: o.deadline ? isoWithOffset(o.deadline, zone) : null,
    status: o.status,
    reason: o.reason ? msgs.reasonLabel(o) : null,
  };
}

export function occurrenceLine(o: Occurrence, group: Group, msgs: Messages, zone: string): string {
  const ctx = { zone };
  if (o.status === 'skipped' || o.status === 'cancelled') return msgs.notTakingPlace(o, group.name, ctx);
  const parts = [`${group.name}: ${msgs.meetingWhen(o, ctx)}`];
  if (o.deadline) parts.push(msgs.pitchDeadline(o.deadline, ctx));
  if (o.status === 'moved') parts.push(`${msgs.movedFrom(o, ctx)}${o.reason?.label ? ` (${msgs.reasonLabel(o)})` : ''}`);
  return parts.join(' · ');
}

export function allOccurrences(groups: readonly Group[], schedule: Schedule, from: LocalDate, to: LocalDate): Occurrence[] {
  return groups
    .flatMap((g) => occurrencesBetween(g.series, schedule.calendar, from, to))
    .sort((a, b) => a.start.getTime() - b.start.getTime() || a.seriesId.localeCompare(b.seriesId));
}

function cmdOccurrences(values: Values, io: CliIO): number {
  const from = requireDate(values.from, 'from');
  const to = requireDate(values.to, 'to');
  if (to < from) throw new UsageError('--to must not be before --from');
  const lang = languageOf(values);
  const schedule = loadSchedule(schedulePath(values.config, io.env));
  const groups = selectGroups(schedule, values.group);
  const msgs = messagesFor(lang);
  const list = allOccurrences(groups, schedule, from, to);
  if (values.json) {
    io.out(`${JSON.stringify(list.map((o) => occurrenceJson(o, schedule.timezone, msgs)), null, 2)}\n`);
    return 0;
  }
  if (list.length === 0) io.out(`${msgs.noMeetings}\n`);
  const byId = new Map(groups.map((g) => [g.id, g]));
  for (const o of list) io.out(`${occurrenceLine(o, byId.get(o.seriesId)!, msgs, schedule.timezone)}\n`);
  return 0;
}

/** Default feed window: deadlines from a month ago, meetings until the end of the year after next. */
export function feedWindow(now: Date, zone: string): { deadlinesFrom: LocalDate; horizon: LocalDate; stamp: Date } {
  const today = localDateAt(now, zone);
  const year = Number(today.slice(0, 4));
  // The stamp is the start of the day (UTC) so that every request on one day gives the same bytes.
  return { deadlinesFrom: addDays(today, -31), horizon: `${year + 2}-12-31`, stamp: new Date(`${today}T00:00:00Z`) };
}

function cmdIcs(values: Values, io: CliIO): number {
  const schedule = loadSchedule(schedulePath(values.config, io.env));
  const groups = selectGroups(schedule, values.group);
  const window = feedWindow(nowOf(values, io), schedule.timezone);
  const horizon = values.horizon === undefined ? window.horizon : requireDate(values.horizon, 'horizon');
  io.out(
    buildFeed(groups, schedule.calendar, {
      ...window,
      horizon,
      zone: schedule.timezone,
      name: groups.length === 1 ? `overlegbot: ${groups[0].name}` : 'overlegbot: alle overleggen',
    }),
  );
  return 0;
}

function cmdCheckConfig(positionals: string[], values: Values, io: CliIO): number {
  const file = positionals[1] ?? values.config;
  if (!file) throw new UsageError('check-config needs a FILE');
  loadSchedule(file);
  io.out(`${messagesFor('nl').configOk}\n`);
  return 0;
}

/** The bot's store as the server configures it (STORAGE, DATA_DIR, AZURE_STORAGE_*); --data-dir overrides DATA_DIR. */
function storageConfig(values: Values, io: CliIO): StorageConfig {
  return loadStorageConfig(io.env, values['data-dir'] === undefined ? undefined : resolve(values['data-dir']));
}

async function cmdExportPitches(values: Values, io: CliIO): Promise<number> {
  if (!values.group) throw new UsageError('--group is required');
  const from = requireDate(values.from, 'from');
  const to = requireDate(values.to, 'to');
  if (to < from) throw new UsageError('--to must not be before --from');
  const format = values.format ?? 'json';
  if (format !== 'json' && format !== 'csv') throw new UsageError(`--format must be json or csv, got "${format}"`);
  const schedule = loadSchedule(schedulePath(values.config, io.env));
  selectGroups(schedule, values.group);
  const config = storageConfig(values, io);
  const storage = await openExistingStorage(config);
  if (!storage) {
    io.err(`overlegbot: no bot data at ${describeStorage(config)} (${config.kind === 'sqlite' ? 'set --data-dir or DATA_DIR' : 'check AZURE_STORAGE_CONTAINER'})\n`);
    return 1;
  }
  try {
    const pitches = (await new Repositories(storage).listPitches(values.group)).filter((p) => p.originalDate >= from && p.originalDate <= to);
    io.out(format === 'json' ? `${JSON.stringify(pitches, null, 2)}\n` : pitchesCsv(pitches));
    return 0;
  } finally {
    await storage.close();
  }
}

const KIND_LABEL: Record<PlannedPost['kind'], string> = {
  'deadline-channel': 'deadline-herinnering in kanaal',
  'deadline-personal': 'persoonlijke herinnering',
  bundle: 'pitchbundel',
  'meeting-reminder': 'herinnering overleg',
  'weekly-digest': 'weekoverzicht',
};

/** `overlegbot plan`: what the bot will post, when and to whom (a dry run of the scheduler's planning). */
async function cmdPlan(values: Values, io: CliIO): Promise<number> {
  const from = requireDate(values.from, 'from');
  const to = requireDate(values.to, 'to');
  if (to < from) throw new UsageError('--to must not be before --from');
  const schedule = loadSchedule(schedulePath(values.config, io.env));
  const groups = selectGroups(schedule, values.group);
  // Without bot data the plan follows the config alone: agendas as planned, no channel bound yet.
  const existing = await openExistingStorage(storageConfig(values, io));
  const storage = existing ?? new MemoryConditionalStorage();
  try {
    const repos = new Repositories(storage);
    const calendar = new CalendarService(schedule, repos);
    const planner = new ReminderPlanService(calendar, new PitchService(calendar, repos), repos);
    const posts = await planner.plan(from, to, { groupIds: groups.map((g) => g.id), unboundAsPlaceholder: true });
    const zone = schedule.timezone;
    if (values.json) {
      io.out(`${JSON.stringify(posts.map((p) => ({ ...p, at: isoWithOffset(p.at, zone), expiresAt: isoWithOffset(p.expiresAt, zone) })), null, 2)}\n`);
      return 0;
    }
    const names = new Map(schedule.groups.map((g) => [g.id, g.name]));
    for (const p of posts) {
      const name = p.groupId.split('+').map((id) => names.get(id) ?? id).join(', ');
      const to = p.target.kind === 'personal' ? `${p.target.person}${p.themes ? ` (${p.themes.join(', ')})` : ''}` : p.target.conversationId ?? `kanaal van ${name} (nog niet gekoppeld)`;
      io.out(`${isoWithOffset(p.at, zone).slice(0, 16).replace('T', ' ')}  ${KIND_LABEL[p.kind]} (${p.offset})  ${name}  → ${to}\n`);
    }
    if (posts.length === 0) io.out('Niets te versturen in deze periode.\n');
    return 0;
  } finally {
    await existing?.close();
  }
}

/** Runs one CLI command; returns the exit code and never throws. */
export async function main(argv: string[], io: CliIO = defaultIO): Promise<number> {
  const usage = messagesFor('en').cliUsage;
  try {
    const { values, positionals } = parse(argv);
    if (values.help) {
      io.out(`${usage}\n`);
      return 0;
    }
    switch (positionals[0]) {
      case 'occurrences':
        return cmdOccurrences(values, io);
      case 'ics':
        return cmdIcs(values, io);
      case 'check-config':
        return cmdCheckConfig(positionals, values, io);
      case 'plan':
        return await cmdPlan(values, io);
      case 'export-pitches':
        return await cmdExportPitches(values, io);
      default:
        throw new UsageError(positionals[0] ? `unknown command "${positionals[0]}"` : 'no command given');
    }
  } catch (e) {
    if (e instanceof UsageError) {
      io.err(`overlegbot: ${e.message}\n${usage}\n`);
      return 2;
    }
    if (e instanceof ConfigError) {
      io.err(`${e.problems.map((p) => `overlegbot: ${p}`).join('\n')}\n`);
      return 1;
    }
    if (e instanceof ScheduleFileError) {
      io.err(`${e.problems.map((p) => `${e.file}: ${p}`).join('\n')}\n`);
      return 1;
    }
    io.err(`overlegbot: unexpected error: ${(e as Error).message}\n`);
    return 1;
  }
}
