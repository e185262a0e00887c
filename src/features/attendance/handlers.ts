import { Group, Member } from '../../domain/schedule';
import { AttendanceAnswer, AttendanceError, AttendanceSummary, MAX_REASON_LENGTH } from '../../domain/attendance';
import { Occurrence, takesPlace } from '../../domain/occurrences';
import { localDateLabel } from '../../i18n/dates';
import { attendanceActions, attendanceChoiceCard, attendanceOutcomeCard } from '../../present/cards/attendanceCards';
import { listCard, ListLine } from '../../present/cards/listCard';
import { VERBS } from '../../present/cards/verbs';
import { Slots, Subject } from '../../understand/slots';
import { encodeMeetingRef } from '../shared/payload';
import { replaceCard, sendCard, sendText } from '../shared/reply';
import { unknownGroupText } from '../shared/scope';
import { Turn } from '../shared/turn';
import { conversationKind, userId, userName } from '../shared/turnInfo';

type Said = NonNullable<Slots['attendance']>;

/** What an attendance button carries: the meeting and the answer; who answers is whoever presses. */
export interface AttendPayload {
  meeting: { groupId: string; originalDate: string };
  answer: 'present' | 'apologies';
  reason?: string;
  deputy?: string;
  /** A coordinator's choice card answering for a member: whom for (checked again: coordinator, member). */
  member?: string;
}

const when = (turn: Turn, o: Occurrence) => turn.msgs.meetingWhen(o, { zone: turn.deps.calendar.zone });

function errorText(turn: Turn, e: AttendanceError, group: Group, o?: Occurrence): string {
  switch (e.code) {
    case 'meeting-started':
      return turn.msgs.attendMeetingStarted(group.name);
    case 'not-taking-place':
      return o ? turn.msgs.attendNotTakingPlace(group.name, when(turn, o)) : turn.msgs.cardRefused;
    case 'not-a-member':
      return turn.msgs.attendNotAMemberOf(group.name);
    case 'reason-too-long':
      return turn.msgs.attendReasonTooLong(MAX_REASON_LENGTH);
  }
}

/** Stores the answer and says what was recorded (in a channel, naming who answered). */
async function record(
  turn: Turn,
  group: Group,
  member: Member,
  occurrence: Occurrence,
  said: { answer: 'present' | 'apologies'; reason?: string; deputy?: string; withDeputy?: boolean },
  via: 'chat' | 'card',
  /** A coordinator answering for the member: the reply names the member, and is text only (the card's buttons are for oneself). */
  onBehalf = false,
): Promise<Subject | void> {
  const { attendance, logger } = turn.deps;
  const deputy = said.answer === 'apologies' && (said.deputy || said.withDeputy) ? attendance.deputyOf(group, member, said.deputy) : undefined;
  const answer: AttendanceAnswer =
    said.answer === 'present' ? { kind: 'present' } : { kind: 'apologies', ...(said.reason ? { reason: said.reason } : {}), ...(deputy ? { deputy } : {}) };
  try {
    const r = await attendance.answer(
      group.id,
      occurrence.originalDate,
      member.id,
      answer,
      { id: userId(turn.context), name: userName(turn.context) },
      turn.now,
    );
    const stored = r.attendance.answers[member.id].answer;
    logger.info(
      {
        event: 'attendance-answered',
        group: group.id,
        meeting: occurrence.originalDate,
        answer: stored.kind,
        deputy: stored.kind === 'apologies' && !!stored.deputy,
        via,
        ...(onBehalf ? { onBehalf: true } : {}),
      },
      'attendance recorded',
    );
    const personal = conversationKind(turn.context) === 'personal' && !onBehalf;
    const who = personal ? undefined : member.name;
    const outcome =
      stored.kind === 'present'
        ? turn.msgs.attendRecordedPresent(group.name, when(turn, r.occurrence), who)
        : turn.msgs.attendRecordedApologies(group.name, when(turn, r.occurrence), stored.reason, stored.deputy?.name, who);
    if (!personal) {
      // A channel's reminder card stays as it is for everyone else: the answer is a reply, not a replacement.
      if (onBehalf && via === 'card') await replaceCard(turn.context, attendanceOutcomeCard(turn.msgs.attendanceTitle, outcome, []));
      else await sendText(turn.context, outcome);
    } else {
      // The other answer stays one press away, until the meeting starts.
      const card = attendanceOutcomeCard(
        turn.msgs.attendanceTitle,
        outcome,
        attendanceActions(turn.msgs, encodeMeetingRef(group.id, occurrence.originalDate), turn.lang, stored.kind === 'present' ? 'apologies' : 'present'),
      );
      if (via === 'card') await replaceCard(turn.context, card);
      else await sendCard(turn.context, card);
    }
    return { intent: 'attend', groupId: group.id, date: r.occurrence.date };
  } catch (e) {
    if (e instanceof AttendanceError) return sendText(turn.context, errorText(turn, e, group, occurrence));
    throw e;
  }
}

async function memberships(turn: Turn) {
  return turn.deps.attendance.memberships(await turn.deps.roles.identity(turn.context));
}

/** "ik kan vrijdag niet", "ik ben erbij", "mijn plaatsvervanger Daan komt": the meeting meant, or a question back. */
export async function attend(turn: Turn, slots: Slots): Promise<Subject | void> {
  const said: Said = slots.attendance ?? { answer: 'present' };
  if (slots.attendee) return attendFor(turn, slots, said, slots.attendee);
  const mine = await memberships(turn);
  if (mine.length === 0) return sendText(turn.context, turn.msgs.attendNotAMember);
  if (slots.group && 'unknown' in slots.group) return sendText(turn.context, unknownGroupText(turn, slots.group.unknown));
  let pool = mine;
  if (slots.group && 'id' in slots.group) {
    const id = slots.group.id;
    pool = mine.filter((m) => m.group.id === id);
    if (pool.length === 0) return sendText(turn.context, turn.msgs.attendNotAMemberOf(turn.deps.calendar.group(id)?.name ?? id));
  } else if (turn.boundGroupId && mine.some((m) => m.group.id === turn.boundGroupId)) {
    // In a group's channel, "ik kan vrijdag niet" is about that group's meeting.
    pool = mine.filter((m) => m.group.id === turn.boundGroupId);
  }
  const found = await turn.deps.attendance.candidates(
    pool.map((m) => m.group),
    slots.date,
    turn.now,
  );
  if (found.length === 0)
    return sendText(turn.context, slots.date ? turn.msgs.attendNoMeetingOn(localDateLabel(slots.date, turn.lang)) : turn.msgs.attendNoUpcoming);
  if (found.length > 1) {
    // Two meetings fit (two groups on that day, or the next of each): ask, never guess.
    return askWhichMeeting(turn, found, said);
  }
  const { group, occurrence } = found[0];
  if (!takesPlace(occurrence)) return sendText(turn.context, turn.msgs.attendNotTakingPlace(group.name, when(turn, occurrence)));
  const member = pool.find((m) => m.group.id === group.id)!.member;
  return record(turn, group, member, occurrence, said, 'chat');
}

/** "Which meeting?" with one button per meeting that fits, carrying the answer as said (and whom it is for). */
async function askWhichMeeting(turn: Turn, found: readonly { group: Group; occurrence: Occurrence }[], said: Said, member?: string): Promise<void> {
  await sendCard(
    turn.context,
    attendanceChoiceCard(
      turn.msgs.attendWhichMeeting,
      found.map(({ group, occurrence }) => ({
        title: `${group.name}, ${when(turn, occurrence)}`,
        data: {
          verb: VERBS.attend,
          meeting: encodeMeetingRef(group.id, occurrence.originalDate),
          answer: said.answer,
          ...(member ? { member } : {}),
          ...(said.reason ? { reason: said.reason } : {}),
          ...(said.deputy ? { deputy: said.deputy } : {}),
          ...(said.withDeputy ? { withDeputy: true } : {}),
          lang: turn.lang,
        },
      })),
    ),
  );
}

/** How a typed name may mean a member: the full name, the first or the last name, or the id (e-mail). */
function nameMatches(member: Member, typed: string): boolean {
  const fold = (x: string) => x.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(/\s+/g, ' ').trim();
  const t = fold(typed);
  const full = fold(member.name);
  const parts = full.split(' ');
  return full === t || parts[0] === t || parts.at(-1) === t || member.id === t || (t.length >= 3 && full.startsWith(`${t} `));
}

/**
 * "Daan kan vrijdag niet", "meld Fatima af voor het SG-overleg van 11 december": a coordinator answers for a member
 * of a group they coordinate. Anyone else gets a refusal before any member list is looked at, so it tells them nothing.
 */
async function attendFor(turn: Turn, slots: Slots, said: Said, typed: string): Promise<Subject | void> {
  const { calendar, roles, attendance } = turn.deps;
  if (slots.group && 'unknown' in slots.group) return sendText(turn.context, unknownGroupText(turn, slots.group.unknown));
  const named = slots.group && 'id' in slots.group ? calendar.group(slots.group.id) : turn.boundGroupId ? calendar.group(turn.boundGroupId) : undefined;
  const scope = named ? [named] : calendar.schedule.groups.filter((g) => g.members.length > 0);
  const mine: Group[] = [];
  for (const g of scope) if (await roles.isCoordinator(turn.context, g)) mine.push(g);
  if (mine.length === 0) return sendText(turn.context, named ? turn.msgs.attendForOnlyCoordinators(named.name) : turn.msgs.attendForOnlyCoordinatorsAny);

  const people = new Map<string, Member>();
  for (const g of mine) for (const m of g.members) if (nameMatches(m, typed)) people.set(m.id, m);
  if (people.size === 0) return sendText(turn.context, turn.msgs.attendForUnknownPerson(typed, mine.length === 1 ? mine[0].name : undefined));
  if (people.size > 1)
    return sendText(
      turn.context,
      turn.msgs.attendForWhichPerson(
        typed,
        [...people.values()].map((m) => `${m.name} (${m.organisation})`),
      ),
    );
  const [member] = people.values();
  const groups = mine.filter((g) => g.members.some((m) => m.id === member.id));
  const found = await attendance.candidates(groups, slots.date, turn.now);
  if (found.length === 0)
    return sendText(
      turn.context,
      slots.date ? turn.msgs.attendForNoMeetingOn(member.name, localDateLabel(slots.date, turn.lang)) : turn.msgs.attendForNoUpcoming(member.name),
    );
  if (found.length > 1) {
    // The member's next meetings in two groups, or two on that day: ask, never guess.
    return askWhichMeeting(turn, found, said, member.id);
  }
  const { group, occurrence } = found[0];
  if (!takesPlace(occurrence)) return sendText(turn.context, turn.msgs.attendNotTakingPlace(group.name, when(turn, occurrence)));
  return record(turn, group, member, occurrence, said, 'chat', true);
}

/** The buttons (reminder card, choice card, outcome card): everything checked again; the presser answers for themselves. */
export async function onAttend(turn: Turn, p: AttendPayload & { withDeputy?: boolean }): Promise<void> {
  const group = turn.deps.calendar.group(p.meeting.groupId);
  const occurrence = group ? await turn.deps.attendance.occurrence(group.id, p.meeting.originalDate) : undefined;
  if (!group || !occurrence) return sendText(turn.context, turn.msgs.cardRefused);
  const said = {
    answer: p.answer,
    ...(p.reason ? { reason: p.reason } : {}),
    ...(p.deputy ? { deputy: p.deputy } : {}),
    ...(p.withDeputy ? { withDeputy: true } : {}),
  };
  if (p.member) {
    // For someone else (a coordinator's choice card): the presser must coordinate the group, the member be on its list.
    if (!(await turn.deps.roles.isCoordinator(turn.context, group))) return sendText(turn.context, turn.msgs.attendForOnlyCoordinators(group.name));
    const member = group.members.find((m) => m.id === p.member);
    if (!member) return sendText(turn.context, turn.msgs.cardRefused);
    await record(turn, group, member, occurrence, said, 'card', true);
    return;
  }
  const mine = (await memberships(turn)).find((m) => m.group.id === group.id);
  if (!mine) return sendText(turn.context, turn.msgs.attendNotAMemberOf(group.name));
  await record(turn, group, mine.member, occurrence, said, 'card');
}

function summaryLines(turn: Turn, s: AttendanceSummary): ListLine[] {
  const m = turn.msgs;
  const lines: ListLine[] = [{ text: m.attendanceCounts(s.present, s.apologies, s.noAnswer), style: 'heading' }];
  for (const o of s.organisations) {
    lines.push({ text: o.organisation, style: 'heading' });
    if (o.present.length) lines.push({ text: m.attendancePresent(o.present.map((p) => p.name)), style: 'good' });
    if (o.apologies.length)
      lines.push({ text: m.attendanceApologiesOf(o.apologies.map((p) => m.attendancePerson(p.name, p.reason, p.deputy?.name))), style: 'warning' });
    if (o.noAnswer.length) lines.push({ text: m.attendanceNoAnswer(o.noAnswer.map((p) => p.name)), style: 'subtle' });
  }
  return lines;
}

async function showList(turn: Turn, group: Group, occurrence: Occurrence, via: 'chat' | 'card'): Promise<Subject> {
  const summary = await turn.deps.attendance.summary(group, occurrence.originalDate);
  const title = turn.msgs.attendanceListTitle(group.name, turn.msgs.shortDate(occurrence, { zone: turn.deps.calendar.zone }));
  const lines = takesPlace(occurrence) ? summaryLines(turn, summary) : [{ text: turn.msgs.attendNotTakingPlace(group.name, when(turn, occurrence)) }];
  const card = listCard({ title, lines });
  if (via === 'card') await replaceCard(turn.context, card);
  else await sendCard(turn.context, card);
  return { intent: 'attendance', groupId: group.id, date: occurrence.date };
}

/** "wie komen er vrijdag?", "wie heeft zich afgemeld?": for a group's coordinators, per organisation. */
export async function attendanceOverview(turn: Turn, slots: Slots): Promise<Subject | void> {
  const { calendar, roles } = turn.deps;
  if (slots.group && 'unknown' in slots.group) return sendText(turn.context, unknownGroupText(turn, slots.group.unknown));
  const named = slots.group && 'id' in slots.group ? calendar.group(slots.group.id) : turn.boundGroupId ? calendar.group(turn.boundGroupId) : undefined;
  let groups: Group[];
  if (named) {
    if (!(await roles.isCoordinator(turn.context, named))) return sendText(turn.context, turn.msgs.attendanceOnlyCoordinators(named.name));
    if (named.members.length === 0) return sendText(turn.context, turn.msgs.attendanceNoMembers(named.name));
    groups = [named];
  } else {
    const withMembers = calendar.schedule.groups.filter((g) => g.members.length > 0);
    groups = [];
    for (const g of withMembers) if (await roles.isCoordinator(turn.context, g)) groups.push(g);
    if (groups.length === 0)
      return sendText(turn.context, withMembers.length === 0 ? turn.msgs.attendanceNoGroupToShow : turn.msgs.attendanceOnlyCoordinatorsAny);
  }
  const found = await turn.deps.attendance.candidates(groups, slots.date, turn.now);
  if (found.length === 0)
    return sendText(
      turn.context,
      slots.date
        ? groups.length === 1
          ? turn.msgs.noMeetingOn(groups[0].name, localDateLabel(slots.date, turn.lang))
          : turn.msgs.attendNoMeetingOn(localDateLabel(slots.date, turn.lang))
        : turn.msgs.attendNoUpcoming,
    );
  if (found.length > 1) {
    return void (await sendCard(
      turn.context,
      attendanceChoiceCard(
        turn.msgs.attendWhichMeeting,
        found.map(({ group, occurrence }) => ({
          title: `${group.name}, ${when(turn, occurrence)}`,
          data: { verb: VERBS.attendanceList, meeting: encodeMeetingRef(group.id, occurrence.originalDate), lang: turn.lang },
        })),
      ),
    ));
  }
  return showList(turn, found[0].group, found[0].occurrence, 'chat');
}

export async function onAttendanceList(turn: Turn, p: { meeting: { groupId: string; originalDate: string } }): Promise<void> {
  const group = turn.deps.calendar.group(p.meeting.groupId);
  const occurrence = group ? await turn.deps.attendance.occurrence(group.id, p.meeting.originalDate) : undefined;
  if (!group || !occurrence) return sendText(turn.context, turn.msgs.cardRefused);
  if (!(await turn.deps.roles.isCoordinator(turn.context, group))) return sendText(turn.context, turn.msgs.attendanceOnlyCoordinators(group.name));
  await showList(turn, group, occurrence, 'card');
}
