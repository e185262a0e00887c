import { StopwordsNl } from '@nlpjs/lang-nl';
import { StopwordsEn } from '@nlpjs/lang-en-min';

/** Dutch and English stop words (NLP.js lists): words that carry no meaning of their own here. */
export const STOPWORDS: ReadonlySet<string> = new Set(
  [...Object.keys(new StopwordsNl().dictionary), ...Object.keys(new StopwordsEn().dictionary)].filter((w) => w.length > 0),
);
