import { thisWeek } from '../../understand/period';
import { Feature } from '../types';
import { muteReminders, planPreview, switchDigest, switchThemeReminders } from './handlers';
import { DIGEST, OFF_ONE, ON_ONE, recogniseDigest, recogniseMute, recogniseThemeReminders, REMINDERS } from './recognise';

const WORDS = [...REMINDERS, ...DIGEST, ...OFF_ONE, ...ON_ONE, 'aanzetten', 'uitzetten'];

/** Everyone: one's own personal reminders off or on. */
export const remindersFeature: Feature = {
  id: 'reminders',
  role: 'everyone',
  topic: { nl: ['herinnering', 'herinneringen', 'meldingen', 'notificaties'], en: ['reminder', 'reminders', 'notifications'] },
  help: (m) => m.remindersHelp,
  commands: [
    {
      intent: 'mute-reminders',
      kind: 'change',
      inClause: 'alone',
      accepts: ['on'],
      recognise: recogniseMute,
      vocabulary: WORDS,
      examples: { nl: ['stop mijn herinneringen', 'herinneringen weer aan'], en: ['stop my reminders', 'start my reminders'] },
      handle: (turn, slots) => muteReminders(turn, !slots.on),
    },
  ],
};

/** Coordinators: reminders per theme, the weekly digest, and what the bot will send. */
export const reminderSettingsFeature: Feature = {
  id: 'reminder-settings',
  role: 'coordinators',
  topic: { nl: ['weekoverzicht', 'instellingen'], en: ['digest', 'settings'] },
  help: (m) => m.reminderSettingsHelp,
  commands: [
    {
      intent: 'theme-reminders',
      kind: 'change',
      accepts: ['on', 'themes'],
      recognise: recogniseThemeReminders,
      vocabulary: WORDS,
      examples: { nl: ['herinneringen uit voor wonen'], en: ['reminders off for housing'] },
      handle: (turn, slots) => switchThemeReminders(turn, slots.on!, slots.themes ?? []),
    },
    {
      intent: 'digest',
      kind: 'change',
      accepts: ['on'],
      recognise: recogniseDigest,
      vocabulary: WORDS,
      examples: { nl: ['geen weekoverzicht meer', 'weekoverzicht weer aan'], en: ['no more weekly digest'] },
      handle: (turn, slots) => switchDigest(turn, slots.on!),
    },
    {
      intent: 'plan-preview',
      kind: 'question',
      accepts: ['period'],
      needs: ['send'],
      slotWeights: { period: 1.5, group: 0, date: -1 },
      signals: [
        {
          words: [
            'wat stuur je',
            'wat verstuur je',
            'wat ga je sturen',
            'wat ga je versturen',
            'wat post je',
            'wat ga je posten',
            'wat gaat er uit',
            'wat gaat eruit',
            'wat komt er aan berichten',
          ],
          weight: 3.5,
          lang: 'nl',
          tag: 'send',
        },
        {
          words: [
            'stuur',
            'sturen',
            'verstuur',
            'versturen',
            'verstuurd',
            'post',
            'posten',
            'plaatsen',
            'plaats je',
            'gaan er uit',
            'gaat er uit',
            'gaan ... uit',
            'gaat ... uit',
            'ga je',
            'verschijnen',
            'krijgen we',
          ],
          weight: 1.5,
          lang: 'nl',
          tag: 'send',
        },
        {
          words: ['what will you send', 'what will you post', 'what are you sending', 'what are you going to send', 'what goes out'],
          weight: 3.5,
          lang: 'en',
          tag: 'send',
        },
        { words: ['send', 'sending', 'post', 'posting', 'go out', 'goes out'], weight: 1.5, lang: 'en', tag: 'send' },
        { words: ['herinneringen', 'reminders', 'berichten', 'messages', 'posts', 'meldingen', 'notifications'], weight: 1.5 },
        { words: ['welke', 'which', 'what', 'wat'], weight: 0.5 },
        { words: ['pitch', 'pitches', 'bundel', 'bundle'], weight: -2 },
      ],
      examples: { nl: ['wat stuur je deze week?'], en: ['what will you send this week?'] },
      handle: (turn, slots) => planPreview(turn, slots.period ?? thisWeek(turn.today)),
    },
  ],
};
