import { LeadPresence, leadPresence } from '../domain/bundle';
import { Activity } from 'botbuilder';
import { bundleCards } from '../present/cards/bundleCards';
import { listCard, ListLine } from '../present/cards/listCard';
import { VERBS } from '../present/cards/verbs';
import { attendanceActions } from '../present/cards/attendanceCards';
import { encodeMeetingRef } from '../features/shared/payload';
import { cardActivity } from '../present/activity';
import { bundleView, when } from '../present/pitchViews';
import { isOverdue } from '../domain/actionItems';
import { minutesToStartIfToday, PlannedPost } from '../domain/reminders';
import { localDateAt } from '../domain/zonedTime';
import { messagesFor } from '../i18n/catalogue';
import { localDateLabel } from '../i18n/dates';
import { Language } from '../domain/language';
import { CalendarService } from '../services/calendarService';
import { meetingRef, PlanSnapshot } from '../services/reminderPlanService';
import { Links } from '../present/links';

/**
 * The messages of a planned post, rendered from the tick's snapshot of the stored state (read at the start
 * of the tick, the same read the plan came from). Returns no activities when the post has become pointless
 * (e.g. nothing missing). `now` is when it is sent: a meeting reminder caught up on the meeting's own day
 * says how soon it starts. No store access.
 */
/** The overdue action items of some groups on `today`, as lines under one heading (none when nothing is overdue). */
function overdueLines(
  ids: readonly string[],
  snapshot: PlanSnapshot,
  deps: { calendar: CalendarService },
  msgs: ReturnType<typeof messagesFor>,
  lang: Language,
  today: string,
  withGroup: boolean,
): ListLine[] {
  const overdue = ids.flatMap((id) => (snapshot.actionItems.get(id) ?? []).filter((i) => isOverdue(i, today)).map((item) => ({ id, item })));
  if (overdue.length === 0) return [];
  return [
    { text: msgs.overdueActionsHeading(overdue.length), style: 'heading' },
    ...overdue.map(({ id, item }) => ({
      text: msgs.overdueActionLine(item.id, item.owner.name, item.text, localDateLabel(item.due, lang), withGroup ? deps.calendar.group(id)?.name : undefined),
      style: 'attention' as const,
    })),
  ];
}

/**
 * A member's notice that a meeting they had answered for was cancelled or moved, with their answer; a moved meeting
 * keeps the answer, so the notice offers the other one. Nothing when the change it was planned from was replaced since.
 */
function changeNotice(
  post: PlannedPost,
  snapshot: PlanSnapshot,
  deps: { calendar: CalendarService },
  msgs: ReturnType<typeof messagesFor>,
  lang: Language,
): Partial<Activity>[] {
  const changed = snapshot.changed.get(meetingRef(post.groupId, post.originalDate!));
  const person = post.target.kind === 'personal' ? post.target.person : undefined;
  const answer = person ? changed?.attendance?.answers[person]?.answer : undefined;
  if (!changed || !answer || post.offset !== `C@${new Date(changed.change.at).toISOString()}`) return [];
  const { group, occurrence, change } = changed;
  const day = localDateLabel(change.originalDate, lang);
  const zone = deps.calendar.zone;
  const text =
    change.kind === 'cancelled'
      ? msgs.changeNoticeCancelled(group.name, day, change.by, answer.kind)
      : msgs.changeNoticeMoved(group.name, day, msgs.meetingWhen(occurrence, { zone }), change.by, answer.kind);
  const card = listCard({ title: msgs.changeNoticeTitle(group.name, day), lines: [{ text }] });
  if (change.kind === 'moved')
    card.actions = attendanceActions(msgs, encodeMeetingRef(group.id, change.originalDate), lang, answer.kind === 'present' ? 'apologies' : 'present');
  return [cardActivity(card)];
}

export function renderPost(
  post: PlannedPost,
  snapshot: PlanSnapshot,
  deps: { calendar: CalendarService; links: Links },
  lang: Language,
  now: Date,
): Partial<Activity>[] {
  const msgs = messagesFor(lang);
  const zone = deps.calendar.zone;
  if (post.kind === 'unreachable-notice') {
    const names = post.groupIds.map((id) => deps.calendar.group(id)?.name ?? id).join(', ');
    return [{ type: 'message', text: msgs.unreachableNotice(names, post.about ?? '') }];
  }
  if (post.kind === 'weekly-digest') {
    const ids = post.groupIds;
    const monday = localDateAt(post.at, zone);
    const sunday = new Date(post.at.getTime() + 6 * 86_400_000);
    const list = snapshot.between(ids, monday, localDateAt(sunday, zone));
    const lines: ListLine[] = list.map((o) => ({
      text: `${deps.calendar.group(o.seriesId)!.name}: ${o.status === 'scheduled' || o.status === 'moved' ? msgs.meetingWhen(o, { zone }) : msgs.notTakingPlace(o, deps.calendar.group(o.seriesId)!.name, { zone })}`,
    }));
    const overdue = overdueLines(ids, snapshot, deps, msgs, lang, localDateAt(now, zone), ids.length > 1);
    return [
      cardActivity(
        listCard({ title: msgs.digestTitle(localDateLabel(monday, lang)), lines: [...(lines.length ? lines : [{ text: msgs.digestEmpty }]), ...overdue] }),
      ),
    ];
  }
  if (post.kind === 'action-personal') {
    const item = snapshot.actionItems.get(post.groupId)?.find((i) => i.id === post.actionItem);
    const group = deps.calendar.group(post.groupId);
    // Done (or gone) since it was planned: nothing to remind of.
    if (!item || !group || item.status !== 'open') return [];
    const card = listCard({
      title: msgs.reminderActionTitle(item.id, group.name),
      lines: [{ text: msgs.reminderActionText(item.text, localDateLabel(item.due, lang), localDateAt(now, zone) === item.due) }],
    });
    card.actions = [{ type: 'Action.Submit', title: msgs.reminderActionDoneButton, data: { verb: VERBS.actionDone, item: `${group.id}|${item.id}`, lang } }];
    return [cardActivity(card)];
  }
  if (post.kind === 'meeting-change') return changeNotice(post, snapshot, deps, msgs, lang);
  const meeting = snapshot.meetings.get(meetingRef(post.groupId, post.originalDate!));
  if (!meeting) return [];
  const { group, occurrence, bundle } = meeting;
  const day = msgs.shortDate(occurrence, { zone });
  const deadline = occurrence.deadline ? when(occurrence.deadline, zone, lang) : '';
  if (post.kind === 'late-reply') {
    // Only the late pitch, as one card under the bundle (its current answers: a resubmission is a new reply).
    const item = bundle.items.find((i) => i.theme.id === post.themes?.[0] && i.answers);
    if (!item) return [];
    const view = bundleView({ ...bundle, items: [item], asks: [], missing: [] }, group.name, day, msgs, zone, lang);
    const [card] = bundleCards({ ...view, title: msgs.bundleLateTitle(item.theme.name) });
    return [cardActivity(card)];
  }
  if (post.kind === 'bundle') {
    const leads = new Map<string, LeadPresence>();
    for (const i of bundle.items) {
      const theme = deps.calendar.schedule.themes.find((t) => t.id === i.theme.id);
      const p = theme ? leadPresence(theme.lead, meeting.attendance) : undefined;
      if (p) leads.set(i.theme.id, p);
    }
    return bundleCards(bundleView(bundle, group.name, day, msgs, zone, lang, deps.links.bundle(group.id, occurrence.originalDate), leads)).map(cardActivity);
  }
  if (post.kind === 'deadline-personal') {
    const owed = bundle.items.filter((i) => !i.answers && post.themes?.includes(i.theme.id));
    if (owed.length === 0) return [];
    const first = owed[0].theme.id;
    const card = listCard({
      title: msgs.reminderPersonalTitle(group.name, day),
      lines: [
        {
          text: msgs.reminderPersonalText(
            owed.map((i) => i.theme.name),
            deadline,
          ),
        },
      ],
    });
    card.actions = [
      {
        type: 'Action.Submit',
        title: msgs.openPitchChat,
        data: { verb: VERBS.openPitch, groupId: group.id, originalDate: occurrence.originalDate, themeId: first, lang },
      },
    ];
    return [cardActivity(card)];
  }
  const delivered = bundle.items.filter((i) => i.answers).length;
  const status = msgs.statusSummary(
    delivered,
    bundle.items.length,
    bundle.missing.map((t) => `${t.name} (${t.department})`),
  );
  const agenda: ListLine[] = [
    ...group.agendaItems.map((item, i) => ({ text: `${i + 1}. ${item}` })),
    ...bundle.items.map((i) => ({ text: `• ${i.theme.name} (${i.theme.department}, ${i.theme.leadName})` })),
  ];
  if (post.kind === 'deadline-channel') {
    return [
      cardActivity(
        listCard({
          title: msgs.reminderDeadlineTitle(group.name, day),
          lines: [{ text: msgs.reminderDeadlineText(deadline), style: 'heading' }, { text: status }, ...agenda],
        }),
      ),
    ];
  }
  // meeting-reminder
  const minutes = minutesToStartIfToday(occurrence.start, now, zone);
  // For a group with members: how many answered what, who sent apologies, and the buttons to answer.
  const att = meeting.attendance;
  const attendance: ListLine[] = group.members.length
    ? [
        { text: msgs.attendanceCounts(att.present, att.apologies, att.noAnswer), style: 'heading' },
        ...(att.apologies
          ? [
              {
                text: msgs.attendanceApologiesLine(
                  att.organisations.flatMap((o) =>
                    o.apologies.map((p) => ({ name: p.name, organisation: p.organisation, ...(p.deputy ? { deputy: p.deputy.name } : {}) })),
                  ),
                ),
              },
            ]
          : []),
      ]
    : [];
  const card = listCard({
    title: msgs.reminderMeetingTitle(group.name, day),
    lines: [
      { text: msgs.meetingWhen(occurrence, { zone }), style: 'heading' },
      ...(minutes !== undefined ? [{ text: msgs.meetingStartsIn(occurrence.startTime, minutes), style: 'attention' as const }] : []),
      ...agenda,
      ...attendance,
      ...overdueLines([group.id], snapshot, deps, msgs, lang, localDateAt(now, zone), false),
    ],
    ...(group.teamsLink ? { link: { title: 'Teams', url: group.teamsLink } } : {}),
  });
  if (group.members.length) card.actions = [...attendanceActions(msgs, encodeMeetingRef(group.id, occurrence.originalDate), lang), ...(card.actions ?? [])];
  return [cardActivity(card)];
}
