import { listCard, ListLine } from '../../cards/listCard';
import { Period } from '../../commands/command';
import { clockTime, dayAndMonth } from '../../i18n/dates';
import { localDateAt } from '../../domain/zonedTime';
import { sendCard, sendText } from '../reply';
import { Turn } from '../turn';
import { conversationId, userId } from '../turnInfo';
import { periodWindow } from './meetings';

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
  const { from, to } = periodWindow(period, localDateAt(turn.now, zone));
  const posts = (await planner.plan(from, to, { groupIds: mine.map((g) => g.id), unboundAsPlaceholder: true })).filter((p) => p.at.getTime() >= turn.now.getTime());
  const here = conversationId(turn.context);
  const lines: ListLine[] = posts.map((p) => {
    const name = p.groupId.split('+').map((id) => calendar.group(id)?.name ?? id).join(', ');
    const target =
      p.target.kind === 'personal' ? `${p.target.person}${p.themes ? ` (${p.themes.join(', ')})` : ''}` : p.target.conversationId === here ? name : p.target.conversationId ? `${name} (${p.target.conversationId})` : turn.msgs.planUnbound(name);
    return { text: turn.msgs.planLine(`${dayAndMonth(p.at, zone, turn.lang)} ${clockTime(p.at, zone)}`, turn.msgs.planKinds[p.kind], target) };
  });
  await sendCard(turn.context, listCard({ title: turn.msgs.planTitle(period), lines: lines.length ? lines : [{ text: turn.msgs.planNothing }] }));
}
