import { Activity, ConversationReference } from 'botbuilder';
import { RateLimiter } from './rateLimiter';

export type SendResult = 'sent' | 'unreachable';

/** The one port through which proactive posts leave the bot. */
export interface Notifier {
  send(reference: Partial<ConversationReference>, activity: Partial<Activity>): Promise<SendResult>;
}

interface ProactiveAdapter {
  continueConversationAsync(botAppId: string, reference: Partial<ConversationReference>, logic: (context: { sendActivity(a: Partial<Activity>): Promise<unknown> }) => Promise<void>): Promise<void>;
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

  async send(reference: Partial<ConversationReference>, activity: Partial<Activity>): Promise<SendResult> {
    // Queue under Teams' limits first, so that 429s stay the exception rather than the flow control.
    const finished = await this.limiter.acquire(reference.conversation?.id ?? '', reference.conversation?.tenantId ?? 'default');
    try {
      await this.adapter.continueConversationAsync(this.botAppId, reference, async (context) => {
        await context.sendActivity(activity);
      });
      return 'sent';
    } catch (e) {
      const status = (e as { statusCode?: number }).statusCode;
      if (status === 403 || status === 404) return 'unreachable';
      throw e;
    } finally {
      finished();
    }
  }
}
