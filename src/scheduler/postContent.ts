import { Activity } from 'botbuilder';
import { encodeMeetingRef } from '../features/shared/payload';
import { cardActivity } from '../present/activity';
import { bundleCards } from '../present/cards/bundleCards';
import {
  actionReminderCard,
  changeNoticeCard,
  deadlineReminderCard,
  digestCard,
  meetingReminderCard,
  personalReminderCard,
} from '../present/cards/reminderCards';
import {
  actionReminderView,
  deadlineReminderView,
  bundlePostView,
  changeNoticeView,
  digestView,
  lateReplyView,
  meetingReminderView,
  overdueView,
  personalReminderView,
  unreachableNoticeText,
} from '../present/reminderViews';
import { Links } from '../present/links';
import { MeetingChangePost, PlannedPost, unhandledKind } from '../domain/reminders';
import { localDateAt } from '../domain/zonedTime';
import { Language } from '../domain/language';
import { messagesFor } from '../i18n/catalogue';
import { CalendarService } from '../services/calendarService';
import { meetingRef, PlanSnapshot } from '../services/reminderPlanService';

/**
 * The messages of a planned post, from the tick's snapshot of the stored state (read at the start of the
 * tick, the same read the plan came from): this picks out of the snapshot what the post's kind needs and
 * hands it to that kind's view and card builder in the presentation layer. Returns no activities when the
 * post has become pointless (nothing missing, the item done, the meeting gone). `now` is when it is sent: a
 * meeting reminder caught up on the meeting's own day says how soon it starts. No store access.
 */
/**
 * A member's notice that a meeting they had answered for was cancelled or moved, with their answer; a moved meeting
 * keeps the answer, so the notice offers the other one. Nothing when the change it was planned from was replaced since.
 */
function changeNotice(
  post: MeetingChangePost,
  snapshot: PlanSnapshot,
  deps: { calendar: CalendarService },
  msgs: ReturnType<typeof messagesFor>,
  lang: Language,
): Partial<Activity>[] {
  const changed = snapshot.changed.get(meetingRef(post.groupId, post.originalDate));
  const person = post.target.kind === 'personal' ? post.target.person : undefined;
  const answer = person ? changed?.attendance?.answers[person]?.answer : undefined;
  if (!changed || !answer || post.offset !== `C@${new Date(changed.change.at).toISOString()}`) return [];
  const view = changeNoticeView(changed, answer.kind, encodeMeetingRef(changed.group.id, changed.change.originalDate), msgs, deps.calendar.zone, lang);
  return [cardActivity(changeNoticeCard(view))];
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
  const today = localDateAt(now, zone);
  const groupName = (id: string) => deps.calendar.group(id)?.name ?? id;
  const overdueOf = (ids: readonly string[]) =>
    overdueView(
      ids.flatMap((id) => (snapshot.actionItems.get(id) ?? []).map((item) => ({ groupName: groupName(id), item }))),
      today,
      msgs,
      lang,
      ids.length > 1,
    );
  const cards = (...list: Parameters<typeof cardActivity>[0][]) => list.map(cardActivity);

  switch (post.kind) {
    case 'unreachable-notice':
      return [{ type: 'message', text: unreachableNoticeText(post.groups.map(groupName), post.about, msgs) }];
    case 'weekly-digest': {
      const sunday = localDateAt(new Date(post.at.getTime() + 6 * 86_400_000), zone);
      const meetings = snapshot.between(post.groups, post.monday, sunday).map((occurrence) => ({ groupName: groupName(occurrence.seriesId), occurrence }));
      return cards(digestCard(digestView(post.monday, meetings, overdueOf(post.groups), msgs, zone, lang)));
    }
    case 'action-personal': {
      const group = deps.calendar.group(post.groupId);
      const view =
        group &&
        actionReminderView(
          snapshot.actionItems.get(post.groupId)?.find((i) => i.id === post.item),
          group,
          now,
          msgs,
          zone,
          lang,
        );
      return view ? cards(actionReminderCard(view)) : [];
    }
    case 'meeting-change':
      return changeNotice(post, snapshot, deps, msgs, lang);
    case 'deadline-channel':
    case 'deadline-personal':
    case 'bundle':
    case 'meeting-reminder':
    case 'late-reply': {
      const meeting = snapshot.meetings.get(meetingRef(post.groupId, post.originalDate));
      if (!meeting) return [];
      switch (post.kind) {
        case 'deadline-channel':
          return cards(deadlineReminderCard(deadlineReminderView(meeting, msgs, zone, lang)));
        case 'deadline-personal': {
          const view = personalReminderView(meeting, post.themes, msgs, zone, lang);
          return view ? cards(personalReminderCard(view)) : [];
        }
        case 'bundle': {
          const document = deps.links.bundle(meeting.group.id, meeting.occurrence.originalDate);
          return cards(...bundleCards(bundlePostView(meeting, deps.calendar.schedule.themes, document, msgs, zone, lang)));
        }
        case 'meeting-reminder': {
          const ref = encodeMeetingRef(meeting.group.id, meeting.occurrence.originalDate);
          return cards(meetingReminderCard(meetingReminderView(meeting, overdueOf([meeting.group.id]), ref, now, msgs, zone, lang)));
        }
        case 'late-reply': {
          // Only the late pitch, as one card under the bundle.
          const view = lateReplyView(meeting, post.theme, msgs, zone, lang);
          return view ? cards(bundleCards(view)[0]) : [];
        }
        default:
          return unhandledKind(post);
      }
    }
    default:
      return unhandledKind(post);
  }
}
