import { AdaptiveCard, card, text } from './adaptiveCard';

export interface SuggestionView {
  text: string;
  /** Messages the user can send with one press, as if typed. */
  options: readonly string[];
}

/** A question with buttons that send a message as if the user typed it (Teams imBack): nothing changes by itself. */
export function suggestionCard(v: SuggestionView): AdaptiveCard {
  return card(
    [text(v.text)],
    [v.text, ...v.options.map((o) => `- ${o}`)].join('\n'),
    v.options.map((o) => ({ type: 'Action.Submit', title: o, data: { msteams: { type: 'imBack', value: o } } })),
  );
}
