import { Language } from '../domain/language';

/** Teams sends e.g. "en-US", "nl-NL", "en-GB". */
export function languageOfLocale(locale: string | undefined): Language | undefined {
  if (!locale) return undefined;
  const l = locale.toLowerCase();
  if (l.startsWith('en')) return 'en';
  if (l.startsWith('nl')) return 'nl';
  return undefined;
}

/**
 * A remembered choice ("spreek Engels") wins; then the language the message is written in;
 * then the client's locale; Dutch otherwise.
 */
export function chooseLanguage(preference: Language | undefined, written: Language | undefined, locale: string | undefined): Language {
  return preference ?? written ?? languageOfLocale(locale) ?? 'nl';
}
