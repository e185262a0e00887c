import { PlannedPost, postGroups, unhandledKind } from '../domain/reminders';

/** How the scheduler delivers a post of each kind, beyond rendering it. */
export interface PostDelivery {
  /** A person who muted their reminders does not get it. */
  mutable: boolean;
  /** The root message of the thread it replies in, if it is a reply. */
  thread?: string;
  /** Its first message's id is recorded with the claim (a bundle: late pitches reply to it). */
  keepsMessageId: boolean;
  /**
   * The groups whose coordinators are told when its conversation turns out unreachable; none for the notice
   * itself (a refused notice does not cascade into notices about notices).
   */
  tellsCoordinatorsOf: readonly string[];
}

/** One switch over every kind, so that a new kind has to say how it is delivered. */
export function postDelivery(p: PlannedPost): PostDelivery {
  const plain = { mutable: false, keepsMessageId: false, tellsCoordinatorsOf: postGroups(p) };
  switch (p.kind) {
    case 'deadline-personal':
    case 'action-personal':
      return { ...plain, mutable: true };
    case 'bundle':
      return { ...plain, keepsMessageId: true };
    case 'late-reply':
      return { ...plain, thread: p.thread };
    case 'unreachable-notice':
      return { ...plain, tellsCoordinatorsOf: [] };
    // A change notice is news about a meeting one answered for, not a reminder: muting does not hold it back.
    case 'deadline-channel':
    case 'meeting-reminder':
    case 'weekly-digest':
    case 'meeting-change':
      return plain;
    default:
      return unhandledKind(p);
  }
}
