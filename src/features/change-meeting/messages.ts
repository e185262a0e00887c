import { HelpText } from '../shared/helpText';

export interface ChangeMeetingMessages {
  changeNeedsDate(intent: 'cancel' | 'move', group: string): string;
  changeNeedsTarget(group: string): string;
  changeWhichGroup: string;
  changeMeetingHelp: HelpText;
}

/** One language's words for this slice: a question per intent, picked by `build`. */
type ChangeMeetingWords = Omit<ChangeMeetingMessages, 'changeNeedsDate'> & { changeNeedsDate: Record<'cancel' | 'move', (group: string) => string> };

function build(w: ChangeMeetingWords): ChangeMeetingMessages {
  return { ...w, changeNeedsDate: (intent, group) => w.changeNeedsDate[intent](group) };
}

export const nl: ChangeMeetingMessages = build({
  changeNeedsDate: {
    cancel: (group) => `Welk ${group} wil je annuleren? Noem de datum, bijvoorbeeld "annuleer het ${group} van 18 december".`,
    move: (group) =>
      `Welk ${group} wil je verplaatsen? Noem de datum en de nieuwe tijd, bijvoorbeeld "verplaats het ${group} van 18 december naar donderdag 17 december 15:00".`,
  },
  changeNeedsTarget: (group) =>
    `Waar wil je het ${group} naartoe verplaatsen? Bijvoorbeeld "verplaats het ${group} van 18 december naar donderdag 17 december 15:00".`,
  changeWhichGroup: 'Welk overleg bedoel je?',
  changeMeetingHelp: {
    title: 'Een overleg annuleren of verplaatsen',
    summary:
      'Voor coördinatoren: één overleg annuleren of verplaatsen (datum en/of tijd; de duur blijft gelijk). Ik vraag altijd eerst om bevestiging; daarna ziet iedereen de wijziging, ook in de agenda-feed en de herinneringen.',
    examples: ['annuleer het SG-overleg van 18 december', 'verplaats het SG-overleg van 18 december naar donderdag 17 december 15:00'],
  },
});

export const en: ChangeMeetingMessages = build({
  changeNeedsDate: {
    cancel: (group) => `Which ${group} do you want to cancel? Name the date, for example "cancel the ${group} of 18 December".`,
    move: (group) =>
      `Which ${group} do you want to move? Name the date and the new time, for example "move the ${group} of 18 December to Thursday 17 December 15:00".`,
  },
  changeNeedsTarget: (group) => `Where do you want to move the ${group} to? For example "move the ${group} of 18 December to Thursday 17 December 15:00".`,
  changeWhichGroup: 'Which meeting do you mean?',
  changeMeetingHelp: {
    title: 'Cancel or move a meeting',
    summary:
      'For coordinators: cancel or move one meeting (date and/or time; the length stays the same). I always ask for confirmation first; then everyone sees the change, in the calendar feed and the reminders too.',
    examples: ['cancel the SG meeting of 18 December', 'move the SG meeting of 18 December to Thursday 17 December 15:00'],
  },
});
