/**
 * What the tick benchmarks share: a store that counts what a remote backend would see, the shipped schedule
 * with one bound channel per group and `leads` leads' personal conversation references, and one scheduler
 * tick measured (store calls, per-key requests, wall time) through the real notifier to a stand-in connector.
 */
import { TeamsAdapter } from '@microsoft/teams-ai';
import pino from 'pino';
import { loadSchedule } from '../../src/schedule/loadSchedule';
import { DEFAULT_SCHEDULE_PATH } from '../../src/schedule/defaultSchedulePath';
import { addDays } from '../../src/domain/localDate';
import { localDateAt } from '../../src/domain/zonedTime';
import { Links } from '../../src/present/links';
import { Claims } from '../../src/store/claimRepository';
import { BotFrameworkNotifier } from '../../src/scheduler/notifier';
import { RosterReach } from '../../src/scheduler/rosterReach';
import { Scheduler } from '../../src/scheduler/scheduler';
import { CalendarService } from '../../src/services/calendarService';
import { PitchService } from '../../src/services/pitchService';
import { ReminderPlanService } from '../../src/services/reminderPlanService';
import { Repositories } from '../../src/store/repositories';
import { CountingStorage } from './countingStorage';

export interface TickFigures {
  ms: number;
  sent: number;
  occurrences: number;
  readCalls: number;
  readRequests: number;
  writeCalls: number;
  writeRequests: number;
  /** The keys the tick read and the prefixes it listed. */
  readLog: string[];
  listLog: string[];
}

/** Seeds `storage` as a running deployment would have it and returns a function that measures one tick. */
export async function tickFixture(storage: CountingStorage, connectorUrl: string, leads: number, options: { rosterReach?: boolean } = {}) {
  const repos = new Repositories(storage);
  const schedule = loadSchedule(DEFAULT_SCHEDULE_PATH);
  const calendar = new CalendarService(schedule, repos);
  const pitches = new PitchService(calendar, repos);
  const planner = new ReminderPlanService(calendar, pitches, repos);
  const logger = pino({ level: 'silent' });
  const adapter = new TeamsAdapter({});
  const reference = (id: string, conversationType: string) => ({
    serviceUrl: connectorUrl,
    channelId: 'msteams',
    conversation: { id, tenantId: 'tenant', isGroup: conversationType !== 'personal', conversationType, name: '' },
    bot: { id: '28:overlegbot', name: 'overlegbot' },
  });

  // 5 bound channels, one per group, and the leads who once wrote to the bot (the configured ones among them).
  for (const g of schedule.groups) {
    const id = `19:${g.id}@thread.tacv2`;
    await repos.bind(id, g.id, 'bench', new Date('2026-11-01T09:00:00Z'));
    await repos.saveReference(id, { reference: reference(id, 'channel'), kind: 'channel' });
  }
  const configured = [...new Set(schedule.themes.flatMap((t) => [t.lead, ...t.deputies]))];
  // In bursts, as turns arrive: the index takes a burst in one write.
  for (let start = 0; start < leads; start += 100) {
    await Promise.all(
      Array.from({ length: Math.min(100, leads - start) }, (_, j) => {
        const i = start + j;
        const id = `a:lead-${i}`;
        const email = configured[i] ?? `lead-${i}@overlegbot.example`;
        return repos.saveReference(id, { reference: reference(id, 'personal'), kind: 'personal', userId: `aad-${i}`, identities: [email, `aad-${i}`] });
      }),
    );
  }

  const tick = async (lookbackDays: number, now: Date): Promise<TickFigures> => {
    const scheduler = new Scheduler({
      calendar,
      pitches,
      planner,
      repos,
      claims: new Claims(storage, 'bench:1'),
      notifier: new BotFrameworkNotifier(adapter, ''),
      // Looks for leads without a chat in the bound channels' rosters (on the stand-in connector).
      ...(options.rosterReach ? { rosterReach: new RosterReach(adapter, '', repos, logger) } : {}),
      links: new Links('https://overlegbot.example', 'geheim-geheim-geheim'),
      clock: () => now,
      logger,
      lookbackDays,
    });
    storage.reset();
    const started = performance.now();
    const r = await scheduler.tick(now);
    const ms = performance.now() - started;
    const { readCalls, readRequests, writeCalls, writeRequests } = storage;
    // Copied now: counting the occurrences below reads the store too.
    const [readLog, listLog] = [[...storage.readLog], [...storage.listLog]];
    const today = localDateAt(now, calendar.zone);
    const occurrences = (
      await calendar.between(
        schedule.groups.map((g) => g.id),
        addDays(today, -lookbackDays),
        addDays(today, 14),
      )
    ).length;
    return { ms, sent: r.sent.length, occurrences, readCalls, readRequests, writeCalls, writeRequests, readLog, listLog };
  };
  return { repos, schedule, tick };
}
