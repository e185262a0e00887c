import { BundleView } from './cards/bundleCards';
import { PitchFormView, SlotRef } from './cards/pitchCards';
import { Bundle, LeadPresence, leadMissing } from '../domain/bundle';
import { PitchAnswers, PitchProblem, PitchStatus } from '../domain/pitches';
import { dayAndTime } from '../i18n/dates';
import { Language } from '../domain/language';
import { Messages } from '../i18n/messages';
import { PitchSlot } from '../services/pitchService';
import { themeLabel } from './themeLabel';

export function slotRef(slot: PitchSlot, lang: Language): SlotRef {
  return { groupId: slot.group.id, originalDate: slot.occurrence.originalDate, themeId: slot.theme.id, lang };
}

export function slotFacts(slot: PitchSlot, msgs: Messages, zone: string, lang: Language): { title: string; value: string }[] {
  const facts = [
    { title: msgs.pitchFacts.meeting, value: `${slot.group.name}, ${msgs.meetingWhen(slot.occurrence, { zone })}` },
    { title: msgs.pitchFacts.theme, value: themeLabel(slot.theme, false) },
    { title: msgs.pitchFacts.lead, value: slot.theme.leadName },
  ];
  if (slot.occurrence.deadline) facts.push({ title: msgs.pitchFacts.deadline, value: dayAndTime(slot.occurrence.deadline, zone, lang) });
  return facts;
}

export function problemTexts(problems: PitchProblem[], msgs: Messages): string[] {
  return problems.map((p) =>
    p.problem === 'required' ? msgs.pitchRequired(msgs.pitchQuestion[p.question]) : msgs.pitchTooLong(msgs.pitchQuestion[p.question], p.max, p.length),
  );
}

export function formView(
  slot: PitchSlot,
  answers: PitchAnswers,
  msgs: Messages,
  zone: string,
  lang: Language,
  extra: { note?: string; problems?: string[] } = {},
): PitchFormView {
  return {
    title: msgs.pitchCardTitle(slot.theme.name),
    facts: slotFacts(slot, msgs, zone, lang),
    questions: msgs.pitchQuestion,
    answers,
    maxLength: slot.group.maxAnswerLength,
    ...extra,
    saveDraft: msgs.pitchSaveDraft,
    submit: msgs.pitchSubmit,
    slot: slotRef(slot, lang),
  };
}

/** `leads`: by theme id, whether its lead attends (absent when the group keeps no attendance). */
export function bundleView(
  bundle: Bundle,
  groupName: string,
  meetingDay: string,
  msgs: Messages,
  zone: string,
  lang: Language,
  document?: string,
  leads?: ReadonlyMap<string, LeadPresence>,
): BundleView {
  return {
    title: msgs.bundleTitle(groupName, meetingDay),
    questions: msgs.pitchQuestion,
    pitches: bundle.items
      .filter((i) => i.answers)
      .map((i) => ({
        heading: themeLabel(i.theme),
        submitted: msgs.bundleSubmittedBy(i.submittedBy!, dayAndTime(new Date(i.submittedAt!), zone, lang), i.status === 'late'),
        late: i.status === 'late',
        answers: i.answers!,
        ...(leads?.get(i.theme.id) ? { lead: { text: msgs.bundleLeadPresence(leads.get(i.theme.id)!), flagged: leadMissing(leads.get(i.theme.id)) } } : {}),
      })),
    asksTitle: msgs.bundleAsksTitle,
    asks: bundle.asks.map((a) => ({ theme: a.theme.name, needs: a.needs, whom: a.whom })),
    needsLabel: msgs.pitchQuestion.needs,
    whomLabel: msgs.pitchQuestion.whom,
    missingTitle: msgs.bundleMissingTitle,
    missing: bundle.missing.map((t) => themeLabel(t)),
    nothingMissing: msgs.bundleNothingMissing,
    part: msgs.bundlePart,
    ...(document ? { document: { title: msgs.bundleDocument, url: document } } : {}),
  };
}

/** "2 van 3 pitches binnen, ontbreekt: Wonen (BZK)": how far a meeting's pitches are, in the status answer and the deadline reminder. */
export function pitchesSummary(bundle: Bundle, msgs: Messages): string {
  return msgs.statusSummary(
    bundle.items.filter((i) => i.answers).length,
    bundle.items.length,
    bundle.missing.map((t) => themeLabel(t, false)),
  );
}

/** Each theme on the agenda with the state of its pitch (status and agenda answers). */
export function pitchStatusLines(bundle: Bundle, msgs: Messages, zone: string, lang: Language): { text: string; status: PitchStatus }[] {
  return bundle.items.map((i) => ({
    text: msgs.statusLine(
      themeLabel(i.theme),
      i.status,
      i.submittedAt ? { by: i.submittedBy!, at: dayAndTime(new Date(i.submittedAt), zone, lang) } : undefined,
    ),
    status: i.status,
  }));
}
