import { ActionItem } from './domain/actionItems';
import { TurnContext } from 'botbuilder';
import { timingSafeEqual } from 'node:crypto';
import { Logger } from 'pino';
import restify, { Request, Response, Server } from 'restify';
import { calendarFeed } from './ics/calendarFeed';
import { CalendarService } from './services/calendarService';

/** What the HTTP layer needs; it knows nothing about the bot's internals. */
export interface ServerDeps {
  /** The printable bundle page for a group's meeting (by the rule's date), or undefined when there is none. */
  bundlePage?(groupId: string, originalDate: string): Promise<string | undefined>;
  adapter: { process(req: Request, res: Response, logic: (context: TurnContext) => Promise<void>): Promise<void> };
  handleTurn(context: TurnContext): Promise<void>;
  calendar: CalendarService;
  /** The groups' action items, for their due dates in the feed (left out with `?actions=0`). */
  actionItems?(groupIds: readonly string[]): Promise<readonly ActionItem[]>;
  storageHealthy(): Promise<boolean>;
  feedToken?: string;
  clock: () => Date;
  logger: Logger;
  version: string;
}

function sameSecret(given: unknown, secret: string): boolean {
  if (typeof given !== 'string') return false;
  const a = Buffer.from(given);
  const b = Buffer.from(secret);
  return a.length === b.length && timingSafeEqual(a, b);
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const nonEmpty = (v: unknown) => typeof v === 'string' && v.length > 0;

/** The fields without which no turn can be run or answered; anything else is botbuilder's to judge. */
function isActivity(body: unknown): boolean {
  if (!isObject(body)) return false;
  const { conversation, from, recipient } = body;
  return (
    nonEmpty(body.type) &&
    nonEmpty(body.channelId) &&
    nonEmpty(body.serviceUrl) &&
    isObject(conversation) &&
    nonEmpty(conversation.id) &&
    isObject(from) &&
    typeof from.id === 'string' &&
    isObject(recipient) &&
    typeof recipient.id === 'string'
  );
}

export function createServer(deps: ServerDeps): Server {
  const server = restify.createServer({ name: 'overlegbot', handleUncaughtExceptions: false });
  server.use(restify.plugins.queryParser({ mapParams: false }));
  server.use(restify.plugins.bodyParser({ mapParams: false, maxBodySize: 1024 * 1024 }));

  server.post('/api/messages', async (req: Request, res: Response) => {
    if (!isActivity(req.body)) {
      res.send(400, { error: 'the body must be a Bot Framework activity (type, channelId, serviceUrl, conversation, from, recipient)' });
      return;
    }
    await deps.adapter.process(req, res, (context) => deps.handleTurn(context));
  });

  server.get('/healthz', async (_req: Request, res: Response) => {
    const storage = await deps.storageHealthy().catch(() => false);
    res.send(storage ? 200 : 503, { status: storage ? 'ok' : 'degraded', version: deps.version, storage: storage ? 'ok' : 'error' });
  });

  server.get('/calendar/:file', async (req: Request, res: Response) => {
    const m = /^([a-z0-9-]+)\.ics$/.exec(String(req.params.file));
    const id = m?.[1];
    const known = id === 'all' || (id !== undefined && deps.calendar.group(id) !== undefined);
    // A wrong or missing token looks exactly like an unknown feed: nothing is revealed.
    if (!known || (deps.feedToken && !sameSecret((req.query as Record<string, unknown>)?.token, deps.feedToken))) {
      res.send(404, { error: 'not found' });
      return;
    }
    const body = await calendarFeed(deps.calendar, id === 'all' ? undefined : [id!], {
      now: deps.clock(),
      // ?lang=en: the calendar's name and the events' words in English (the chat's subscribe link for an English reader).
      ...((req.query as Record<string, unknown>)?.lang === 'en' ? { lang: 'en' as const } : {}),
      ...(deps.actionItems && (req.query as Record<string, unknown>)?.actions !== '0' ? { actionItems: deps.actionItems } : {}),
    });
    res.writeHead(200, {
      'Content-Type': 'text/calendar; charset=utf-8',
      'Content-Disposition': `inline; filename="${id}.ics"`,
      'Cache-Control': 'private, max-age=300',
    });
    res.end(body);
  });

  server.get('/bundles/:group/:date', async (req: Request, res: Response) => {
    const group = String(req.params.group);
    const date = String(req.params.date);
    // Pitches are confidential: without a configured token the page is never served.
    const allowed = deps.feedToken !== undefined && sameSecret((req.query as Record<string, unknown>)?.token, deps.feedToken);
    const page = allowed && /^\d{4}-\d{2}-\d{2}$/.test(date) && deps.bundlePage ? await deps.bundlePage(group, date) : undefined;
    if (!page) {
      res.send(404, { error: 'not found' });
      return;
    }
    res.writeHead(200, {
      'Content-Type': 'text/html; charset=utf-8',
      'Cache-Control': 'private, no-store',
      'X-Robots-Tag': 'noindex',
      'Referrer-Policy': 'no-referrer',
    });
    res.end(page);
  });

  server.on('restifyError', (req: Request, _res: Response, err: Error & { statusCode?: number }, cb: () => void) => {
    const status = err.statusCode ?? 500;
    deps.logger[status >= 500 ? 'error' : 'info']({ event: 'http-error', status, path: req.path(), err: { message: err.message } }, 'request failed');
    cb();
  });
  return server;
}
