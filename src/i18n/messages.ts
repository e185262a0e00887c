import type { LeadPresence } from '../domain/bundle';
import { Occurrence } from '../domain/occurrences';
import { PostKind } from '../domain/reminders';

/** What every message needs to know about where it is rendered. */
export interface RenderContext {
  zone: string;
}

/**
 * The one typed shape of the message catalogue. nl.ts and en.ts each give its words completely (`MessageWords`),
 * so a missing translation fails to compile; `build.ts` composes them into these messages.
 */
export interface Messages {
  // Dates and meetings
  /** "vrijdag 4 december 2026, 16:00-17:00" */
  meetingWhen(o: Occurrence, ctx: RenderContext): string;
  /** "pitches uiterlijk donderdag 3 december 12:00" */
  pitchDeadline(deadline: Date, ctx: RenderContext): string;
  /** "25 december: geen SG-overleg (Eerste Kerstdag)" */
  notTakingPlace(o: Occurrence, groupName: string, ctx: RenderContext): string;
  /** "verplaatst van vrijdag 18 december" */
  movedFrom(o: Occurrence, ctx: RenderContext): string;
  reasonLabel(o: Occurrence): string;
  /** "vrijdag 11 december" — a short date for follow-up lines. */
  shortDate(o: Occurrence, ctx: RenderContext): string;
  noMeetings: string;

  // Answers about meetings
  nextMeetingsTitle: string;
  thenLine(dates: string[]): string;
  noUpcoming(groupName: string): string;
  subscribe: string;
  /** The button that opens a meeting's Teams link. */
  joinInTeams: string;
  /** The calendar feed's name in the subscriber's client: one group's, or all groups'. */
  feedName(groupNames: readonly string[]): string;
  feedDeadlineSummary(groupName: string): string;
  feedActionSummary(id: number, groupName: string, owner: string): string;
  deadlineTitle: string;
  deadlineLine(groupName: string, meeting: Occurrence, ctx: RenderContext): string;
  noDeadlines(groupName: string): string;
  noGroupWithDeadlines: string;
  unknownGroup(name: string, known: string[]): string;

  // Help and welcome
  helpTitle: string;
  helpIntro: string;
  welcome: string;

  // Language
  languageSet: string;

  // Binding
  bound(groupName: string): string;
  bindOnlyInChannelsOrChats: string;

  // Changing meetings
  /** A refusal for someone who is no coordinator; `contacts` are the coordinators' e-mail addresses (never ids). */
  notCoordinator(groupName: string, contacts: string[], what: 'change' | 'bind'): string;
  confirmCancelTitle: string;
  confirmMoveTitle: string;
  confirmCancelText(groupName: string, o: Occurrence, ctx: RenderContext): string;
  confirmMoveText(groupName: string, o: Occurrence, toWhen: string, ctx: RenderContext): string;
  confirmButton: string;
  abortButton: string;
  cancelled(groupName: string, o: Occurrence, by: string, ctx: RenderContext): string;
  moved(groupName: string, o: Occurrence, by: string, ctx: RenderContext): string;
  changeAborted: string;
  changeNoLongerPossible: string;
  noMeetingOn(groupName: string, date: string): string;
  meetingIsOver(groupName: string): string;
  alreadyCancelled(groupName: string): string;
  invalidMove: string;
  ambiguousDate(options: string[]): string;
  noSuchDate(text: string): string;
  weekdayMismatch(date: string, weekday: string): string;
  notADate(text: string): string;
  badTime(text: string): string;

  // Pitches
  pitchQuestion: Record<'problem' | 'acceleration' | 'dilemmas' | 'needs' | 'whom', string>;
  pitchCardTitle(themeName: string): string;
  pitchFacts: { meeting: string; theme: string; deadline: string; lead: string };
  pitchSaveDraft: string;
  pitchSubmit: string;
  pitchEdit: string;
  pitchOpen: string;
  pitchChooseTitle: string;
  pitchChooseText: string;
  pitchSlotLabel(themeName: string, groupName: string, meetingDay: string): string;
  pitchNothingOpen: string;
  pitchInPersonalChat: string;
  pitchUnknownTheme(name: string, known: string[]): string;
  pitchSubmitted(time: string, deadline: string, late: boolean): string;
  pitchDraftSaved(time: string, deadline: string): string;
  pitchUnderstood: string;
  pitchUnderstoodMissing(questions: string[]): string;
  pitchRequired(question: string): string;
  pitchTooLong(question: string, max: number, length: number): string;
  pitchRefused: Record<'unknown-meeting' | 'meeting-past' | 'theme-not-on-agenda' | 'unknown-theme' | 'not-allowed', string>;
  pitchLateRefused(coordinators: string[]): string;
  pitchEmpty: string;

  // Status, agenda, bundle
  statusTitle(groupName: string, meetingDay: string): string;
  statusDeadline(deadline: string): string;
  /** `theme`: the theme as `themeLabel` names it, "Wonen (BZK, Eva)". */
  statusLine(theme: string, status: 'missing' | 'draft' | 'submitted' | 'late', detail?: { by: string; at: string }): string;
  statusSummary(delivered: number, total: number, missing: string[]): string;
  noAgendaThemes: string;
  noPitchMeeting: string;
  agendaTitle(groupName: string, meetingDay: string): string;
  agendaFixedItems: string;
  agendaThemes: string;
  agendaChanged(groupName: string, meetingDay: string, themes: string[]): string;
  agendaUnknownThemes(names: string[], known: string[]): string;
  onlyCoordinatorsAgenda(groupName: string, coordinators: string[]): string;
  onlyCoordinatorsBundle(groupName: string, coordinators: string[]): string;
  bundleTitle(groupName: string, meetingDay: string): string;
  bundlePart(n: number, of: number): string;
  bundleSubmittedBy(by: string, at: string, late: boolean): string;
  bundleAsksTitle: string;
  bundleMissingTitle: string;
  bundleNothingMissing: string;
  /** Whether the theme's lead attends (the bundle, per pitch). */
  bundleLeadPresence(p: LeadPresence): string;
  bundleDocument: string;
  bundleLateTitle(themeName: string): string;

  // Reminders (proactive)
  reminderDeadlineTitle(groupName: string, meetingDay: string): string;
  reminderDeadlineText(deadline: string): string;
  reminderPersonalTitle(groupName: string, meetingDay: string): string;
  reminderPersonalText(themes: string[], deadline: string): string;
  /** A personal reminder of an action item, the working day before its due date and on it. */
  reminderActionTitle(id: number, group: string): string;
  reminderActionText(text: string, due: string, today: boolean): string;
  reminderActionDoneButton: string;
  /** The heading of the overdue action items in the meeting reminder and the weekly digest. */
  overdueActionsHeading(count: number): string;
  /** "#2 BZK: BZK levert input aan (uiterlijk dinsdag 26 mei)" */
  overdueActionLine(id: number, owner: string, text: string, due: string, group?: string): string;
  reminderMeetingTitle(groupName: string, meetingDay: string): string;
  /** On a meeting reminder sent on the meeting's own day: "Begint om 16:00, over 1 minuut." */
  meetingStartsIn(startTime: string, minutes: number): string;
  /** The meeting reminder's button to the group's Teams meeting. */
  teamsMeetingLink: string;
  digestTitle(weekOf: string): string;
  digestEmpty: string;
  openPitchChat: string;
  /** Attendance buttons on the meeting reminder (and on attendance answers). */
  attendPresentButton: string;
  attendApologiesButton: string;
  attendReasonLabel: string;
  attendDeputyLabel: string;
  attendSendApologies: string;
  /** "3 aanwezig, 1 afgemeld, 1 nog geen antwoord" */
  attendanceCounts(present: number, apologies: number, noAnswer: number): string;
  /** "Afgemeld: Eva Bakker (VWS, plaatsvervanger Piet)"; reasons stay with the coordinators' overview. */
  attendanceApologiesLine(people: { name: string; organisation: string; deputy?: string }[]): string;
  /** The personal notice to a member who had answered, when a coordinator cancels or moves the meeting (sent by the scheduler). */
  changeNoticeTitle(group: string, day: string): string;
  changeNoticeCancelled(group: string, day: string, by: string | undefined, answer: 'present' | 'apologies'): string;
  changeNoticeMoved(group: string, day: string, to: string, by: string | undefined, answer: 'present' | 'apologies'): string;
  remindersMuted: string;
  remindersUnmuted: string;
  planLine(when: string, what: string, to: string): string;
  planKinds: Record<PostKind, string>;
  planUnbound(groupName: string): string;
  planNothing: string;
  onlyCoordinatorsPlan: string;
  themeRemindersSet(on: boolean, themes: string[]): string;
  digestSet(on: boolean, groups: string[]): string;
  onlyCoordinatorsSettings: string;
  unreachableNotice(groupName: string, where: string): string;
  /** A conversation by the names Teams gave it, a neutral phrase for what is unknown (never an id). */
  conversationPlace: {
    channel(channel: string | undefined, team: string | undefined): string;
    /** The team's General channel (Teams gives it no name). */
    generalChannel(team: string | undefined): string;
    personal(person: string | undefined): string;
    groupChat(topic: string | undefined): string;
  };

  // Errors
  tenantNotAllowed: string;
  apology: string;

  // CLI
  cliUsage: string;
  configOk: string;
}
