import { Slots } from '../../understand/slots';
import { formsMeet, formsOf } from '../../understand/tokens';
import { SlotReader } from '../../understand/understand';
import { Feature } from '../types';
import { answerHelp, answerThanks } from './handlers';

/**
 * The feature a help question is about: the one whose topic words it names most ("hoe werken herinneringen?"
 * → reminders), counting the feature of the question it would be without "how do I" ("hoe zie ik wie zijn
 * pitch nog niet heeft ingeleverd?" → status) as more than one word. Generic features weigh less.
 */
const BEST_BONUS = 2.5;
function topicOf(r: SlotReader, features: () => readonly Feature[], hint: { best?: string }): Slots {
  let best: { id: string; n: number } | undefined;
  for (const f of features()) {
    if (f.id === 'help') continue;
    const words = [...f.topic.nl, ...f.topic.en].map(formsOf);
    const named = r.analysis.tokens.filter((t) => words.some((w) => formsMeet(t.forms, w))).length * (f.topicWeight ?? 1);
    const n = named + (hint.best === f.id ? BEST_BONUS : 0);
    if (n > 0 && (!best || n > best.n)) best = { id: f.id, n };
  }
  if (!best && r.analysis.themes.length) return { topic: 'pitches' };
  return best ? { topic: best.id } : {};
}

/** A greeting on its own gets one back (with a hint), not "Dat begreep ik niet". */
const GREETINGS = [
  'hoi',
  'hallo',
  'hey',
  'hi',
  'hello',
  'goedemorgen',
  'goedemiddag',
  'goedenavond',
  'good morning',
  'good afternoon',
  'hee',
  'hoihoi',
  'yo',
  'morning',
];
const GREETING_WORDS = new Set(['hoi', 'hallo', 'hey', 'hi', 'hello', 'goedemorgen', 'goedemiddag', 'goedenavond', 'good', 'hee', 'hoihoi', 'yo', 'morning']);

/** Help from the registry (every feature, by role), help about one feature, and a reply to thanks. */
export function makeHelpFeature(features: () => readonly Feature[]): Feature {
  return {
    id: 'help',
    role: 'everyone',
    topic: { nl: ['help', 'hulp'], en: ['help'] },
    help: (m) => ({ title: m.helpTitle, summary: m.helpIntro, examples: ['help'] }),
    commands: [
      {
        intent: 'help',
        kind: 'question',
        accepts: ['topic'],
        needs: ['help'],
        slotWeights: { group: -0.5, date: -2, period: -2 },
        howTo: true,
        slotsFrom: (r, hint) => topicOf(r, features, hint),
        signals: [
          {
            words: [
              'help',
              'menu',
              'commandos',
              'commando',
              'commands',
              'command',
              'instructies',
              'handleiding',
              'uitleg',
              'leg uit',
              'uitleggen',
              'explain',
              'manual',
              'instructions',
              'hulp',
            ],
            weight: 5,
            tag: 'help',
          },
          {
            words: [
              'hoe werkt',
              'hoe werken',
              'werkt dat',
              'werkt het',
              'hoe gaat dat',
              'how does ... work',
              'how do ... work',
              'how it works',
              'how ... works',
            ],
            weight: 5,
            tag: 'help',
          },
          {
            words: [
              'wat kun je',
              'wat kan je',
              'wat kan jij',
              'wat kun jij',
              'wat doe je',
              'wat doe jij',
              'wie ben je',
              'wat ben je',
              'wat kan ik ... vragen',
              'wat kan ik ... doen',
              'wat kan ik met',
              'wat kun je',
              'ik ben nieuw',
              'hoe werkt deze bot',
              'hoe werkt dit',
              'waar kan je mee helpen',
              'waarmee kun je',
              'wat zijn de mogelijkheden',
              'wat is een',
            ],
            weight: 3.5,
            lang: 'nl',
            tag: 'help',
          },
          {
            words: ['hoe moet ik', 'hoe kan ik', 'hoe dien ik', 'hoe zet ik', 'hoe lever ik', 'hoe doe ik', 'hoe ... ik', 'hoe werkt', 'hoe gebruik'],
            weight: 3.5,
            lang: 'nl',
            tag: 'help',
          },
          {
            words: [
              'what can you do',
              'what can i do with',
              'i am new',
              "i'm new",
              'im new',
              'what do you do',
              'who are you',
              'what are you',
              'what can i ask',
              'what is a',
              'tell me about',
              'how to',
              'how do i',
              'how can i',
              'how should i',
              'how do we',
              'what are the options',
            ],
            weight: 3.5,
            lang: 'en',
            tag: 'help',
          },
          { words: ['start', 'begin'], weight: 2.5, tag: 'help' },
          { words: ['wanneer', 'when', 'hoe laat', 'what time', 'volgende', 'next'], weight: -1.5 },
        ],
        examples: { nl: ['help', 'hoe werken herinneringen?'], en: ['help', 'how do reminders work?'] },
        handle: (turn, slots) => answerHelp(turn, slots, features()),
      },
      {
        intent: 'thanks',
        kind: 'question',
        accepts: [],
        minScore: 2,
        signals: [
          {
            words: [
              'bedankt',
              'hartelijk dank',
              'dank',
              'veel dank',
              'dank voor',
              'dank je',
              'dank je wel',
              'dankjewel',
              'dank u',
              'dankuwel',
              'thanks',
              'thank you',
              'thx',
              'cheers',
              'merci',
              'top',
              'super',
              'perfect',
              'great',
              'mooi',
              'fijn',
              'prima',
              'helder',
              'duidelijk',
              'ok',
              'oke',
              'okay',
              'goed zo',
              'nice',
            ],
            weight: 2,
          },
          { words: GREETINGS, weight: 2 },
        ],
        slotsFrom: (r) => (r.analysis.tokens.some((t) => GREETING_WORDS.has(t.word)) ? { greeting: true } : {}),
        examples: { nl: ['bedankt'], en: ['thanks'] },
        handle: (turn, slots) => answerThanks(turn, slots.greeting === true),
      },
    ],
  };
}
