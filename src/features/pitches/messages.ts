import { HelpText } from '../shared/helpText';

export interface PitchesMessages {
  pitchesHelp: HelpText;
  /** Heading of the choice after a paste: the five answers as recognised are shown under it. */
  pitchPastedTitle: string;
  /** Under the answers, above the themes to choose from. */
  pitchPastedChoose: string;
  /** A theme in a choice whose pitch is already submitted. */
  pitchSlotSubmitted(label: string): string;
  /** Shown by the client when Openen is pressed without a choice. */
  pitchChooseRequired: string;
  /** On the receipt of a paste whose only slot already has a submitted pitch. */
  pitchPasteReplaces: string;
  pitchReplaceTitle: string;
  pitchReplaceText(theme: string, groupName: string, meetingDay: string, time: string): string;
  pitchReplaceConfirm: string;
  pitchReplaceCancel: string;
  pitchReplaceKept: string;
}

export const nl: PitchesMessages = {
  pitchesHelp: {
    title: 'Een pitch indienen',
    summary:
      'Voor trekkers: stuur me in een persoonlijke chat "pitch" (of "pitch over wonen") en vul de vijf vragen in: wat is het probleem, waar zie je ruimte voor versnelling, wat zijn je dilemma\'s, wat heb je nodig, wie heb je nodig. Je kunt een concept opslaan en tot de deadline wijzigen. Een pitch uit Word plakken mag ook: ik laat eerst zien wat ik begreep.',
    examples: ['pitch', 'ik wil mijn pitch over schulden indienen', 'hoe dien ik een pitch in?'],
  },
  pitchPastedTitle: 'Dit heb ik uit je bericht begrepen',
  pitchPastedChoose: 'Voor welke pitch is het? Kies er een en druk op Openen: je ziet het dan in het formulier en kunt het nog aanpassen voor je het indient.',
  pitchSlotSubmitted: (label) => `${label} (al ingediend)`,
  pitchChooseRequired: 'Kies eerst voor welke pitch het is.',
  pitchPasteReplaces: 'Deze pitch is al ingediend. Dien je dit in, dan vervangt het de ingediende versie; ik vraag het je eerst.',
  pitchReplaceTitle: 'Ingediende pitch vervangen?',
  pitchReplaceText: (theme, group, day, time) =>
    `Je pitch over ${theme} voor het ${group} van ${day} is al ingediend (om ${time}). Wil je die vervangen door de tekst die je plakte?`,
  pitchReplaceConfirm: 'Vervangen',
  pitchReplaceCancel: 'Annuleren',
  pitchReplaceKept: 'Niets gewijzigd: je ingediende pitch blijft zoals hij was.',
};

export const en: PitchesMessages = {
  pitchesHelp: {
    title: 'Submit a pitch',
    summary:
      'For theme leads: send me "pitch" (or "pitch on housing") in a personal chat and answer the five questions: what is the problem, where is room for acceleration, what are your dilemmas, what do you need, whom do you need. You can save a draft and edit until the deadline. Pasting a pitch from Word works too: I show what I understood first.',
    examples: ['submit my pitch', 'write a pitch on housing', 'how do I submit a pitch?'],
  },
  pitchPastedTitle: 'This is what I understood from your message',
  pitchPastedChoose: 'Which pitch is it for? Choose one and press Open: you will see it in the form and can still edit it before you submit.',
  pitchSlotSubmitted: (label) => `${label} (already submitted)`,
  pitchChooseRequired: 'First choose which pitch it is for.',
  pitchPasteReplaces: 'This pitch has already been submitted. Submitting this replaces the submitted version; I will ask you first.',
  pitchReplaceTitle: 'Replace the submitted pitch?',
  pitchReplaceText: (theme, group, day, time) =>
    `Your pitch on ${theme} for the ${group} of ${day} has already been submitted (at ${time}). Do you want to replace it with the text you pasted?`,
  pitchReplaceConfirm: 'Replace',
  pitchReplaceCancel: 'Cancel',
  pitchReplaceKept: 'Nothing changed: your submitted pitch stays as it was.',
};
