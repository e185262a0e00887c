/**
 * Store reads and wall time per scheduler tick, for the shipped schedule (5 groups) with 5 bound channels
 * (one per group) and 500 leads' personal conversation references, on a real SQLite file, sending through
 * the real notifier to the stand-in connector. The first tick at an instant sends what is due; the ones
 * after it find everything claimed, which is what almost every tick of a running bot does.
 *
 * The lookback window is widened (8, 30, 90 days) to show that the reads per tick do not grow with the
 * number of occurrences in it: a store call is a round trip to a remote backend, keys are only its payload.
 *
 *   npm run bench:tick
 */
import { TeamsAdapter } from '@microsoft/teams-ai';
import { StoreItem, StoreItems } from 'botbuilder';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pino from 'pino';
import { loadSchedule } from '../src/schedule/loadSchedule';
import { DEFAULT_SCHEDULE_PATH } from '../src/schedule/defaultSchedulePath';
import { addDays } from '../src/domain/localDate';
import { localDateAt } from '../src/domain/zonedTime';
import { Links } from '../src/present/links';
import { Claims } from '../src/store/claimRepository';
import { BotFrameworkNotifier } from '../src/scheduler/notifier';
import { Scheduler } from '../src/scheduler/scheduler';
import { CalendarService } from '../src/services/calendarService';
import { PitchService } from '../src/services/pitchService';
import { ReminderPlanService } from '../src/services/reminderPlanService';
import { ConditionalStorage } from '../src/store/conditionalStorage';
import { Repositories } from '../src/store/repositories';
import { SqliteStorage } from '../src/store/sqliteStorage';
import { StandInConnector } from '../test/helpers/standInConnector';

const LEADS = Number(process.env.LEADS ?? 500);

/** The real store, counting the calls a remote backend would see as round trips. */
class CountingStorage implements ConditionalStorage {
  calls = { read: 0, list: 0, write: 0, create: 0, delete: 0 };
  keysRead = 0;
  constructor(private readonly inner: ConditionalStorage) {}
  reset() {
    this.calls = { read: 0, list: 0, write: 0, create: 0, delete: 0 };
    this.keysRead = 0;
  }
  read(keys: string[]): Promise<StoreItems> {
    this.calls.read++;
    this.keysRead += keys.length;
    return this.inner.read(keys);
  }
  list(prefix: string): Promise<string[]> {
    this.calls.list++;
    return this.inner.list(prefix);
  }
  write(changes: StoreItems): Promise<void> {
    this.calls.write++;
    return this.inner.write(changes);
  }
  create(key: string, item: StoreItem): Promise<boolean> {
    this.calls.create++;
    return this.inner.create(key, item);
  }
  delete(keys: string[]): Promise<void> {
    this.calls.delete++;
    return this.inner.delete(keys);
  }
}

async function main(): Promise<void> {
  const connector = await new StandInConnector().start();
  const dir = mkdtempSync(join(tmpdir(), 'overlegbot-bench-'));
  const sqlite = new SqliteStorage(join(dir, 'overlegbot.sqlite'));
  const storage = new CountingStorage(sqlite);
  const repos = new Repositories(storage);
  const schedule = loadSchedule(DEFAULT_SCHEDULE_PATH);
  const calendar = new CalendarService(schedule, repos);
  const pitches = new PitchService(calendar, repos);
  const planner = new ReminderPlanService(calendar, pitches, repos);
  const logger = pino({ level: 'silent' });
  const reference = (id: string, conversationType: string) => ({
    serviceUrl: connector.url,
    channelId: 'msteams',
    conversation: { id, tenantId: 'tenant', isGroup: conversationType !== 'personal', conversationType, name: '' },
    bot: { id: '28:overlegbot', name: 'overlegbot' },
  });

  // 5 bound channels, one per group, and 500 leads who once wrote to the bot (six of them lead a theme).
  for (const g of schedule.groups) {
    const id = `19:${g.id}@thread.tacv2`;
    await repos.bind(id, g.id, 'bench', new Date('2026-11-01T09:00:00Z'));
    await repos.saveReference(id, { reference: reference(id, 'channel'), kind: 'channel' });
  }
  const leads = [...new Set(schedule.themes.flatMap((t) => [t.lead, ...t.deputies]))];
  for (let i = 0; i < LEADS; i++) {
    const id = `a:lead-${i}`;
    const email = leads[i] ?? `lead-${i}@overlegbot.example`;
    await repos.saveReference(id, { reference: reference(id, 'personal'), kind: 'personal', userId: `aad-${i}`, identities: [email, `aad-${i}`] });
  }

  const tick = async (lookbackDays: number, now: Date) => {
    const scheduler = new Scheduler({
      calendar,
      pitches,
      planner,
      repos,
      claims: new Claims(storage, 'bench:1'),
      notifier: new BotFrameworkNotifier(new TeamsAdapter({}), ''),
      links: new Links('https://overlegbot.example', 'geheim-geheim-geheim'),
      clock: () => now,
      logger,
      lookbackDays,
    });
    storage.reset();
    const started = performance.now();
    const r = await scheduler.tick(now);
    const ms = performance.now() - started;
    const today = localDateAt(now, calendar.zone);
    const occurrences = (
      await calendar.between(
        schedule.groups.map((g) => g.id),
        addDays(today, -lookbackDays),
        addDays(today, 14),
      )
    ).length;
    return { ms, sent: r.sent.length, occurrences, calls: { ...storage.calls }, keys: storage.keysRead };
  };

  console.log(
    `scheduler tick: shipped schedule (${schedule.groups.length} groups), ${schedule.groups.length} bound channels, ${LEADS} leads' references, SQLite, Node ${process.version}`,
  );
  console.log('lookback | occurrences | tick          | sent | store reads (read+list) | keys read | writes | wall ms');
  // Thursday before the SG meeting of 4 December, 12:00: the bundle and the meeting reminder are due.
  for (const [i, lookback] of [8, 30, 90].entries()) {
    const now = new Date(Date.parse('2026-12-03T12:00:00+01:00') + i * 7 * 86_400_000);
    for (const [label, at] of [
      ['first', now],
      ['steady', new Date(now.getTime() + 60_000)],
      ['steady', new Date(now.getTime() + 120_000)],
    ] as const) {
      const t = await tick(lookback, at);
      const reads = t.calls.read + t.calls.list;
      const writes = t.calls.write + t.calls.create + t.calls.delete;
      console.log(
        `${String(lookback).padStart(5)} d  | ${String(t.occurrences).padStart(11)} | ${label.padEnd(6)} ${at.toISOString().slice(5, 16)} | ${String(t.sent).padStart(4)} | ${String(reads).padStart(22)} | ${String(t.keys).padStart(9)} | ${String(writes).padStart(6)} | ${t.ms.toFixed(1).padStart(7)}`,
      );
    }
  }
  sqlite.close();
  await connector.stop();
}

void main().catch((e) => {
  console.error(e);
  process.exitCode = 1;
});
