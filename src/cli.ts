import { parseArgs } from 'node:util';
import { Group, Schedule } from './domain/schedule';
import { schedulePath } from './schedule/defaultSchedulePath';
import { loadSchedule, ScheduleFileError } from './schedule/loadSchedule';
import { isLocalDate, LocalDate } from './domain/localDate';
import { Occurrence } from './domain/occurrences';
import { isoWithOffset } from './domain/zonedTime';
import { planSubject, planTarget } from './present/planView';
import { calendarFeed, feedWindow } from './ics/calendarFeed';
import { messagesFor } from './i18n/catalogue';
import { cliMessages, CliMessages } from './i18n/cliMessages';
import { actionItemsCsv } from './export/actionItemsCsv';
import { pitchesCsv } from './export/pitchesCsv';
import { attendanceCsv, exportMeeting } from './export/attendanceExport';
import { DataStore, emptyDataStore, openDataStore, whereData } from './store/dataStore';
import { ConfigError, loadStorageConfig, StorageConfig } from './env';
import { CalendarService, NO_STORED_CHANGES } from './services/calendarService';
import { Language } from './domain/language';
import { Messages } from './i18n/messages';
import { dataDirFrom } from './envValue';
import { occurrenceText } from './present/meetingsView';

// Kept importable from here for existing callers; it lives with the feed it bounds.
export { feedWindow };

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

/** A mistake in how the command was called: usage to stderr, exit 2. Worded when the language is known. */
class UsageError extends Error {
  constructor(readonly say: (m: CliMessages) => string) {
    super('usage');
  }
}

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
  'no-actions': { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
} as const;

type Values = ReturnType<typeof parse>['values'];

function parse(argv: string[]) {
  try {
    return parseArgs({ args: argv, options: OPTIONS, allowPositionals: true, strict: true });
  } catch (e) {
    // Node's own wording (unknown option, missing value): it has no other language.
    throw new UsageError(() => (e as Error).message);
  }
}

function requireDate(v: string | undefined, name: string): LocalDate {
  if (v === undefined) throw new UsageError((m) => m.required(name));
  if (!isLocalDate(v)) throw new UsageError((m) => m.notADate(name, v));
  return v;
}

function nowOf(values: Values, io: CliIO): Date {
  if (values.now === undefined) return io.now();
  const d = new Date(values.now);
  if (Number.isNaN(d.getTime())) throw new UsageError((m) => m.notAnInstant('now', values.now!));
  return d;
}

/** The language of what a command prints: --lang, Dutch by default (as the bot). */
function languageOf(values: Values): Language {
  if (values.lang === undefined) return 'nl';
  if (values.lang === 'nl' || values.lang === 'en') return values.lang;
  throw new UsageError((m) => m.notALanguage(String(values.lang)));
}

/** The language of the CLI's own messages and usage: --lang, English by default (for operators, as before). */
function messageLanguage(lang: unknown): Language {
  return lang === 'nl' ? 'nl' : 'en';
}

const say = (values: Values) => cliMessages(messageLanguage(values.lang));

function selectGroups(schedule: Schedule, id: string | undefined): readonly Group[] {
  if (id === undefined) return schedule.groups;
  const g = schedule.groups.find((x) => x.id === id);
  if (!g)
    throw new UsageError((m) =>
      m.unknownGroup(
        id,
        schedule.groups.map((x) => x.id),
      ),
    );
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

/**
 * The bot's store exactly as the server configures it (STORAGE, DATA_DIR, AZURE_STORAGE_*); --data-dir
 * overrides DATA_DIR (empty means unset, as everywhere).
 */
function storageConfig(values: Values, io: CliIO): StorageConfig {
  return loadStorageConfig(io.env, dataDirFrom(values['data-dir'], io.env));
}

/**
 * The calendar as the bot sees it: the schedule plus the changes stored in chat, when there is bot data.
 * Without a store nothing of it is loaded, so reading the schedule alone stays quick.
 */
async function withCalendar<T>(
  schedule: Schedule,
  values: Values,
  io: CliIO,
  use: (calendar: CalendarService, store: DataStore | undefined) => Promise<T>,
): Promise<T> {
  const store = await openDataStore(storageConfig(values, io));
  try {
    return await use(new CalendarService(schedule, store?.repos ?? NO_STORED_CHANGES), store);
  } finally {
    await store?.close();
  }
}

async function cmdOccurrences(values: Values, io: CliIO): Promise<number> {
  const from = requireDate(values.from, 'from');
  const to = requireDate(values.to, 'to');
  if (to < from) throw new UsageError((m) => m.toBeforeFrom);
  const lang = languageOf(values);
  const schedule = loadSchedule(schedulePath(values.config, io.env));
  const groups = selectGroups(schedule, values.group);
  const msgs = messagesFor(lang);
  const list = await withCalendar(schedule, values, io, (calendar) =>
    calendar.between(
      groups.map((g) => g.id),
      from,
      to,
    ),
  );
  if (values.json) {
    io.out(
      `${JSON.stringify(
        list.map((o) => occurrenceJson(o, schedule.timezone, msgs)),
        null,
        2,
      )}\n`,
    );
    return 0;
  }
  if (list.length === 0) io.out(`${msgs.noMeetings}\n`);
  const byId = new Map(groups.map((g) => [g.id, g]));
  for (const o of list) io.out(`${occurrenceText(o, byId.get(o.seriesId)!.name, msgs, { zone: schedule.timezone })}\n`);
  return 0;
}

async function cmdIcs(values: Values, io: CliIO): Promise<number> {
  const schedule = loadSchedule(schedulePath(values.config, io.env));
  const groups = selectGroups(schedule, values.group);
  const horizon = values.horizon === undefined ? undefined : requireDate(values.horizon, 'horizon');
  const now = nowOf(values, io);
  const lang = languageOf(values);
  // The same feed as the server's /calendar/<group>.ics: with the open action items of the bot's data (when there is
  // any) as all-day events, unless --no-actions (the served feed's &actions=0).
  const feed = await withCalendar(schedule, values, io, (calendar, store) =>
    calendarFeed(
      calendar,
      groups.map((g) => g.id),
      {
        now,
        ...(horizon ? { horizon } : {}),
        lang,
        ...(store && !values['no-actions']
          ? {
              actionItems: async (ids: readonly string[]) =>
                (await Promise.all(ids.map(async (id) => (await store.repos.getActionItems(id))?.items ?? []))).flat(),
            }
          : {}),
      },
    ),
  );
  io.out(feed);
  return 0;
}

function cmdCheckConfig(positionals: string[], values: Values, io: CliIO): number {
  const file = positionals[1] ?? values.config;
  if (!file) throw new UsageError((m) => m.needsFile('check-config'));
  const lang = languageOf(values);
  loadSchedule(file);
  io.out(`${messagesFor(lang).configOk}\n`);
  return 0;
}

interface ExportArgs {
  group: Group;
  from: LocalDate;
  to: LocalDate;
  format: 'json' | 'csv';
  schedule: Schedule;
  store: DataStore;
}

/**
 * What every `export-*` command shares: --group, --from, --to and --format checked (exit 2 on a usage error), the
 * bot's store opened as the server configures it ("no bot data" and exit 1 when there is none) and closed after.
 */
async function runExport(values: Values, io: CliIO, write: (a: ExportArgs) => Promise<string>): Promise<number> {
  if (!values.group) throw new UsageError((m) => m.required('group'));
  const from = requireDate(values.from, 'from');
  const to = requireDate(values.to, 'to');
  if (to < from) throw new UsageError((m) => m.toBeforeFrom);
  const format = values.format ?? 'json';
  if (format !== 'json' && format !== 'csv') throw new UsageError((m) => m.notAFormat(format));
  const schedule = loadSchedule(schedulePath(values.config, io.env));
  const [group] = selectGroups(schedule, values.group);
  const config = storageConfig(values, io);
  const store = await openDataStore(config);
  if (!store) {
    io.err(`overlegbot: ${say(values).noData(await whereData(config), config.kind)}\n`);
    return 1;
  }
  try {
    io.out(await write({ group, from, to, format, schedule, store }));
    return 0;
  } finally {
    await store.close();
  }
}

function cmdExportPitches(values: Values, io: CliIO): Promise<number> {
  return runExport(values, io, async ({ group, from, to, format, store }) => {
    const pitches = (await store.repos.listPitches(group.id)).filter((p) => p.originalDate >= from && p.originalDate <= to);
    return format === 'json' ? `${JSON.stringify(pitches, null, 2)}\n` : pitchesCsv(pitches);
  });
}

/**
 * `overlegbot export-actions`: the action items of the group's meetings from --from to --to (by the date of the
 * meeting they came from, like export-pitches), with their history.
 */
function cmdExportActions(values: Values, io: CliIO): Promise<number> {
  return runExport(values, io, async ({ group, from, to, format, store }) => {
    const items = ((await store.repos.getActionItems(group.id))?.items ?? [])
      .filter((i) => i.meeting >= from && i.meeting <= to)
      .sort((a, b) => a.meeting.localeCompare(b.meeting) || a.id - b.id);
    return format === 'json' ? `${JSON.stringify(items, null, 2)}\n` : actionItemsCsv(items);
  });
}

const BACKENDS = ['sqlite', 'blob'] as const;
type Backend = (typeof BACKENDS)[number];

function backendOf(v: string | undefined, name: string): Backend {
  if (v === undefined) throw new UsageError((m) => m.backendRequired(name));
  if (!(BACKENDS as readonly string[]).includes(v)) throw new UsageError((m) => m.notABackend(name, v));
  return v as Backend;
}

/**
 * `overlegbot migrate-storage --from sqlite --data-dir DIR --to blob`: copies every document from one backend
 * to the other. Each side is configured by the same variables and checks as the server (STORAGE is set by
 * --from/--to; DATA_DIR or --data-dir for SQLite, AZURE_STORAGE_* for blob). Idempotent; a document that
 * exists in the target with other content is refused (counted, named, exit 1), never overwritten.
 */
async function cmdMigrateStorage(values: Values, io: CliIO): Promise<number> {
  const from = backendOf(values.from, 'from');
  const to = backendOf(values.to, 'to');
  if (from === to) throw new UsageError((m) => m.sameBackends);
  const dataDir = dataDirFrom(values['data-dir'], io.env);
  const sourceConfig = loadStorageConfig({ ...io.env, STORAGE: from }, dataDir);
  const targetConfig = loadStorageConfig({ ...io.env, STORAGE: to }, dataDir);
  const [{ openExistingStorage, openStorage, describeStorage }, { migrateDocuments }] = await Promise.all([
    import('./store/openStorage'),
    import('./store/migrate'),
  ]);
  const source = await openExistingStorage(sourceConfig);
  if (!source) {
    io.err(`overlegbot: ${say(values).noData(describeStorage(sourceConfig), from)}\n`);
    return 1;
  }
  try {
    const target = await openStorage(targetConfig);
    try {
      const report = await migrateDocuments(source, target);
      const m = say(values);
      io.out(`overlegbot: ${m.migrated(describeStorage(sourceConfig), describeStorage(targetConfig))}\n`);
      io.out(`${m.migrateCounts(report.copied.length, report.unchanged.length, report.refused.length)}\n`);
      for (const key of report.refused) io.err(`overlegbot: ${m.migrateRefused(key)}\n`);
      return report.refused.length === 0 ? 0 : 1;
    } finally {
      await target.close();
    }
  } finally {
    await source.close();
  }
}

/**
 * `overlegbot export-attendance`: per meeting of the group taking place from --from to --to (cancelled and skipped
 * ones included, by status), every member with their latest answer, and in JSON each member's change history.
 */
function cmdExportAttendance(values: Values, io: CliIO): Promise<number> {
  return runExport(values, io, async ({ group, from, to, format, schedule, store }) => {
    const occurrences = await new CalendarService(schedule, store.repos).between([group.id], from, to);
    const stored = await store.repos.attendanceOf(occurrences.map((o) => ({ groupId: group.id, originalDate: o.originalDate })));
    const meetings = occurrences.map((o) => exportMeeting(o, group.members, stored.get(`${group.id}/${o.originalDate}`), schedule.timezone));
    return format === 'json' ? `${JSON.stringify(meetings, null, 2)}\n` : attendanceCsv(meetings);
  });
}

/** `overlegbot plan`: what the bot will post, when and to whom (a dry run of the scheduler's planning). */
async function cmdPlan(values: Values, io: CliIO): Promise<number> {
  const from = requireDate(values.from, 'from');
  const to = requireDate(values.to, 'to');
  if (to < from) throw new UsageError((m) => m.toBeforeFrom);
  const schedule = loadSchedule(schedulePath(values.config, io.env));
  const groups = selectGroups(schedule, values.group);
  // Without bot data the plan follows the config alone: agendas as planned, no channel bound yet.
  const store: DataStore = (await openDataStore(storageConfig(values, io))) ?? (await emptyDataStore());
  try {
    const { repos } = store;
    const [{ PitchService }, { ReminderPlanService }] = await Promise.all([import('./services/pitchService'), import('./services/reminderPlanService')]);
    const calendar = new CalendarService(schedule, repos);
    const planner = new ReminderPlanService(calendar, new PitchService(calendar, repos), repos);
    const posts = await planner.plan(from, to, { groupIds: groups.map((g) => g.id), unboundAsPlaceholder: true });
    const zone = schedule.timezone;
    if (values.json) {
      io.out(
        `${JSON.stringify(
          posts.map((p) => ({ ...p, at: isoWithOffset(p.at, zone), expiresAt: isoWithOffset(p.expiresAt, zone) })),
          null,
          2,
        )}\n`,
      );
      return 0;
    }
    // The same words as the bot's "wat stuur je deze week?" answer: one catalogue, --lang as for occurrences.
    const msgs = messagesFor(languageOf(values));
    const names = new Map(schedule.groups.map((g) => [g.id, g.name]));
    for (const p of posts) {
      const subject = planSubject(p, (id) => names.get(id) ?? id);
      // The operator's listing names a channel by its conversation id, which is what the logs and the store use.
      const to = planTarget(p, subject, msgs, (id) => id);
      io.out(`${isoWithOffset(p.at, zone).slice(0, 16).replace('T', ' ')}  ${msgs.planKinds[p.kind]} (${p.offset})  ${subject.groups}  → ${to}\n`);
    }
    if (posts.length === 0) io.out(`${msgs.planNothing}\n`);
    return 0;
  } finally {
    await store.close();
  }
}

/** Runs one CLI command; returns the exit code and never throws. */
export async function main(argv: string[], io: CliIO = defaultIO): Promise<number> {
  // The usage and errors follow --lang when it can be read (before the arguments are parsed, or when they fail to be).
  const at = argv.indexOf('--lang');
  let lang = messageLanguage(at >= 0 ? argv[at + 1] : argv.find((a) => a.startsWith('--lang='))?.slice('--lang='.length));
  const usage = () => messagesFor(lang).cliUsage;
  try {
    const { values, positionals } = parse(argv);
    lang = messageLanguage(values.lang);
    if (values.help) {
      io.out(`${usage()}\n`);
      return 0;
    }
    switch (positionals[0]) {
      case 'occurrences':
        return await cmdOccurrences(values, io);
      case 'ics':
        return await cmdIcs(values, io);
      case 'check-config':
        return cmdCheckConfig(positionals, values, io);
      case 'plan':
        return await cmdPlan(values, io);
      case 'export-pitches':
        return await cmdExportPitches(values, io);
      case 'export-actions':
        return await cmdExportActions(values, io);
      case 'migrate-storage':
        return await cmdMigrateStorage(values, io);
      case 'export-attendance':
        return await cmdExportAttendance(values, io);
      default:
        throw new UsageError((m) => (positionals[0] ? m.unknownCommand(positionals[0]) : m.noCommand));
    }
  } catch (e) {
    if (e instanceof UsageError) {
      io.err(`overlegbot: ${e.say(cliMessages(lang))}\n${usage()}\n`);
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
    io.err(`overlegbot: ${cliMessages(lang).unexpected((e as Error).message)}\n`);
    return 1;
  }
}
