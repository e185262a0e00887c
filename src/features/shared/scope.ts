import { GroupRef } from '../../commands/command';
import { Turn } from './turn';
import { conversationId } from './turnInfo';

export type Scope = { groupIds: string[]; single: boolean } | { unknown: string };

/** Which groups a question is about: the one named, else the one this channel is bound to, else all. */
export async function scopeOf(turn: Turn, ref: GroupRef | undefined): Promise<Scope> {
  if (ref && 'unknown' in ref) return { unknown: ref.unknown };
  if (ref) return { groupIds: [ref.id], single: true };
  const binding = await turn.deps.repos.getBinding(conversationId(turn.context));
  if (binding && turn.deps.calendar.group(binding.groupId)) return { groupIds: [binding.groupId], single: true };
  return { groupIds: turn.deps.calendar.schedule.groups.map((g) => g.id), single: false };
}

export function unknownGroupText(turn: Turn, name: string): string {
  return turn.msgs.unknownGroup(name, turn.deps.calendar.schedule.groups.map((g) => g.name));
}
