import { Group } from '../../domain/schedule';
import { Ref } from '../../understand/slots';
import { Turn } from './turn';

export type Scope = { groupIds: string[]; single: boolean } | { unknown: string };

/** Which groups a question is about: the one named, else the one this conversation is bound to, else all. */
export function scopeOf(turn: Turn, ref: Ref | undefined): Scope {
  if (ref && 'unknown' in ref) return { unknown: ref.unknown };
  if (ref && turn.deps.calendar.group(ref.id)) return { groupIds: [ref.id], single: true };
  if (turn.boundGroupId && turn.deps.calendar.group(turn.boundGroupId)) return { groupIds: [turn.boundGroupId], single: true };
  return { groupIds: turn.deps.calendar.schedule.groups.map((g) => g.id), single: false };
}

/** The one group a command that changes something is about: the one named, else the bound one. */
export function groupOf(turn: Turn, ref: Ref | undefined): Group | { unknown: string } | undefined {
  if (ref && 'unknown' in ref) return ref;
  const id = ref?.id ?? turn.boundGroupId;
  return id ? turn.deps.calendar.group(id) : undefined;
}

export function unknownGroupText(turn: Turn, name: string): string {
  return turn.msgs.unknownGroup(
    name,
    turn.deps.calendar.schedule.groups.map((g) => g.name),
  );
}
