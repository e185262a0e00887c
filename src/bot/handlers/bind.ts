import { GroupRef } from '../../commands/command';
import { unknownGroupText } from '../../features/shared/scope';
import { sendText } from '../../features/shared/reply';
import { Turn } from '../../features/shared/turn';
import { conversationId, conversationKind, userName } from '../../features/shared/turnInfo';

/** "koppel dit kanaal aan het SG-overleg": coordinators of that group only, since reminders will go there. */
export async function bindConversation(turn: Turn, ref: GroupRef): Promise<void> {
  if ('unknown' in ref) return sendText(turn.context, unknownGroupText(turn, ref.unknown));
  const group = turn.deps.calendar.group(ref.id)!;
  if (conversationKind(turn.context) === 'personal') return sendText(turn.context, turn.msgs.bindOnlyInChannelsOrChats);
  if (!(await turn.deps.roles.isCoordinator(turn.context, group))) {
    return sendText(turn.context, turn.msgs.notCoordinator(group.name, group.coordinators));
  }
  await turn.deps.repos.bind(conversationId(turn.context), group.id, userName(turn.context), turn.now);
  turn.deps.logger.info({ event: 'bound', conversation: conversationId(turn.context), group: group.id }, 'conversation bound to group');
  await sendText(turn.context, turn.msgs.bound(group.name));
}
