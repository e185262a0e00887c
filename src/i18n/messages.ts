import { Occurrence } from '../domain/occurrences';

/** What every message needs to know about the place and language it is rendered for. */
export interface RenderContext {
  zone: string;
}

/**
 * The one typed shape of the message catalogue. nl.ts and en.ts each implement it completely,
 * so a missing translation fails to compile.
 */
export interface Messages {
  /** "vrijdag 4 december 2026, 16:00-17:00" */
  meetingWhen(o: Occurrence, ctx: RenderContext): string;
  /** "pitches uiterlijk donderdag 3 december 12:00" */
  pitchDeadline(deadline: Date, ctx: RenderContext): string;
  /** "25 december: geen SG-overleg (Eerste Kerstdag)" */
  notTakingPlace(o: Occurrence, groupName: string, ctx: RenderContext): string;
  /** "verplaatst van vrijdag 18 december" */
  movedFrom(o: Occurrence, ctx: RenderContext): string;
  reasonLabel(o: Occurrence): string;
  noMeetings: string;
  cliUsage: string;
  configOk: string;
}
