import { leadPresences } from '../domain/bundle';
import { bundleView } from '../present/pitchViews';
import { messagesFor } from '../i18n/catalogue';
import { AttendanceService } from '../services/attendanceService';
import { CalendarService } from '../services/calendarService';
import { PitchService } from '../services/pitchService';
import { bundleHtml } from './bundleHtml';

/**
 * The printable bundle of one meeting, in Dutch (the language of the meeting documents), with whether each lead comes
 * to present (for groups with members; a lead who sent apologies without a deputy is flagged).
 */
export async function renderBundlePage(
  calendar: CalendarService,
  pitches: PitchService,
  attendance: AttendanceService,
  groupId: string,
  originalDate: string,
): Promise<string | undefined> {
  const group = calendar.group(groupId);
  if (!group || !group.series.deadline) return undefined;
  const occurrence = await calendar.occurrenceOn(groupId, originalDate);
  if (!occurrence || occurrence.originalDate !== originalDate) return undefined;
  const msgs = messagesFor('nl');
  const bundle = await pitches.bundle(group, occurrence);
  const leads = group.members.length ? leadPresences(bundle, calendar.schedule.themes, await attendance.summary(group, originalDate)) : undefined;
  return bundleHtml(bundleView(bundle, group.name, msgs.shortDate(occurrence, { zone: calendar.zone }), msgs, calendar.zone, 'nl', undefined, leads), 'nl');
}
