import { z } from 'zod';
import { cleanAnswers, PITCH_QUESTIONS, PitchAnswers } from '../../domain/pitches';
import { looksLikePitch, parsePitchText, pitchLanguage } from '../../domain/pitchText';
import { VERBS } from '../../present/cards/verbs';
import { guessLanguage } from '../../understand/language';
import { normalize } from '../../understand/normalize';
import { Feature, verb } from '../types';
import { language, pitchSlotRef } from '../shared/payload';
import { PITCH } from '../shared/signals';
import { onKeepPitch, onOpenPitch, onReplacePitch, onSavePitch, openPitch, PitchPayload, pastedPitch, ReplacePayload } from './handlers';

const answer = z.string().optional();
const answerFields = Object.fromEntries(PITCH_QUESTIONS.map((q) => [q, answer])) as Record<(typeof PITCH_QUESTIONS)[number], typeof answer>;

/**
 * A pitch button's payload: the slot ("sg|2026-12-04|wonen", also the choice card's input), the language,
 * and the answers (the form's inputs at the top level, or carried along under `answers`). Cards made before
 * the slot had one encoding carried groupId/originalDate/themeId; those are still read.
 */
const pitchPayload = z
  .preprocess(
    (v) => {
      const o = (v ?? {}) as Record<string, unknown>;
      if (o.slot === undefined && typeof o.groupId === 'string' && typeof o.originalDate === 'string' && typeof o.themeId === 'string') {
        return { ...o, slot: `${o.groupId}|${o.originalDate}|${o.themeId}` };
      }
      return o;
    },
    z.object({ slot: pitchSlotRef, lang: language.optional(), answers: z.object(answerFields).partial().optional(), ...answerFields }),
  )
  .transform((v): PitchPayload => {
    const merged = Object.fromEntries(PITCH_QUESTIONS.map((q) => [q, v[q] ?? v.answers?.[q] ?? ''])) as PitchAnswers;
    return { slot: v.slot, answers: cleanAnswers(merged), carried: v.answers !== undefined };
  });

/** "Vervangen" after a paste: the slot, the pasted answers (required: they are what replaces) and what comes next. */
const replacePayload = z
  .object({ slot: pitchSlotRef, lang: language.optional(), answers: z.object(answerFields), then: z.enum(['open', 'submit']) })
  .transform((v): ReplacePayload => ({
    slot: v.slot,
    answers: cleanAnswers(Object.fromEntries(PITCH_QUESTIONS.map((q) => [q, v.answers[q] ?? ''])) as PitchAnswers),
    carried: true,
    then: v.then,
  }));

/** "Annuleren": only the slot, checked again before the kept pitch is shown. */
const keepPayload = z.object({ slot: pitchSlotRef, lang: language.optional() });

/** Theme leads submit their five-question pitch: a form, or pasted text shown back for confirmation. */
export const pitchesFeature: Feature = {
  id: 'pitches',
  role: 'leads',
  topic: { nl: ['pitch', 'pitches', 'pitchen', 'indienen', 'inleveren', 'formulier'], en: ['pitch', 'pitches', 'submit', 'form'] },
  help: (m) => m.pitchesHelp,
  commands: [
    {
      // A pitch pasted from Word: several lines with at least three of the five headings.
      intent: 'pasted-pitch',
      kind: 'question',
      accepts: ['answers'],
      recognise: (_r, text) => {
        if (!looksLikePitch(text)) return undefined;
        const lang = pitchLanguage(text) ?? guessLanguage(normalize(text));
        return { slots: { answers: parsePitchText(text).answers }, why: 'pitch headings', ...(lang ? { language: lang } : {}) };
      },
      examples: { nl: [], en: [] },
      handle: (turn, slots) => pastedPitch(turn, slots.answers!),
    },
    {
      intent: 'pitch',
      kind: 'question',
      accepts: ['themes'],
      needs: ['pitch'],
      minScore: 1.5,
      slotWeights: { theme: 1.5, group: 0, date: -1, period: -2 },
      signals: [
        { ...PITCH[0], weight: 1.5 },
        {
          words: ['mijn pitch', 'een pitch', 'nieuwe pitch', 'pitchformulier', 'formulier', 'my pitch', 'a pitch', 'new pitch', 'pitch form', 'form'],
          weight: 1,
        },
        {
          words: [
            'indienen',
            'dien ... in',
            'inleveren',
            'lever ... in',
            'invullen',
            'vul ... in',
            'schrijven',
            'maken',
            'opstellen',
            'aanpassen',
            'wijzigen',
            'bewerken',
            'aanleveren',
            'insturen',
            'starten',
            'beginnen',
            'openen',
            'verbeteren',
            'afmaken',
            'concept',
          ],
          weight: 1.5,
          lang: 'nl',
        },
        {
          words: ['submit', 'write', 'edit', 'update', 'change', 'fill in', 'fill out', 'hand in', 'draft', 'start', 'open', 'finish', 'send'],
          weight: 1.5,
          lang: 'en',
        },
        { words: ['ik wil', 'wil ik', 'wil graag', 'graag', 'kan ik', 'mag ik', 'i want', "i'd like", 'i would like', 'let me', 'can i'], weight: 0.5 },
        { words: ['wanneer', 'tot wanneer', 'hoe laat', 'when', 'by when', 'deadline', 'due', 'uiterlijk'], weight: -3 },
        { words: ['hoe', 'how', 'status', 'ontbreekt', 'missing', 'bundel', 'bundle', 'welke', 'which', 'wie', 'who', 'alle', 'all'], weight: -1.5 },
      ],
      examples: { nl: ['pitch', 'pitch indienen over wonen'], en: ['submit my pitch', 'new pitch on housing'] },
      handle: (turn, slots) => openPitch(turn, slots.themes?.[0]),
    },
  ],
  verbs: [
    verb({ verb: VERBS.openPitch, schema: pitchPayload, handle: onOpenPitch }),
    verb({ verb: VERBS.savePitchDraft, schema: pitchPayload, handle: (turn, p) => onSavePitch(turn, 'draft', p) }),
    verb({ verb: VERBS.submitPitch, schema: pitchPayload, handle: (turn, p) => onSavePitch(turn, 'submitted', p) }),
    verb({ verb: VERBS.replacePitch, schema: replacePayload, handle: onReplacePitch }),
    verb({ verb: VERBS.keepPitch, schema: keepPayload, handle: onKeepPitch }),
  ],
};
