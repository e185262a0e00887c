import { PeriodLabel } from '../../understand/period';
import { HelpText } from '../shared/helpText';

export interface RemindersMessages {
  planTitleOf(label: PeriodLabel): string;
  remindersHelp: HelpText;
  reminderSettingsHelp: HelpText;
}

const MONTHS_NL = ['januari', 'februari', 'maart', 'april', 'mei', 'juni', 'juli', 'augustus', 'september', 'oktober', 'november', 'december'];
const MONTHS_EN = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

export const nl: RemindersMessages = {
  planTitleOf: (p) =>
    p.kind === 'month'
      ? `Wat ik in ${MONTHS_NL[p.month - 1]} ${p.year} verstuur`
      : p.kind === 'coming-days'
        ? `Wat ik de komende ${p.days} dagen verstuur`
        : p.kind === 'iso-week'
          ? `Wat ik in week ${p.week} verstuur`
          : { 'this-week': 'Wat ik deze week verstuur', 'next-week': 'Wat ik volgende week verstuur', 'this-month': 'Wat ik deze maand verstuur', 'next-month': 'Wat ik volgende maand verstuur' }[p.kind],
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
};

export const en: RemindersMessages = {
  planTitleOf: (p) =>
    p.kind === 'month'
      ? `What I will send in ${MONTHS_EN[p.month - 1]} ${p.year}`
      : p.kind === 'coming-days'
        ? `What I will send in the coming ${p.days} days`
        : p.kind === 'iso-week'
          ? `What I will send in week ${p.week}`
          : { 'this-week': 'What I will send this week', 'next-week': 'What I will send next week', 'this-month': 'What I will send this month', 'next-month': 'What I will send next month' }[p.kind],
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
};
