import { addDays } from '../../domain/localDate';
import { takesPlace } from '../../domain/occurrences';
import { localDateAt } from '../../domain/zonedTime';
import { meetingsCard, MeetingsSection } from '../../present/cards/meetingsCard';
import { dayAndTime } from '../../i18n/dates';
import { Slots, Subject } from '../../understand/slots';
import { dayLabel, meetingAsked } from '../meetings/handlers';
import { sendCard, sendText } from '../shared/reply';
import { scopeOf, unknownGroupText } from '../shared/scope';
import { Turn } from '../shared/turn';

/** "wat is de deadline voor pitches?", "tot wanneer kan ik inleveren?", "deadlines in januari" */
export async function answerDeadline(turn: Turn, slots: Slots): Promise<Subject | void> {
  const scope = scopeOf(turn, slots.group);
  if ('unknown' in scope) return sendText(turn.context, unknownGroupText(turn, scope.unknown));
  const { calendar } = turn.deps;
  const ctx = { zone: calendar.zone };
  const withDeadlines = scope.groupIds.map((id) => calendar.group(id)!).filter((g) => g.series.deadline);
  if (withDeadlines.length === 0) {
    return sendText(turn.context, scope.single ? turn.msgs.noDeadlines(calendar.group(scope.groupIds[0])!.name) : turn.msgs.noGroupWithDeadlines);
  }
  const one = withDeadlines.length === 1 ? withDeadlines[0] : undefined;
  if (slots.period) {
    const list = (
      await calendar.between(
        withDeadlines.map((g) => g.id),
        slots.period.from,
        slots.period.to,
      )
    ).filter((o) => o.deadline && o.deadline.getTime() > turn.now.getTime());
    const sections: MeetingsSection[] = withDeadlines
      .map((g) => ({
        groupName: one ? '' : g.name,
        lines: list.filter((o) => o.seriesId === g.id).map((o) => ({ kind: 'deadline' as const, text: turn.msgs.deadlineLine(g.name, o, ctx) })),
      }))
      .filter((s) => s.lines.length);
    await sendCard(
      turn.context,
      meetingsCard({
        title: turn.msgs.deadlinesInPeriodTitle(slots.period.label),
        sections,
        ...(sections.length ? {} : { empty: turn.msgs.deadlineNoneInPeriod }),
      }),
    );
    return { intent: 'deadline', ...(one ? { groupId: one.id } : {}) };
  }
  // "is de deadline nog steeds donderdag 12 uur?": a day on which no group meets but pitches are due is the
  // deadline's day; answer for the meetings whose pitches are due then.
  if (slots.date && !slots.after) {
    const ids = withDeadlines.map((g) => g.id);
    const meetsThatDay = (await calendar.between(ids, slots.date, slots.date)).some(takesPlace);
    const dueThatDay = meetsThatDay
      ? []
      : (await calendar.between(ids, slots.date, addDays(slots.date, 14))).filter(
          (o) => takesPlace(o) && o.deadline && localDateAt(o.deadline, ctx.zone) === slots.date,
        );
    if (dueThatDay.length) {
      const lines = dueThatDay.map((o) => ({
        kind: 'deadline' as const,
        text: turn.msgs.deadlineForMeeting(calendar.group(o.seriesId)!.name, dayLabel(turn, o.date), dayAndTime(o.deadline!, ctx.zone, turn.lang)),
      }));
      await sendCard(turn.context, meetingsCard({ title: turn.msgs.deadlineTitle, sections: [{ groupName: '', lines }] }));
      const first = dueThatDay[0];
      return { intent: 'deadline', groupId: first.seriesId, date: first.date };
    }
  }
  const sections: MeetingsSection[] = [];
  let subject: string | undefined;
  for (const g of withDeadlines) {
    if (slots.date || slots.after) {
      const o = await meetingAsked(turn, g.id, slots);
      if (!o)
        sections.push({
          groupName: '',
          lines: [{ kind: 'note', text: slots.date ? turn.msgs.noMeetingOn(g.name, dayLabel(turn, slots.date)) : turn.msgs.noUpcoming(g.name) }],
        });
      else if (!takesPlace(o) || !o.deadline)
        sections.push({ groupName: '', lines: [{ kind: 'not-taking-place', text: turn.msgs.deadlineNotTakingPlace(g.name, dayLabel(turn, o.date)) }] });
      else {
        subject ??= o.date;
        sections.push({
          groupName: '',
          lines: [{ kind: 'deadline', text: turn.msgs.deadlineForMeeting(g.name, dayLabel(turn, o.date), dayAndTime(o.deadline, ctx.zone, turn.lang)) }],
        });
      }
      continue;
    }
    const next = (await calendar.upcoming(g.id, turn.now, 3)).find((o) => o.deadline && o.deadline.getTime() > turn.now.getTime());
    if (next) {
      subject ??= next.date;
      sections.push({ groupName: g.name, lines: [{ kind: 'deadline', text: turn.msgs.deadlineLine(g.name, next, ctx) }] });
    } else sections.push({ groupName: g.name, lines: [{ kind: 'note', text: turn.msgs.noUpcoming(g.name) }] });
  }
  await sendCard(turn.context, meetingsCard({ title: turn.msgs.deadlineTitle, sections }));
  return { intent: 'deadline', ...(one ? { groupId: one.id } : {}), ...(one && subject ? { date: subject } : {}) };
}
