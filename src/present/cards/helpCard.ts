import { AdaptiveCard, card, CardElement, heading, text } from './adaptiveCard';

export interface HelpSection {
  heading: string;
  entries: { title: string; summary: string; examples: readonly string[] }[];
}

export interface HelpView {
  title: string;
  intro?: string;
  sections: HelpSection[];
  hint?: string;
  /** Messages offered as buttons (sent as if typed). */
  tryThese?: readonly string[];
}

/** Every feature grouped by who it is for, each with examples; or one feature's help. */
export function helpCard(view: HelpView): AdaptiveCard {
  const body: CardElement[] = [heading(view.title)];
  if (view.intro) body.push(text(view.intro));
  const fallback: string[] = [view.title, ...(view.intro ? [view.intro] : [])];
  for (const s of view.sections) {
    if (s.heading) body.push(text(s.heading, { weight: 'Bolder', size: 'Medium', spacing: 'Large', separator: true }));
    if (s.heading) fallback.push('', s.heading);
    for (const e of s.entries) {
      body.push({
        type: 'Container',
        spacing: 'Medium',
        items: [
          text(e.title, { weight: 'Bolder' }),
          text(e.summary, { spacing: 'None' }),
          ...e.examples.map((x) => text(`"${x}"`, { isSubtle: true, spacing: 'None' })),
        ],
      });
      fallback.push(`${e.title}: ${e.summary}`, ...e.examples.map((x) => `- "${x}"`));
    }
  }
  if (view.hint) {
    body.push(text(view.hint, { isSubtle: true, spacing: 'Large' }));
    fallback.push(view.hint);
  }
  const actions = (view.tryThese ?? []).map((o) => ({ type: 'Action.Submit', title: o, data: { msteams: { type: 'imBack', value: o } } }));
  return card(body, fallback.join('\n'), actions);
}
