import { addDays, dateParts, LocalDate } from '../../domain/localDate';
import { byStart, Occurrence, takesPlace } from '../../domain/occurrences';
import { localDateAt, zonedInstant } from '../../domain/zonedTime';
import { localDateLabel } from '../../i18n/dates';
import { meetingsCard, MeetingsSection } from '../../present/cards/meetingsCard';
import { nextSection, occurrenceLines, periodSection } from '../../present/meetingsView';
import { Period } from '../../understand/period';
import { Ref, Slots, Subject } from '../../understand/slots';
import { sendCard, sendText } from '../shared/reply';
import { scopeOf, unknownGroupText } from '../shared/scope';
import { Turn } from '../shared/turn';

/** The instant from which "the next meeting" is looked for: now, or the day after a meeting asked about before. */
export function fromInstant(turn: Turn, after: LocalDate | undefined): Date {
  if (!after) return turn.now;
  const start = zonedInstant(addDays(after, 1), '00:00', turn.deps.calendar.zone);
  return start.getTime() > turn.now.getTime() ? start : turn.now;
}

export function dayLabel(turn: Turn, date: LocalDate): string {
  return localDateLabel(date, turn.lang, dateParts(localDateAt(turn.now, turn.deps.calendar.zone)).year);
}

/** The first meeting in a list that takes place. */
const firstTaking = (list: Occurrence[]) => list.find(takesPlace);

/** "wanneer is het volgende SG-overleg?", "volgende overleg", "en de keer daarna?" */
export async function answerNext(turn: Turn, slots: Slots): Promise<Subject | void> {
  const scope = scopeOf(turn, slots.group);
  if ('unknown' in scope) return sendText(turn.context, unknownGroupText(turn, scope.unknown));
  const { calendar, links } = turn.deps;
  const ctx = { zone: calendar.zone };
  const lists = await calendar.upcomingOf(scope.groupIds, fromInstant(turn, slots.after), scope.single ? 3 : 1);
  const sections: MeetingsSection[] = scope.groupIds.map((id) => nextSection(calendar.group(id)!.name, lists.get(id) ?? [], turn.msgs, ctx, scope.single));
  const single = scope.single ? calendar.group(scope.groupIds[0])! : undefined;
  const title = single ? (slots.after ? turn.msgs.nextAfterTitle(single.name, dayLabel(turn, slots.after)) : single.name) : turn.msgs.nextMeetingsTitle;
  await sendCard(
    turn.context,
    meetingsCard({
      title,
      // One group: its name is the title; where it meets (and its Teams link) when the schedule says ("waar is het SG-overleg?").
      sections: single
        ? sections.map((s) => ({
            ...s,
            groupName: '',
            lines: single.location
              ? [...s.lines.slice(0, 1), { kind: 'note' as const, text: turn.msgs.meetingLocation(single.location) }, ...s.lines.slice(1)]
              : s.lines,
          }))
        : sections,
      ...(single?.teamsLink ? { join: { label: turn.msgs.joinInTeams, url: single.teamsLink } } : {}),
      subscribe: { label: turn.msgs.subscribe, url: links.feed(single?.id, turn.lang) },
    }),
  );
  // Remembered for follow-ups: the one group's next meeting, or, for every group, the first meeting of all.
  const firsts = [...lists.values()]
    .map(firstTaking)
    .filter((o): o is Occurrence => o !== undefined)
    .sort(byStart);
  const next = single ? firstTaking(lists.get(single.id) ?? []) : firsts[0];
  return {
    intent: 'next',
    ...(next ? { groupId: next.seriesId, date: next.date } : single ? { groupId: single.id } : {}),
    ...(single ? {} : { implicit: true }),
  };
}

/** "overleggen deze maand", "welke overleggen zijn er in maart?" */
export async function answerPeriod(turn: Turn, slots: Slots): Promise<Subject | void> {
  if (!slots.period) return answerNext(turn, slots);
  const period: Period = slots.period;
  const scope = scopeOf(turn, slots.group);
  if ('unknown' in scope) return sendText(turn.context, unknownGroupText(turn, scope.unknown));
  const { calendar, links } = turn.deps;
  const ctx = { zone: calendar.zone };
  const list = (await calendar.between(scope.groupIds, period.from, period.to)).filter((o) => o.end.getTime() > turn.now.getTime());
  const sections = scope.groupIds
    .map((id) =>
      periodSection(
        calendar.group(id)!.name,
        list.filter((o) => o.seriesId === id),
        turn.msgs,
        ctx,
      ),
    )
    .filter((s) => s.lines.length > 0);
  await sendCard(
    turn.context,
    meetingsCard({
      title: turn.msgs.periodTitleOf(period.label),
      sections: scope.single ? sections.map((s) => ({ ...s, groupName: '' })) : sections,
      ...(sections.length === 0 ? { empty: turn.msgs.noMeetings } : {}),
      subscribe: { label: turn.msgs.subscribe, url: links.feed(scope.single ? scope.groupIds[0] : undefined, turn.lang) },
    }),
  );
  const first = firstTaking(list);
  return { intent: 'period', period, ...(scope.single ? { groupId: scope.groupIds[0] } : {}), ...(scope.single && first ? { date: first.date } : {}) };
}

/** "gaat het SG-overleg van 1 januari door?", "is er morgen overleg?", "wat is er op 11 december?" */
export async function answerOnDate(turn: Turn, slots: Slots): Promise<Subject | void> {
  const date = slots.date!;
  const scope = scopeOf(turn, slots.group);
  if ('unknown' in scope) return sendText(turn.context, unknownGroupText(turn, scope.unknown));
  const { calendar } = turn.deps;
  const ctx = { zone: calendar.zone };
  const day = dayLabel(turn, date);
  const lines: MeetingsSection[] = [];
  let subject: Occurrence | undefined;
  const named = scope.single && slots.group !== undefined;
  for (const id of scope.groupIds) {
    const g = calendar.group(id)!;
    const o = await calendar.occurrenceOn(id, date);
    if (!o) {
      if (!named) continue;
      const next = firstTaking(await calendar.upcoming(id, zonedInstant(date, '23:59', ctx.zone), 1));
      lines.push({
        groupName: '',
        lines: [
          { kind: 'note', text: turn.msgs.onDateNone(g.name, day) },
          ...(next ? [{ kind: 'when' as const, text: turn.msgs.nextIs(turn.msgs.meetingWhen(next, ctx)) }] : []),
        ],
      });
      continue;
    }
    if (takesPlace(o) && o.date === date) {
      subject ??= o;
      const [when, ...rest] = occurrenceLines(o, turn.msgs, ctx);
      lines.push({ groupName: named ? '' : g.name, lines: [{ kind: 'when', text: named ? turn.msgs.onDateYes(g.name, when.text) : when.text }, ...rest] });
    } else if (takesPlace(o)) {
      subject ??= o;
      lines.push({ groupName: named ? '' : g.name, lines: [{ kind: 'when', text: turn.msgs.onDateMoved(g.name, day, turn.msgs.meetingWhen(o, ctx)) }] });
    } else {
      const next = firstTaking(await calendar.upcoming(id, o.end, 1));
      lines.push({
        groupName: named ? '' : g.name,
        lines: [
          { kind: 'not-taking-place', text: turn.msgs.onDateNo(g.name, day, turn.msgs.reasonLabel(o)) },
          ...(next ? [{ kind: 'when' as const, text: turn.msgs.nextIs(turn.msgs.meetingWhen(next, ctx)) }] : []),
        ],
      });
    }
  }
  await sendCard(
    turn.context,
    meetingsCard({
      title: named ? calendar.group(scope.groupIds[0])!.name : turn.msgs.onDateTitle(day),
      sections: lines,
      ...(lines.length === 0 ? { empty: turn.msgs.onDateNothing(day) } : {}),
    }),
  );
  return { intent: 'on-date', ...(scope.single ? { groupId: scope.groupIds[0] } : {}), date: subject?.date ?? date };
}

/** The meeting a question is about: on the date named, else the next one (after `after` when given). */
export async function meetingAsked(turn: Turn, groupId: string, slots: Slots): Promise<Occurrence | undefined> {
  const { calendar } = turn.deps;
  if (slots.date) return calendar.occurrenceOn(groupId, slots.date);
  return firstTaking(await calendar.upcoming(groupId, fromInstant(turn, slots.after), 1));
}

/** "hoe laat begint het SG-overleg?", "tot hoe laat duurt die?" */
export async function answerTime(turn: Turn, slots: Slots): Promise<Subject | void> {
  const scope = scopeOf(turn, slots.group as Ref | undefined);
  if ('unknown' in scope) return sendText(turn.context, unknownGroupText(turn, scope.unknown));
  const { calendar } = turn.deps;
  const ctx = { zone: calendar.zone };
  const sections: MeetingsSection[] = [];
  let subject: Occurrence | undefined;
  for (const id of scope.groupIds) {
    const g = calendar.group(id)!;
    const o = await meetingAsked(turn, id, slots);
    if (!o) {
      if (scope.single)
        sections.push({
          groupName: '',
          lines: [{ kind: 'note', text: slots.date ? turn.msgs.onDateNone(g.name, dayLabel(turn, slots.date)) : turn.msgs.noUpcoming(g.name) }],
        });
      continue;
    }
    if (!takesPlace(o)) {
      sections.push({ groupName: '', lines: [{ kind: 'not-taking-place', text: turn.msgs.notTakingPlace(o, g.name, ctx) }] });
      continue;
    }
    subject ??= o;
    sections.push({ groupName: '', lines: [{ kind: 'when', text: turn.msgs.timeLine(g.name, dayLabel(turn, o.date), o.startTime, o.endTime) }] });
  }
  await sendCard(
    turn.context,
    meetingsCard({
      title: scope.single ? calendar.group(scope.groupIds[0])!.name : turn.msgs.timeTitle,
      sections,
      ...(sections.length ? {} : { empty: turn.msgs.noMeetings }),
    }),
  );
  return { intent: 'time', ...(scope.single ? { groupId: scope.groupIds[0] } : {}), ...(subject ? { date: subject.date } : {}) };
}
