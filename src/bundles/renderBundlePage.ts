import { bundleView } from '../present/pitchViews';
import { messagesFor } from '../i18n/catalogue';
import { CalendarService } from '../services/calendarService';
import { PitchService } from '../services/pitchService';
import { bundleHtml } from './bundleHtml';

/** The printable bundle of one meeting, in Dutch (the language of the meeting documents). */
export async function renderBundlePage(calendar: CalendarService, pitches: PitchService, groupId: string, originalDate: string): Promise<string | undefined> {
  const group = calendar.group(groupId);
  if (!group || !group.series.deadline) return undefined;
  const occurrence = await calendar.occurrenceOn(groupId, originalDate);
  if (!occurrence || occurrence.originalDate !== originalDate) return undefined;
  const msgs = messagesFor('nl');
  const bundle = await pitches.bundle(group, occurrence);
  return bundleHtml(bundleView(bundle, group.name, msgs.shortDate(occurrence, { zone: calendar.zone }), msgs, calendar.zone, 'nl'), 'nl');
}
