import { MessageFactory, TurnContext } from 'botbuilder';
import { cardActivity } from '../../present/activity';
import { AdaptiveCard } from '../../present/cards/adaptiveCard';

export async function sendCard(context: TurnContext, card: AdaptiveCard): Promise<string | undefined> {
  const r = await context.sendActivity(cardActivity(card));
  return r?.id;
}

export async function sendText(context: TurnContext, text: string): Promise<void> {
  await context.sendActivity(MessageFactory.text(text));
}

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
