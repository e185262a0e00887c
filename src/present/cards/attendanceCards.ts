import { Language } from '../../domain/language';
import { AdaptiveCard, card, CardElement, heading, text } from './adaptiveCard';
import { VERBS } from './verbs';

export interface AttendanceButtonTexts {
  attendPresentButton: string;
  attendApologiesButton: string;
  attendReasonLabel: string;
  attendDeputyLabel: string;
  attendSendApologies: string;
}

/**
 * "Ik ben erbij" and "Ik meld me af" (which opens a reason and a deputy, both optional). The payload names the
 * meeting only; who answers is the person who presses, checked on the server.
 */
export function attendanceActions(t: AttendanceButtonTexts, meeting: string, lang: Language, which: 'both' | 'present' | 'apologies' = 'both'): CardElement[] {
  const present: CardElement = { type: 'Action.Submit', title: t.attendPresentButton, data: { verb: VERBS.attend, meeting, answer: 'present', lang } };
  const apologies: CardElement = {
    type: 'Action.ShowCard',
    title: t.attendApologiesButton,
    card: {
      type: 'AdaptiveCard',
      body: [
        { type: 'Input.Text', id: 'reason', label: t.attendReasonLabel, maxLength: 300 },
        { type: 'Input.Text', id: 'deputy', label: t.attendDeputyLabel, maxLength: 100 },
      ],
      actions: [{ type: 'Action.Submit', title: t.attendSendApologies, data: { verb: VERBS.attend, meeting, answer: 'apologies', lang } }],
    },
  };
  return which === 'both' ? [present, apologies] : which === 'present' ? [present] : [apologies];
}

/** An answer recorded, with the button to change it. */
export function attendanceOutcomeCard(title: string, outcome: string, actions: CardElement[]): AdaptiveCard {
  return card([heading(title), text(outcome, { color: 'Good' })], `${title}\n${outcome}`, actions);
}

/** A question with one button per meeting the message could mean; each carries what was said. */
export function attendanceChoiceCard(question: string, choices: { title: string; data: Record<string, unknown> }[]): AdaptiveCard {
  return card(
    [text(question)],
    [question, ...choices.map((c) => `- ${c.title}`)].join('\n'),
    choices.map((c) => ({ type: 'Action.Submit', title: c.title, data: c.data })),
  );
}
