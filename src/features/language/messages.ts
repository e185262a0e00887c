import { HelpText } from '../shared/helpText';

export interface LanguageMessages {
  languageHelp: HelpText;
}

export const nl: LanguageMessages = {
  languageHelp: {
    title: 'Taal',
    summary: 'Ik antwoord in het Nederlands, of in het Engels als je Engels schrijft of je Teams in het Engels staat. Je kunt het ook vastzetten.',
    examples: ['spreek Engels', 'in Dutch please'],
  },
};

export const en: LanguageMessages = {
  languageHelp: {
    title: 'Language',
    summary: 'I answer in Dutch, or in English when you write English or your Teams is set to English. You can also fix it.',
    examples: ['speak English', 'in Dutch please'],
  },
};
