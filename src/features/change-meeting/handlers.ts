import { contactsOf } from '../shared/roles';
import { TurnContext } from 'botbuilder';
import { confirmChangeCard, outcomeCard, PendingChange } from '../../present/cards/confirmChangeCard';
import { DateProblem, TimeRange } from '../../understand/parseDate';
import { Group } from '../../domain/schedule';
import { DomainError } from '../../domain/errors';
import { cancelOccurrence, moveOccurrence, shiftEnd } from '../../domain/exceptions';
import { takesPlace } from '../../domain/occurrences';
import { zonedSpan } from '../../domain/zonedTime';
import { localDateLabel, weekdayName } from '../../i18n/dates';
import { Language } from '../../domain/language';
import { Messages } from '../../i18n/messages';
import { LocalDate } from '../../domain/localDate';
import { Slots } from '../../understand/slots';
import { groupOf, unknownGroupText } from '../shared/scope';
import { replaceCard, sendCard, sendText } from '../shared/reply';
import { Turn } from '../shared/turn';
import { userName } from '../shared/turnInfo';

interface ChangeCommand {
  kind: 'cancel' | 'move';
  group: Group;
  date: LocalDate;
  to: { date?: LocalDate; time?: TimeRange };
}

export function dateProblemText(msgs: Messages, lang: Language, p: DateProblem | { problem: 'bad-time'; text: string }): string {
  switch (p.problem) {
    case 'ambiguous':
      return msgs.ambiguousDate(p.options.map((d) => localDateLabel(d, lang)));
    case 'no-such-date':
      return msgs.noSuchDate(p.text);
    case 'weekday-mismatch':
      return msgs.weekdayMismatch(localDateLabel(p.date, lang).replace(/^\S+ /, ''), weekdayName(p.weekday, lang));
    case 'not-a-date':
      return msgs.notADate(p.text);
    case 'bad-time':
      return msgs.badTime(p.text);
  }
}

export function domainErrorText(msgs: Messages, group: Group, e: DomainError, date: string): string {
  switch (e.code) {
    case 'not-an-occurrence':
      return msgs.noMeetingOn(group.name, date);
    case 'occurrence-in-past':
      return msgs.meetingIsOver(group.name);
    case 'already-cancelled':
      return msgs.alreadyCancelled(group.name);
    case 'invalid-move':
      return msgs.invalidMove;
    default:
      return msgs.changeNoLongerPossible;
  }
}

async function requireCoordinator(turn: Turn, group: Group): Promise<boolean> {
  if (await turn.deps.roles.isCoordinator(turn.context, group)) return true;
  await sendText(turn.context, turn.msgs.notCoordinator(group.name, contactsOf(group), 'change'));
  return false;
}

/** The slots of "annuleer …" / "verplaats …" as a change, or what to say when something is missing. */
function changeOf(turn: Turn, kind: 'cancel' | 'move', slots: Slots): ChangeCommand | string {
  const g = groupOf(turn, slots.group);
  if (!g) return turn.msgs.changeWhichGroup;
  if ('unknown' in g) return unknownGroupText(turn, g.unknown);
  if (!slots.date) return turn.msgs.changeNeedsDate(kind, g.name);
  if (kind === 'move' && !slots.to?.date && !slots.to?.time) return turn.msgs.changeNeedsTarget(g.name);
  return { kind, group: g, date: slots.date, to: slots.to ?? {} };
}

/** "annuleer het SG-overleg van 18 december": check everything, then ask for confirmation; nothing changes yet. */
export async function requestChange(turn: Turn, kind: 'cancel' | 'move', slots: Slots): Promise<void> {
  const cmd = changeOf(turn, kind, slots);
  if (typeof cmd === 'string') return sendText(turn.context, cmd);
  const { calendar } = turn.deps;
  const group = cmd.group;
  if (!(await requireCoordinator(turn, group))) return;
  const ctx = { zone: calendar.zone };
  const dateLabel = localDateLabel(cmd.date, turn.lang);
  const occ = await calendar.occurrenceOn(group.id, cmd.date);
  if (!occ) return sendText(turn.context, turn.msgs.noMeetingOn(group.name, dateLabel));
  const effective = (await calendar.effectiveGroup(group.id))!;
  const actor = { now: turn.now };
  let change: PendingChange;
  let question: string;
  try {
    if (cmd.kind === 'cancel') {
      if (!takesPlace(occ)) return sendText(turn.context, turn.msgs.alreadyCancelled(group.name));
      cancelOccurrence(effective.series, occ.originalDate, calendar.schedule.calendar, actor);
      change = { kind: 'cancel', groupId: group.id, originalDate: occ.originalDate };
      question = turn.msgs.confirmCancelText(group.name, occ, ctx);
    } else {
      const date = cmd.to.date ?? occ.date;
      const startTime = cmd.to.time?.start ?? occ.startTime;
      const endTime = cmd.to.time?.end ?? shiftEnd(occ.startTime, occ.endTime, startTime);
      const to = { date, startTime, endTime };
      moveOccurrence(effective.series, occ.originalDate, to, calendar.schedule.calendar, actor);
      change = { kind: 'move', groupId: group.id, originalDate: occ.originalDate, to };
      const target = { ...occ, date, startTime, endTime, ...zonedSpan(date, startTime, endTime, ctx.zone) };
      question = turn.msgs.confirmMoveText(group.name, occ, turn.msgs.meetingWhen(target, ctx), ctx);
    }
  } catch (e) {
    if (e instanceof DomainError) return sendText(turn.context, domainErrorText(turn.msgs, group, e, dateLabel));
    throw e;
  }
  await sendCard(
    turn.context,
    confirmChangeCard({
      title: cmd.kind === 'cancel' ? turn.msgs.confirmCancelTitle : turn.msgs.confirmMoveTitle,
      question,
      confirm: turn.msgs.confirmButton,
      abort: turn.msgs.abortButton,
      change: { ...change, lang: turn.lang },
    }),
  );
}

/** Replaces the confirmation card by its outcome, so nobody can press its buttons again. */
async function replaceWithOutcome(context: TurnContext, title: string, outcome: string): Promise<void> {
  await replaceCard(context, outcomeCard(title, outcome));
}

/** The Confirm button: the same checks again (the card may be old or tampered with), then store. */
export async function confirmChange(turn: Turn, change: PendingChange): Promise<void> {
  const { calendar, logger } = turn.deps;
  const group = calendar.group(change.groupId);
  if (!group) return replaceWithOutcome(turn.context, turn.msgs.confirmCancelTitle, turn.msgs.changeNoLongerPossible);
  const title = change.kind === 'cancel' ? turn.msgs.confirmCancelTitle : turn.msgs.confirmMoveTitle;
  if (!(await requireCoordinator(turn, group))) return;
  const by = userName(turn.context);
  const ctx = { zone: calendar.zone };
  try {
    const occ =
      change.kind === 'cancel'
        ? await calendar.cancel(group.id, change.originalDate, by, turn.now)
        : await calendar.move(group.id, change.originalDate, change.to!, by, turn.now);
    logger.info({ event: `meeting-${change.kind}`, group: group.id, originalDate: change.originalDate, to: change.to, by }, 'meeting changed');
    const outcome = change.kind === 'cancel' ? turn.msgs.cancelled(group.name, occ, by, ctx) : turn.msgs.moved(group.name, occ, by, ctx);
    await replaceWithOutcome(turn.context, title, outcome);
  } catch (e) {
    if (e instanceof DomainError) {
      return replaceWithOutcome(turn.context, title, domainErrorText(turn.msgs, group, e, localDateLabel(change.originalDate, turn.lang)));
    }
    throw e;
  }
}

export async function abortChange(turn: Turn, change: PendingChange): Promise<void> {
  const group = turn.deps.calendar.group(change.groupId);
  if (group && !(await requireCoordinator(turn, group))) return;
  const title = change.kind === 'move' ? turn.msgs.confirmMoveTitle : turn.msgs.confirmCancelTitle;
  await replaceWithOutcome(turn.context, title, turn.msgs.changeAborted);
}
