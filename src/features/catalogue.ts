import { messagesFor } from '../i18n/catalogue';
import { Language } from '../domain/language';
import { Messages } from '../i18n/messages';
import * as actionItems from './action-items/messages';
import * as attendance from './attendance/messages';
import * as bind from './bind/messages';
import * as changeMeeting from './change-meeting/messages';
import * as deadlines from './deadlines/messages';
import * as help from './help/messages';
import * as language from './language/messages';
import * as meetings from './meetings/messages';
import * as pitchOverview from './pitch-overview/messages';
import * as pitches from './pitches/messages';
import * as reminders from './reminders/messages';

/**
 * The catalogue the features speak from: the shared messages (dates, meetings, reminders, also used by the
 * scheduler, HTTP and CLI) and each feature's own slice. A slice missing a translation fails to compile.
 */
export type FeatureMessages = Messages &
  actionItems.ActionItemsMessages &
  attendance.AttendanceMessages &
  bind.BindMessages &
  changeMeeting.ChangeMeetingMessages &
  deadlines.DeadlinesMessages &
  help.HelpMessages &
  language.LanguageMessages &
  meetings.MeetingsMessages &
  pitchOverview.PitchOverviewMessages &
  pitches.PitchesMessages &
  reminders.RemindersMessages;

const SLICES = [actionItems, attendance, bind, changeMeeting, deadlines, help, language, meetings, pitchOverview, pitches, reminders];

function assemble(lang: Language): FeatureMessages {
  return Object.assign({}, messagesFor(lang), ...SLICES.map((s) => s[lang])) as FeatureMessages;
}

const CATALOGUE: Record<Language, FeatureMessages> = { nl: assemble('nl'), en: assemble('en') };

export function featureMessages(lang: Language): FeatureMessages {
  return CATALOGUE[lang];
}
