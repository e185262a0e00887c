import { Language } from '../../domain/language';
import { AdaptiveCard, card, heading, text } from './adaptiveCard';
import { VERBS } from './verbs';

export interface ActionFormTexts {
  title: string;
  intro: string;
  textLabel: string;
  ownerLabel: string;
  dueLabel: string;
  meetingLabel: string;
  submit: string;
}

export interface ActionFormChoices {
  groupId: string;
  /** Members ("Bram Jansen (BZK)") and organisations; the values say which kind (m:…, o:…) and are checked on the server. */
  owners: { title: string; value: string }[];
  /** The meetings the item can come from, most recent first (the first is chosen). */
  meetings: { title: string; value: string }[];
  /** The first day a due date may have (today): the client offers no earlier one, the server refuses it anyway. */
  minDue: string;
  maxTextLength: number;
  lang: Language;
}

/**
 * The form a coordinator records an action item with: text, owner, due date and meeting. Submitting sends the
 * fields with the group; every value is checked again on the server (a client may send anything).
 */
export function actionItemFormCard(t: ActionFormTexts, c: ActionFormChoices): AdaptiveCard {
  return card(
    [
      heading(t.title),
      text(t.intro, { isSubtle: true }),
      { type: 'Input.Text', id: 'text', label: t.textLabel, isMultiline: true, maxLength: c.maxTextLength, isRequired: true, errorMessage: t.textLabel },
      { type: 'Input.ChoiceSet', id: 'owner', label: t.ownerLabel, style: 'compact', isRequired: true, errorMessage: t.ownerLabel, choices: c.owners },
      { type: 'Input.Date', id: 'due', label: t.dueLabel, min: c.minDue, isRequired: true, errorMessage: t.dueLabel },
      { type: 'Input.ChoiceSet', id: 'meeting', label: t.meetingLabel, style: 'compact', isRequired: true, value: c.meetings[0]?.value, choices: c.meetings },
    ],
    `${t.title}\n${t.intro}`,
    [{ type: 'Action.Submit', title: t.submit, data: { verb: VERBS.actionCreate, group: c.groupId, lang: c.lang } }],
  );
}
