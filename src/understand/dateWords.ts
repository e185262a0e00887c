/** Month and weekday names in Dutch and English (normalised: lowercase, no diacritics). */
export const MONTHS: Record<string, number> = {
  januari: 1,
  january: 1,
  jan: 1,
  februari: 2,
  february: 2,
  feb: 2,
  maart: 3,
  march: 3,
  mrt: 3,
  mar: 3,
  april: 4,
  apr: 4,
  mei: 5,
  may: 5,
  juni: 6,
  june: 6,
  jun: 6,
  juli: 7,
  july: 7,
  jul: 7,
  augustus: 8,
  august: 8,
  aug: 8,
  september: 9,
  sept: 9,
  sep: 9,
  oktober: 10,
  october: 10,
  okt: 10,
  oct: 10,
  november: 11,
  nov: 11,
  december: 12,
  dec: 12,
};

/** ISO weekday numbers: 1 = Monday. */
export const WEEKDAY_NAMES: Record<string, number> = {
  maandag: 1,
  monday: 1,
  ma: 1,
  mon: 1,
  dinsdag: 2,
  tuesday: 2,
  di: 2,
  tue: 2,
  tues: 2,
  woensdag: 3,
  wednesday: 3,
  wo: 3,
  wed: 3,
  donderdag: 4,
  thursday: 4,
  do: 4,
  thu: 4,
  thurs: 4,
  vrijdag: 5,
  friday: 5,
  vr: 5,
  fri: 5,
  zaterdag: 6,
  saturday: 6,
  za: 6,
  sat: 6,
  zondag: 7,
  sunday: 7,
  zo: 7,
  sun: 7,
};

const alt = (words: Record<string, number>) =>
  Object.keys(words)
    .sort((a, b) => b.length - a.length)
    .join('|');

export const MONTH_RE = alt(MONTHS);
export const WEEKDAY_RE = alt(WEEKDAY_NAMES);

/**
 * Days people name instead of a date (fixed dates only; Easter, Ascension and Whitsun move and are asked by date).
 * "kerst" alone is Christmas Day; after "na"/"after" it means after both Christmas days (see analysis).
 */
export const NAMED_DAYS: Record<string, [month: number, day: number]> = {
  kerst: [12, 25],
  kerstmis: [12, 25],
  'eerste kerstdag': [12, 25],
  kerstdag: [12, 25],
  'tweede kerstdag': [12, 26],
  christmas: [12, 25],
  'christmas day': [12, 25],
  xmas: [12, 25],
  'boxing day': [12, 26],
  oudjaar: [12, 31],
  oudejaar: [12, 31],
  oudjaarsdag: [12, 31],
  oudejaarsdag: [12, 31],
  "new year's eve": [12, 31],
  'new years eve': [12, 31],
  nieuwjaar: [1, 1],
  nieuwjaarsdag: [1, 1],
  "new year's day": [1, 1],
  'new years day': [1, 1],
  koningsdag: [4, 27],
  "king's day": [4, 27],
  'kings day': [4, 27],
  bevrijdingsdag: [5, 5],
  'liberation day': [5, 5],
};
/** The first words of the named days, so the date finder looks at them. */
export const NAMED_DAY_STARTS = new Set(Object.keys(NAMED_DAYS).map((k) => k.split(' ')[0]));
