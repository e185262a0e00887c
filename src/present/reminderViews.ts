import { conversationPlace } from './conversationPlace';
import { occurrenceText } from './meetingsView';
import { ConversationPlace } from '../domain/reminders';
import { ActionItem, isOverdue } from '../domain/actionItems';
import { LeadPresence, leadPresence } from '../domain/bundle';
import { Language } from '../domain/language';
import { LocalDate } from '../domain/localDate';
import { Occurrence } from '../domain/occurrences';
import { minutesToStartIfToday } from '../domain/reminders';
import { Group, Theme } from '../domain/schedule';
import { localDateAt } from '../domain/zonedTime';
import { localDateLabel } from '../i18n/dates';
import { Messages } from '../i18n/messages';
import { ChangedMeeting, MeetingState } from '../services/reminderPlanService';
import { AttendanceButtonTexts } from './cards/attendanceCards';
import { BundleView } from './cards/bundleCards';
import { bundleView, pitchesSummary } from './pitchViews';
import { dayAndTime } from '../i18n/dates';
import { themeLabel } from './themeLabel';

/**
 * The view models of the reminder posts, one per kind, built from the state a tick read (pure: no store, no
 * clock; `now` is when the post is sent). A builder returns undefined when its post has become pointless
 * (every pitch it reminds of is in, the action item is done).
 */

/** The overdue action items under one heading (absent when nothing is overdue). */
export interface OverdueView {
  heading: string;
  lines: string[];
}

export interface DeadlineReminderView {
  title: string;
  deadline: string;
  /** "3 van 4 pitches binnen, ontbreekt: …" */
  status: string;
  agenda: string[];
}

export interface PersonalReminderView {
  title: string;
  text: string;
  /** The button that opens the first owed pitch's form. */
  openPitch: { title: string; groupId: string; originalDate: LocalDate; themeId: string; lang: Language };
}

export interface MeetingReminderView {
  title: string;
  when: string;
  /** On the meeting's own day: "Begint om 16:00, over 1 minuut." */
  startsIn?: string;
  agenda: string[];
  /** For a group with members: the counts, who sent apologies, and the buttons to answer. */
  attendance?: { counts: string; apologies?: string; buttons: AttendanceButtonTexts; meeting: string; lang: Language };
  overdue?: OverdueView;
  teams?: { title: string; url: string };
}

export interface DigestView {
  title: string;
  /** One line per meeting of the week, or the "no meetings" line. */
  lines: string[];
  overdue?: OverdueView;
}

export interface ActionReminderView {
  title: string;
  text: string;
  done: { title: string; item: string; lang: Language };
}

/** The overdue items among `items` on `today`; each names its group when `withGroup` (a digest about several groups). */
export function overdueView(
  items: readonly { groupName: string; item: ActionItem }[],
  today: LocalDate,
  msgs: Messages,
  lang: Language,
  withGroup: boolean,
): OverdueView | undefined {
  const overdue = items.filter(({ item }) => isOverdue(item, today));
  if (overdue.length === 0) return undefined;
  return {
    heading: msgs.overdueActionsHeading(overdue.length),
    lines: overdue.map(({ groupName, item }) =>
      msgs.overdueActionLine(item.id, item.owner.name, item.text, localDateLabel(item.due, lang), withGroup ? groupName : undefined),
    ),
  };
}

/** The meeting's agenda items and its themes with department and lead. */
function agendaLines(m: MeetingState): string[] {
  return [...m.group.agendaItems.map((item, i) => `${i + 1}. ${item}`), ...m.bundle.items.map((i) => `• ${themeLabel(i.theme)}`)];
}

const deadlineText = (m: MeetingState, zone: string, lang: Language) => (m.occurrence.deadline ? dayAndTime(m.occurrence.deadline, zone, lang) : '');

export function deadlineReminderView(m: MeetingState, msgs: Messages, zone: string, lang: Language): DeadlineReminderView {
  return {
    title: msgs.reminderDeadlineTitle(m.group.name, msgs.shortDate(m.occurrence, { zone })),
    deadline: msgs.reminderDeadlineText(deadlineText(m, zone, lang)),
    status: pitchesSummary(m.bundle, msgs),
    agenda: agendaLines(m),
  };
}

/** `themes`: those the person was planned a reminder for; only those still not in are named. */
export function personalReminderView(
  m: MeetingState,
  themes: readonly string[],
  msgs: Messages,
  zone: string,
  lang: Language,
): PersonalReminderView | undefined {
  const owed = m.bundle.items.filter((i) => !i.answers && themes.includes(i.theme.id));
  if (owed.length === 0) return undefined;
  return {
    title: msgs.reminderPersonalTitle(m.group.name, msgs.shortDate(m.occurrence, { zone })),
    text: msgs.reminderPersonalText(
      owed.map((i) => i.theme.name),
      deadlineText(m, zone, lang),
    ),
    openPitch: { title: msgs.openPitchChat, groupId: m.group.id, originalDate: m.occurrence.originalDate, themeId: owed[0].theme.id, lang },
  };
}

/** `meetingRef`: how the attendance buttons name the meeting (the payload's encoding). */
export function meetingReminderView(
  m: MeetingState,
  overdue: OverdueView | undefined,
  meetingRef: string,
  now: Date,
  msgs: Messages,
  zone: string,
  lang: Language,
): MeetingReminderView {
  const { group, occurrence } = m;
  const minutes = minutesToStartIfToday(occurrence.start, now, zone);
  const att = m.attendance;
  const apologies = att.organisations.flatMap((o) =>
    o.apologies.map((p) => ({ name: p.name, organisation: p.organisation, ...(p.deputy ? { deputy: p.deputy.name } : {}) })),
  );
  return {
    title: msgs.reminderMeetingTitle(group.name, msgs.shortDate(occurrence, { zone })),
    when: msgs.meetingWhen(occurrence, { zone }),
    ...(minutes !== undefined ? { startsIn: msgs.meetingStartsIn(occurrence.startTime, minutes) } : {}),
    agenda: agendaLines(m),
    ...(group.members.length
      ? {
          attendance: {
            counts: msgs.attendanceCounts(att.present, att.apologies, att.noAnswer),
            ...(att.apologies ? { apologies: msgs.attendanceApologiesLine(apologies) } : {}),
            buttons: msgs,
            meeting: meetingRef,
            lang,
          },
        }
      : {}),
    ...(overdue ? { overdue } : {}),
    ...(group.teamsLink ? { teams: { title: msgs.teamsMeetingLink, url: group.teamsLink } } : {}),
  };
}

/** The week from `monday`: each group's meetings (scheduled or moved: when; otherwise that it does not take place). */
export function digestView(
  monday: LocalDate,
  meetings: readonly { groupName: string; occurrence: Occurrence }[],
  overdue: OverdueView | undefined,
  msgs: Messages,
  zone: string,
  lang: Language,
): DigestView {
  // The same line as the CLI's listing: a meeting reads the same wherever it is listed.
  const lines = meetings.map(({ groupName, occurrence }) => occurrenceText(occurrence, groupName, msgs, { zone }));
  return { title: msgs.digestTitle(localDateLabel(monday, lang)), lines: lines.length ? lines : [msgs.digestEmpty], ...(overdue ? { overdue } : {}) };
}

/** Undefined for an item that is done (or gone) since it was planned: nothing to remind of. */
export function actionReminderView(
  item: ActionItem | undefined,
  group: Group,
  now: Date,
  msgs: Messages,
  zone: string,
  lang: Language,
): ActionReminderView | undefined {
  if (!item || item.status !== 'open') return undefined;
  return {
    title: msgs.reminderActionTitle(item.id, group.name),
    text: msgs.reminderActionText(item.text, localDateLabel(item.due, lang), localDateAt(now, zone) === item.due),
    done: { title: msgs.reminderActionDoneButton, item: `${group.id}|${item.id}`, lang },
  };
}

/** The bundle as posted at the deadline: every pitch, with whether its lead attends, and the printable version. */
export function bundlePostView(
  m: MeetingState,
  themes: readonly Theme[],
  document: string | undefined,
  msgs: Messages,
  zone: string,
  lang: Language,
): BundleView {
  const leads = new Map<string, LeadPresence>();
  for (const i of m.bundle.items) {
    const theme = themes.find((t) => t.id === i.theme.id);
    const p = theme ? leadPresence(theme.lead, m.attendance) : undefined;
    if (p) leads.set(i.theme.id, p);
  }
  return bundleView(m.bundle, m.group.name, msgs.shortDate(m.occurrence, { zone }), msgs, zone, lang, document, leads);
}

/**
 * A late pitch as a reply under its bundle: only that pitch, with its current answers (a resubmission is a
 * new reply), titled as late. Undefined when the pitch has no answers (any more).
 */
export function lateReplyView(m: MeetingState, themeId: string, msgs: Messages, zone: string, lang: Language): BundleView | undefined {
  const item = m.bundle.items.find((i) => i.theme.id === themeId && i.answers);
  if (!item) return undefined;
  const view = bundleView({ ...m.bundle, items: [item], asks: [], missing: [] }, m.group.name, msgs.shortDate(m.occurrence, { zone }), msgs, zone, lang);
  return { ...view, title: msgs.bundleLateTitle(item.theme.name) };
}

/** The coordinators' notice: which groups' posts went where the bot can no longer post. */
export function unreachableNoticeText(groupNames: readonly string[], about: ConversationPlace, msgs: Messages): string {
  return msgs.unreachableNotice(groupNames.join(', '), conversationPlace(about.kind, about.names, msgs));
}

export interface ChangeNoticeView {
  title: string;
  text: string;
  /** A moved meeting keeps the member's answer: the notice offers the other one (absent for a cancelled meeting). */
  offer?: { buttons: AttendanceButtonTexts; meeting: string; answer: 'present' | 'apologies'; lang: Language };
}

/** A member's notice that a meeting they had answered for was cancelled or moved, with their answer. */
export function changeNoticeView(
  changed: ChangedMeeting,
  answer: 'present' | 'apologies',
  meeting: string,
  msgs: Messages,
  zone: string,
  lang: Language,
): ChangeNoticeView {
  const { group, occurrence, change } = changed;
  const day = localDateLabel(change.originalDate, lang);
  if (change.kind === 'cancelled') {
    return { title: msgs.changeNoticeTitle(group.name, day), text: msgs.changeNoticeCancelled(group.name, day, change.by, answer) };
  }
  return {
    title: msgs.changeNoticeTitle(group.name, day),
    text: msgs.changeNoticeMoved(group.name, day, msgs.meetingWhen(occurrence, { zone }), change.by, answer),
    offer: { buttons: msgs, meeting, answer: answer === 'present' ? 'apologies' : 'present', lang },
  };
}
