import { PeriodLabel } from '../../understand/period';
import { withPeriodPhrase } from '../../i18n/periods';
import { HelpText } from '../shared/helpText';

export interface DeadlinesMessages {
  deadlinesInPeriodTitle(label: PeriodLabel): string;
  deadlineNoneInPeriod: string;
  deadlineForMeeting(group: string, day: string, deadline: string): string;
  deadlineNotTakingPlace(group: string, day: string): string;
  deadlinesHelp: HelpText;
}

export const nl: DeadlinesMessages = withPeriodPhrase('nl', 'deadlinesInPeriodTitle', {
  deadlinesInPeriodTitle: (phrase) => `Deadlines voor pitches ${phrase}`,
  deadlineNoneInPeriod: 'In deze periode moeten er geen pitches binnen zijn.',
  deadlineForMeeting: (group, day, deadline) => `Pitches voor het ${group} van ${day} moeten uiterlijk ${deadline} binnen zijn.`,
  deadlineNotTakingPlace: (group, day) => `Het ${group} van ${day} gaat niet door, dus daarvoor is er geen deadline.`,
  deadlinesHelp: {
    title: 'Deadlines voor pitches',
    summary: 'Wanneer de pitches voor een overleg binnen moeten zijn (de werkdag ervoor om 12:00 voor het SG-overleg, met feestdagen meegerekend).',
    examples: ['wanneer moet mijn pitch binnen zijn?', 'wat is de deadline voor het SG-overleg van 11 december?', 'deadlines in januari'],
  },
});

export const en: DeadlinesMessages = withPeriodPhrase('en', 'deadlinesInPeriodTitle', {
  deadlinesInPeriodTitle: (phrase) => `Pitch deadlines ${phrase}`,
  deadlineNoneInPeriod: 'No pitches are due in this period.',
  deadlineForMeeting: (group, day, deadline) => `Pitches for the ${group} of ${day} are due by ${deadline}.`,
  deadlineNotTakingPlace: (group, day) => `The ${group} of ${day} does not take place, so there is no deadline for it.`,
  deadlinesHelp: {
    title: 'Pitch deadlines',
    summary: 'When the pitches for a meeting are due (for the SG meeting: the working day before at 12:00, with public holidays taken into account).',
    examples: ['when is my pitch due?', 'what is the deadline for the SG meeting of 11 December?', 'deadlines in January'],
  },
});
