import { listCard, ListLine } from '../../present/cards/listCard';
import { planSubject, planTarget } from '../../present/planView';
import { conversationPlace } from '../../present/conversationPlace';
import { Period } from '../../understand/period';
import { Ref } from '../../understand/slots';
import { dayAndTime } from '../../i18n/dates';
import { sendCard, sendText } from '../shared/reply';
import { Turn } from '../shared/turn';
import { conversationId, userId } from '../shared/turnInfo';

/** "stop herinneringen" / "herinneringen aan": one's own personal reminders. */
export async function muteReminders(turn: Turn, muted: boolean): Promise<void> {
  await turn.deps.repos.setRemindersMuted(userId(turn.context), muted);
  await sendText(turn.context, muted ? turn.msgs.remindersMuted : turn.msgs.remindersUnmuted);
}

/** "wat stuur je deze week?": the scheduler's plan for the period, for coordinators. */
export async function planPreview(turn: Turn, period: Period): Promise<void> {
  const { calendar, roles, planner } = turn.deps;
  const mine = [];
  for (const g of calendar.schedule.groups) if (await roles.isCoordinator(turn.context, g)) mine.push(g);
  if (mine.length === 0) return sendText(turn.context, turn.msgs.onlyCoordinatorsPlan);
  const zone = calendar.zone;
  const { from, to } = period;
  const posts = (await planner.plan(from, to, { groupIds: mine.map((g) => g.id), unboundAsPlaceholder: true })).filter(
    (p) => p.at.getTime() >= turn.now.getTime(),
  );
  const here = conversationId(turn.context);
  // Other channels by the names stored with their reference (never their id); one read per channel.
  const channels = new Map<string, string | undefined>();
  for (const p of posts) {
    const id = p.target.kind === 'channel' ? p.target.conversationId : null;
    if (id && id !== here && !channels.has(id)) {
      const names = (await turn.deps.repos.getReference(id))?.names;
      channels.set(id, names?.channel || names?.team || names?.general ? conversationPlace('channel', names, turn.msgs) : undefined);
    }
  }
  const lines: ListLine[] = posts.map((p) => {
    const subject = planSubject(p, (id) => calendar.group(id)?.name ?? id);
    const name = subject.groups;
    const target = planTarget(p, subject, turn.msgs, (id) => (id !== here && channels.get(id) ? `${name} (${channels.get(id)})` : name));
    return { text: turn.msgs.planLine(dayAndTime(p.at, zone, turn.lang), turn.msgs.planKinds[p.kind], target) };
  });
  await sendCard(turn.context, listCard({ title: turn.msgs.planTitleOf(period.label), lines: lines.length ? lines : [{ text: turn.msgs.planNothing }] }));
}

/** The groups a coordinator's switch applies to: the bound group, else every group they coordinate. */
async function coordinatedScope(turn: Turn) {
  const bound = turn.boundGroupId;
  const candidates = bound ? turn.deps.calendar.schedule.groups.filter((g) => g.id === bound) : turn.deps.calendar.schedule.groups;
  const mine = [];
  for (const g of candidates) if (await turn.deps.roles.isCoordinator(turn.context, g)) mine.push(g);
  return mine;
}

/** "herinneringen uit voor wonen" / "reminders on for housing" (coordinators). */
export async function switchThemeReminders(turn: Turn, on: boolean, themes: Ref[]): Promise<void> {
  const unknown = themes.filter((t): t is { unknown: string } => 'unknown' in t).map((t) => t.unknown);
  if (unknown.length || themes.length === 0)
    return sendText(
      turn.context,
      turn.msgs.agendaUnknownThemes(
        unknown.length ? unknown : ['?'],
        turn.deps.calendar.schedule.themes.map((t) => t.name),
      ),
    );
  const groups = await coordinatedScope(turn);
  if (groups.length === 0) return sendText(turn.context, turn.msgs.onlyCoordinatorsSettings);
  const ids = themes.map((t) => (t as { id: string }).id);
  for (const g of groups) {
    await turn.deps.repos.updateGroupSettings(g.id, (s) => ({
      ...s,
      mutedThemes: on ? s.mutedThemes.filter((x) => !ids.includes(x)) : [...new Set([...s.mutedThemes, ...ids])],
    }));
  }
  await sendText(
    turn.context,
    turn.msgs.themeRemindersSet(
      on,
      ids.map((id) => turn.deps.calendar.schedule.themes.find((t) => t.id === id)!.name),
    ),
  );
}

/** "geen weekoverzicht meer" / "weekoverzicht weer aan" (coordinators). */
export async function switchDigest(turn: Turn, on: boolean): Promise<void> {
  const groups = await coordinatedScope(turn);
  if (groups.length === 0) return sendText(turn.context, turn.msgs.onlyCoordinatorsSettings);
  for (const g of groups) await turn.deps.repos.updateGroupSettings(g.id, (s) => ({ ...s, digest: on }));
  await sendText(
    turn.context,
    turn.msgs.digestSet(
      on,
      groups.map((g) => g.name),
    ),
  );
}
