import { HelpText } from '../shared/helpText';

export interface BindMessages {
  bindSuggest(group: string): string;
  bindCommand(group: string): string;
  bindHelp: HelpText;
}

export const nl: BindMessages = {
  bindSuggest: (group) => `Wil je dit kanaal koppelen aan het ${group}? Dan gaan vragen hier voortaan over dat overleg en komen de herinneringen hier.`,
  bindCommand: (group) => `koppel dit kanaal aan het ${group}`,
  bindHelp: {
    title: 'Een kanaal koppelen',
    summary:
      'Voor coördinatoren: koppel een kanaal of groepschat aan één overleg. Vragen daar gaan dan over dat overleg, en herinneringen, de pitchbundel en het weekoverzicht komen daar.',
    examples: ['koppel dit kanaal aan het SG-overleg'],
  },
};

export const en: BindMessages = {
  bindSuggest: (group) => `Do you want to link this channel to the ${group}? Then questions here are about that meeting and reminders are posted here.`,
  bindCommand: (group) => `link this channel to the ${group}`,
  bindHelp: {
    title: 'Link a channel',
    summary:
      'For coordinators: link a channel or group chat to one meeting. Questions there are then about that meeting, and reminders, the pitch bundle and the weekly digest are posted there.',
    examples: ['link this channel to the SG meeting'],
  },
};
