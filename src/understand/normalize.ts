import { decode } from 'he';

/**
 * Lowercase, HTML entities decoded, without diacritics, curly quotes, Teams mention markup or tags,
 * single-spaced. Understanding happens on this form only.
 */
export function normalize(text: string): string {
  return (
    decode(
      text
        .replace(/<at>[^<]*<\/at>/gi, ' ')
        .replace(/<br\s*\/?>|<\/p>|<\/div>|<\/li>/gi, '\n')
        .replace(/<[^>]+>/g, ' '),
    )
      .normalize('NFD')
      .replace(/[\u0300-\u036f]/g, '')
      .replace(/[\u2018\u2019\u201a\u2032`´]/g, "'")
      .replace(/[\u201c\u201d\u201e]/g, '"')
      .replace(/[\u2013\u2014]/g, '-')
      .replace(/\u00a0/g, ' ')
      .toLowerCase()
      .replace(/\s+/g, ' ')
      .trim()
      .replace(/^@?overlegbot\b[,:]?\s*/, '')
      // "a.s. vrijdag", "as vrijd.": chat shorthand for "aanstaande", not the English "as".
      .replace(/(?<![\w.])(?:a\.s\.?|as)\s+(?=(?:ma|di|wo|do|vr|za|zo)[a-z]*\.?(?:\s|$)|week\b|wk\b|maand\b)/g, 'aanstaande ')
      // "z.s.m.", "i.v.m.", "t.a.v.": the letters of an abbreviation stay together ("zsm"); its periods end no sentence.
      .replace(/(?<![\w.])([a-z])\.([a-z])\.(?:([a-z])\.?)?(?![\w])/g, (_, a: string, b: string, c: string | undefined) => `${a}${b}${c ?? ''}`)
  );
}

/** The form anchored command patterns read: also without greetings, politeness and trailing punctuation. */
export function commandText(text: string): string {
  let s = normalize(text);
  s = s.replace(/^(?:hoi|hallo|hey|hi|hello|beste bot|dag|goedemorgen|goedemiddag|good morning)\b[,!]?\s+(?=\S)/, '');
  s = s.replace(/[\s?!.,;:]+$/, '');
  s = s.replace(/,?\s+(?:graag|alsjeblieft|alstublieft|aub|a\.u\.b|please|pls|svp)$/, '');
  s = s.replace(/^(?:graag|please|pls)\s+/, '');
  return s.trim();
}

/** The key under which names are compared exactly: also hyphens and spaces are the same. */
export function aliasKey(text: string): string {
  return commandText(text)
    .replace(/[-_/]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}
