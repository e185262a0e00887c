import { actionItemLine, capitalise, ifGiven, Parts } from '../../i18n/build';
import { enWords } from '../../i18n/en';
import { nlWords } from '../../i18n/nl';
import { HelpText } from '../shared/helpText';

export interface ActionItemsMessages {
  actionItemsHelp: HelpText;
  actionItemsOverviewHelp: HelpText;
  /** "Actiepunt 3 genoteerd voor BZK, uiterlijk dinsdag 26 mei (uit het SG-overleg van vrijdag 15 mei): …" */
  actionRecorded(id: number, owner: string, due: string, group: string, meeting: string, text: string): string;
  actionOnlyCoordinators(group: string, contacts: string[]): string;
  actionOnlyCoordinatorsAny: string;
  actionUnknownOwner: string;
  actionDueInPast(day: string): string;
  actionNoDue: string;
  actionEmptyText: string;
  actionTextTooLong(max: number): string;
  actionNoMeeting(group: string): string;
  actionNoMeetingOn(group: string, day: string): string;
  actionWhichGroup(groups: string[]): string;
  actionUnknownItem(id: number): string;
  actionAlreadyDone(id: number): string;
  actionNotYours(id: number, group: string): string;
  actionMarkedDone(id: number, text: string): string;
  actionAmbiguousNumber(id: number, groups: string[]): string;
  myActionsTitle: string;
  myActionsNone: string;
  openActionsTitle(group: string): string;
  /** The overview of one meeting's items ("actiepunten van het SG-overleg van 15 mei"). */
  openActionsTitleOf(group: string, meeting: string): string;
  openActionsNone(group: string): string;
  /** None of the groups a coordinator asked about has action items. */
  openActionsNoneAny: string;
  openActionsNoneOf(group: string, meeting: string): string;
  /** A non-coordinator asking for the overview (recording has its own refusal, actionOnlyCoordinators). */
  actionOverviewOnlyCoordinators(group: string, contacts: string[]): string;
  actionOpenHeading: string;
  actionOverdueHeading: string;
  actionDoneHeading: string;
  /** "#2 BZK: BZK levert input aan (uiterlijk dinsdag 26 mei)" */
  actionLine(id: number, owner: string, text: string, due: string, requested?: string): string;
  actionDoneButton(id: number): string;
  actionNewDateAsked(id: number, day: string): string;
  actionNewDateSet(id: number, day: string): string;
  actionNoNewDate: string;
  actionSameDate(id: number): string;
  actionNoRequest(id: number): string;
  actionConfirmButton(id: number, day: string): string;
  actionConfirmOnlyCoordinators(group: string): string;
  actionFormTitle(group: string): string;
  actionFormIntro: string;
  actionFormText: string;
  actionFormOwner: string;
  actionFormDue: string;
  actionFormMeeting: string;
  actionFormSubmit: string;
  /** The button on the coordinators' overview that opens the form. */
  actionFormButton: string;
  actionFormWhichGroup: string;
  actionFormNoMembers(group: string): string;
  actionFormUnknownOwner(group: string): string;
  actionFormEmptyText: string;
}

/** One language's words for this slice; the optional parts and the item line are composed by `build`. */
type ActionItemsWords = Omit<ActionItemsMessages, 'actionOnlyCoordinators' | 'actionLine' | 'actionWhichGroup' | 'actionAmbiguousNumber'> & {
  /** `example`: the first group, to show how to name one; `all`: every candidate. */
  actionWhichGroup(example: string, all: string): string;
  actionAmbiguousNumber(id: number, example: string, all: string): string;
  /** `ask`: whom to ask, or nothing when the group names no coordinators. */
  actionOnlyCoordinators(group: string, ask: string): string;
  askCoordinators(contacts: string): string;
  dateAsked(day: string): string;
};

function build(w: ActionItemsWords, parts: Parts): ActionItemsMessages {
  const { askCoordinators, dateAsked, ...plain } = w;
  return {
    ...plain,
    // The date starts the sentence.
    actionDueInPast: (day) => w.actionDueInPast(capitalise(day)),
    actionOnlyCoordinators: (group, contacts) =>
      w.actionOnlyCoordinators(
        group,
        ifGiven(contacts.length, () => askCoordinators(contacts.join(` ${parts.or} `))),
      ),
    actionWhichGroup: (groups) => w.actionWhichGroup(groups[0], groups.join(', ')),
    actionAmbiguousNumber: (id, groups) => w.actionAmbiguousNumber(id, groups[0], groups.join(', ')),
    actionLine: (id, owner, text, due, requested) => actionItemLine(id, owner, text, `${parts.actionDue(due)}${ifGiven(requested, dateAsked)}`),
  };
}

export const nl: ActionItemsMessages = build(
  {
    actionItemsHelp: {
      title: 'Actiepunten',
      summary:
        'Voor coördinatoren: noteer een afspraak uit het overleg in één zin, met de eigenaar (een lid of een organisatie) en de datum: "actiepunt: BZK levert input aan voor dinsdag 26 mei" (ook "over twee weken" of "voor het volgende SG-overleg"). Het actiepunt hoort bij het laatste overleg, of bij het overleg dat je noemt ("actiepunt SG-overleg 15 mei: …"). Eigenaren vragen "mijn actiepunten" en melden "actiepunt 2 is klaar" (of gebruiken de knop) of vragen "actiepunt 2 nieuwe datum 15 juni"; een coördinator bevestigt de nieuwe datum.',
      examples: ['actiepunt: BZK levert input aan voor dinsdag 26 mei', 'mijn actiepunten', 'actiepunt 2 is klaar'],
    },
    actionItemsOverviewHelp: {
      title: 'Openstaande actiepunten',
      summary:
        'Voor coördinatoren: de actiepunten van een overleg: open, over de datum en afgerond. "nieuw actiepunt" (of de knop onder het overzicht) geeft een formulier met de tekst, de eigenaar (een lid of een organisatie), de datum en het overleg waar het uit kwam.',
      examples: ['openstaande actiepunten van het SG-overleg', 'welke actiepunten staan open?', 'nieuw actiepunt'],
    },
    actionRecorded: (id, owner, due, group, meeting, text) =>
      `Actiepunt ${id} genoteerd voor ${owner}, uiterlijk ${due} (uit het ${group} van ${meeting}): ${text}`,
    actionOnlyCoordinators: (group, ask) => `Alleen de coördinatoren van het ${group} kunnen actiepunten noteren.${ask}`,
    askCoordinators: (contacts) => ` Vraag het ${contacts}.`,
    actionOnlyCoordinatorsAny: 'Alleen coördinatoren kunnen actiepunten noteren en het overzicht opvragen.',
    actionUnknownOwner:
      'Wie is de eigenaar? Begin het actiepunt met de naam van een lid of een organisatie uit de ledenlijst, bijvoorbeeld "actiepunt: BZK levert input aan voor dinsdag 26 mei". Ik heb niets genoteerd.',
    actionDueInPast: (day) => `${day} is al voorbij. Geef een datum vanaf vandaag; ik heb niets genoteerd.`,
    actionNoDue: 'Voor wanneer? Noem een datum, bijvoorbeeld "actiepunt: BZK levert input aan voor dinsdag 26 mei". Ik heb niets genoteerd.',
    actionEmptyText: 'Wat is het actiepunt? Schrijf het na "actiepunt:". Ik heb niets genoteerd.',
    actionTextTooLong: (max) => `Het actiepunt is te lang (hoogstens ${max} tekens). Ik heb niets genoteerd.`,
    actionNoMeeting: (group) => `Ik vind geen recent ${group} om het actiepunt aan te koppelen. Noem het overleg, bijvoorbeeld "actiepunt ${group} 15 mei: …".`,
    actionNoMeetingOn: (group, day) => `Het ${group} had geen overleg op ${day}; ik heb niets genoteerd.`,
    actionWhichGroup: (example, all) => `Bij welk overleg hoort het actiepunt? Noem het, bijvoorbeeld "actiepunt ${example}: …" (${all}).`,
    actionUnknownItem: (id) => `Ik vind geen actiepunt ${id}.`,
    actionAlreadyDone: (id) => `Actiepunt ${id} was al afgerond.`,
    actionNotYours: (id, group) => `Actiepunt ${id} van het ${group} is niet van jou; alleen de eigenaar of een coördinator kan het afronden.`,
    actionMarkedDone: (id, text) => `Actiepunt ${id} is afgerond: ${text}`,
    actionAmbiguousNumber: (id, example, all) =>
      `Er zijn meerdere actiepunten ${id} (${all}). Noem het overleg, bijvoorbeeld "actiepunt ${id} van het ${example} is klaar".`,
    myActionsTitle: 'Mijn actiepunten',
    myActionsNone: 'Je hebt geen openstaande actiepunten.',
    openActionsTitle: (group) => `Actiepunten ${group}`,
    openActionsNone: (group) => `Het ${group} heeft nog geen actiepunten.`,
    openActionsNoneAny: 'Geen van je overleggen heeft nog actiepunten.',
    openActionsTitleOf: (group, meeting) => `Actiepunten ${group} van ${meeting}`,
    openActionsNoneOf: (group, meeting) => `Uit het ${group} van ${meeting} komen geen actiepunten.`,
    actionOverviewOnlyCoordinators: (group, contacts) =>
      `Alleen de coördinatoren van het ${group} zien het overzicht van de actiepunten.${contacts.length ? ` Vraag het ${contacts.join(' of ')}.` : ''} Je eigen actiepunten staan onder "mijn actiepunten".`,
    actionOpenHeading: 'Open',
    actionOverdueHeading: 'Over de datum',
    actionDoneHeading: 'Afgerond',
    dateAsked: (day) => `; nieuwe datum gevraagd: ${day}`,
    actionDoneButton: (id) => `Actiepunt ${id} is klaar`,
    actionNewDateAsked: (id, day) => `Nieuwe datum voor actiepunt ${id} gevraagd: ${day}. Een coördinator bevestigt die; tot dan geldt de oude datum.`,
    actionNewDateSet: (id, day) => `Actiepunt ${id} heeft een nieuwe datum: ${day}.`,
    actionNoNewDate: 'Welke nieuwe datum? Bijvoorbeeld "actiepunt 2 nieuwe datum 15 juni". Ik heb niets gewijzigd.',
    actionSameDate: (id) => `Dat is al de datum van actiepunt ${id}.`,
    actionNoRequest: (id) => `Voor actiepunt ${id} is geen nieuwe datum gevraagd.`,
    actionConfirmButton: (id, day) => `Bevestig ${day} voor actiepunt ${id}`,
    actionConfirmOnlyCoordinators: (group) => `Alleen de coördinatoren van het ${group} kunnen een nieuwe datum bevestigen.`,
    actionFormTitle: (group) => `Nieuw actiepunt ${group}`,
    actionFormIntro: 'Vul de afspraak in; de eigenaar krijgt een herinnering de werkdag ervoor en op de dag zelf.',
    actionFormText: 'Wat is er afgesproken?',
    actionFormOwner: 'Eigenaar',
    actionFormDue: 'Uiterlijk op',
    actionFormMeeting: 'Uit het overleg van',
    actionFormSubmit: 'Actiepunt noteren',
    actionFormButton: 'Nieuw actiepunt',
    actionFormWhichGroup: 'Voor welk overleg is het actiepunt?',
    actionFormEmptyText: 'Wat is er afgesproken? Vul de tekst van het actiepunt in; ik heb niets genoteerd.',
    actionFormUnknownOwner: (group) =>
      `Die eigenaar staat niet op de ledenlijst van het ${group}; kies een lid of een organisatie uit de lijst. Ik heb niets genoteerd.`,
    actionFormNoMembers: (group) => `Het ${group} heeft geen ledenlijst in het schema, dus er is geen eigenaar te kiezen. Voeg leden toe (members).`,
  },
  nlWords.parts,
);

export const en: ActionItemsMessages = build(
  {
    actionItemsHelp: {
      title: 'Action items',
      summary:
        'For coordinators: record an agreement from the meeting in one sentence, with its owner (a member or an organisation) and the date: "action item: BZK delivers input by Tuesday 26 May" (also "in two weeks" or "before the next SG meeting"). It belongs to the most recent meeting, or to the one you name ("action item SG meeting 15 May: …"). Owners ask "my action items" and say "action item 2 is done" (or use the button) or ask "action item 2 new date 15 June"; a coordinator confirms the new date.',
      examples: ['action item: BZK delivers input by Tuesday 26 May', 'my action items', 'action item 2 is done'],
    },
    actionItemsOverviewHelp: {
      title: 'Open action items',
      summary:
        'For coordinators: a meeting\'s action items: open, overdue and done. "new action item" (or the button under the overview) gives a form with the text, the owner (a member or an organisation), the due date and the meeting it came from.',
      examples: ['open action items of the SG meeting', 'which action items are open?', 'new action item'],
    },
    actionRecorded: (id, owner, due, group, meeting, text) => `Action item ${id} recorded for ${owner}, due ${due} (from the ${group} of ${meeting}): ${text}`,
    actionOnlyCoordinators: (group, ask) => `Only the coordinators of the ${group} can record action items.${ask}`,
    askCoordinators: (contacts) => ` Ask ${contacts}.`,
    actionOnlyCoordinatorsAny: 'Only coordinators can record action items and see the overview.',
    actionUnknownOwner:
      'Who is the owner? Start the action item with the name of a member or an organisation on the member list, for example "action item: BZK delivers input by Tuesday 26 May". Nothing was recorded.',
    actionDueInPast: (day) => `${day} has already passed. Give a date from today on; nothing was recorded.`,
    actionNoDue: 'By when? Name a date, for example "action item: BZK delivers input by Tuesday 26 May". Nothing was recorded.',
    actionEmptyText: 'What is the action item? Write it after "action item:". Nothing was recorded.',
    actionTextTooLong: (max) => `The action item is too long (at most ${max} characters). Nothing was recorded.`,
    actionNoMeeting: (group) => `I find no recent ${group} to attach the action item to. Name the meeting, for example "action item ${group} 15 May: …".`,
    actionNoMeetingOn: (group, day) => `The ${group} had no meeting on ${day}; nothing was recorded.`,
    actionWhichGroup: (example, all) => `Which meeting does the action item belong to? Name it, for example "action item ${example}: …" (${all}).`,
    actionUnknownItem: (id) => `I find no action item ${id}.`,
    actionAlreadyDone: (id) => `Action item ${id} was already done.`,
    actionNotYours: (id, group) => `Action item ${id} of the ${group} is not yours; only its owner or a coordinator can mark it done.`,
    actionMarkedDone: (id, text) => `Action item ${id} is done: ${text}`,
    actionAmbiguousNumber: (id, example, all) =>
      `There are several action items ${id} (${all}). Name the meeting, for example "action item ${id} of the ${example} is done".`,
    myActionsTitle: 'My action items',
    myActionsNone: 'You have no open action items.',
    openActionsTitle: (group) => `Action items ${group}`,
    openActionsNone: (group) => `The ${group} has no action items yet.`,
    openActionsNoneAny: 'None of your meetings has action items yet.',
    openActionsTitleOf: (group, meeting) => `Action items ${group} of ${meeting}`,
    openActionsNoneOf: (group, meeting) => `The ${group} of ${meeting} has no action items.`,
    actionOverviewOnlyCoordinators: (group, contacts) =>
      `Only the coordinators of the ${group} see the overview of its action items.${contacts.length ? ` Ask ${contacts.join(' or ')}.` : ''} Your own action items are under "my action items".`,
    actionOpenHeading: 'Open',
    actionOverdueHeading: 'Overdue',
    actionDoneHeading: 'Done',
    dateAsked: (day) => `; new date asked: ${day}`,
    actionDoneButton: (id) => `Action item ${id} is done`,
    actionNewDateAsked: (id, day) => `New date for action item ${id} asked: ${day}. A coordinator confirms it; until then the old date stands.`,
    actionNewDateSet: (id, day) => `Action item ${id} has a new date: ${day}.`,
    actionNoNewDate: 'Which new date? For example "action item 2 new date 15 June". Nothing was changed.',
    actionSameDate: (id) => `That already is the date of action item ${id}.`,
    actionNoRequest: (id) => `No new date was asked for action item ${id}.`,
    actionConfirmButton: (id, day) => `Confirm ${day} for action item ${id}`,
    actionConfirmOnlyCoordinators: (group) => `Only the coordinators of the ${group} can confirm a new date.`,
    actionFormTitle: (group) => `New action item ${group}`,
    actionFormIntro: 'Fill in the agreement; the owner is reminded the working day before and on the day itself.',
    actionFormText: 'What was agreed?',
    actionFormOwner: 'Owner',
    actionFormDue: 'Due by',
    actionFormMeeting: 'From the meeting of',
    actionFormSubmit: 'Record action item',
    actionFormButton: 'New action item',
    actionFormWhichGroup: 'Which meeting is the action item for?',
    actionFormEmptyText: 'What was agreed? Fill in the text of the action item; nothing was recorded.',
    actionFormUnknownOwner: (group) =>
      `That owner is not on the member list of the ${group}; choose a member or an organisation from the list. Nothing was recorded.`,
    actionFormNoMembers: (group) => `The ${group} has no member list in the schedule, so there is no owner to choose. Add members to the schedule.`,
  },
  enWords.parts,
);
