import { sendText } from './reply';
import { Turn } from './turn';

/** Said once when the bot is added to a team, a group chat or a personal chat. */
export async function welcome(turn: Turn): Promise<void> {
  await sendText(turn.context, turn.msgs.welcome);
}
