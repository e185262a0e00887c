import { contactsOf } from '../shared/roles';
import { Slots } from '../../understand/slots';
import { suggestionCard } from '../../present/cards/suggestionCard';
import { sendCard, sendText } from '../shared/reply';
import { unknownGroupText } from '../shared/scope';
import { Turn } from '../shared/turn';
import { conversationId, conversationKind, userName } from '../shared/turnInfo';

/** "koppel dit kanaal aan het SG-overleg": coordinators of that group only, since reminders will go there. */
export async function bindConversation(turn: Turn, slots: Slots): Promise<void> {
  const ref = slots.group;
  if (!ref) return sendText(turn.context, turn.msgs.changeWhichGroup);
  if ('unknown' in ref) return sendText(turn.context, unknownGroupText(turn, ref.unknown));
  const group = turn.deps.calendar.group(ref.id)!;
  if (conversationKind(turn.context) === 'personal') return sendText(turn.context, turn.msgs.bindOnlyInChannelsOrChats);
  if (!(await turn.deps.roles.isCoordinator(turn.context, group))) {
    return sendText(turn.context, turn.msgs.notCoordinator(group.name, contactsOf(group), 'bind'));
  }
  await turn.deps.repos.bind(conversationId(turn.context), group.id, userName(turn.context), turn.now);
  turn.deps.logger.info({ event: 'bound', conversation: conversationId(turn.context), group: group.id }, 'conversation bound to group');
  await sendText(turn.context, turn.msgs.bound(group.name));
}

/** "dit kanaal hoort bij het SG-overleg": not a command, so the command is offered as a button; nothing changes. */
export async function suggestBinding(turn: Turn, slots: Slots): Promise<void> {
  const ref = slots.group;
  if (!ref || 'unknown' in ref) return sendText(turn.context, unknownGroupText(turn, ref && 'unknown' in ref ? ref.unknown : '?'));
  const group = turn.deps.calendar.group(ref.id)!;
  await sendCard(turn.context, suggestionCard({ text: turn.msgs.bindSuggest(group.name), options: [turn.msgs.bindCommand(group.name)] }));
}
