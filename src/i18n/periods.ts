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
      return `${w.in} ${lang === 'nl' ? 'week' : 'week'} ${p.week} (${p.year})`;
    case 'range':
      return `${w.from} ${localDateLabel(p.from, lang)} ${w.through} ${localDateLabel(p.to, lang)}`;
  }
}
