import { Activity, CardFactory, MessageFactory, TurnContext } from 'botbuilder';
import { AdaptiveCard } from '../cards/adaptiveCard';

/** A message with one Adaptive Card; `summary` is what notifications and screen readers show. */
export function cardActivity(card: AdaptiveCard): Partial<Activity> {
  const a = MessageFactory.attachment(CardFactory.adaptiveCard(card));
  a.summary = card.fallbackText.split('\n')[0];
  return a;
}

export async function sendCard(context: TurnContext, card: AdaptiveCard): Promise<string | undefined> {
  const r = await context.sendActivity(cardActivity(card));
  return r?.id;
}

export async function sendText(context: TurnContext, text: string): Promise<void> {
  await context.sendActivity(MessageFactory.text(text));
}
