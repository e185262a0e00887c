import { contactsOf } from '../shared/roles';
import { encodePitchSlot, pitchChoiceCard, pitchFormCard, pitchReceiptCard, pitchReplaceCard } from '../../present/cards/pitchCards';
import { VERBS } from '../../present/cards/verbs';
import { Ref } from '../../understand/slots';
import { emptyAnswers, isLate, PITCH_QUESTIONS, PitchAnswers } from '../../domain/pitches';
import { clockTime, dayAndTime } from '../../i18n/dates';
import { PitchError, PitchSlot } from '../../services/pitchService';
import { personOf } from '../shared/person';
import { replaceCard, sendCard, sendText } from '../shared/reply';
import { Turn } from '../shared/turn';
import { conversationKind, userId } from '../shared/turnInfo';
import { formView, problemTexts, slotFacts, slotRef } from '../../present/pitchViews';

function refusal(turn: Turn, e: PitchError, slot?: PitchSlot): string {
  if (e.code === 'late-refused') return turn.msgs.pitchLateRefused(slot ? contactsOf(slot.group) : []);
  if (e.code === 'invalid') return problemTexts(e.problems, turn.msgs).join('\n');
  return turn.msgs.pitchRefused[e.code];
}

async function slotsFor(turn: Turn, theme: Ref | undefined): Promise<PitchSlot[] | string> {
  if (conversationKind(turn.context) !== 'personal') return turn.msgs.pitchInPersonalChat;
  if (theme && 'unknown' in theme)
    return turn.msgs.pitchUnknownTheme(
      theme.unknown,
      turn.deps.calendar.schedule.themes.map((t) => t.name),
    );
  const person = await personOf(turn);
  const slots = (await turn.deps.pitches.openSlots(person, turn.now)).filter((s) => !theme || s.theme.id === theme.id);
  return slots.length ? slots : turn.msgs.pitchNothingOpen;
}

/**
 * The choice between slots, marking the submitted ones. Nothing is preselected unless exactly one slot is still
 * open: a default pressed unchanged would put a paste into a pitch already submitted. A paste's answers are shown
 * first (what was understood) and carried along.
 */
async function choiceCard(turn: Turn, slots: PitchSlot[], answers?: PitchAnswers) {
  const zone = turn.deps.calendar.zone;
  const submitted = await turn.deps.pitches.submitted(slots);
  const choices = slots.map((s, i) => {
    const label = turn.msgs.pitchSlotLabel(s.theme.name, s.group.name, turn.msgs.shortDate(s.occurrence, { zone }));
    return {
      title: submitted[i] ? turn.msgs.pitchSlotSubmitted(label) : label,
      value: encodePitchSlot({ groupId: s.group.id, originalDate: s.occurrence.originalDate, themeId: s.theme.id }),
    };
  });
  const open = choices.filter((_c, i) => !submitted[i]);
  const missing = answers ? missingQuestions(turn, answers) : [];
  return pitchChoiceCard({
    title: answers ? turn.msgs.pitchPastedTitle : turn.msgs.pitchChooseTitle,
    text: answers ? turn.msgs.pitchPastedChoose : turn.msgs.pitchChooseText,
    open: turn.msgs.pitchOpen,
    required: turn.msgs.pitchChooseRequired,
    lang: turn.lang,
    choices,
    ...(open.length === 1 ? { preselect: open[0].value } : {}),
    ...(answers
      ? { pasted: { questions: turn.msgs.pitchQuestion, answers, ...(missing.length ? { outcome: turn.msgs.pitchUnderstoodMissing(missing) } : {}) } }
      : {}),
  });
}

function missingQuestions(turn: Turn, answers: PitchAnswers): string[] {
  return PITCH_QUESTIONS.filter((q) => !answers[q]).map((q) => turn.msgs.pitchQuestion[q]);
}

/** Asks before pasted answers replace a submitted pitch; `then` is what the confirmation goes on to do. */
function replaceCardFor(turn: Turn, slot: PitchSlot, submittedAt: string, answers: PitchAnswers, then: 'open' | 'submit') {
  const zone = turn.deps.calendar.zone;
  return pitchReplaceCard({
    title: turn.msgs.pitchReplaceTitle,
    text: turn.msgs.pitchReplaceText(slot.theme.name, slot.group.name, turn.msgs.shortDate(slot.occurrence, { zone }), clockTime(new Date(submittedAt), zone)),
    confirm: turn.msgs.pitchReplaceConfirm,
    cancel: turn.msgs.pitchReplaceCancel,
    slot: slotRef(slot, turn.lang),
    answers,
    then,
  });
}

async function form(turn: Turn, slot: PitchSlot, answers?: PitchAnswers, problems?: string[]) {
  const current = await turn.deps.pitches.current(slot);
  const zone = turn.deps.calendar.zone;
  const note = current?.submittedAt
    ? turn.msgs.pitchSubmitted(
        clockTime(new Date(current.submittedAt), zone),
        slot.occurrence.deadline ? dayAndTime(slot.occurrence.deadline, zone, turn.lang) : '—',
        current.late,
      )
    : undefined;
  return pitchFormCard(
    formView(slot, answers ?? current?.answers ?? emptyAnswers(), turn.msgs, zone, turn.lang, { ...(note ? { note } : {}), ...(problems ? { problems } : {}) }),
  );
}

/** "pitch", "pitch indienen", "submit pitch": the form, or first a choice between themes and meetings. */
export async function openPitch(turn: Turn, theme?: Ref): Promise<void> {
  const slots = await slotsFor(turn, theme);
  if (typeof slots === 'string') return sendText(turn.context, slots);
  if (slots.length > 1) return void (await sendCard(turn.context, await choiceCard(turn, slots)));
  await sendCard(turn.context, await form(turn, slots[0]));
}

/** A pitch pasted as text: show what was understood and ask to confirm before anything is stored. */
export async function pastedPitch(turn: Turn, answers: PitchAnswers): Promise<void> {
  const slots = await slotsFor(turn, undefined);
  if (typeof slots === 'string') return sendText(turn.context, slots);
  if (slots.length > 1) return void (await sendCard(turn.context, await choiceCard(turn, slots, answers)));
  const slot = slots[0];
  const missing = missingQuestions(turn, answers);
  const [submitted] = await turn.deps.pitches.submitted([slot]);
  const ref = slotRef(slot, turn.lang);
  await sendCard(
    turn.context,
    pitchReceiptCard({
      title: turn.msgs.pitchCardTitle(slot.theme.name),
      facts: slotFacts(slot, turn.msgs, turn.deps.calendar.zone, turn.lang),
      questions: turn.msgs.pitchQuestion,
      answers,
      outcome: missing.length ? turn.msgs.pitchUnderstoodMissing(missing) : turn.msgs.pitchUnderstood,
      outcomeStyle: missing.length ? 'warning' : 'good',
      ...(submitted ? { note: turn.msgs.pitchPasteReplaces } : {}),
      ...(missing.length ? {} : { action: { title: turn.msgs.pitchSubmit, verb: VERBS.submitPitch, slot: ref, answers } }),
      secondary: { title: turn.msgs.pitchEdit, verb: VERBS.openPitch, slot: ref, answers },
    }),
  );
}

/** What a pitch button carries: where the pitch goes and what was typed (checked by the verb's schema first). */
export interface PitchPayload {
  slot: { groupId: string; originalDate: string; themeId: string };
  answers: PitchAnswers;
  /** Whether the payload carried answers (a pasted pitch taken along to the form). */
  carried: boolean;
}

/** The "Openen" / "Wijzigen" / "Bewerken" buttons: the form for that slot, checked again. */
export async function onOpenPitch(turn: Turn, p: PitchPayload): Promise<void> {
  try {
    const slot = await resolve(turn, p);
    if (p.carried) {
      const current = await turn.deps.pitches.current(slot);
      if (current?.submittedAt) return replaceCard(turn.context, replaceCardFor(turn, slot, current.submittedAt, p.answers, 'open'));
    }
    await replaceCard(turn.context, await form(turn, slot, p.carried ? p.answers : undefined));
  } catch (e) {
    if (e instanceof PitchError) return sendText(turn.context, refusal(turn, e));
    throw e;
  }
}

async function resolve(turn: Turn, p: { slot: PitchPayload['slot'] }): Promise<PitchSlot> {
  return turn.deps.pitches.resolveSlot(p.slot.groupId, p.slot.originalDate, p.slot.themeId, await personOf(turn), turn.now);
}

/**
 * "Opslaan als concept" and "Indienen": validated on the server; a refusal stores nothing. Pasted answers
 * (carried in the payload, not typed in the form) that would replace a submitted pitch are asked about first,
 * unless `confirmed` (the replace card's button).
 */
export async function onSavePitch(turn: Turn, kind: 'draft' | 'submitted', p: PitchPayload, confirmed = false): Promise<void> {
  const answers = p.answers;
  const zone = turn.deps.calendar.zone;
  let slot: PitchSlot | undefined;
  try {
    const person = await personOf(turn);
    slot = await turn.deps.pitches.resolveSlot(p.slot.groupId, p.slot.originalDate, p.slot.themeId, person, turn.now);
    if (PITCH_QUESTIONS.every((q) => !answers[q])) return sendText(turn.context, turn.msgs.pitchEmpty);
    if (p.carried && !confirmed) {
      const current = await turn.deps.pitches.current(slot);
      if (current?.submittedAt) return replaceCard(turn.context, replaceCardFor(turn, slot, current.submittedAt, answers, 'submit'));
    }
    const pitch = await turn.deps.pitches.save(slot, answers, kind, person, userId(turn.context), turn.now);
    const deadline = slot.occurrence.deadline ? dayAndTime(slot.occurrence.deadline, zone, turn.lang) : '—';
    const time = clockTime(turn.now, zone);
    // A late pitch reaches the bundle's thread from the scheduler's next tick (planned from the stored pitch), not from this turn.
    turn.deps.logger.info(
      {
        event: `pitch-${kind}`,
        group: slot.group.id,
        meeting: slot.occurrence.originalDate,
        theme: slot.theme.id,
        late: pitch.late,
        revisions: pitch.revisions.length,
      },
      'pitch saved',
    );
    await replaceCard(
      turn.context,
      pitchReceiptCard({
        title: turn.msgs.pitchCardTitle(slot.theme.name),
        facts: slotFacts(slot, turn.msgs, zone, turn.lang),
        questions: turn.msgs.pitchQuestion,
        answers: pitch.answers,
        outcome:
          kind === 'submitted'
            ? turn.msgs.pitchSubmitted(time, deadline, isLate(slot.occurrence.deadline, turn.now))
            : turn.msgs.pitchDraftSaved(time, deadline),
        outcomeStyle: kind === 'submitted' && !pitch.late ? 'good' : 'warning',
        action: { title: turn.msgs.pitchEdit, verb: VERBS.openPitch, slot: slotRef(slot, turn.lang) },
      }),
    );
  } catch (e) {
    if (!(e instanceof PitchError)) throw e;
    // Invalid answers: show the form again with what they typed and what is wrong.
    if (e.code === 'invalid' && slot) return replaceCard(turn.context, await form(turn, slot, answers, problemTexts(e.problems, turn.msgs)));
    await sendText(turn.context, refusal(turn, e, slot));
  }
}

/** What the replace card's buttons carry: the slot and, to replace, the pasted answers and what comes next. */
export interface ReplacePayload extends PitchPayload {
  then: 'open' | 'submit';
}

/** "Vervangen": the pasted answers go on to the form or are submitted, after the slot is checked again. */
export async function onReplacePitch(turn: Turn, p: ReplacePayload): Promise<void> {
  if (p.then === 'submit') return onSavePitch(turn, 'submitted', p, true);
  try {
    await replaceCard(turn.context, await form(turn, await resolve(turn, p), p.answers));
  } catch (e) {
    if (e instanceof PitchError) return sendText(turn.context, refusal(turn, e));
    throw e;
  }
}

/** "Annuleren": nothing is stored; the card shows the submitted pitch as it stays. */
export async function onKeepPitch(turn: Turn, p: { slot: PitchPayload['slot'] }): Promise<void> {
  try {
    const slot = await resolve(turn, p);
    const current = await turn.deps.pitches.current(slot);
    // The keep button is only made for a submitted pitch (and a submission is never withdrawn): otherwise tampered.
    if (!current?.submittedAt) return sendText(turn.context, turn.msgs.cardRefused);
    const zone = turn.deps.calendar.zone;
    await replaceCard(
      turn.context,
      pitchReceiptCard({
        title: turn.msgs.pitchCardTitle(slot.theme.name),
        facts: slotFacts(slot, turn.msgs, zone, turn.lang),
        questions: turn.msgs.pitchQuestion,
        answers: current.answers,
        outcome: turn.msgs.pitchReplaceKept,
        outcomeStyle: 'good',
        action: { title: turn.msgs.pitchEdit, verb: VERBS.openPitch, slot: slotRef(slot, turn.lang) },
      }),
    );
  } catch (e) {
    if (e instanceof PitchError) return sendText(turn.context, refusal(turn, e));
    throw e;
  }
}
