import { SignalSpec } from '../../understand/signals';

/** Signal words several features share: asking when, about a meeting, about pitches. */

export const WHEN: SignalSpec[] = [
  { words: ['wanneer', 'welke dag', 'welke datum', 'op welke dag', 'datum van', 'per wanneer', 'hoe vaak'], weight: 2, lang: 'nl', tag: 'when' },
  { words: ['when', 'what day', 'which day', 'what date', 'which date', 'date of', 'how often'], weight: 2, lang: 'en', tag: 'when' },
];

export const NEXT: SignalSpec[] = [
  { words: ['volgende', 'eerstvolgende', 'komende', 'aankomende', 'aanstaande', 'weer', 'opnieuw', 'nog een keer', 'straks', 'binnenkort', 'komen eraan', 'komt eraan', 'eraan', 'op stapel', 'in het verschiet', 'gepland staan', 'staan gepland', 'staan ... gepland', 'staat ... gepland', 'op de planning', 'nog'], weight: 1.5, lang: 'nl', tag: 'next' },
  { words: ['next', 'upcoming', 'again', 'coming up', 'soon', 'following'], weight: 1.5, lang: 'en', tag: 'next' },
];

export const MEETING_NOUN: SignalSpec[] = [
  { words: ['overleg', 'overleggen', 'vergadering', 'vergaderingen', 'bijeenkomst', 'bijeenkomsten', 'beraad', 'sessie', 'afspraak', 'meeting', 'meetings', 'session', 'consultation', 'call'], weight: 1, tag: 'meeting' },
];

export const MEETING_VERB: SignalSpec[] = [
  {
    words: ['vergaderen', 'vergadert', 'vergaderd', 'komen ... bijeen', 'komt ... bijeen', 'bijeenkomen', 'samenkomen', 'komen ... samen', 'komt ... samen', 'zien we', 'spreken we', 'overleggen we', 'zitten we', 'treffen we', 'elkaar', 'zien ... elkaar', 'spreken ... elkaar', 'samen'],
    weight: 1.5,
    lang: 'nl',
    tag: 'meeting',
  },
  { words: ['meet', 'meets', 'meeting', 'convene', 'convenes', 'get together', 'gather', 'see each other', 'we see', 'sit down'], weight: 1.5, lang: 'en', tag: 'meeting' },
];

/** "gaat het door?", "is er …?": a yes/no question about a meeting. */
export const HAPPENING: SignalSpec[] = [
  { words: ['gaat ... door', 'doorgaan', 'door', 'is er', 'zijn er', 'hebben we', 'staat er', 'wat is er', 'gepland', 'iets', 'geannuleerd', 'afgelast', 'vervalt', 'vervallen', 'uitgesteld', 'verplaatst', 'plaatsvinden', 'vindt ... plaats', 'vind ... plaats', 'plaats vinden'], weight: 1.5, lang: 'nl', tag: 'happening' },
  { words: ['still on', 'going ahead', 'go ahead', 'happening', 'take place', 'taking place', 'is there', 'are there', 'do we have', 'anything', 'planned', 'scheduled', 'cancelled', 'canceled', 'postponed', 'moved'], weight: 1.5, lang: 'en', tag: 'happening' },
];

export const PITCH: SignalSpec[] = [{ words: ['pitch', 'pitches', 'pitchen', 'pitchformulier', 'input', 'bijdrage', 'bijdragen', 'inbreng', 'stukken', 'stuk'], weight: 1, tag: 'pitch' }];

export const SUBMIT: SignalSpec[] = [
  {
    words: ['inleveren', 'ingeleverd', 'lever ... in', 'indienen', 'ingediend', 'dien ... in', 'aanleveren', 'aangeleverd', 'lever ... aan', 'insturen', 'ingestuurd', 'stuur ... in', 'opsturen', 'binnen zijn', 'binnen moeten', 'binnen hebben', 'klaar zijn', 'klaar hebben', 'af zijn', 'af hebben', 'sturen', 'versturen', 'uploaden', 'toesturen', 'inzending', 'inzendingen', 'inzenden', 'invullen', 'ingevuld', 'vul ... in'],
    weight: 1.5,
    lang: 'nl',
    tag: 'submit',
  },
  { words: ['submit', 'submitted', 'hand in', 'handed in', 'turn in', 'send in', 'deliver', 'delivered', 'get ... in', 'be in', 'upload', 'fill in', 'filled in', 'fill out'], weight: 1.5, lang: 'en', tag: 'submit' },
];
