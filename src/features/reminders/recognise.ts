import { Recognised, SlotReader } from '../../understand/understand';
import { commandSkeleton, GLUE, isQuestion, leftovers } from '../../understand/strict';

export const REMINDERS = [
  'herinneringen',
  'herinnering',
  'reminders',
  'reminder',
  'meldingen',
  'melding',
  'notificaties',
  'notifications',
  'berichten',
  'pings',
];
export const DIGEST = [
  'weekoverzicht',
  'weekoverzichten',
  'weekbericht',
  'digest',
  'digests',
  'weekmail',
  'weekly',
  'samenvatting',
  'weekupdate',
  'summary',
  'maandagoverzicht',
];
export const OFF_ONE = ['dont', 'stop', 'stoppen', 'pauzeer', 'pauzeren', 'uit', 'uitzetten', 'mute', 'disable', 'pause', 'off', 'geen', 'no', 'niet', 'nooit'];
export const ON_ONE = ['start', 'starten', 'hervat', 'hervatten', 'aan', 'aanzetten', 'enable', 'resume', 'unmute', 'on', 'weer', 'again', 'terug', 'back'];
const FILL = new Set([
  ...GLUE,
  'ik',
  'i',
  'we',
  'will',
  'willen',
  'wilt',
  'zou',
  'u',
  'met',
  'toch',
  'longer',
  'die',
  'deze',
  'mogen',
  'mag',
  'kunnen',
  'kan',
  'mijn',
  'my',
  'persoonlijke',
  'personal',
  'meer',
  'more',
  'zet',
  'turn',
  'switch',
  'sending',
  'sturen',
  'ontvangen',
  'krijgen',
  'get',
  'receive',
  'me',
  'mij',
  'alle',
  'all',
  'any',
  'thema',
  'theme',
  'themas',
  'themes',
  'trekkers',
  'leads',
  'voortaan',
  'anymore',
  'please',
  'wil',
  'want',
  'weekly',
  'digest',
  'the',
  'de',
  'het',
  'deze',
  'this',
  'email',
  'mail',
  'trekker',
  'lead',
  'theme lead',
  'stuur',
  'wekelijkse',
  'wekelijks',
  'van',
  'voor',
  'for',
  'of',
  'to',
  'aan',
  'de',
  'elke',
  'maandag',
  'monday',
]);

function direction(words: string[]): boolean | undefined {
  const off = words.some((w) => OFF_ONE.includes(w));
  const on = words.some((w) => ON_ONE.includes(w));
  if (off === on) return undefined;
  return on;
}

/** "stop mijn herinneringen", "herinneringen weer aan", "turn off my reminders": one's own personal reminders. */
export function recogniseMute(r: SlotReader): Recognised | undefined {
  const a = r.analysis;
  if (isQuestion(a) || a.themes.length || a.groups.length) return undefined;
  const words = commandSkeleton(a).split(' ');
  if (!words.some((w) => REMINDERS.includes(w)) || words.some((w) => DIGEST.includes(w))) return undefined;
  const on = direction(words);
  if (on === undefined || leftovers(words.filter((w) => !REMINDERS.includes(w) && !OFF_ONE.includes(w) && !ON_ONE.includes(w)).join(' '), FILL).length)
    return undefined;
  return { slots: { on }, why: on ? 'reminders on' : 'reminders off' };
}

/** "herinneringen uit voor wonen", "reminders on for housing" (coordinators): personal reminders per theme. */
export function recogniseThemeReminders(r: SlotReader): Recognised | undefined {
  const a = r.analysis;
  if (isQuestion(a) || !a.themes.length) return undefined;
  const words = commandSkeleton(a).split(' ');
  if (!words.some((w) => REMINDERS.includes(w))) return undefined;
  const on = direction(words);
  const odd = leftovers(words.filter((w) => !REMINDERS.includes(w) && !OFF_ONE.includes(w) && !ON_ONE.includes(w)).join(' '), FILL);
  if (on === undefined || odd.some((w) => !['en', 'and'].includes(w))) return undefined;
  return { slots: { on, themes: r.themes() }, why: `reminders ${on ? 'on' : 'off'} for themes` };
}

/** "geen weekoverzicht meer", "weekoverzicht weer aan", "turn off the weekly digest" (coordinators). */
export function recogniseDigest(r: SlotReader): Recognised | undefined {
  const a = r.analysis;
  if (isQuestion(a)) return undefined;
  const raw = a.tokens.map((t) => t.word);
  // "het wekelijkse overzicht (op maandag)": the digest in words, though "wekelijkse" also hints at a group.
  const weekly = raw.some((w) => ['wekelijkse', 'wekelijks', 'weekly'].includes(w)) && raw.some((w) => ['overzicht', 'overview', 'update'].includes(w));
  const words = commandSkeleton(a)
    .split(' ')
    .map((w) => (weekly && (w === 'WGROUP' || w === 'overzicht' || w === 'overview' || w === 'update') ? 'digest' : w))
    .filter((w) => !(weekly && w === 'DATE' && raw.some((x) => x === 'maandag' || x === 'monday')));
  if (!words.some((w) => DIGEST.includes(w))) return undefined;
  const on = direction(words);
  const odd = leftovers(words.filter((w) => !DIGEST.includes(w) && !OFF_ONE.includes(w) && !ON_ONE.includes(w)).join(' '), FILL);
  if (on === undefined || odd.length) return undefined;
  return { slots: { on }, why: `digest ${on ? 'on' : 'off'}` };
}
