import { Activity, CardFactory, MessageFactory } from 'botbuilder';
import { AdaptiveCard } from './cards/adaptiveCard';

/** A message with one Adaptive Card; `summary` is what notifications and screen readers show. */
export function cardActivity(card: AdaptiveCard): Partial<Activity> {
  const a = MessageFactory.attachment(CardFactory.adaptiveCard(card));
  a.summary = card.fallbackText.split('\n')[0];
  return a;
}
