import { Language } from '../i18n/language';
import { Period } from './command';

/** What a pattern means; `g` is the group slot, `d` a date slot, `t` a target date/time slot, `p` a period. */
export type Intent =
  | 'help' | 'next' | 'period' | 'deadline' | 'lang-en' | 'lang-nl' | 'bind' | 'cancel' | 'move'
  | 'pitch' | 'status' | 'agenda' | 'agenda-add' | 'agenda-remove' | 'bundle'
  | 'mute' | 'unmute' | 'plan-preview' | 'theme-reminders' | 'digest-off' | 'digest-on';

export interface Pattern {
  intent: Intent;
  /** The language these words are in; undefined where they are the same in both ("help", "planning"). */
  lang?: Language;
  re: RegExp;
}

const G = '(?<g>.+?)';
const ART = '(?:het |de )?';

/**
 * Every phrasing the bot understands, anchored at both ends, tried in order (more specific first).
 * Text is normalised first (lowercase, no diacritics, no trailing punctuation; see normalize.ts).
 */
export const PATTERNS: readonly Pattern[] = [
  // help
  { intent: 'help', re: /^(?:help|\?|menu|commands?|start)$/ },
  { intent: 'help', lang: 'nl', re: /^(?:hulp|hoi|hallo|goedemorgen|goedemiddag|commando'?s|wat kan je|wat kun je(?: allemaal)?(?: doen)?|wat kan (?:deze bot|jij)(?: allemaal)?(?: doen)?|hoe werkt (?:dit|het|deze bot))$/ },
  { intent: 'help', lang: 'en', re: /^(?:hi|hello|what can you do|how does this work|what do you do)$/ },

  // language
  { intent: 'lang-en', lang: 'en', re: /^(?:(?:in )?english|speak english|english please|switch to english)$/ },
  { intent: 'lang-en', lang: 'nl', re: /^(?:(?:spreek|praat|antwoord)(?: in het)? (?:engels|english)|in het engels|engels)$/ },
  { intent: 'lang-nl', lang: 'en', re: /^(?:(?:in )?dutch|speak dutch|switch to dutch)$/ },
  { intent: 'lang-nl', lang: 'nl', re: /^(?:(?:spreek|praat|antwoord)(?: in het)? nederlands|in het nederlands|nederlands)$/ },

  // bind a channel or chat to a group
  { intent: 'bind', lang: 'nl', re: new RegExp(`^koppel (?:dit kanaal|deze chat|dit gesprek|deze groep|dit team) aan ${ART}${G}$`) },
  { intent: 'bind', lang: 'en', re: new RegExp(`^link (?:this )?(?:channel|chat|conversation|team) (?:to|with) (?:the )?${G}$`) },

  // move and cancel one occurrence
  { intent: 'move', lang: 'nl', re: new RegExp(`^(?:verplaats|verzet) ${ART}${G} (?:van|op) (?<d>.+?) naar (?<t>.+)$`) },
  { intent: 'move', lang: 'en', re: new RegExp(`^(?:move|reschedule) (?:the )?${G}(?: meeting)? (?:of|on|from) (?<d>.+?) to (?<t>.+)$`) },
  { intent: 'cancel', lang: 'nl', re: new RegExp(`^(?:annuleer|schrap|cancel) ${ART}${G} (?:van|op) (?<d>.+)$`) },
  { intent: 'cancel', lang: 'en', re: new RegExp(`^(?:cancel|call off) (?:the )?${G}(?: meeting)? (?:of|on) (?<d>.+)$`) },

  // pitches: submit, status, agenda, bundle (`m` is a meeting slot: a group, a date, or "<group> van <date>")
  { intent: 'pitch', lang: 'nl', re: /^(?:pitch(?: indienen| invullen| inleveren| aanleveren)?|mijn pitch|pitch maken|een pitch indienen)(?: (?:voor|over) (?:het |de )?(?<th>.+))?$/ },
  { intent: 'pitch', lang: 'en', re: /^(?:submit (?:a |my )?pitch|new pitch|my pitch|write (?:a |my )?pitch)(?: (?:for|on|about) (?:the )?(?<th>.+))?$/ },
  { intent: 'status', lang: 'nl', re: /^(?:status|pitchstatus|pitch status|stand van (?:de )?pitches|welke pitches ontbreken(?: nog)?|wie moet(?: er)? nog (?:een pitch )?(?:aanleveren|inleveren|indienen))(?: (?:van|voor) (?<m>.+))?$/ },
  { intent: 'status', lang: 'en', re: /^(?:missing pitches|which pitches are missing|pitch status|status of (?:the )?pitches)(?: (?:for|of) (?<m>.+))?$/ },
  { intent: 'agenda-add', lang: 'nl', re: /^(?:zet|plaats|agendeer) (?<th>.+?) op de agenda(?: (?:van|voor) (?<m>.+))?$/ },
  { intent: 'agenda-add', lang: 'en', re: /^(?:put|add) (?<th>.+?) (?:on|to) the agenda(?: (?:of|for) (?<m>.+))?$/ },
  { intent: 'agenda-remove', lang: 'nl', re: /^(?:haal|verwijder|schrap) (?<th>.+?) (?:van|uit|af) de agenda(?: (?:van|voor) (?<m>.+))?$/ },
  { intent: 'agenda-remove', lang: 'en', re: /^(?:remove|take|drop) (?<th>.+?) (?:from|off) the agenda(?: (?:of|for) (?<m>.+))?$/ },
  { intent: 'agenda', re: /^agenda(?: (?:van|voor|of|for) (?<m>.+))?$/ },
  { intent: 'agenda', lang: 'nl', re: /^wat staat er op de agenda(?: (?:van|voor) (?<m>.+))?$/ },
  { intent: 'agenda', lang: 'en', re: /^what is on the agenda(?: (?:of|for) (?<m>.+))?$/ },
  { intent: 'bundle', lang: 'nl', re: /^(?:bundel|pitchbundel|de bundel|bundel de pitches)(?: (?:van|voor) (?<m>.+))?$/ },
  { intent: 'bundle', lang: 'en', re: /^(?:bundle|pitch bundle|the bundle)(?: (?:of|for) (?<m>.+))?$/ },

  // reminders: one's own, and what the bot will send
  { intent: 'mute', lang: 'nl', re: /^(?:stop|pauzeer|geen) (?:mijn |de )?herinneringen(?: meer)?(?: voor mij)?$/ },
  { intent: 'mute', lang: 'en', re: /^(?:stop|mute|pause|no more) (?:my |the )?reminders$/ },
  { intent: 'unmute', lang: 'nl', re: /^(?:(?:start|hervat) (?:mijn |de )?herinneringen|(?:mijn )?herinneringen (?:weer )?aan)$/ },
  { intent: 'unmute', lang: 'en', re: /^(?:start|resume|unmute) (?:my |the )?reminders$/ },
  { intent: 'theme-reminders', lang: 'nl', re: /^herinneringen (?<on>uit|aan) voor (?:het thema )?(?<th>.+)$/ },
  { intent: 'theme-reminders', lang: 'en', re: /^reminders (?<on>off|on) for (?:the theme )?(?<th>.+)$/ },
  { intent: 'digest-off', lang: 'nl', re: /^(?:geen weekoverzicht(?: meer)?|weekoverzicht uit|stop (?:het |de )?weekoverzicht)$/ },
  { intent: 'digest-off', lang: 'en', re: /^(?:no more weekly digests?|weekly digest off|stop the weekly digest)$/ },
  { intent: 'digest-on', lang: 'nl', re: /^(?:weekoverzicht (?:weer )?aan|start (?:het |de )?weekoverzicht)$/ },
  { intent: 'digest-on', lang: 'en', re: /^(?:weekly digest on|start the weekly digest)$/ },
  { intent: 'plan-preview', lang: 'nl', re: /^wat (?:stuur|verstuur|post) je (?<p>deze|komende|volgende) (?<u>week|maand)(?: (?:uit|rond))?$/ },
  { intent: 'plan-preview', lang: 'en', re: /^what will you (?:send|post) (?<p>this|next|coming) (?<u>week|month)$/ },

  // pitch deadlines
  { intent: 'deadline', lang: 'nl', re: new RegExp(`^(?:wat|wanneer) is de (?:pitch ?)?deadline(?: voor (?:de )?pitch(?:es)?)?(?: (?:van|voor) ${ART}${G})?$`) },
  { intent: 'deadline', lang: 'nl', re: new RegExp(`^wanneer moet(?:en)? (?:de |mijn )?pitch(?:es)? (?:binnen zijn|ingeleverd worden|ingeleverd zijn|af zijn|klaar zijn)(?: voor ${ART}${G})?$`) },
  { intent: 'deadline', lang: 'en', re: new RegExp(`^(?:what|when) is the (?:pitch )?deadline(?: for (?:the )?pitch(?:es)?)?(?: (?:for|of) (?:the )?${G})?$`) },
  { intent: 'deadline', lang: 'en', re: new RegExp(`^when are (?:the |my )?pitch(?:es)? due(?: for (?:the )?${G})?$`) },
  { intent: 'deadline', re: new RegExp(`^(?:pitch ?)?deadlines?(?: ${G})?$`) },

  // meetings in a period
  { intent: 'period', lang: 'nl', re: new RegExp(`^(?:welke |de )?(?:overleggen|vergaderingen|afspraken)(?: zijn er)? (?<p>deze|komende|volgende) (?<u>week|maand)(?: van ${ART}${G})?$`) },
  { intent: 'period', lang: 'nl', re: /^wat (?:staat er|is er|hebben we) (?<p>deze|komende|volgende) (?<u>week|maand)(?: gepland| op de planning)?$/ },
  { intent: 'period', lang: 'en', re: new RegExp(`^(?:which |what )?meetings(?: are there)? (?<p>this|next|coming) (?<u>week|month)(?: (?:for|of|with) (?:the )?${G})?$`) },

  // the next meeting(s)
  { intent: 'next', re: /^(?:planning|agenda overleggen)$/ },
  { intent: 'next', lang: 'nl', re: /^(?:overzicht|komende overleggen|alle overleggen|overleggen)$/ },
  { intent: 'next', lang: 'en', re: /^(?:schedule|upcoming(?: meetings)?|all meetings|meetings)$/ },
  { intent: 'next', lang: 'nl', re: new RegExp(`^(?:wanneer|hoe laat) (?:is|hebben we|zien we|spreken we) ${ART}(?:eerst)?volgende ${G}$`) },
  { intent: 'next', lang: 'nl', re: new RegExp(`^wanneer (?:zien|spreken) we ${ART}${G} (?:weer|terug|opnieuw)$`) },
  { intent: 'next', lang: 'nl', re: new RegExp(`^wanneer (?:is|hebben we) ${ART}${G}$`) },
  { intent: 'next', lang: 'nl', re: new RegExp(`^${ART}(?:eerst)?volgende ${G}$`) },
  { intent: 'next', lang: 'en', re: new RegExp(`^when(?: is|'s) the next ${G}(?: meeting)?$`) },
  { intent: 'next', lang: 'en', re: new RegExp(`^when do we (?:meet|see) (?:the )?${G} again$`) },
  { intent: 'next', lang: 'en', re: new RegExp(`^(?:the )?next meeting (?:with|of) (?:the )?${G}$`) },
  { intent: 'next', lang: 'en', re: new RegExp(`^(?:the )?next ${G}(?: meeting)?$`) },
  { intent: 'next', lang: 'en', re: new RegExp(`^when is (?:the )?${G}(?: meeting)?$`) },
];

export function periodOf(p: string, unit: string): Period {
  const next = p === 'komende' || p === 'volgende' || p === 'next' || p === 'coming';
  return `${next ? 'next' : 'this'}-${unit === 'maand' || unit === 'month' ? 'month' : 'week'}` as Period;
}
