import { PlannedPost, postGroups, unhandledKind } from '../domain/reminders';
import { Messages } from '../i18n/messages';

/**
 * What a plan listing (the CLI's `plan`, the chat's "wat stuur je deze week?") shows of a post besides its
 * time, kind and target: the groups it is about, and for a personal reminder the themes it names. One
 * switch over every kind, so a new kind has to say what its line shows.
 */
export function planSubject(p: PlannedPost, groupName: (id: string) => string): { groups: string; detail?: string } {
  const groups = postGroups(p).map(groupName).join(', ');
  switch (p.kind) {
    case 'deadline-personal':
      return { groups, detail: p.themes.join(', ') };
    case 'deadline-channel':
    case 'bundle':
    case 'meeting-reminder':
    case 'weekly-digest':
    case 'action-personal':
    case 'late-reply':
    case 'unreachable-notice':
    case 'meeting-change':
      return { groups };
    default:
      return unhandledKind(p);
  }
}

/**
 * Whom a listed post goes to: the person (with the themes of a personal reminder), the channel as the caller
 * names it (`channel`: the chat by its names, the CLI by its id), or the group's channel not linked yet.
 */
export function planTarget(p: PlannedPost, subject: { groups: string; detail?: string }, msgs: Messages, channel: (conversationId: string) => string): string {
  if (p.target.kind === 'personal') return `${p.target.person}${subject.detail ? ` (${subject.detail})` : ''}`;
  return p.target.conversationId ? channel(p.target.conversationId) : msgs.planUnbound(subject.groups);
}
