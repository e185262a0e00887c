import { Feature } from '../types';
import { PITCH } from '../shared/signals';
import { answerAgenda, answerBundle, answerStatus, changeAgenda } from './handlers';
import { recogniseAgendaChange } from './recogniseAgenda';

/** Where the pitches for a meeting stand: status for everyone, the agenda, and the bundle for coordinators. */
export const statusFeature: Feature = {
  id: 'status',
  role: 'everyone',
  topic: { nl: ['status', 'stand'], en: ['status'] },
  help: (m) => m.statusHelp,
  commands: [
    {
      intent: 'status',
      kind: 'question',
      accepts: ['group', 'date'],
      followUp: true,
      needs: ['status'],
      signals: [
        {
          words: [
            'status',
            'pitchstatus',
            'stand van zaken',
            'stand van de pitches',
            'ontbreekt',
            'ontbreken',
            'ontbrekende',
            'wie moet nog',
            'wie moeten nog',
            'nog niet binnen',
            'nog niet ingediend',
            'nog niet aangeleverd',
            'nog niet ingeleverd',
            'achterstallig',
            'hoe staat het',
            'hoe staan we ervoor',
            'hoe ver',
          ],
          weight: 3.5,
          lang: 'nl',
          tag: 'status',
        },
        {
          words: [
            'status',
            'missing',
            'outstanding',
            'who still',
            'not yet submitted',
            'not in yet',
            'still missing',
            'still need to',
            'still has to',
            'still have to',
            'overdue',
            'how are ... doing',
            'where are we with',
            'have not submitted',
            "haven't submitted",
            'not submitted',
          ],
          weight: 3.5,
          lang: 'en',
          tag: 'status',
        },
        { words: ['mist', 'missen', 'missende', 'wie ... nog', 'wie heeft ... nog'], weight: 2, lang: 'nl', tag: 'status' },
        // "nog niet" alone is any unfinished business ("de notulen nog niet gelezen"): it adds to a status question, never makes one.
        { words: ['nog niet', 'nog niets', 'nog niks'], weight: 2.5, lang: 'nl', tag: 'not-yet' },
        // Action items have a status of their own: "achterstallige actiepunten", "which action items are overdue?".
        { words: ['actiepunt', 'actiepunten', 'action item', 'action items', 'acties'], weight: -4 },
        // Answers to the meeting, not pitches: "wie heeft nog niet gereageerd", "who hasn't replied".
        {
          words: ['gereageerd', 'geantwoord', 'reageren', 'antwoorden', 'responded', 'replied', 'answered', 'aanwezig', 'afgemeld', 'komen', 'coming'],
          weight: -3,
        },
        { words: ['who ... yet', 'who has', 'yet', 'still'], weight: 2, lang: 'en', tag: 'status' },
        // "is de pitch over wonen al binnen?": whether it is in, not the form to write it.
        {
          words: ['al binnen', 'al ingediend', 'al ingeleverd', 'al aangeleverd', 'already in', 'already submitted', 'been submitted'],
          weight: 3,
          tag: 'status',
        },
        {
          words: ['binnen', 'ingediend', 'aangeleverd', 'ingeleverd', 'ontvangen', 'gekregen', 'submitted', 'received', 'handed in', 'in yet', 'in'],
          weight: 1.5,
          tag: 'status',
        },
        { words: ['iedereen', 'hoeveel', 'welke pitches', 'alle', 'everyone', 'everybody', 'how many', 'which pitches', 'all'], weight: 1.5, tag: 'status' },
        ...PITCH,
        { words: ['wanneer', 'when', 'deadline', 'hoe laat', 'tot wanneer', 'due'], weight: -2 },
        { words: ['bundel', 'bundle', 'agenda', 'lezen', 'read', 'bij elkaar', 'together', 'document', 'sturen', 'stuur', 'send'], weight: -2 },
      ],
      examples: { nl: ['welke pitches ontbreken nog?', 'status'], en: ['which pitches are missing?', 'pitch status'] },
      handle: answerStatus,
    },
  ],
};

export const agendaFeature: Feature = {
  id: 'agenda',
  role: 'everyone',
  topic: { nl: ['agenda', 'agenderen'], en: ['agenda'] },
  help: (m) => m.agendaHelp,
  commands: [
    {
      intent: 'agenda-change',
      kind: 'change',
      accepts: ['themes', 'group', 'date', 'op'],
      recognise: recogniseAgendaChange,
      vocabulary: ['agendeer', 'agenderen', 'toevoegen', 'verwijder', 'verwijderen', 'agenda'],
      examples: { nl: ['zet wonen op de agenda van 11 december', 'haal wonen van de agenda'], en: ['put housing on the agenda of 11 December'] },
      handle: changeAgenda,
    },
    {
      intent: 'agenda',
      kind: 'question',
      accepts: ['group', 'date'],
      followUp: true,
      needs: ['agenda'],
      slotWeights: { period: -2, date: 1.5 },
      signals: [
        {
          words: [
            'agenda',
            'agendapunten',
            'agendapunt',
            'onderwerpen',
            'aan bod',
            'op het programma',
            'programma',
            'besproken',
            'bespreken',
            'behandeld',
            'thema',
            'themas',
          ],
          weight: 3,
          lang: 'nl',
          tag: 'agenda',
        },
        {
          words: ['agenda', 'agenda items', 'topics', 'discussed', 'discuss', 'themes', 'on the programme', 'programme', 'program'],
          weight: 3,
          lang: 'en',
          tag: 'agenda',
        },
        { words: ['waar gaat ... over', 'gaat ... over', 'wat wordt er', 'what is ... about', "what's ... about", 'about'], weight: 3, tag: 'agenda' },
        { words: ['op de agenda', 'wat staat er', 'welke', 'wat', 'on the agenda', 'what', 'which'], weight: 1 },
        { words: ['zet', 'haal', 'agendeer', 'put', 'remove', 'add'], weight: -3 },
      ],
      examples: { nl: ['wat staat er op de agenda van het SG-overleg?', 'agenda van vrijdag'], en: ["what's on the agenda for the SG meeting?"] },
      handle: answerAgenda,
    },
  ],
};

export const bundleFeature: Feature = {
  id: 'bundle',
  role: 'coordinators',
  topic: { nl: ['bundel', 'pitchbundel'], en: ['bundle'] },
  help: (m) => m.bundleHelp,
  commands: [
    {
      intent: 'bundle',
      kind: 'question',
      accepts: ['group', 'date'],
      followUp: true,
      needs: ['bundle'],
      signals: [
        { words: ['bundel', 'pitchbundel', 'bundeling', 'verzameling', 'bundle', 'pitch bundle', 'compilation'], weight: 4, tag: 'bundle' },
        { words: ['alle pitches', 'all pitches', 'all the pitches', 'de pitches', 'the pitches', 'pitches zelf'], weight: 2, tag: 'bundle' },
        {
          words: [
            'bij elkaar',
            'in een document',
            'in één document',
            'document',
            'samen',
            'pdf',
            'afdrukken',
            'printen',
            'together',
            'in one',
            'print',
            'compiled',
          ],
          weight: 2,
          tag: 'bundle',
        },
        { words: ['lezen', 'doorlezen', 'zien', 'bekijken', 'inzien', 'stuur', 'sturen', 'geven', 'read', 'see', 'show', 'send', 'view'], weight: 1.5 },
        { words: ['ontbreken', 'ontbreekt', 'missing', 'status', 'wanneer', 'when', 'deadline', 'hoeveel', 'how many', 'wie', 'who', 'binnen'], weight: -2 },
      ],
      examples: { nl: ['stuur me de pitchbundel', 'bundel'], en: ['pitch bundle', 'show me all pitches'] },
      handle: answerBundle,
    },
  ],
};
