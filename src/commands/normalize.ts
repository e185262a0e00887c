/**
 * Lowercase, without diacritics, curly quotes, Teams mention markup, greetings or trailing punctuation,
 * single-spaced. Parsing happens on this form only, so patterns can be anchored and simple.
 */
export function normalize(text: string): string {
  let s = text
    .replace(/<at>[^<]*<\/at>/gi, ' ')
    .replace(/<[^>]+>/g, ' ')
    .replace(/&nbsp;/gi, ' ')
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[\u2018\u2019\u201a\u2032`]/g, "'")
    .replace(/[\u201c\u201d\u201e]/g, '"')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();
  s = s.replace(/^(?:@?overlegbot[,:]?\s*)/, '');
  s = s.replace(/^(?:hoi|hallo|hey|hi|hello|beste bot|dag)\b[,!]?\s+(?=\S)/, '');
  s = s.replace(/[\s?!.,;:]+$/, '');
  s = s.replace(/,?\s+(?:graag|alsjeblieft|alstublieft|aub|a\.u\.b|please|pls)$/, '');
  s = s.replace(/^(?:graag|please)\s+/, '');
  return s.trim();
}

/** The key under which group names and aliases are compared: also hyphens and spaces are the same. */
export function aliasKey(text: string): string {
  return normalize(text).replace(/[-_/]+/g, ' ').replace(/\s+/g, ' ').trim();
}
