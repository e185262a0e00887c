import { meetingsCard, MeetingsSection } from '../../present/cards/meetingsCard';
import { Period } from '../../commands/command';
import { GroupRef } from '../../commands/command';
import { addDays, dateParts, daysInMonth, LocalDate, makeDate, mondayOf } from '../../domain/localDate';
import { localDateAt } from '../../domain/zonedTime';
import { scopeOf, unknownGroupText } from '../../features/shared/scope';
import { sendCard, sendText } from '../../features/shared/reply';
import { Turn } from '../../features/shared/turn';
import { nextSection, periodSection } from '../../present/meetingsView';

/** "wanneer is het volgende SG-overleg?" / "volgende overleg" */
export async function answerNext(turn: Turn, ref: GroupRef | undefined): Promise<void> {
  const scope = await scopeOf(turn, ref);
  if ('unknown' in scope) return sendText(turn.context, unknownGroupText(turn, scope.unknown));
  const { calendar, links } = turn.deps;
  const ctx = { zone: calendar.zone };
  const lists = await calendar.upcomingOf(scope.groupIds, turn.now, scope.single ? 3 : 1);
  const sections: MeetingsSection[] = scope.groupIds.map((id) => nextSection(calendar.group(id)!.name, lists.get(id) ?? [], turn.msgs, ctx, scope.single));
  const single = scope.single ? calendar.group(scope.groupIds[0])! : undefined;
  await sendCard(
    turn.context,
    meetingsCard({
      title: single ? single.name : turn.msgs.nextMeetingsTitle,
      // One group: its name is the title, so the section needs no heading of its own.
      sections: single ? sections.map((s) => ({ ...s, groupName: '' })) : sections,
      subscribe: { label: turn.msgs.subscribe, url: links.feed(single?.id) },
    }),
  );
}

export function periodWindow(period: Period, today: LocalDate): { from: LocalDate; to: LocalDate } {
  const { year, month } = dateParts(today);
  switch (period) {
    case 'this-week':
      return { from: today, to: addDays(mondayOf(today), 6) };
    case 'next-week': {
      const monday = addDays(mondayOf(today), 7);
      return { from: monday, to: addDays(monday, 6) };
    }
    case 'this-month':
      return { from: today, to: makeDate(year, month, daysInMonth(year, month)) };
    case 'next-month': {
      const first = makeDate(month === 12 ? year + 1 : year, month === 12 ? 1 : month + 1, 1);
      const p = dateParts(first);
      return { from: first, to: makeDate(p.year, p.month, daysInMonth(p.year, p.month)) };
    }
  }
}

/** "overleggen deze maand" */
export async function answerPeriod(turn: Turn, period: Period, ref: GroupRef | undefined): Promise<void> {
  const scope = await scopeOf(turn, ref);
  if ('unknown' in scope) return sendText(turn.context, unknownGroupText(turn, scope.unknown));
  const { calendar, links } = turn.deps;
  const ctx = { zone: calendar.zone };
  const { from, to } = periodWindow(period, localDateAt(turn.now, calendar.zone));
  const list = (await calendar.between(scope.groupIds, from, to)).filter((o) => o.end.getTime() > turn.now.getTime());
  const sections = scope.groupIds
    .map((id) => periodSection(calendar.group(id)!.name, list.filter((o) => o.seriesId === id), turn.msgs, ctx))
    .filter((s) => s.lines.length > 0);
  await sendCard(
    turn.context,
    meetingsCard({
      title: turn.msgs.periodTitle(period),
      sections,
      ...(sections.length === 0 ? { empty: turn.msgs.noMeetings } : {}),
      subscribe: { label: turn.msgs.subscribe, url: links.feed(scope.single ? scope.groupIds[0] : undefined) },
    }),
  );
}

/** "wat is de deadline voor pitches?" */
export async function answerDeadline(turn: Turn, ref: GroupRef | undefined): Promise<void> {
  const scope = await scopeOf(turn, ref);
  if ('unknown' in scope) return sendText(turn.context, unknownGroupText(turn, scope.unknown));
  const { calendar } = turn.deps;
  const ctx = { zone: calendar.zone };
  const withDeadlines = scope.groupIds.map((id) => calendar.group(id)!).filter((g) => g.series.deadline);
  if (withDeadlines.length === 0) {
    return sendText(turn.context, scope.single ? turn.msgs.noDeadlines(calendar.group(scope.groupIds[0])!.name) : turn.msgs.noGroupWithDeadlines);
  }
  const sections: MeetingsSection[] = [];
  for (const g of withDeadlines) {
    const next = (await calendar.upcoming(g.id, turn.now, 3)).find((o) => o.deadline && o.deadline.getTime() > turn.now.getTime());
    if (next) sections.push({ groupName: g.name, lines: [{ kind: 'deadline', text: turn.msgs.deadlineLine(g.name, next, ctx) }] });
    else sections.push({ groupName: g.name, lines: [{ kind: 'note', text: turn.msgs.noUpcoming(g.name) }] });
  }
  await sendCard(turn.context, meetingsCard({ title: turn.msgs.deadlineTitle, sections }));
}
