import { AdaptiveCard, card, CardElement, heading, text } from './adaptiveCard';

export interface MeetingLine {
  text: string;
  kind: 'when' | 'deadline' | 'note' | 'then' | 'not-taking-place';
}

export interface MeetingsSection {
  groupName: string;
  lines: MeetingLine[];
}

/** What a "when is the next meeting" answer shows; every string already in the user's language. */
export interface MeetingsView {
  title: string;
  sections: MeetingsSection[];
  empty?: string;
  subscribe?: { label: string; url: string };
  /** The meeting's online link ("Deelnemen in Teams"), when the schedule gives one. */
  join?: { label: string; url: string };
}

const STYLE: Record<MeetingLine['kind'], Record<string, unknown>> = {
  when: { weight: 'Bolder' },
  deadline: { color: 'Accent', spacing: 'None' },
  note: { isSubtle: true, spacing: 'None' },
  then: { isSubtle: true, spacing: 'Small' },
  'not-taking-place': { color: 'Attention', spacing: 'Small' },
};

export function meetingsText(view: MeetingsView): string {
  const parts = [view.title];
  for (const s of view.sections) parts.push([s.groupName, ...s.lines.map((l) => (s.groupName ? `  ${l.text}` : l.text))].filter(Boolean).join('\n'));
  if (view.empty) parts.push(view.empty);
  if (view.join) parts.push(`${view.join.label}: ${view.join.url}`);
  if (view.subscribe) parts.push(`${view.subscribe.label}: ${view.subscribe.url}`);
  return parts.join('\n\n');
}

/** Pure: the same view gives the same card. */
export function meetingsCard(view: MeetingsView): AdaptiveCard {
  const body: CardElement[] = [heading(view.title)];
  for (const s of view.sections) {
    body.push({
      type: 'Container',
      separator: body.length > 1,
      spacing: 'Medium',
      items: [...(s.groupName ? [text(s.groupName, { weight: 'Bolder', size: 'Default' })] : []), ...s.lines.map((l) => text(l.text, STYLE[l.kind]))],
    });
  }
  if (view.empty) body.push(text(view.empty, { isSubtle: true }));
  const actions = [view.join, view.subscribe].filter((l) => l !== undefined).map((l) => ({ type: 'Action.OpenUrl', title: l.label, url: l.url }));
  return card(body, meetingsText(view), actions);
}
