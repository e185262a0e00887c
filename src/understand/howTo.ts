/**
 * "Hoe dien ik een pitch in?", "how do reminders work?", "hoe kan ik zien wanneer …": a question about how
 * to use the bot, whatever feature it names. Such a question wants an explanation, not the answer itself,
 * so it goes to help with the feature as its topic. "Hoe laat", "hoe lang", "how many" and "hoe staat het
 * met" ask for facts and are no such question.
 */
const NL_VERBS =
  'kan|kun|kunt|moet|mag|dien|zie|vind|krijg|doe|zet|lever|maak|gebruik|verzet|verplaats|annuleer|koppel|stel|schakel|wijzig|pas|geef|meld|voeg|haal|stuur|vraag|regel|open|start|bekijk|check|controleer|zeg|vul|plan|agendeer';
const NL_FRAME = new RegExp(`^(?:en |maar |dus |oke |ok )?hoe (?:${NL_VERBS})\\w* (?:ik|je|jij|we|wij|u|men)\\b`);
const NL_WORKS = /\bhoe (?:werkt|werken|functioneert|functioneren|gaat dat in zijn werk|gaat het in zijn werk)\b|\bhoe gebruik\w*\b/;
const EN_FRAME = /^(?:and |but |so |ok )?how (?:do|can|should|would|could|may|must|shall) (?:i|we|you|one|people)\b|^how to\b/;
const EN_WORKS = /\bhow (?:does|do) (?:\S+ ){0,3}work\b|\bhow (?:\S+ ){0,2}works\b/;
/** Fact questions that start like a how-to question ("how do I know when …" asks for the fact). */
const FACT = /^how (?:do|can) (?:i|we) (?:know|tell|find out) when\b/;

export function isHowToQuestion(normalised: string): boolean {
  const s = normalised
    .replace(/[?!.,]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  if (FACT.test(s)) return false;
  return NL_FRAME.test(s) || NL_WORKS.test(s) || EN_FRAME.test(s) || EN_WORKS.test(s);
}
