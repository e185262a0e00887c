import { TeamsAdapter } from '@microsoft/teams-ai';
import { ConfigurationServiceClientCredentialFactory } from 'botbuilder';
import { AddressInfo } from 'node:net';
import { Logger } from 'pino';
import { Server } from 'restify';
import { createBot } from './bot/createBot';
import { Links } from './present/links';
import { Roles } from './features/shared/roles';
import { AppConfig } from './env';
import { loadSchedule } from './schedule/loadSchedule';
import { createServer } from './server';
import { CalendarService } from './services/calendarService';
import { ActionItemService } from './services/actionItemService';
import { AttendanceService } from './services/attendanceService';
import { PitchService } from './services/pitchService';
import { Repositories } from './store/repositories';
import { AppStorage, describeStorage, openStorage } from './store/openStorage';
import { VERSION } from './version';
import { hostname } from 'node:os';
import { Claims } from './store/claimRepository';
import { LeaderLease } from './scheduler/leader';
import { BotFrameworkNotifier } from './scheduler/notifier';
import { Scheduler } from './scheduler/scheduler';
import { RosterReach } from './scheduler/rosterReach';
import { ReminderPlanService } from './services/reminderPlanService';
import { renderBundlePage } from './bundles/renderBundlePage';

export interface RunningApp {
  url: string;
  server: Server;
  storage: AppStorage;
  scheduler: Scheduler;
  close(): Promise<void>;
}

/** Wires everything from a validated config: schedule → storage → adapter → bot → server. */
export async function startApp(config: Readonly<AppConfig>, logger: Logger, clock: () => Date = () => new Date()): Promise<RunningApp> {
  const schedule = loadSchedule(config.schedulePath);
  const storage = await openStorage(config.storage);
  const repos = new Repositories(storage);
  const calendar = new CalendarService(schedule, repos);
  const pitches = new PitchService(calendar, repos);
  const attendance = new AttendanceService(calendar, repos);
  const actionItems = new ActionItemService(calendar, repos);

  const auth = config.auth;
  const botAuth = auth
    ? {
        MicrosoftAppId: auth.appId,
        MicrosoftAppPassword: auth.password ?? '',
        MicrosoftAppType: auth.type,
        MicrosoftAppTenantId: auth.tenantId ?? '',
      }
    : {};
  const adapter = new TeamsAdapter(botAuth, new ConfigurationServiceClientCredentialFactory(botAuth));
  if (!auth)
    logger.warn({ event: 'auth-off' }, 'authentication is off (BOT_ID not set): accepting unsigned requests, for local development and Agents Playground only');
  else logger.info({ event: 'auth-on', appType: auth.type }, 'Bot Framework authentication is on');

  const links = new Links(config.publicUrl, config.feedToken);
  const planner = new ReminderPlanService(calendar, pitches, repos);
  const instance = `${hostname()}:${process.pid}`;
  const scheduler = new Scheduler({
    calendar,
    pitches,
    planner,
    repos,
    claims: new Claims(storage, instance, config.claimLeaseSeconds * 1000),
    // A lease as long as one interval: after a crash, another instance ticks within two intervals.
    ...(config.schedulerIntervalSeconds > 0 ? { leader: new LeaderLease(storage, instance, config.schedulerIntervalSeconds * 1000, clock, logger) } : {}),
    notifier: new BotFrameworkNotifier(adapter, auth?.appId ?? ''),
    rosterReach: new RosterReach(adapter, auth?.appId ?? '', repos, logger),
    links,
    clock,
    logger,
  });
  const bot = createBot({
    calendar,
    pitches,
    attendance,
    actionItems,
    planner,
    repos,
    roles: new Roles(clock, (e) => logger.debug({ event: 'roster-lookup-failed', err: { message: (e as Error).message } }, 'roster lookup failed')),
    links,
    clock,
    logger,
    ...(config.allowedTenants.length ? { allowedTenants: config.allowedTenants } : {}),
    ...(auth ? { botAppId: auth.appId } : {}),
  });

  const server = createServer({
    bundlePage: (groupId, originalDate) => renderBundlePage(calendar, pitches, attendance, groupId, originalDate),
    adapter,
    handleTurn: bot.handleTurn,
    calendar,
    actionItems: async (ids) => (await Promise.all(ids.map((id) => actionItems.items(id)))).flat(),
    storageHealthy: async () => storage.ping(),
    ...(config.feedToken ? { feedToken: config.feedToken } : {}),
    clock,
    logger,
    version: VERSION,
  });
  await new Promise<void>((resolve) => server.listen(config.port, config.host, resolve));
  const address = server.address() as AddressInfo;
  const url = `http://${config.host.includes(':') ? `[${config.host}]` : config.host}:${address.port}`;
  logger.info(
    {
      event: 'listening',
      url,
      schedule: config.schedulePath,
      dataDir: config.dataDir,
      storage: config.storage.kind,
      store: describeStorage(config.storage),
      version: VERSION,
    },
    `overlegbot listening on ${url}`,
  );

  if (config.schedulerIntervalSeconds > 0) scheduler.start(config.schedulerIntervalSeconds * 1000);
  return {
    url,
    server,
    storage,
    scheduler,
    async close() {
      await scheduler.stop();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await storage.close();
    },
  };
}
