import { Feature } from '../types';
import { HAPPENING, MEETING_NOUN, MEETING_VERB, NEXT, PITCH, WHEN } from '../shared/signals';
import { answerNext, answerOnDate, answerPeriod, answerTime } from './handlers';

const OVERVIEW = [
  { words: ['planning', 'overzicht', 'rooster', 'schema', 'kalender', 'jaarplanning', 'vergaderschema', 'alle overleggen', 'komende overleggen', 'agenda overleggen'], weight: 2.5, lang: 'nl' as const, tag: 'overview' },
  { words: ['schedule', 'overview', 'calendar', 'upcoming meetings', 'all meetings', 'list of meetings', 'timetable'], weight: 2.5, lang: 'en' as const, tag: 'overview' },
];

const WHICH = [
  { words: ['welke', 'wat staat er', 'wat is er', 'wat hebben we', 'wat zijn', 'hoeveel', 'agenda', 'staat er', 'is er', 'zijn er', 'hebben we', 'gepland', 'ingepland'], weight: 1, lang: 'nl' as const, tag: 'which' },
  { words: ['which', 'what', 'how many', 'is there', 'are there', 'do we have', 'planned', 'scheduled', 'anything', 'any'], weight: 1, lang: 'en' as const, tag: 'which' },
];

const TIME = [
  { words: ['hoe laat', 'hoelaat', 'tijdstip', 'begintijd', 'starttijd', 'eindtijd', 'tot hoe laat', 'hoe lang duurt', 'aanvangstijd', 'hoe lang', 'om hoe laat', 'welk tijdstip', 'welke tijd', 'hoe vroeg'], weight: 4, lang: 'nl' as const, tag: 'time' },
  { words: ['begint', 'beginnen', 'aanvang', 'start', 'starten', 'eindigt', 'einde', 'afgelopen', 'duurt', 'klaar', 'tijd', 'uur'], weight: 2, lang: 'nl' as const, tag: 'time' },
  { words: ['wanneer begint', 'wanneer eindigt', 'wanneer is ... afgelopen', 'wanneer is ... klaar', 'wanneer ... beginnen', 'wanneer ... starten'], weight: 4, lang: 'nl' as const, tag: 'time' },
  { words: ['when does ... end', 'when does ... start', 'when does ... begin', 'when does ... finish', 'when will ... end', 'when do ... start', 'when do ... end'], weight: 4.5, lang: 'en' as const, tag: 'time' },
  { words: ['what time', 'start time', 'end time', 'how long', 'until when', 'till when', 'how late', 'till what time', 'until what time', 'what hour', 'which time', 'how early'], weight: 4, lang: 'en' as const, tag: 'time' },
  { words: ['starts', 'start', 'begin', 'begins', 'end', 'ends', 'finish', 'finishes', 'time', 'o clock', "o'clock", 'run', 'runs', 'last', 'lasts', 'kick off', 'kicks off'], weight: 2, lang: 'en' as const, tag: 'time' },
];

/** Questions about when groups meet: the next meeting, a period, one day, the time. */
export const meetingsFeature: Feature = {
  id: 'meetings',
  role: 'everyone',
  topic: { nl: ['overleg', 'overleggen', 'vergadering', 'vergaderingen', 'data', 'planning'], en: ['meeting', 'meetings', 'dates', 'schedule'] },
  topicWeight: 0.5,
  help: (m) => m.meetingsHelp,
  commands: [
    {
      intent: 'time',
      kind: 'question',
      accepts: ['group', 'date', 'after'],
      followUp: true,
      needs: ['time'],
      signals: [...TIME, ...MEETING_NOUN, { ...PITCH[0], weight: -2 }, { words: ['deadline', 'uiterlijk', 'due', 'inleveren', 'indienen'], weight: -3 }],
      examples: { nl: ['hoe laat begint het SG-overleg?'], en: ['what time does the SG meeting start?'] },
      handle: answerTime,
    },
    {
      intent: 'on-date',
      kind: 'question',
      accepts: ['group', 'date'],
      followUp: true,
      needs: ['slot:date'],
      slotWeights: { date: 2 },
      signals: [...MEETING_NOUN, ...MEETING_VERB, ...HAPPENING, ...WHEN.map((s) => ({ ...s, weight: 1 })), ...WHICH],
      examples: { nl: ['gaat het SG-overleg van 25 december door?', 'is er morgen overleg?'], en: ['is the SG meeting on 25 December still on?'] },
      handle: answerOnDate,
    },
    {
      intent: 'period',
      kind: 'question',
      accepts: ['group', 'period'],
      followUp: true,
      needs: ['slot:period'],
      slotWeights: { period: 2 },
      signals: [...MEETING_NOUN, ...MEETING_VERB, ...WHICH, ...OVERVIEW.map((s) => ({ ...s, weight: 1.5 })), ...WHEN.map((s) => ({ ...s, weight: 1 }))],
      examples: { nl: ['welke overleggen zijn er volgende week?', 'overleggen in maart'], en: ['meetings this week', 'which meetings are there in March?'] },
      handle: answerPeriod,
    },
    {
      intent: 'next',
      kind: 'question',
      accepts: ['group', 'after'],
      followUp: true,
      needs: ['when', 'next', 'meeting', 'overview', 'happening'],
      minScore: 2.5,
      signals: [...WHEN, ...NEXT, ...MEETING_NOUN, ...MEETING_VERB, ...OVERVIEW, ...HAPPENING.map((s) => ({ ...s, weight: 1 })), { ...PITCH[0], weight: -1 }],
      examples: { nl: ['wanneer is het volgende SG-overleg?', 'volgende overleg', 'wanneer vergadert het kabinet weer?'], en: ['when is the next SG meeting?', 'next meeting with the municipalities'] },
      handle: answerNext,
    },
  ],
};
