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
  /** The choice selected when the card opens; none unless exactly one is still open (a wrong default is pressed unchanged). */
  preselect?: string;
  /** What the client says when Open is pressed without a choice. */
  required: string;
  lang: 'nl' | 'en';
  /** Answers pasted as text: shown above the choice (what was understood) and carried along so that choosing does not lose them. */
  pasted?: { questions: Record<PitchQuestion, string>; answers: PitchAnswers; outcome?: string };
}

export function pitchChoiceCard(v: PitchChoiceView): AdaptiveCard {
  const body: CardElement[] = [heading(v.title)];
  if (v.pasted) body.push(...answerBlocks(v.pasted.questions, v.pasted.answers), ...(v.pasted.outcome ? [text(v.pasted.outcome, { color: 'Warning' })] : []));
  body.push(text(v.text, v.pasted ? { spacing: 'Large' } : {}), {
    type: 'Input.ChoiceSet',
    id: 'slot',
    style: 'expanded',
    isRequired: true,
    errorMessage: v.required,
    ...(v.preselect ? { value: v.preselect } : {}),
    choices: v.choices,
  });
  const fallback = [v.title, ...(v.pasted ? PITCH_QUESTIONS.map((q) => `${v.pasted!.questions[q]}\n${v.pasted!.answers[q]}`) : []), v.text];
  return card(body, [...fallback, ...v.choices.map((c) => `- ${c.title}`)].join('\n'), [
    { type: 'Action.Submit', title: v.open, data: { verb: VERBS.openPitch, lang: v.lang, ...(v.pasted ? { answers: v.pasted.answers } : {}) } },
  ]);
}

/** The five questions with their answers, "—" for one left empty. */
function answerBlocks(questions: Record<PitchQuestion, string>, answers: PitchAnswers): CardElement[] {
  return PITCH_QUESTIONS.flatMap((q) => [text(questions[q], { weight: 'Bolder', spacing: 'Medium' }), text(answers[q] || '—', { spacing: 'Small' })]);
}

export interface PitchReplaceView {
  title: string;
  text: string;
  confirm: string;
  cancel: string;
  slot: SlotRef;
  /** The pasted answers, and what to do with them once confirmed: open the form, or submit. */
  answers: PitchAnswers;
  then: 'open' | 'submit';
}

/** Before a pasted pitch replaces one already submitted: replace, or keep what was submitted. */
export function pitchReplaceCard(v: PitchReplaceView): AdaptiveCard {
  return card([heading(v.title), text(v.text)], [v.title, v.text].join('\n'), [
    {
      type: 'Action.Submit',
      title: v.confirm,
      style: 'destructive',
      data: { verb: VERBS.replacePitch, ...slotData(v.slot), answers: v.answers, then: v.then },
    },
    { type: 'Action.Submit', title: v.cancel, data: { verb: VERBS.keepPitch, ...slotData(v.slot) } },
  ]);
}

export interface PitchReceiptView {
  title: string;
  facts: { title: string; value: string }[];
  questions: Record<PitchQuestion, string>;
  answers: PitchAnswers;
  outcome: string;
  outcomeStyle: 'good' | 'warning';
  /** A warning under the outcome (a paste that would replace a submitted pitch). */
  note?: string;
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
  if (v.note) body.push(text(v.note, { color: 'Warning' }));
  body.push(...answerBlocks(v.questions, v.answers));
  const actions = [v.action, v.secondary]
    .filter((a): a is NonNullable<typeof a> => a !== undefined)
    .map((a) => ({ type: 'Action.Submit', title: a.title, data: { verb: a.verb, ...slotData(a.slot), ...(a.answers ? { answers: a.answers } : {}) } }));
  const fallback = [v.title, v.outcome, ...PITCH_QUESTIONS.map((q) => `${v.questions[q]}\n${v.answers[q]}`)].join('\n');
  return card(body, fallback, actions);
}
