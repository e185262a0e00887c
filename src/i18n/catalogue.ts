import { enMessages } from './en';
import { Language } from '../domain/language';
import { Messages } from './messages';
import { nlMessages } from './nl';

const CATALOGUE: Record<Language, Messages> = { nl: nlMessages, en: enMessages };

export function messagesFor(lang: Language): Messages {
  return CATALOGUE[lang];
}
