import { Recognised, SlotReader } from '../../understand/understand';
import { commandSkeleton, GLUE, isQuestion, leftovers } from '../../understand/strict';
import { Feature } from '../types';
import { bindConversation, suggestBinding } from './handlers';

const VERB = ['koppel', 'koppelen', 'link', 'connect', 'verbind', 'verbinden', 'bind', 'couple'];
const TARGET = new Set([
  'kanaal',
  'chat',
  'gesprek',
  'groep',
  'groepschat',
  'team',
  'hier',
  'channel',
  'conversation',
  'group',
  'here',
  'teamkanaal',
  'dit',
  'deze',
  'this',
]);

const FACT_WORDS = new Set(['hoort', 'bij', 'is', 'belongs', 'het', 'it', 'maar', 'gerust', 'dus', 'so', 'then', 'dan', 'dat', 'that']);

/** "koppel dit kanaal aan het SG-overleg", "link this channel to the cabinet": the verb, maybe where, and a group. */
function recogniseBind(r: SlotReader): Recognised | undefined {
  const a = r.analysis;
  if (isQuestion(a)) return undefined;
  const words = commandSkeleton(a).split(' ');
  const verb = words.find((w) => VERB.includes(w));
  // "dit kanaal hoort bij het doorbraakoverleg, koppel het maar": the fact, then the order.
  const fact = /\b(?:hoort bij|is voor|belongs to|is for)\b/.test(words.join(' '));
  // The verb first ("koppel dit kanaal aan …"), or last as Dutch puts an infinitive ("… aan het SG-overleg koppelen").
  if (!verb || (words.indexOf(verb) > 2 && words.indexOf(verb) !== words.length - 1 && !fact)) return undefined;
  const rest = words.filter((w) => w !== verb && !TARGET.has(w) && !(fact && FACT_WORDS.has(w)));
  const odd = leftovers(rest.join(' '), GLUE);
  if (rest.includes('GROUP') || rest.includes('WGROUP')) {
    if (odd.length) return undefined;
    const g = r.groupAt(0);
    if (!g) return undefined;
    return 'kind' in g ? { clarify: g } : { slots: { group: g }, why: 'bind verb and a group' };
  }
  // "koppel dit kanaal aan de koffieclub": a name the bot does not know.
  if (odd.length && words.some((w) => TARGET.has(w))) return { slots: { group: { unknown: odd.join(' ') } }, why: 'bind verb and an unknown name' };
  return undefined;
}

/** Coordinators link a channel or chat to a group. */
export const bindFeature: Feature = {
  id: 'bind',
  role: 'coordinators',
  topic: { nl: ['koppelen', 'kanaal', 'kanalen'], en: ['link', 'channel', 'channels'] },
  help: (m) => m.bindHelp,
  commands: [
    {
      intent: 'bind',
      kind: 'change',
      accepts: ['group'],
      recognise: recogniseBind,
      vocabulary: [...VERB, ...TARGET],
      examples: { nl: ['koppel dit kanaal aan het SG-overleg'], en: ['link this channel to the SG meeting'] },
      handle: bindConversation,
    },
    {
      // Said as a fact, not as a command: the command is offered as a button.
      intent: 'bind-hint',
      kind: 'question',
      accepts: ['group'],
      needs: ['channel'],
      minScore: 4,
      slotWeights: { group: 1.5, date: -3, period: -3 },
      signals: [
        { words: ['kanaal', 'groepschat', 'channel', 'deze chat', 'this chat', 'dit team', 'this team'], weight: 1.5, tag: 'channel' },
        {
          words: [
            'hoort bij',
            'is voor',
            'is van',
            'gaat over',
            'bedoeld voor',
            'belongs to',
            'is for',
            'is about',
            'meant for',
            'used for',
            'gebruiken voor',
            'koppelen',
            'koppeling',
            'link',
          ],
          weight: 1.5,
        },
        { words: ['wanneer', 'when', 'hoe laat', 'deadline'], weight: -3 },
      ],
      examples: { nl: ['dit kanaal hoort bij het SG-overleg'], en: ['this channel is for the SG meeting'] },
      handle: suggestBinding,
    },
  ],
};
