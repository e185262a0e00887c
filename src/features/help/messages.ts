import { Role } from '../types';

export interface HelpMessages {
  helpRoles: Record<Role, string>;
  helpTopicHint: string;
  helpExamplesLabel: string;
  thanksReply: string;
  greetingReply: string;
  notUnderstoodText: string;
  askWhichGroup: string;
  noAntecedent: string;
  /** "het SG-overleg" / "the SG-overleg": a group's name as it stands in a sentence. */
  groupInSentence(name: string): string;
  exampleNextOf(name: string): string;
  cardRefused: string;
}

export const nl: HelpMessages = {
  helpRoles: { everyone: 'Voor iedereen', leads: 'Voor trekkers', coordinators: 'Voor coördinatoren' },
  helpTopicHint: 'Vraag bijvoorbeeld "hoe werken herinneringen?" voor meer over één onderdeel. In een kanaal: noem me met @overlegbot.',
  helpExamplesLabel: 'Bijvoorbeeld',
  thanksReply: 'Graag gedaan! Vraag gerust als je nog iets wilt weten.',
  greetingReply: 'Hallo! Vraag me bijvoorbeeld "wanneer is het volgende SG-overleg?", of typ "help" voor alles wat ik kan.',
  notUnderstoodText: 'Dat begreep ik niet helemaal. Bedoel je een van deze? Of typ "help" voor alles wat ik kan.',
  askWhichGroup: 'Welk overleg bedoel je?',
  noAntecedent: 'Waar gaat je vraag over? Ik weet niet meer welk overleg je bedoelt. Kies er een:',
  groupInSentence: (name) => `het ${name}`,
  exampleNextOf: (name) => `wanneer is het volgende ${name}?`,
  cardRefused: 'Deze knop kan niet meer gebruikt worden; er is niets gewijzigd. Vraag het opnieuw als het nog nodig is.',
};

export const en: HelpMessages = {
  helpRoles: { everyone: 'For everyone', leads: 'For theme leads', coordinators: 'For coordinators' },
  helpTopicHint: 'Ask for example "how do reminders work?" for more on one part. In a channel: mention me with @overlegbot.',
  helpExamplesLabel: 'For example',
  thanksReply: "You're welcome! Just ask if there is anything else.",
  greetingReply: 'Hello! Ask me for example "when is the next SG meeting?", or type "help" for everything I can do.',
  notUnderstoodText: 'I did not quite understand that. Do you mean one of these? Or type "help" for everything I can do.',
  askWhichGroup: 'Which meeting do you mean?',
  noAntecedent: 'What is your question about? I no longer know which meeting you mean. Choose one:',
  groupInSentence: (name) => `the ${name}`,
  exampleNextOf: (name) => `when is the next ${name}?`,
  cardRefused: 'This button can no longer be used; nothing was changed. Ask again if it is still needed.',
};
