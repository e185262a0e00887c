import { Activity, ConversationReference } from 'botbuilder';
import { RateLimiter } from './rateLimiter';

/**
 * What one send did, as a value: accepted (with the id the connector gave the message, the root of a thread
 * when it is a bundle), or refused for good (403/404: the bot was removed or blocked). Anything else is
 * thrown, for the scheduler to give the claim back and retry on a later tick.
 */
export type Sent = { outcome: 'sent'; id?: string } | { outcome: 'unreachable'; status: 403 | 404 };

/** The reference of a reply in a channel thread: Teams addresses it as the channel's id with the root message's id. */
export function threadReference(reference: Partial<ConversationReference>, rootId: string): Partial<ConversationReference> {
  const conversation = reference.conversation!;
  return { ...reference, conversation: { ...conversation, id: `${conversation.id.split(';')[0]};messageid=${rootId}` } };
}

/** The one port through which proactive posts leave the bot. */
export interface Notifier {
  send(reference: Partial<ConversationReference>, activity: Partial<Activity>): Promise<Sent>;
}

interface ProactiveAdapter {
  continueConversationAsync(
    botAppId: string,
    reference: Partial<ConversationReference>,
    logic: (context: { sendActivity(a: Partial<Activity>): Promise<{ id?: string } | undefined> }) => Promise<void>,
  ): Promise<void>;
}

/**
 * Sends through the Bot Framework connector. The connector client itself retries 429 (honouring
 * Retry-After) and 5xx with backoff; what still fails is thrown for the scheduler to retry on a later
 * tick, except 403/404 (bot removed, user blocked it), which are final: the conversation is unreachable.
 */
export class BotFrameworkNotifier implements Notifier {
  constructor(
    private readonly adapter: ProactiveAdapter,
    private readonly botAppId: string,
    private readonly limiter: RateLimiter = new RateLimiter(),
  ) {}

  async send(reference: Partial<ConversationReference>, activity: Partial<Activity>): Promise<Sent> {
    // Queue under Teams' limits first, so that 429s stay the exception rather than the flow control.
    const finished = await this.limiter.acquire(reference.conversation?.id ?? '', reference.conversation?.tenantId ?? 'default');
    try {
      let id: string | undefined;
      await this.adapter.continueConversationAsync(this.botAppId, reference, async (context) => {
        id = (await context.sendActivity(activity))?.id;
      });
      return { outcome: 'sent', ...(id ? { id } : {}) };
    } catch (e) {
      const status = (e as { statusCode?: number }).statusCode;
      if (status === 403 || status === 404) return { outcome: 'unreachable', status };
      throw e;
    } finally {
      finished();
    }
  }
}
