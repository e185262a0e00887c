import { z } from 'zod';
import { MAX_REASON_LENGTH } from '../../domain/attendance';
import { VERBS } from '../../present/cards/verbs';
import { Feature, verb } from '../types';
import { language, meetingRef } from '../shared/payload';
import { attend, attendanceOverview, onAttend, onAttendanceList } from './handlers';
import { recogniseAttendance } from './recognise';

/** An empty card field arrives as "" (or not at all): both mean nothing was said. */
const optionalText = (max: number) =>
  z
    .string()
    .max(max)
    .optional()
    .transform((s) => (s && s.trim() ? s.trim() : undefined));

/** An attendance button: the meeting, the answer, and what the card's fields (or the chat) said. */
const attendPayload = z
  .object({
    meeting: meetingRef,
    answer: z.enum(['present', 'apologies']),
    reason: optionalText(MAX_REASON_LENGTH),
    deputy: optionalText(100),
    withDeputy: z.boolean().optional(),
    member: z.string().min(1).max(200).optional(),
    lang: language.optional(),
  })
  .transform((v) => ({
    meeting: v.meeting,
    answer: v.answer,
    ...(v.reason ? { reason: v.reason } : {}),
    ...(v.deputy ? { deputy: v.deputy } : {}),
    ...(v.withDeputy ? { withDeputy: true } : {}),
    ...(v.member ? { member: v.member.toLowerCase() } : {}),
  }));

const listPayload = z.object({ meeting: meetingRef, lang: language.optional() });

/** Members say whether they come to a meeting, in chat or with the reminder's buttons. */
export const attendanceFeature: Feature = {
  id: 'attendance',
  role: 'everyone',
  topicWeight: 2,
  topic: { nl: ['afmelden', 'aanmelden', 'afmelding', 'aanwezigheid', 'plaatsvervanger', 'verhinderd'], en: ['apologies', 'attendance', 'attend', 'deputy'] },
  help: (m) => m.attendanceHelp,
  commands: [
    {
      intent: 'attend',
      kind: 'change',
      // An answer right after the bot named a meeting is about that meeting.
      followUp: true,
      inClause: 'naming-its-meeting',
      accepts: ['group', 'date', 'attendance'],
      recognise: recogniseAttendance,
      vocabulary: [
        'afmelden',
        'aanmelden',
        'verhinderd',
        'plaatsvervanger',
        'vervanger',
        'erbij',
        'aanwezig',
        'unable',
        'apologies',
        'attend',
        'deputy',
        'instead',
      ],
      examples: { nl: ['ik kan vrijdag niet', 'ik ben erbij'], en: ["I can't make Friday's meeting", "I'll be there"] },
      handle: attend,
    },
  ],
  verbs: [verb({ verb: VERBS.attend, schema: attendPayload, handle: onAttend })],
};

/** Coordinators see who comes, per organisation. */
export const attendanceOverviewFeature: Feature = {
  id: 'attendance-overview',
  role: 'coordinators',
  topic: { nl: ['aanwezigheid', 'aanwezigen', 'presentielijst', 'afmeldingen'], en: ['attendance', 'attendees'] },
  help: (m) => m.attendanceOverviewHelp,
  commands: [
    {
      intent: 'attendance',
      kind: 'question',
      accepts: ['group', 'date'],
      followUp: true,
      needs: ['attendance'],
      minScore: 2.5,
      signals: [
        {
          words: [
            'wie komen',
            'wie komt',
            'wie zijn er',
            'wie is er',
            'wie zijn erbij',
            'wie is erbij',
            'wie zijn aanwezig',
            'wie is aanwezig',
            'aanwezigheid',
            'aanwezigen',
            'presentielijst',
            'afgemeld',
            'afmeldingen',
            'afwezig',
            'wie ontbreken',
            'wie ontbreekt',
            'wie heeft zich',
            'hebben zich',
            'wie ... komen',
            'wie ... komt',
            'hoeveel mensen',
            'vertegenwoordigd',
            'wie zitten er',
            'wie zitten',
            'wie er ... bij',
            'komt ... naar',
            'komen ... naar',
            'wie zit er',
            'leden van',
            'deelnemers',
            'aanwezig zijn',
            'hoeveel deelnemers',
            'hoeveel aanwezigen',
            'gereageerd',
            'geantwoord',
            'wie ... erbij',
          ],
          weight: 3,
          lang: 'nl',
          tag: 'attendance',
        },
        {
          words: [
            'who is coming',
            "who's coming",
            'whos coming',
            'who will be there',
            'who is attending',
            'who attends',
            'attendance',
            'attendees',
            'apologies',
            'who sent',
            'who is absent',
            'how many people',
            'represented',
            'members of',
            'who is in',
            'participants',
            'how many attendees',
            'who ... coming',
            'who responded',
            'who replied',
            'who has replied',
            'not replied',
            'not responded',
            'who has answered',
            'not answered',
          ],
          weight: 3,
          lang: 'en',
          tag: 'attendance',
        },
        { words: ['pitch', 'pitches', 'presentatie', 'presentation', 'notulen', 'minutes', 'wanneer', 'when', 'deadline'], weight: -2 },
      ],
      examples: { nl: ['wie komen er vrijdag?', 'wie heeft zich afgemeld?'], en: ['who is coming on Friday?', 'who sent apologies?'] },
      handle: attendanceOverview,
    },
  ],
  verbs: [verb({ verb: VERBS.attendanceList, schema: listPayload, handle: onAttendanceList })],
};
