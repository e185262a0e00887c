import { Feature } from '../types';
import { PITCH, SUBMIT } from '../shared/signals';
import { answerDeadline } from './handlers';

/** When pitches are due. */
export const deadlinesFeature: Feature = {
  id: 'deadlines',
  role: 'leads',
  topic: { nl: ['deadline', 'deadlines', 'inleverdatum'], en: ['deadline', 'deadlines', 'due'] },
  help: (m) => m.deadlinesHelp,
  commands: [
    {
      intent: 'deadline',
      kind: 'question',
      accepts: ['group', 'date', 'period', 'after'],
      followUp: true,
      needs: ['deadline', 'submit'],
      signals: [
        {
          words: [
            'deadline',
            'deadlines',
            'inleverdatum',
            'hoeveel tijd',
            'how much time',
            'hoe lang heb ik',
            'how long do i have',
            'inlevertermijn',
            'sluitingsdatum',
            'sluitingstijd',
            'einddatum',
            'uiterste datum',
            'uiterste termijn',
          ],
          weight: 4,
          lang: 'nl',
          tag: 'deadline',
        },
        {
          words: [
            'uiterlijk',
            'uiterste',
            'tot wanneer',
            'voor wanneer',
            'wanneer sluit',
            'wanneer sluiten',
            'sluit ... inzending',
            'kan ik ... nog',
            'kunnen ... nog',
            'hoeveel tijd',
            'hoe lang heb',
          ],
          weight: 2.5,
          lang: 'nl',
          tag: 'deadline',
        },
        { words: ['deadline', 'deadlines', 'cutoff', 'cut off', 'cut-off', 'closing date', 'closing time'], weight: 4, lang: 'en', tag: 'deadline' },
        {
          words: [
            'due',
            'by when',
            'until when',
            'till when',
            'latest',
            'how much time',
            'how long do i have',
            'no later than',
            'close',
            'closes',
            'can i still',
            'still submit',
          ],
          weight: 3,
          lang: 'en',
          tag: 'deadline',
        },
        { words: ['wanneer', 'hoe laat', 'when', 'what time'], weight: 1.5, tag: 'when' },
        { words: ['moet', 'moeten', 'must', 'need to', 'have to', 'should'], weight: 0.5 },
        // "wie moet zijn pitch nog inleveren?" asks who, not by when.
        { words: ['wie', 'who'], weight: -2 },
        ...PITCH,
        ...SUBMIT,
      ],
      examples: {
        nl: ['wat is de deadline voor pitches?', 'wanneer moet mijn pitch binnen zijn?'],
        en: ['when are pitches due?', 'what is the pitch deadline?'],
      },
      handle: answerDeadline,
    },
  ],
};
