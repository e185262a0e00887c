/** Button verbs, shared by the cards that render them and the handlers that receive them. */
export const VERBS = {
  confirmChange: 'overlegbot.confirmChange',
  abortChange: 'overlegbot.abortChange',
} as const;

export type Verb = (typeof VERBS)[keyof typeof VERBS];
