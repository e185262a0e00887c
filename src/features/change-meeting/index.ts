import { z } from 'zod';
import { VERBS } from '../../present/cards/verbs';
import { Feature, verb } from '../types';
import { isoDate, language, localTime } from '../shared/payload';
import { abortChange, confirmChange, requestChange } from './handlers';
import { CANCEL_ONE, MOVE_ONE, recogniseCancel, recogniseMove } from './recognise';

/** The change a confirmation card carries; checked again against the current state when pressed. */
const pendingChange = z.object({
  change: z
    .object({
      kind: z.enum(['cancel', 'move']),
      groupId: z.string().min(1),
      originalDate: isoDate,
      to: z.object({ date: isoDate, startTime: localTime.optional(), endTime: localTime.optional() }).optional(),
      lang: language.optional(),
    })
    .refine((c) => c.kind === 'cancel' || c.to !== undefined, 'a move needs a target'),
});

/** Coordinators cancel or move one meeting, always behind a confirmation card. */
export const changeMeetingFeature: Feature = {
  id: 'change-meeting',
  role: 'coordinators',
  // A cancel or move verb names the action, whatever meeting word stands next to it.
  topicWeight: 3,
  topic: {
    nl: ['annuleren', 'annuleer', 'verplaatsen', 'verplaats', 'verzetten', 'verzet', 'verschuiven', 'wijzigen', 'afzeggen', 'afgelasten', 'schrappen'],
    en: ['cancel', 'move', 'reschedule', 'postpone', 'call off'],
  },
  help: (m) => m.changeMeetingHelp,
  commands: [
    {
      intent: 'move',
      kind: 'change',
      needsGroup: true,
      accepts: ['group', 'date', 'to'],
      recognise: recogniseMove,
      vocabulary: MOVE_ONE,
      examples: {
        nl: ['verplaats het SG-overleg van 18 december naar donderdag 17 december 15:00'],
        en: ['move the SG meeting of 18 December to Thursday 17 December 15:00'],
      },
      handle: (turn, slots) => requestChange(turn, 'move', slots),
    },
    {
      intent: 'cancel',
      kind: 'change',
      needsGroup: true,
      accepts: ['group', 'date'],
      recognise: recogniseCancel,
      vocabulary: CANCEL_ONE,
      examples: { nl: ['annuleer het SG-overleg van 18 december'], en: ['cancel the SG meeting of 18 December'] },
      handle: (turn, slots) => requestChange(turn, 'cancel', slots),
    },
  ],
  verbs: [
    verb({ verb: VERBS.confirmChange, schema: pendingChange, handle: (turn, p) => confirmChange(turn, p.change) }),
    verb({ verb: VERBS.abortChange, schema: pendingChange, handle: (turn, p) => abortChange(turn, p.change) }),
  ],
};
