import { leadPresences } from '../../domain/bundle';
import { contactsOf } from '../shared/roles';
import { bundleCards } from '../../present/cards/bundleCards';
import { listCard, ListLine } from '../../present/cards/listCard';
import { Ref, Slots, Subject } from '../../understand/slots';
import { Group } from '../../domain/schedule';
import { LocalDate } from '../../domain/localDate';
import { Occurrence } from '../../domain/occurrences';
import { scopeOf, unknownGroupText } from '../shared/scope';
import { sendCard, sendText } from '../shared/reply';
import { Turn } from '../shared/turn';
import { userName } from '../shared/turnInfo';
import { bundleView, pitchesSummary, pitchStatusLines } from '../../present/pitchViews';
import { dayAndTime } from '../../i18n/dates';
import { dayLabel } from '../meetings/handlers';

/** Which meeting a status/agenda/bundle request is about: the named or bound group (else the first that takes pitches), its next or named meeting. */
async function meetingOf(turn: Turn, ref: Ref | undefined, date: LocalDate | undefined): Promise<{ group: Group; occurrence: Occurrence } | string> {
  const { calendar, pitches } = turn.deps;
  const scope = scopeOf(turn, ref);
  if ('unknown' in scope) return unknownGroupText(turn, scope.unknown);
  const group = scope.single ? calendar.group(scope.groupIds[0])! : pitches.pitchGroups()[0];
  if (!group) return turn.msgs.noPitchMeeting;
  const occurrence = date ? await calendar.occurrenceOn(group.id, date) : await pitches.nextMeeting(group, turn.now);
  if (!occurrence) return date ? turn.msgs.noMeetingOn(group.name, dayLabel(turn, date)) : turn.msgs.noPitchMeeting;
  return { group, occurrence };
}

const STATUS_STYLE = { submitted: 'good', late: 'warning', draft: 'subtle', missing: 'attention' } as const;

async function statusLines(turn: Turn, group: Group, occurrence: Occurrence): Promise<{ lines: ListLine[]; summary: string }> {
  const bundle = await turn.deps.pitches.bundle(group, occurrence);
  const lines = pitchStatusLines(bundle, turn.msgs, turn.deps.calendar.zone, turn.lang).map((l): ListLine => ({ text: l.text, style: STATUS_STYLE[l.status] }));
  return { lines, summary: pitchesSummary(bundle, turn.msgs) };
}

/** "status", "welke pitches ontbreken?" */
export async function answerStatus(turn: Turn, slots: Slots): Promise<Subject | void> {
  const m = await meetingOf(turn, slots.group, slots.date);
  if (typeof m === 'string') return sendText(turn.context, m);
  const zone = turn.deps.calendar.zone;
  const { lines, summary } = await statusLines(turn, m.group, m.occurrence);
  const head: ListLine[] = [];
  if (m.occurrence.deadline) head.push({ text: turn.msgs.statusDeadline(dayAndTime(m.occurrence.deadline, zone, turn.lang)), style: 'subtle' });
  await sendCard(
    turn.context,
    listCard({
      title: turn.msgs.statusTitle(m.group.name, turn.msgs.shortDate(m.occurrence, { zone })),
      lines: lines.length ? [...head, { text: summary, style: 'heading' }, ...lines] : [...head, { text: turn.msgs.noAgendaThemes }],
    }),
  );
  return { intent: 'status', groupId: m.group.id, date: m.occurrence.date };
}

/** "agenda", "agenda van vrijdag": standing items and themes with their pitch status. */
export async function answerAgenda(turn: Turn, slots: Slots): Promise<Subject | void> {
  const m = await meetingOf(turn, slots.group, slots.date);
  if (typeof m === 'string') return sendText(turn.context, m);
  const zone = turn.deps.calendar.zone;
  const { lines } = await statusLines(turn, m.group, m.occurrence);
  const out: ListLine[] = [{ text: turn.msgs.meetingWhen(m.occurrence, { zone }), style: 'subtle' }];
  if (m.group.agendaItems.length) {
    out.push({ text: turn.msgs.agendaFixedItems, style: 'heading' });
    m.group.agendaItems.forEach((item, i) => out.push({ text: `${i + 1}. ${item}` }));
  }
  out.push({ text: turn.msgs.agendaThemes, style: 'heading' });
  out.push(...(lines.length ? lines : [{ text: turn.msgs.noAgendaThemes }]));
  await sendCard(turn.context, listCard({ title: turn.msgs.agendaTitle(m.group.name, turn.msgs.shortDate(m.occurrence, { zone })), lines: out }));
  return { intent: 'agenda', groupId: m.group.id, date: m.occurrence.date };
}

/** "zet schulden en wonen op de agenda van het SG-overleg van 11 december", "haal wonen van de agenda". */
export async function changeAgenda(turn: Turn, slots: Slots): Promise<void> {
  const op = slots.op ?? 'add';
  const themes = slots.themes ?? [];
  const m = await meetingOf(turn, slots.group, slots.date);
  if (typeof m === 'string') return sendText(turn.context, m);
  if (!(await turn.deps.roles.isCoordinator(turn.context, m.group))) {
    return sendText(turn.context, turn.msgs.onlyCoordinatorsAgenda(m.group.name, contactsOf(m.group)));
  }
  const unknown = themes.filter((t): t is { unknown: string } => 'unknown' in t).map((t) => t.unknown);
  const ids = themes.filter((t): t is { id: string } => 'id' in t).map((t) => t.id);
  if (unknown.length || ids.length === 0) {
    return sendText(
      turn.context,
      turn.msgs.agendaUnknownThemes(
        unknown.length ? unknown : ['?'],
        turn.deps.calendar.schedule.themes.map((t) => t.name),
      ),
    );
  }
  const result = await turn.deps.pitches.setAgenda(m.group, m.occurrence.originalDate, userName(turn.context), turn.now, (current) =>
    op === 'add' ? [...current, ...ids.filter((id) => !current.includes(id))] : current.filter((id) => !ids.includes(id)),
  );
  turn.deps.logger.info({ event: 'agenda-changed', group: m.group.id, meeting: m.occurrence.originalDate, op, themes: ids }, 'agenda changed');
  await sendText(
    turn.context,
    turn.msgs.agendaChanged(
      m.group.name,
      turn.msgs.shortDate(m.occurrence, { zone: turn.deps.calendar.zone }),
      result.map((t) => t.name),
    ),
  );
}

/** "bundel": every pitch of the meeting in agenda order, split over several messages when needed. */
export async function answerBundle(turn: Turn, slots: Slots): Promise<Subject | void> {
  const m = await meetingOf(turn, slots.group, slots.date);
  if (typeof m === 'string') return sendText(turn.context, m);
  if (!(await turn.deps.roles.isCoordinator(turn.context, m.group))) {
    return sendText(turn.context, turn.msgs.onlyCoordinatorsBundle(m.group.name, contactsOf(m.group)));
  }
  const zone = turn.deps.calendar.zone;
  const bundle = await turn.deps.pitches.bundle(m.group, m.occurrence);
  // Whether each lead comes to present (a lead who sent apologies without a deputy is flagged), for groups with members.
  const leads = m.group.members.length
    ? leadPresences(bundle, turn.deps.calendar.schedule.themes, await turn.deps.attendance.summary(m.group, m.occurrence.originalDate))
    : undefined;
  const view = bundleView(
    bundle,
    m.group.name,
    turn.msgs.shortDate(m.occurrence, { zone }),
    turn.msgs,
    zone,
    turn.lang,
    turn.deps.links.bundle(m.group.id, m.occurrence.originalDate),
    leads,
  );
  for (const card of bundleCards(view)) await sendCard(turn.context, card);
  return { intent: 'bundle', groupId: m.group.id, date: m.occurrence.date };
}
