/**
 * Every storage key is built here, so that the layout of the store can be read in one place.
 * Parts are URI-encoded: Teams ids contain ':' '@' and ';'.
 */
const part = (s: string) => encodeURIComponent(s);

export const keys = {
  /** The group a Teams channel or chat is bound to. */
  binding: (conversationId: string) => `binding/${part(conversationId)}`,
  bindingPrefix: 'binding/',
  /** Cancelled and moved occurrences that coordinators set in chat. */
  seriesExceptions: (groupId: string) => `series/${part(groupId)}/exceptions`,
  /** Where the bot can post proactively: a botbuilder ConversationReference. */
  conversationRef: (conversationId: string) => `convref/${part(conversationId)}`,
  conversationRefPrefix: 'convref/',
  /** Every conversation reference in one document, so that a tick reads one document instead of listing and reading each. */
  referenceIndex: 'index/convref',
  /** One theme's pitch for one meeting (by the rule's date of the meeting), with its revisions. */
  pitch: (groupId: string, originalDate: string, themeId: string) => `pitch/${part(groupId)}/${originalDate}/${part(themeId)}`,
  pitchPrefix: (groupId: string) => `pitch/${part(groupId)}/`,
  /** The themes on one meeting's agenda, when coordinators changed them in chat. */
  agenda: (groupId: string, originalDate: string) => `agenda/${part(groupId)}/${originalDate}`,
  /** Who comes to one meeting (by the rule's date of the meeting): every member's answer and its history. */
  attendance: (groupId: string, originalDate: string) => `attendance/${part(groupId)}/${originalDate}`,
  attendancePrefix: (groupId: string) => `attendance/${part(groupId)}/`,
  /** One group's action items (agreements from its meetings), numbered per group, with their history. */
  actionItems: (groupId: string) => `actions/${part(groupId)}`,
  /** One planned post (its stable key), claimed by the instance that sends it. */
  claim: (postKey: string) => `claim/${part(postKey)}`,
  /** Up to when every planned post is decided (sent, dropped or superseded): where a tick's window may start. */
  postsSettled: 'progress/posts-settled',
  /** What a group's coordinators switched on or off (weekly digest, reminders per theme). */
  groupSettings: (groupId: string) => `settings/${part(groupId)}`,
  /** What the last answer to a person in a conversation was about, for follow-up questions. */
  conversationContext: (conversationId: string, userId: string) => `context/${part(conversationId)}/${part(userId)}`,
  /** Which instance runs the reminder scheduler (a lease), for deployments with several instances. */
  schedulerLeader: 'leader/scheduler',
  /** A person's preferences (language, muted reminders). */
  userPrefs: (userId: string) => `user/${part(userId)}/prefs`,
} as const;

/** The conversation id without Teams' `;messageid=` suffix of channel threads. */
export function baseConversationId(id: string): string {
  return id.split(';')[0];
}
