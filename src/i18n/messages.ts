import { Occurrence } from '../domain/occurrences';

/** What every message needs to know about where it is rendered. */
export interface RenderContext {
  zone: string;
}

/**
 * The one typed shape of the message catalogue. nl.ts and en.ts each implement it completely,
 * so a missing translation fails to compile.
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
  periodTitle(period: 'this-week' | 'next-week' | 'this-month' | 'next-month'): string;
  thenLine(dates: string[]): string;
  noUpcoming(groupName: string): string;
  subscribe: string;
  deadlineTitle: string;
  deadlineLine(groupName: string, meeting: Occurrence, ctx: RenderContext): string;
  noDeadlines(groupName: string): string;
  noGroupWithDeadlines: string;
  unknownGroup(name: string, known: string[]): string;

  // Help and welcome
  helpTitle: string;
  helpIntro: string;
  helpExamples: readonly { text: string; what: string }[];
  welcome: string;
  notUnderstood: string;

  // Language
  languageSet: string;

  // Binding
  bound(groupName: string): string;
  bindOnlyInChannelsOrChats: string;

  // Changing meetings
  notCoordinator(groupName: string, coordinators: string[]): string;
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

  // Errors
  tenantNotAllowed: string;
  apology: string;

  // CLI
  cliUsage: string;
  configOk: string;
}
