import {
  ActionReminderView,
  ChangeNoticeView,
  DeadlineReminderView,
  DigestView,
  MeetingReminderView,
  OverdueView,
  PersonalReminderView,
} from '../reminderViews';
import { AdaptiveCard } from './adaptiveCard';
import { attendanceActions } from './attendanceCards';
import { listCard, ListLine } from './listCard';
import { VERBS } from './verbs';

/**
 * The cards of the reminder posts, one pure builder per kind, from its view model; each card gets its
 * buttons when it is built. (The bundle and a late pitch under it are `bundleCards`; the coordinators'
 * notice is a text.)
 */

const overdueLines = (o: OverdueView | undefined): ListLine[] =>
  o ? [{ text: o.heading, style: 'heading' }, ...o.lines.map((text) => ({ text, style: 'attention' as const }))] : [];

/** "Herinnering: pitches voor het SG-overleg van vrijdag 4 december": deadline, status, agenda. */
export function deadlineReminderCard(v: DeadlineReminderView): AdaptiveCard {
  return listCard({ title: v.title, lines: [{ text: v.deadline, style: 'heading' }, { text: v.status }, ...v.agenda.map((text) => ({ text }))] });
}

/** To a lead who still owes a pitch, with the button that opens the first owed pitch. */
export function personalReminderCard(v: PersonalReminderView): AdaptiveCard {
  const { title, ...slot } = v.openPitch;
  return listCard({ title: v.title, lines: [{ text: v.text }], actions: [{ type: 'Action.Submit', title, data: { verb: VERBS.openPitch, ...slot } }] });
}

/** The working day before the meeting: when, agenda, attendance with its buttons, overdue items, the Teams link. */
export function meetingReminderCard(v: MeetingReminderView): AdaptiveCard {
  const a = v.attendance;
  return listCard({
    title: v.title,
    lines: [
      { text: v.when, style: 'heading' },
      ...(v.startsIn ? [{ text: v.startsIn, style: 'attention' as const }] : []),
      ...v.agenda.map((text) => ({ text })),
      ...(a ? [{ text: a.counts, style: 'heading' as const }, ...(a.apologies ? [{ text: a.apologies }] : [])] : []),
      ...overdueLines(v.overdue),
    ],
    ...(v.teams ? { link: v.teams } : {}),
    ...(a ? { actions: attendanceActions(a.buttons, a.meeting, a.lang) } : {}),
  });
}

/** The week's meetings of a channel's groups, and their overdue action items. */
export function digestCard(v: DigestView): AdaptiveCard {
  return listCard({ title: v.title, lines: [...v.lines.map((text) => ({ text })), ...overdueLines(v.overdue)] });
}

/** One action item, with the button that marks it done. */
export function actionReminderCard(v: ActionReminderView): AdaptiveCard {
  const { title, ...item } = v.done;
  return listCard({ title: v.title, lines: [{ text: v.text }], actions: [{ type: 'Action.Submit', title, data: { verb: VERBS.actionDone, ...item } }] });
}

/** To a member who had answered: the meeting was cancelled or moved; for a move, the button of the other answer. */
export function changeNoticeCard(v: ChangeNoticeView): AdaptiveCard {
  return listCard({
    title: v.title,
    lines: [{ text: v.text }],
    ...(v.offer ? { actions: attendanceActions(v.offer.buttons, v.offer.meeting, v.offer.lang, v.offer.answer) } : {}),
  });
}
