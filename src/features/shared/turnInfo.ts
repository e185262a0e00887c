import { TurnContext } from 'botbuilder';
import { baseConversationId } from '../../store/keys';

export type ConversationKind = 'personal' | 'channel' | 'groupChat';

export function conversationKind(context: TurnContext): ConversationKind {
  const c = context.activity.conversation;
  if (c?.conversationType === 'channel') return 'channel';
  if (c?.conversationType === 'groupChat' || c?.isGroup) return 'groupChat';
  return 'personal';
}

export function conversationId(context: TurnContext): string {
  return baseConversationId(context.activity.conversation?.id ?? '');
}

/** Stable id of the person: the AAD object id in Teams, else the channel's user id. */
export function userId(context: TurnContext): string {
  const from = context.activity.from;
  return from?.aadObjectId ?? from?.id ?? 'unknown';
}

export function userName(context: TurnContext): string {
  return context.activity.from?.name ?? userId(context);
}

export function tenantId(context: TurnContext): string | undefined {
  const a = context.activity;
  return (a.channelData as { tenant?: { id?: string } } | undefined)?.tenant?.id ?? a.conversation?.tenantId;
}
