import { AdaptiveCard, card, heading, text } from './adaptiveCard';
import { VERBS } from './verbs';

/** The change a coordinator asked for, carried in the card and validated again on confirm. */
export interface PendingChange {
  kind: 'cancel' | 'move';
  groupId: string;
  originalDate: string;
  to?: { date: string; startTime?: string; endTime?: string };
  /** The language the question was asked in, so that the outcome is told in the same one. */
  lang?: 'nl' | 'en';
}

export interface ConfirmChangeView {
  title: string;
  question: string;
  confirm: string;
  abort: string;
  change: PendingChange;
}

export function confirmChangeCard(view: ConfirmChangeView): AdaptiveCard {
  return card([heading(view.title), text(view.question)], `${view.title}\n${view.question}`, [
    { type: 'Action.Submit', title: view.confirm, style: 'positive', data: { verb: VERBS.confirmChange, change: view.change } },
    { type: 'Action.Submit', title: view.abort, data: { verb: VERBS.abortChange, change: view.change } },
  ]);
}

/** What the confirmation card turns into once answered: the outcome, no buttons. */
export function outcomeCard(title: string, outcome: string): AdaptiveCard {
  return card([heading(title), text(outcome)], `${title}\n${outcome}`);
}
