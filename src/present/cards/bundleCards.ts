import { PITCH_QUESTIONS, PitchQuestion } from '../../domain/pitches';
import { AdaptiveCard, card, CardElement, heading, text } from './adaptiveCard';

export interface BundleView {
  title: string;
  questions: Record<PitchQuestion, string>;
  pitches: { heading: string; submitted: string; late: boolean; answers: Record<PitchQuestion, string>; lead?: { text: string; flagged: boolean } }[];
  asksTitle: string;
  asks: { theme: string; needs: string; whom: string }[];
  needsLabel: string;
  whomLabel: string;
  missingTitle: string;
  missing: string[];
  nothingMissing: string;
  part(n: number, of: number): string;
  document?: { title: string; url: string };
}

/** Teams takes about 100 KB per message; cards stay well under it so that headers and text fallback fit too. */
export const MAX_CARD_BYTES = 60_000;

const bytes = (x: unknown) => Buffer.byteLength(JSON.stringify(x), 'utf8');

function pitchBlock(p: BundleView['pitches'][number], questions: BundleView['questions']): CardElement {
  return {
    type: 'Container',
    separator: true,
    spacing: 'Large',
    items: [
      text(p.heading, { size: 'Medium', weight: 'Bolder' }),
      text(p.submitted, { isSubtle: !p.late, color: p.late ? 'Warning' : 'Default', spacing: 'None' }),
      ...(p.lead
        ? [
            text(p.lead.text, {
              isSubtle: !p.lead.flagged,
              color: p.lead.flagged ? 'Attention' : 'Default',
              weight: p.lead.flagged ? 'Bolder' : 'Default',
              spacing: 'None',
            }),
          ]
        : []),
      ...PITCH_QUESTIONS.flatMap((q) => [text(questions[q], { weight: 'Bolder', spacing: 'Medium' }), text(p.answers[q], { spacing: 'Small' })]),
    ],
  };
}

function asksBlock(v: BundleView): CardElement[] {
  const rows: CardElement[] = v.asks.map((a) => ({
    type: 'ColumnSet',
    separator: true,
    columns: [
      { type: 'Column', width: 2, items: [text(a.theme, { weight: 'Bolder' })] },
      { type: 'Column', width: 4, items: [text(a.needs)] },
      { type: 'Column', width: 4, items: [text(a.whom)] },
    ],
  }));
  const header: CardElement = {
    type: 'ColumnSet',
    columns: [
      { type: 'Column', width: 2, items: [text('')] },
      { type: 'Column', width: 4, items: [text(v.needsLabel, { weight: 'Bolder' })] },
      { type: 'Column', width: 4, items: [text(v.whomLabel, { weight: 'Bolder' })] },
    ],
  };
  const missing = v.missing.length
    ? v.missing.map((m) => text(`• ${m}`, { color: 'Attention', spacing: 'None' }))
    : [text(v.nothingMissing, { color: 'Good' })];
  return [
    {
      type: 'Container',
      separator: true,
      spacing: 'Large',
      items: [text(v.asksTitle, { size: 'Medium', weight: 'Bolder' }), ...(v.asks.length ? [header, ...rows] : [])],
    },
    { type: 'Container', separator: true, spacing: 'Large', items: [text(v.missingTitle, { size: 'Medium', weight: 'Bolder' }), ...missing] },
  ];
}

/**
 * The bundle as one card, or as several when one would be too large: pitches stay whole and in agenda
 * order, the asks and the missing list come last. Each part names itself ("deel 2 van 3").
 */
export function bundleCards(v: BundleView, maxBytes = MAX_CARD_BYTES): AdaptiveCard[] {
  const blocks: CardElement[] = [...v.pitches.map((p) => pitchBlock(p, v.questions)), ...asksBlock(v)];
  const parts: CardElement[][] = [[]];
  const budget = maxBytes - 2_000; // title, fallback text and actions
  for (const b of blocks) {
    const current = parts[parts.length - 1];
    if (current.length > 0 && bytes(current) + bytes(b) > budget) parts.push([b]);
    else current.push(b);
  }
  return parts.map((items, i) => {
    const title = parts.length > 1 ? `${v.title} (${v.part(i + 1, parts.length)})` : v.title;
    const actions = v.document ? [{ type: 'Action.OpenUrl', title: v.document.title, url: v.document.url }] : [];
    return card([heading(title), ...items], title, actions);
  });
}
