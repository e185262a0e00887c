import { actionItemsFeature, actionItemsOverviewFeature } from './action-items';
import { attendanceFeature, attendanceOverviewFeature } from './attendance';
import { bindFeature } from './bind';
import { changeMeetingFeature } from './change-meeting';
import { deadlinesFeature } from './deadlines';
import { makeHelpFeature } from './help';
import { languageFeature } from './language';
import { meetingsFeature } from './meetings';
import { agendaFeature, bundleFeature, statusFeature } from './pitch-overview';
import { pitchesFeature } from './pitches';
import { reminderSettingsFeature, remindersFeature } from './reminders';
import { CommandSpec, Feature } from './types';

/**
 * Every feature, in the order their recognisers are tried (a pasted pitch first: its text may contain any
 * words). Routes, help and understanding are all generated from this list: adding a feature is adding a folder
 * and a line here.
 */
export const FEATURES: readonly Feature[] = [
  pitchesFeature,
  changeMeetingFeature,
  attendanceFeature,
  actionItemsFeature,
  bindFeature,
  agendaFeature,
  reminderSettingsFeature,
  remindersFeature,
  languageFeature,
  deadlinesFeature,
  meetingsFeature,
  statusFeature,
  bundleFeature,
  attendanceOverviewFeature,
  actionItemsOverviewFeature,
  makeHelpFeature(() => FEATURES),
];

/** Every command of every feature, in registry order. */
export function allCommands(features: readonly Feature[] = FEATURES): CommandSpec[] {
  return features.flatMap((f) => f.commands.map((c) => ({ ...c, feature: f.id })));
}
