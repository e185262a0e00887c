import { AdaptiveCard, card, heading, text } from './adaptiveCard';

export interface HelpView {
  title: string;
  intro: string;
  examples: readonly { text: string; what: string }[];
}

export function helpCard(view: HelpView): AdaptiveCard {
  const facts = view.examples.map((e) => ({ title: `"${e.text}"`, value: e.what }));
  const fallback = [view.title, view.intro, ...view.examples.map((e) => `- "${e.text}": ${e.what}`)].join('\n');
  return card([heading(view.title), text(view.intro), { type: 'FactSet', facts }], fallback);
}
