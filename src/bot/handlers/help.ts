import { helpCard } from '../../present/cards/helpCard';
import { sendCard, sendText } from '../../features/shared/reply';
import { Turn } from '../../features/shared/turn';

export async function answerHelp(turn: Turn): Promise<void> {
  await sendCard(turn.context, helpCard({ title: turn.msgs.helpTitle, intro: turn.msgs.helpIntro, examples: turn.msgs.helpExamples }));
}

export async function answerNotUnderstood(turn: Turn): Promise<void> {
  await sendText(turn.context, turn.msgs.notUnderstood);
}
