import { createServer, IncomingMessage, Server, ServerResponse } from 'node:http';
import { AddressInfo } from 'node:net';

export interface RecordedRequest {
  method: string;
  path: string;
  body: unknown;
  headers: IncomingMessage['headers'];
  /** The status the stand-in answered with (set once answered). */
  status?: number;
}

export interface Reply {
  status: number;
  body?: unknown;
  headers?: Record<string, string>;
}

/**
 * A local stand-in for the Teams connector service (the one edge that cannot run here): it records
 * everything the bot sends and answers as the connector does, or as a test tells it to.
 */
export class StandInConnector {
  readonly requests: RecordedRequest[] = [];
  /** Members the roster lookup (TeamsInfo.getMember) knows, by user id. */
  readonly roster = new Map<string, Record<string, unknown>>();
  /** Override the answer to a request; return undefined for the default. */
  respond: (r: RecordedRequest) => Reply | undefined = () => undefined;
  private server?: Server;
  private seq = 0;
  url = '';

  async start(): Promise<this> {
    this.server = createServer((req, res) => void this.handle(req, res));
    await new Promise<void>((resolve) => this.server!.listen(0, '127.0.0.1', resolve));
    this.url = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}/`;
    return this;
  }

  async stop(): Promise<void> {
    await new Promise<void>((resolve) => (this.server ? this.server.close(() => resolve()) : resolve()));
  }

  /** Activities the bot sent (posted or updated), in order. */
  activities(): { method: string; path: string; activity: Record<string, unknown> }[] {
    return this.requests
      .filter((r) => /\/activities/.test(r.path) && (r.method === 'POST' || r.method === 'PUT'))
      .map((r) => ({ method: r.method, path: r.path, activity: r.body as Record<string, unknown> }));
  }

  /** Resolves when `count` activities have arrived (the bot answers asynchronously for proactive sends). */
  async waitForActivities(count: number, timeoutMs = 5000): Promise<void> {
    const started = Date.now();
    while (this.activities().length < count) {
      if (Date.now() - started > timeoutMs) throw new Error(`expected ${count} activities, got ${this.activities().length}`);
      await new Promise((r) => setImmediate(r));
    }
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const chunks: Buffer[] = [];
    for await (const c of req) chunks.push(c as Buffer);
    const text = Buffer.concat(chunks).toString('utf8');
    const recorded: RecordedRequest = {
      method: req.method ?? 'GET',
      path: decodeURIComponent((req.url ?? '/').split('?')[0]),
      body: text ? (JSON.parse(text) as unknown) : undefined,
      headers: req.headers,
    };
    this.requests.push(recorded);
    const reply = this.respond(recorded) ?? this.defaultReply(recorded);
    recorded.status = reply.status;
    res.writeHead(reply.status, { 'Content-Type': 'application/json', ...(reply.headers ?? {}) });
    res.end(reply.body === undefined ? '' : JSON.stringify(reply.body));
  }

  private defaultReply(r: RecordedRequest): Reply {
    const member = /^\/v3\/conversations\/[^/]+\/members\/([^/]+)$/.exec(r.path);
    if (r.method === 'GET' && member) {
      const m = this.roster.get(member[1]);
      return m ? { status: 200, body: m } : { status: 404, body: { error: { code: 'MemberNotFoundInConversation' } } };
    }
    if (r.method === 'POST' && r.path === '/v3/conversations') return { status: 201, body: { id: `a:created-${++this.seq}` } };
    if (/\/activities/.test(r.path)) return { status: 200, body: { id: `sent-${++this.seq}` } };
    return { status: 404, body: {} };
  }
}
