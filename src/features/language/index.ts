import { Language } from '../../domain/language';
import { Recognised, SlotReader } from '../../understand/understand';
import { commandSkeleton, isQuestion, leftovers } from '../../understand/strict';
import { Feature } from '../types';
import { setLanguage } from './handlers';

const NAMES: Record<string, Language> = {
  engels: 'en',
  english: 'en',
  nederlands: 'nl',
  dutch: 'nl',
  nederlandsch: 'nl',
  hollands: 'nl',
  engelstalig: 'en',
  nederlandstalig: 'nl',
};
const NEGATION = new Set(['geen', 'niet', 'nooit', 'not', 'no', 'never', "don't", 'dont', 'niks', 'nothing']);
const ASK = new Set([
  'spreek',
  'praat',
  'antwoord',
  'antwoorden',
  'schrijf',
  'switch',
  'speak',
  'talk',
  'reply',
  'answer',
  'respond',
  'write',
  'in',
  'graag',
  'please',
  'liever',
  'voortaan',
  'taal',
  'language',
  'change',
  'wissel',
  'zet',
  'verander',
  'use',
  'gebruik',
  'to',
  'naar',
  'op',
  'set',
  'from',
  'now',
  'on',
  'vanaf',
  'alstublieft',
  'mij',
  'me',
  'tegen',
  'with',
  'met',
  'kunnen',
  'kun',
  'can',
  'we',
  'wij',
  'switchen',
  'overschakelen',
  'weer',
  'terug',
  'back',
  'again',
  'het',
  'the',
  'schakel',
  'over',
  'om',
]);

/** "spreek Engels", "in English please", "kun je in het Nederlands antwoorden?": only the language and asking words. */
function recogniseLanguage(r: SlotReader): Recognised | undefined {
  if (isQuestion(r.analysis)) return undefined;
  const words = commandSkeleton(r.analysis).split(' ');
  // "ik spreek geen Engels", "not in English": a negation is no request.
  if (words.some((w) => NEGATION.has(w))) return undefined;
  const named = words.filter((w) => Object.hasOwn(NAMES, w));
  if (named.length !== 1) return undefined;
  if (leftovers(words.filter((w) => !Object.hasOwn(NAMES, w)).join(' '), ASK).length) return undefined;
  return { slots: { language: NAMES[named[0]]! }, why: `language ${named[0]}` };
}

export const languageFeature: Feature = {
  id: 'language',
  role: 'everyone',
  topic: { nl: ['taal', 'engels', 'nederlands'], en: ['language', 'english', 'dutch'] },
  help: (m) => m.languageHelp,
  commands: [
    {
      intent: 'set-language',
      kind: 'change',
      accepts: ['language'],
      recognise: recogniseLanguage,
      // Known words, so the speller leaves them as they are ("answer" is not a typo of "answered").
      vocabulary: [...ASK, ...Object.keys(NAMES)],
      examples: { nl: ['spreek Engels'], en: ['in Dutch please'] },
      handle: (turn, slots) => setLanguage(turn, slots.language!),
    },
  ],
};
