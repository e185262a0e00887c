import { PeriodLabel } from '../understand/period';
import { localDateLabel } from './dates';
import { Language } from '../domain/language';

const MONTHS: Record<Language, string[]> = {
  nl: ['januari', 'februari', 'maart', 'april', 'mei', 'juni', 'juli', 'augustus', 'september', 'oktober', 'november', 'december'],
  en: ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'],
};

const WORDS = {
  nl: {
    'this-week': 'deze week',
    'next-week': 'volgende week',
    'this-month': 'deze maand',
    'next-month': 'volgende maand',
    in: 'in',
    week: 'week',
    weeks: 'weken',
    days: 'dagen',
    coming: 'de komende',
    from: 'van',
    through: 't/m',
  },
  en: {
    'this-week': 'this week',
    'next-week': 'next week',
    'this-month': 'this month',
    'next-month': 'next month',
    in: 'in',
    week: 'week',
    weeks: 'weeks',
    days: 'days',
    coming: 'in the coming',
    from: 'from',
    through: 'to',
  },
};

/** A period as a phrase, the way titles use it: "deze week", "in maart 2027", "de komende 2 weken". */
export function periodPhrase(p: PeriodLabel, lang: Language): string {
  const w = WORDS[lang];
  switch (p.kind) {
    case 'this-week':
    case 'next-week':
    case 'this-month':
    case 'next-month':
      return w[p.kind];
    case 'month':
      return `${w.in} ${MONTHS[lang][p.month - 1]} ${p.year}`;
    case 'coming-days':
      return p.days % 7 === 0 ? `${w.coming} ${p.days / 7} ${w.weeks}` : `${w.coming} ${p.days} ${w.days}`;
    case 'iso-week':
      return `${w.in} ${w.week} ${p.week} (${p.year})`;
    case 'range':
      return `${w.from} ${localDateLabel(p.from, lang)} ${w.through} ${localDateLabel(p.to, lang)}`;
  }
}

/**
 * A catalogue slice whose `key` message titles a period: the language's template gets the phrase, the
 * builder turns the period into it ("Overleggen ${phrase}").
 */
export function withPeriodPhrase<K extends string, T extends Record<K, (label: PeriodLabel) => string>>(
  lang: Language,
  key: K,
  words: Omit<T, K> & Record<K, (phrase: string) => string>,
): T {
  const template = words[key];
  return { ...words, [key]: (label: PeriodLabel) => template(periodPhrase(label, lang)) } as unknown as T;
}
