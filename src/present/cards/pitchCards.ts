import { PITCH_QUESTIONS, PitchAnswers, PitchQuestion } from '../../domain/pitches';
import { AdaptiveCard, card, CardElement, heading, text } from './adaptiveCard';
import { VERBS } from './verbs';

/** Identifies where a pitch goes; carried in every pitch button and checked again on the server. */
export interface SlotRef {
  groupId: string;
  originalDate: string;
  themeId: string;
  lang: 'nl' | 'en';
}

/** "sg|2026-12-04|wonen": the one encoding of a pitch slot in card payloads (the choice card's values too). */
export function encodePitchSlot(s: { groupId: string; originalDate: string; themeId: string }): string {
  return `${s.groupId}|${s.originalDate}|${s.themeId}`;
}

const slotData = (s: SlotRef) => ({ slot: encodePitchSlot(s), lang: s.lang });

export interface PitchFormView {
  title: string;
  facts: { title: string; value: string }[];
  questions: Record<PitchQuestion, string>;
  answers: PitchAnswers;
  maxLength: number;
  note?: string;
  problems?: string[];
  saveDraft: string;
  submit: string;
  slot: SlotRef;
}

/** The five questions as inputs, prefilled with the draft or earlier submission. */
export function pitchFormCard(v: PitchFormView): AdaptiveCard {
  const body: CardElement[] = [heading(v.title), { type: 'FactSet', facts: v.facts }];
  if (v.note) body.push(text(v.note, { isSubtle: true }));
  for (const p of v.problems ?? []) body.push(text(p, { color: 'Attention' }));
  for (const q of PITCH_QUESTIONS) {
    body.push({ type: 'Input.Text', id: q, label: v.questions[q], isMultiline: true, maxLength: v.maxLength, value: v.answers[q] });
  }
  const fallback = [v.title, ...v.facts.map((f) => `${f.title}: ${f.value}`), ...PITCH_QUESTIONS.map((q) => v.questions[q])].join('\n');
  return card(body, fallback, [
    { type: 'Action.Submit', title: v.saveDraft, data: { verb: VERBS.savePitchDraft, ...slotData(v.slot) } },
    { type: 'Action.Submit', title: v.submit, style: 'positive', data: { verb: VERBS.submitPitch, ...slotData(v.slot) } },
  ]);
}

export interface PitchChoiceView {
  title: string;
  text: string;
  open: string;
  choices: { title: string; value: string }[];
  lang: 'nl' | 'en';
  /** Answers pasted as text, carried along so that choosing a slot does not lose them. */
  answers?: PitchAnswers;
}

export function pitchChoiceCard(v: PitchChoiceView): AdaptiveCard {
  return card(
    [heading(v.title), text(v.text), { type: 'Input.ChoiceSet', id: 'slot', style: 'expanded', value: v.choices[0]?.value ?? '', choices: v.choices }],
    [v.title, v.text, ...v.choices.map((c) => `- ${c.title}`)].join('\n'),
    [{ type: 'Action.Submit', title: v.open, data: { verb: VERBS.openPitch, lang: v.lang, ...(v.answers ? { answers: v.answers } : {}) } }],
  );
}

export interface PitchReceiptView {
  title: string;
  facts: { title: string; value: string }[];
  questions: Record<PitchQuestion, string>;
  answers: PitchAnswers;
  outcome: string;
  outcomeStyle: 'good' | 'warning';
  /** A button under the receipt: edit (opens the form) or submit (for a pasted pitch). */
  action?: { title: string; verb: string; slot: SlotRef; answers?: PitchAnswers };
  secondary?: { title: string; verb: string; slot: SlotRef; answers?: PitchAnswers };
}

/** The pitch as stored (or as understood from pasted text), with what happened to it. */
export function pitchReceiptCard(v: PitchReceiptView): AdaptiveCard {
  const body: CardElement[] = [
    heading(v.title),
    { type: 'FactSet', facts: v.facts },
    text(v.outcome, { color: v.outcomeStyle === 'good' ? 'Good' : 'Warning', weight: 'Bolder' }),
  ];
  for (const q of PITCH_QUESTIONS) {
    body.push(text(v.questions[q], { weight: 'Bolder', spacing: 'Medium' }));
    body.push(text(v.answers[q] || '—', { spacing: 'Small' }));
  }
  const actions = [v.action, v.secondary]
    .filter((a): a is NonNullable<typeof a> => a !== undefined)
    .map((a) => ({ type: 'Action.Submit', title: a.title, data: { verb: a.verb, ...slotData(a.slot), ...(a.answers ? { answers: a.answers } : {}) } }));
  const fallback = [v.title, v.outcome, ...PITCH_QUESTIONS.map((q) => `${v.questions[q]}\n${v.answers[q]}`)].join('\n');
  return card(body, fallback, actions);
}
