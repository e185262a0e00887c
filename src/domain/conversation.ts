/** Where the bot talks with people: a personal chat, a group chat, or a channel of a team. */
export type ConversationKind = 'personal' | 'channel' | 'groupChat';

/**
 * What people call a conversation, as Teams gave it: the channel and its team, a group chat's topic, or the
 * person of a personal chat. Each may be missing; the ids are never a name.
 */
export interface ConversationNames {
  channel?: string;
  team?: string;
  /** The team's General channel, which Teams gives no name (clients show it in the reader's language). */
  general?: boolean;
  chat?: string;
  person?: string;
}
