import { Activity, TestAdapter } from 'botbuilder';
import { readFileSync } from 'node:fs';
import { Logger } from 'pino';
import { Bot, createBot } from '../../src/bot/createBot';
import { Links } from '../../src/present/links';
import { Roles } from '../../src/features/shared/roles';
import { BotDeps } from '../../src/features/shared/turn';
import { parseSchedule } from '../../src/schedule/loadSchedule';
import { Schedule } from '../../src/domain/schedule';
import { CalendarService } from '../../src/services/calendarService';
import { ActionItemService } from '../../src/services/actionItemService';
import { AttendanceService } from '../../src/services/attendanceService';
import { PitchService } from '../../src/services/pitchService';
import { ReminderPlanService } from '../../src/services/reminderPlanService';
import { ConditionalStorage, MemoryConditionalStorage } from '../../src/store/conditionalStorage';
import { Repositories } from '../../src/store/repositories';
import { USERS } from './activities';
import { captureLogger } from './logs';
import { DEFAULT_SCHEDULE } from './schedules';

/** The shipped schedule, with the test coordinator's AAD id as coordinator (TestAdapter has no roster to look e-mail up in). */
export function testSchedule(): Schedule {
  const text = readFileSync(DEFAULT_SCHEDULE, 'utf8')
    .replaceAll('coordinator@overlegbot.example', USERS.coordinator.aadObjectId)
    .replaceAll('sanne.devries@overlegbot.example', USERS.lead.aadObjectId)
    .replaceAll('daan.visser@overlegbot.example', USERS.deputy.aadObjectId);
  return parseSchedule(text, 'schedule.yaml');
}

export class FakeClock {
  constructor(public current: Date) {}
  now = () => this.current;
  set(iso: string) {
    this.current = new Date(iso);
  }
}

export interface Harness {
  bot: Bot;
  adapter: TestAdapter;
  deps: BotDeps;
  clock: FakeClock;
  storage: ConditionalStorage;
  logs: Record<string, unknown>[];
  /** Sends one activity through the real Application and returns what the bot sent back. */
  send(activity: Partial<Activity>): Promise<Partial<Activity>[]>;
}

export function makeDeps(options: {
  storage: ConditionalStorage;
  clock: FakeClock;
  logger: Logger;
  schedule?: Schedule;
  allowedTenants?: string[];
  publicUrl?: string;
  feedToken?: string;
}): BotDeps {
  const repos = new Repositories(options.storage);
  const calendar = new CalendarService(options.schedule ?? testSchedule(), repos);
  const pitches = new PitchService(calendar, repos);
  return {
    calendar,
    pitches,
    attendance: new AttendanceService(calendar, repos),
    actionItems: new ActionItemService(calendar, repos),
    planner: new ReminderPlanService(calendar, pitches, repos),
    repos,
    roles: new Roles(options.clock.now),
    links: new Links(options.publicUrl ?? 'https://overlegbot.example', options.feedToken ?? 'geheim'),
    clock: options.clock.now,
    logger: options.logger,
    ...(options.allowedTenants ? { allowedTenants: options.allowedTenants } : {}),
  };
}

export function makeHarness(options: { now?: string; storage?: ConditionalStorage; allowedTenants?: string[]; schedule?: Schedule } = {}): Harness {
  const clock = new FakeClock(new Date(options.now ?? '2026-12-01T09:00:00+01:00'));
  const storage = options.storage ?? new MemoryConditionalStorage();
  const { logger, lines } = captureLogger();
  const deps = makeDeps({
    storage,
    clock,
    logger,
    ...(options.allowedTenants ? { allowedTenants: options.allowedTenants } : {}),
    ...(options.schedule ? { schedule: options.schedule } : {}),
  });
  const bot = createBot(deps);
  const adapter = new TestAdapter((ctx) => bot.handleTurn(ctx));
  return {
    bot,
    adapter,
    deps,
    clock,
    storage,
    logs: lines,
    async send(activity) {
      const before = adapter.activeQueue.length;
      await adapter.processActivity(activity);
      return adapter.activeQueue.slice(before);
    },
  };
}

/** The card JSON of a reply, if it has one. */
export function cardOf(a: Partial<Activity> | undefined): Record<string, unknown> | undefined {
  return a?.attachments?.[0]?.content as Record<string, unknown> | undefined;
}

/** Every text a person sees in a reply: message text and all TextBlock/FactSet/action texts of its card. */
export function visibleText(a: Partial<Activity> | undefined): string {
  if (!a) return '';
  const out: string[] = [];
  if (a.text) out.push(a.text);
  const walk = (node: unknown): void => {
    if (Array.isArray(node)) return node.forEach(walk);
    if (!node || typeof node !== 'object') return;
    const n = node as Record<string, unknown>;
    if (n.type === 'TextBlock' && typeof n.text === 'string') out.push(n.text);
    if (n.type === 'FactSet' && Array.isArray(n.facts)) for (const f of n.facts as { title: string; value: string }[]) out.push(`${f.title} ${f.value}`);
    if (typeof n.type === 'string' && n.type.startsWith('Action.') && typeof n.title === 'string') out.push(`[${n.title}]`);
    for (const [k, v] of Object.entries(n)) if (k !== 'fallbackText' && k !== 'data') walk(v);
  };
  walk(cardOf(a));
  return out.join('\n');
}
