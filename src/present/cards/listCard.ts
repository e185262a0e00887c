import { AdaptiveCard, card, CardElement, heading, text } from './adaptiveCard';

export interface ListLine {
  text: string;
  style?: 'heading' | 'good' | 'warning' | 'attention' | 'subtle';
}

export interface ListView {
  title: string;
  lines: ListLine[];
  link?: { title: string; url: string };
  /** Buttons, before the link's. */
  actions?: CardElement[];
}

const STYLE: Record<NonNullable<ListLine['style']>, Record<string, unknown>> = {
  heading: { weight: 'Bolder', spacing: 'Medium' },
  good: { color: 'Good' },
  warning: { color: 'Warning' },
  attention: { color: 'Attention' },
  subtle: { isSubtle: true },
};

/** A title and lines: the shape of status, agenda and other short overviews. */
export function listCard(v: ListView): AdaptiveCard {
  const body: CardElement[] = [heading(v.title), ...v.lines.map((l) => text(l.text, l.style ? STYLE[l.style] : {}))];
  const link = v.link ? [{ type: 'Action.OpenUrl', title: v.link.title, url: v.link.url }] : [];
  return card(body, [v.title, ...v.lines.map((l) => l.text)].join('\n'), [...(v.actions ?? []), ...link]);
}
