import { ConversationParameters, ConversationReference, TeamsChannelAccount, TeamsInfo, TurnContext } from 'botbuilder';
import { Logger } from 'pino';
import { KnownReference, Repositories } from '../store/repositories';

interface ConversationAdapter {
  continueConversationAsync(botAppId: string, reference: Partial<ConversationReference>, logic: (context: TurnContext) => Promise<void>): Promise<void>;
  createConversationAsync(
    botAppId: string,
    channelId: string,
    serviceUrl: string,
    audience: string,
    parameters: ConversationParameters,
    logic: (context: TurnContext) => Promise<void>,
  ): Promise<void>;
}

/**
 * Reaches a lead who never chatted with the bot: finds them (by e-mail/UPN or AAD id) in the roster of a
 * team where the bot is installed, opens a 1:1 conversation with createConversationAsync, and stores its
 * reference like any other personal chat.
 */
export class RosterReach {
  constructor(
    private readonly adapter: ConversationAdapter,
    private readonly botAppId: string,
    private readonly repos: Repositories,
    private readonly logger: Logger,
  ) {}

  /**
   * `known` are the references the caller read already (the tick's snapshot): then looking for a person costs
   * no store read, however many people a tick looks for. Without it, the references are read (one document).
   */
  async open(person: string, known?: readonly KnownReference[]): Promise<KnownReference | undefined> {
    const channels = (known ?? (await this.repos.listReferences())).filter((r) => r.kind === 'channel' && !r.unreachable && r.reference.serviceUrl);
    for (const channel of channels) {
      let member: TeamsChannelAccount | undefined;
      try {
        await this.adapter.continueConversationAsync(this.botAppId, channel.reference, async (context) => {
          member = await TeamsInfo.getMember(context, person);
        });
      } catch {
        continue; // not in this team's roster
      }
      if (!member) continue;
      const ref = channel.reference;
      const tenantId = ref.conversation?.tenantId;
      let created: KnownReference | undefined;
      await this.adapter.createConversationAsync(
        this.botAppId,
        ref.channelId ?? 'msteams',
        ref.serviceUrl!,
        '',
        {
          isGroup: false,
          bot: ref.bot!,
          members: [member],
          ...(tenantId ? { tenantId } : {}),
          channelData: tenantId ? { tenant: { id: tenantId } } : {},
        } as ConversationParameters,
        async (context) => {
          const conversationId = context.activity.conversation.id;
          const reference = TurnContext.getConversationReference(context.activity);
          const identities = [person, member!.aadObjectId, member!.email, member!.userPrincipalName, member!.id]
            .filter((x): x is string => !!x)
            .map((x) => x.toLowerCase());
          const stored = {
            reference,
            kind: 'personal' as const,
            userId: member!.aadObjectId ?? member!.id,
            identities: [...new Set(identities)],
            // The roster's name, for the coordinators' notice should this chat become unreachable.
            ...(member!.name ? { names: { person: member!.name } } : {}),
          };
          await this.repos.saveReference(conversationId, stored);
          created = { schemaVersion: 1, ...stored, conversationId };
        },
      );
      this.logger.info({ event: 'conversation-created', person, conversation: created?.conversationId }, 'opened a personal chat from the team roster');
      return created;
    }
    return undefined;
  }
}
