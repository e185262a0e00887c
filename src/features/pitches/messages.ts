import { HelpText } from '../shared/helpText';

export interface PitchesMessages {
  pitchesHelp: HelpText;
}

export const nl: PitchesMessages = {
  pitchesHelp: {
    title: 'Een pitch indienen',
    summary:
      'Voor trekkers: stuur me in een persoonlijke chat "pitch" (of "pitch over wonen") en vul de vijf vragen in: wat is het probleem, waar zie je ruimte voor versnelling, wat zijn je dilemma\'s, wat heb je nodig, wie heb je nodig. Je kunt een concept opslaan en tot de deadline wijzigen. Een pitch uit Word plakken mag ook: ik laat eerst zien wat ik begreep.',
    examples: ['pitch', 'ik wil mijn pitch over schulden indienen', 'hoe dien ik een pitch in?'],
  },
};

export const en: PitchesMessages = {
  pitchesHelp: {
    title: 'Submit a pitch',
    summary:
      'For theme leads: send me "pitch" (or "pitch on housing") in a personal chat and answer the five questions: what is the problem, where is room for acceleration, what are your dilemmas, what do you need, whom do you need. You can save a draft and edit until the deadline. Pasting a pitch from Word works too: I show what I understood first.',
    examples: ['submit my pitch', 'write a pitch on housing', 'how do I submit a pitch?'],
  },
};
