import { TeamsInfo, TurnContext } from 'botbuilder';
import { ConversationKind, ConversationNames } from '../domain/conversation';

interface TeamsChannelData {
  channel?: { id?: string; name?: string };
  team?: { id?: string; name?: string };
}

/** How long a looked-up name is trusted, and how long a failed lookup is not retried. */
const KNOWN_MS = 24 * 3_600_000;
const FAILED_MS = 3_600_000;

/**
 * The names of the conversation a turn is in, for texts that must never show a Teams id: the person of a
 * personal chat, a group chat's topic, a channel and its team. Teams sends a channel's and team's names only
 * with some activities, so what is missing is fetched with TeamsInfo (team details, the team's channels),
 * remembered per conversation. A failed lookup leaves the name out and never fails the turn.
 */
export class ConversationNamer {
  private readonly looked = new Map<string, { at: number; names: ConversationNames }>();

  constructor(
    private readonly clock: () => Date,
    /** The names stored earlier (another process may have looked them up): kept when a lookup fails. */
    private readonly stored: (conversationId: string) => Promise<ConversationNames | undefined>,
    private readonly onLookupError: (e: unknown) => void = () => {},
  ) {}

  async names(context: TurnContext, kind: ConversationKind, conversationId: string): Promise<ConversationNames | undefined> {
    const a = context.activity;
    if (kind === 'personal') return a.from?.name ? { person: a.from.name } : undefined;
    if (kind === 'groupChat') return a.conversation?.name ? { chat: a.conversation.name } : undefined;
    const data = (a.channelData ?? {}) as TeamsChannelData;
    const given: ConversationNames = {
      ...(data.channel?.name ? { channel: data.channel.name } : {}),
      ...(data.team?.name ? { team: data.team.name } : {}),
      // The General channel has the team's id (and no name of its own).
      ...(data.channel?.id && data.channel.id === data.team?.id ? { general: true } : {}),
    };
    if ((given.channel || given.general) && given.team) return given;
    const teamId = data.team?.id;
    if (!teamId) return Object.keys(given).length ? given : undefined;
    const looked = await this.lookUp(context, conversationId, teamId, data.channel?.id);
    // What this activity says wins over what was looked up (a rename arrives as an activity with the new name).
    const names = { ...looked, ...given };
    return Object.keys(names).length ? names : undefined;
  }

  private async lookUp(context: TurnContext, conversationId: string, teamId: string, channelId: string | undefined): Promise<ConversationNames> {
    const now = this.clock().getTime();
    const cached = this.looked.get(conversationId);
    if (cached && now - cached.at < (Object.keys(cached.names).length ? KNOWN_MS : FAILED_MS)) return cached.names;
    const names: ConversationNames = {};
    try {
      const team = await TeamsInfo.getTeamDetails(context, teamId);
      if (team.name) names.team = team.name;
      if (channelId && channelId === teamId) names.general = true;
      else if (channelId) {
        const channel = (await TeamsInfo.getTeamChannels(context, teamId)).find((c) => c.id === channelId);
        if (channel?.name) names.channel = channel.name;
      }
    } catch (e) {
      this.onLookupError(e);
      // The reference is rewritten with this turn's names: keep what is known rather than lose it.
      Object.assign(names, (await this.stored(conversationId).catch(() => undefined)) ?? {});
    }
    this.looked.set(conversationId, { at: now, names });
    return names;
  }
}
