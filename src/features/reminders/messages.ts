import { PeriodLabel } from '../../understand/period';
import { withPeriodPhrase } from '../../i18n/periods';
import { HelpText } from '../shared/helpText';

export interface RemindersMessages {
  planTitleOf(label: PeriodLabel): string;
  remindersHelp: HelpText;
  reminderSettingsHelp: HelpText;
}

export const nl: RemindersMessages = withPeriodPhrase('nl', 'planTitleOf', {
  planTitleOf: (phrase) => `Wat ik ${phrase} verstuur`,
  remindersHelp: {
    title: 'Herinneringen',
    summary:
      'Trekkers krijgen een persoonlijke herinnering 24 en 2 uur voor de deadline zolang hun pitch er nog niet is; het gekoppelde kanaal krijgt herinneringen 2 werkdagen en 3 uur voor de deadline, de bundel op de deadline, een herinnering de werkdag voor het overleg en op maandag een weekoverzicht. Zelf uitzetten kan.',
    examples: ['stop mijn herinneringen', 'herinneringen weer aan'],
  },
  reminderSettingsHelp: {
    title: 'Herinneringen instellen',
    summary: 'Voor coördinatoren: persoonlijke herinneringen per thema en het weekoverzicht aan- of uitzetten, en zien wat ik ga versturen.',
    examples: ['herinneringen uit voor wonen', 'geen weekoverzicht meer', 'wat stuur je deze week?'],
  },
});

export const en: RemindersMessages = withPeriodPhrase('en', 'planTitleOf', {
  planTitleOf: (phrase) => `What I will send ${phrase}`,
  remindersHelp: {
    title: 'Reminders',
    summary:
      'Theme leads get a personal reminder 24 and 2 hours before the deadline while their pitch is not in; the linked channel gets reminders 2 working days and 3 hours before the deadline, the bundle at the deadline, a reminder the working day before the meeting and a weekly digest on Monday. You can switch yours off.',
    examples: ['stop my reminders', 'start my reminders'],
  },
  reminderSettingsHelp: {
    title: 'Reminder settings',
    summary: 'For coordinators: switch personal reminders per theme and the weekly digest on or off, and see what I will send.',
    examples: ['reminders off for housing', 'no more weekly digest', 'what will you send this week?'],
  },
});
