import { z } from 'zod';
import { VERBS } from '../../present/cards/verbs';
import { language } from '../shared/payload';
import { Feature, verb } from '../types';
import {
  actionConfirmDate,
  actionDone,
  actionForm,
  actionNewDate,
  myActions,
  onActionCreate,
  onActionDone,
  onActionForm,
  onConfirmDate,
  openActions,
  recordAction,
} from './handlers';
import { recogniseActionDone, recogniseActionNewDate, recogniseConfirmNewDate, recogniseRecordAction } from './recognise';
import { isoDate } from '../shared/payload';

/** "sg|2": one action item, by its group and its number in that group. */
const itemRef = z
  .string()
  .regex(/^[a-z0-9][a-z0-9-]*\|[1-9]\d{0,5}$/, 'group|number')
  .transform((s) => {
    const [groupId, id] = s.split('|');
    return { groupId, id: Number(id) };
  });

const confirmPayload = z.object({ item: itemRef, due: isoDate, lang: language.optional() }).transform((v) => ({ item: v.item, due: v.due }));

const donePayload = z.object({ item: itemRef, lang: language.optional() }).transform((v) => ({ item: v.item }));

const groupId = z.string().regex(/^[a-z0-9][a-z0-9-]{0,62}$/, 'a group id');

const formPayload = z.object({ group: groupId, lang: language.optional() }).transform((v) => ({ group: v.group }));

/**
 * The submitted form: the fields as the card sends them. Generous on lengths, so that the domain's own checks (an empty
 * or too long text) answer with what is wrong; the owner is "m:<member>" or "o:<organisation>", checked against the group.
 */
const createPayload = z
  .object({
    group: groupId,
    text: z.string().max(5000),
    owner: z.string().regex(/^[mo]:.{1,200}$/s, 'm:… or o:…'),
    due: isoDate,
    meeting: isoDate,
    lang: language.optional(),
  })
  .transform((v) => ({
    group: v.group,
    text: v.text,
    owner: v.owner.startsWith('m:')
      ? { kind: 'member' as const, id: v.owner.slice(2).toLowerCase() }
      : { kind: 'organisation' as const, name: v.owner.slice(2) },
    due: v.due,
    meeting: v.meeting,
  }));

/** Coordinators record agreements with an owner and a due date; owners see theirs and mark them done. */
export const actionItemsFeature: Feature = {
  id: 'action-items',
  role: 'everyone',
  topicWeight: 2,
  topic: { nl: ['actiepunt', 'actiepunten', 'acties', 'afspraken'], en: ['action', 'actions', 'items'] },
  help: (m) => m.actionItemsHelp,
  commands: [
    {
      intent: 'action-item',
      kind: 'change',
      accepts: ['group', 'date', 'actionItem'],
      recognise: recogniseRecordAction,
      vocabulary: ['actiepunt', 'actie', 'action', 'item'],
      examples: { nl: ['actiepunt: BZK levert input aan voor dinsdag 26 mei'], en: ['action item: BZK delivers input by Tuesday 26 May'] },
      handle: recordAction,
    },
    {
      intent: 'action-done',
      kind: 'change',
      accepts: ['group', 'actionItem'],
      recognise: recogniseActionDone,
      vocabulary: ['actiepunt', 'klaar', 'afgerond', 'gedaan', 'done', 'finished'],
      examples: { nl: ['actiepunt 2 is klaar'], en: ['action item 2 is done'] },
      handle: actionDone,
    },
    {
      intent: 'action-new-date',
      kind: 'change',
      accepts: ['group', 'date', 'actionItem'],
      recognise: recogniseActionNewDate,
      vocabulary: ['actiepunt', 'nieuwe', 'datum', 'uitstellen', 'new', 'date', 'postpone'],
      examples: { nl: ['actiepunt 2 nieuwe datum 15 juni'], en: ['action item 2 new date 15 June'] },
      handle: actionNewDate,
    },
    {
      intent: 'action-confirm-date',
      kind: 'change',
      accepts: ['group', 'actionItem'],
      recognise: recogniseConfirmNewDate,
      vocabulary: ['bevestig', 'nieuwe', 'datum', 'actiepunt', 'confirm', 'new', 'date'],
      examples: { nl: ['bevestig nieuwe datum actiepunt 2'], en: ['confirm new date action item 2'] },
      handle: actionConfirmDate,
    },
    {
      intent: 'my-actions',
      kind: 'question',
      accepts: [],
      needs: ['my-actions'],
      minScore: 3,
      signals: [
        {
          words: [
            'mijn actiepunten',
            'mijn acties',
            'mijn actiepunt',
            'welke actiepunten heb ik',
            'wat zijn mijn actiepunten',
            'actiepunten van mij',
            'mijn openstaande actiepunten',
            'mijn ... actiepunten',
            'mijn ... acties',
            'heb ik ... actiepunten',
            'heb ik ... acties',
            'heb ik ... actiepunt',
            'sta ik ... actiepunt',
            'actiepunten ... voor mij',
            'mijn taken',
            'op mijn naam',
            'op mijn bord',
            'wat moet ik nog doen',
          ],
          weight: 4,
          lang: 'nl',
          tag: 'my-actions',
        },
        {
          words: [
            'my action items',
            'my actions',
            'my action points',
            'my open action items',
            'what are my action items',
            'my ... action items',
            'do i have ... action',
            'action items ... for me',
            'assigned to me',
            'my tasks',
            'what do i still need to do',
          ],
          weight: 4,
          lang: 'en',
          tag: 'my-actions',
        },
      ],
      examples: { nl: ['mijn actiepunten'], en: ['my action items'] },
      handle: myActions,
    },
  ],
  verbs: [
    verb({ verb: VERBS.actionDone, schema: donePayload, handle: onActionDone }),
    verb({ verb: VERBS.actionConfirmDate, schema: confirmPayload, handle: onConfirmDate }),
  ],
};

/** Coordinators see a group's action items: overdue, open and done, per meeting when one is named. */
export const actionItemsOverviewFeature: Feature = {
  id: 'action-items-overview',
  role: 'coordinators',
  topic: { nl: ['actiepunten', 'actielijst'], en: ['action items'] },
  help: (m) => m.actionItemsOverviewHelp,
  commands: [
    {
      intent: 'open-actions',
      kind: 'question',
      accepts: ['group', 'date'],
      followUp: true,
      needs: ['open-actions'],
      minScore: 3,
      signals: [
        {
          words: [
            'openstaande actiepunten',
            'open actiepunten',
            'welke actiepunten',
            'actiepunten van',
            'overzicht actiepunten',
            'overzicht van de actiepunten',
            'achterstallige actiepunten',
            'actielijst',
            'toon actiepunten',
            'laat actiepunten zien',
            'afgeronde actiepunten',
          ],
          weight: 3,
          lang: 'nl',
          tag: 'open-actions',
        },
        {
          words: [
            'open action items',
            'open actions',
            'overdue action items',
            'action items ... overdue',
            'actiepunten ... achterstallig',
            'actiepunten ... te laat',
            'which action items',
            'action items of',
            'action items for',
            'show action items',
            'list action items',
            'done action items',
          ],
          weight: 3,
          lang: 'en',
          tag: 'open-actions',
        },
        { words: ['mijn', 'my', 'hebben veel', 'have many', 'have a lot', 'te veel', 'too many'], weight: -4 },
      ],
      examples: { nl: ['openstaande actiepunten van het SG-overleg'], en: ['open action items'] },
      handle: openActions,
    },
    {
      intent: 'action-form',
      kind: 'question',
      accepts: ['group'],
      needs: ['action-form'],
      minScore: 3,
      signals: [
        {
          words: [
            'nieuw actiepunt',
            'nieuwe actiepunt',
            'actiepunt toevoegen',
            'actiepunt invoeren',
            'actiepunt aanmaken',
            'formulier actiepunt',
            'actiepuntformulier',
          ],
          weight: 4,
          lang: 'nl',
          tag: 'action-form',
        },
        {
          words: ['new action item', 'add action item', 'add an action item', 'create action item', 'create an action item', 'action item form'],
          weight: 4,
          lang: 'en',
          tag: 'action-form',
        },
        { words: ['mijn', 'my', 'welke', 'which', 'openstaande', 'open'], weight: -4 },
      ],
      examples: { nl: ['nieuw actiepunt'], en: ['new action item'] },
      handle: actionForm,
    },
  ],
  verbs: [
    verb({ verb: VERBS.actionForm, schema: formPayload, handle: onActionForm }),
    verb({ verb: VERBS.actionCreate, schema: createPayload, handle: onActionCreate }),
  ],
};
