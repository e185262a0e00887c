/** The Adaptive Card version Teams renders on every client. */
export const CARD_VERSION = '1.5';

export type CardElement = Record<string, unknown>;

export interface AdaptiveCard {
  type: 'AdaptiveCard';
  $schema: string;
  version: string;
  fallbackText: string;
  body: CardElement[];
  actions?: CardElement[];
  msteams?: Record<string, unknown>;
}

export function card(body: CardElement[], fallbackText: string, actions: CardElement[] = []): AdaptiveCard {
  return {
    type: 'AdaptiveCard',
    $schema: 'http://adaptivecards.io/schemas/adaptive-card.json',
    version: CARD_VERSION,
    fallbackText,
    body,
    ...(actions.length ? { actions } : {}),
  };
}

export function text(value: string, options: Record<string, unknown> = {}): CardElement {
  return { type: 'TextBlock', text: value, wrap: true, ...options };
}

export function heading(value: string): CardElement {
  return text(value, { size: 'Medium', weight: 'Bolder', style: 'heading' });
}
