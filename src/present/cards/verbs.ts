/** Button verbs, shared by the cards that render them and the handlers that receive them. */
export const VERBS = {
  confirmChange: 'overlegbot.confirmChange',
  abortChange: 'overlegbot.abortChange',
  openPitch: 'overlegbot.openPitch',
  savePitchDraft: 'overlegbot.savePitchDraft',
  submitPitch: 'overlegbot.submitPitch',
  replacePitch: 'overlegbot.replacePitch',
  keepPitch: 'overlegbot.keepPitch',
  attend: 'overlegbot.attend',
  attendanceList: 'overlegbot.attendanceList',
  actionDone: 'overlegbot.actionDone',
  actionConfirmDate: 'overlegbot.actionConfirmDate',
  actionForm: 'overlegbot.actionForm',
  actionCreate: 'overlegbot.actionCreate',
} as const;

export type Verb = (typeof VERBS)[keyof typeof VERBS];
