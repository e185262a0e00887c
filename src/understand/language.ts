import { Language } from '../i18n/language';

// Words that give away the language of a message, whatever it asks.
const EN = new Set(['the', 'when', 'what', 'next', 'meeting', 'meetings', 'please', 'how', 'can', 'you', 'i', 'my', 'do', 'does', 'are', 'is', 'of', 'and', 'for', 'with', 'to', 'is', 'it', 'we', 'our', 'there', 'which', 'who', 'will', 'time', 'start', 'week', 'month', 'any', 'on', 'have', 'has', 'this', 'that', 'cancel', 'due', 'show', 'me', 'tell', 'would', 'like', 'need', 'still', 'thanks', 'hi', 'hello']);
const NL = new Set(['de', 'het', 'wanneer', 'wat', 'volgende', 'overleg', 'graag', 'hoe', 'kun', 'kan', 'je', 'jij', 'ik', 'mijn', 'een', 'van', 'en', 'voor', 'met', 'zijn', 'te', 'is', 'er', 'we', 'wij', 'ons', 'onze', 'welke', 'wie', 'laat', 'begint', 'deze', 'dit', 'die', 'dat', 'nog', 'al', 'moet', 'moeten', 'op', 'aan', 'niet', 'geen', 'maand', 'vergadering', 'bedankt', 'dank', 'hoi', 'hallo', 'weer', 'keer', 'gaat', 'door', 'mag', 'wil', 'zou']);

/** The language a message is written in, when its words say so. */
export function guessLanguage(normalised: string): Language | undefined {
  const words = normalised.split(/[^a-z']+/);
  const en = words.filter((w) => EN.has(w) && !NL.has(w)).length;
  const nl = words.filter((w) => NL.has(w) && !EN.has(w)).length;
  if (en > nl) return 'en';
  if (nl > en) return 'nl';
  return undefined;
}
