import { TurnContext } from 'botbuilder';
import { AdaptiveCard } from '../cards/adaptiveCard';
import { cardActivity } from './reply';

/** Replaces the card whose button was pressed (so it cannot be pressed again); a new message where that fails. */
export async function replaceCard(context: TurnContext, card: AdaptiveCard): Promise<void> {
  const activity = cardActivity(card);
  const id = context.activity.replyToId;
  if (id) {
    try {
      await context.updateActivity({ ...activity, id });
      return;
    } catch {
      // Some clients cannot update a message; fall through.
    }
  }
  await context.sendActivity(activity);
}
