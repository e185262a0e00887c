import { PeriodLabel } from '../../understand/period';
import { withPeriodPhrase } from '../../i18n/periods';
import { HelpText } from '../shared/helpText';

export interface MeetingsMessages {
  periodTitleOf(label: PeriodLabel): string;
  onDateTitle(day: string): string;
  onDateYes(group: string, when: string): string;
  onDateNo(group: string, day: string, reason: string): string;
  onDateMoved(group: string, day: string, to: string): string;
  onDateNone(group: string, day: string): string;
  onDateNothing(day: string): string;
  nextIs(when: string): string;
  nextAfterTitle(group: string, day: string): string;
  /** Where a group meets, when the schedule says. */
  meetingLocation(where: string): string;
  timeTitle: string;
  timeLine(group: string, day: string, start: string, end: string): string;
  meetingsHelp: HelpText;
}

export const nl: MeetingsMessages = withPeriodPhrase('nl', 'periodTitleOf', {
  periodTitleOf: (phrase) => `Overleggen ${phrase}`,
  onDateTitle: (day) => `Overleggen op ${day}`,
  onDateYes: (group, when) => `Ja, het ${group} is op ${when}.`,
  onDateNo: (group, day, reason) => `Nee, op ${day} is er geen ${group} (${reason}).`,
  onDateMoved: (group, day, to) => `Het ${group} van ${day} is verplaatst naar ${to}.`,
  onDateNone: (group, day) => `Op ${day} is er geen ${group}.`,
  onDateNothing: (day) => `Op ${day} staat geen overleg gepland.`,
  nextIs: (when) => `Het volgende is op ${when}.`,
  nextAfterTitle: (group, day) => `${group} na ${day}`,
  meetingLocation: (where) => `Locatie: ${where}`,
  timeTitle: 'Hoe laat',
  timeLine: (group, day, start, end) => `Het ${group} van ${day} begint om ${start} en duurt tot ${end}.`,
  meetingsHelp: {
    title: 'Wanneer er overleg is',
    summary:
      'Het volgende overleg van een groep, alles in een week of maand, één dag, of hoe laat het begint. Vraag daarna gewoon door: "en de keer daarna?", "hoe laat begint die?".',
    examples: [
      'wanneer is het volgende SG-overleg?',
      'welke overleggen zijn er in januari?',
      'gaat het SG-overleg van 25 december door?',
      'hoe laat begint het overleg met de gemeenten?',
    ],
  },
});

export const en: MeetingsMessages = withPeriodPhrase('en', 'periodTitleOf', {
  periodTitleOf: (phrase) => `Meetings ${phrase}`,
  onDateTitle: (day) => `Meetings on ${day}`,
  onDateYes: (group, when) => `Yes, the ${group} is on ${when}.`,
  onDateNo: (group, day, reason) => `No, there is no ${group} on ${day} (${reason}).`,
  onDateMoved: (group, day, to) => `The ${group} of ${day} has been moved to ${to}.`,
  onDateNone: (group, day) => `There is no ${group} on ${day}.`,
  onDateNothing: (day) => `No meetings are planned on ${day}.`,
  nextIs: (when) => `The next one is on ${when}.`,
  meetingLocation: (where) => `Location: ${where}`,
  nextAfterTitle: (group, day) => `${group} after ${day}`,
  timeTitle: 'What time',
  timeLine: (group, day, start, end) => `The ${group} of ${day} starts at ${start} and runs until ${end}.`,
  meetingsHelp: {
    title: 'When groups meet',
    summary:
      'The next meeting of a group, everything in a week or month, one day, or what time it starts. Then just ask on: "and the one after?", "what time does it start?".',
    examples: [
      'when is the next SG meeting?',
      'which meetings are there in January?',
      'is the SG meeting on 25 December still on?',
      'what time does the meeting with the municipalities start?',
    ],
  },
});
