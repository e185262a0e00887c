// The parts of NLP.js used here (the packages ship JavaScript without type declarations).
declare module '@nlpjs/lang-nl' {
  export class StemmerNl {
    stemWord(word: string): string;
  }
  export class StopwordsNl {
    dictionary: Record<string, number>;
  }
}
declare module '@nlpjs/lang-en-min' {
  export class StemmerEn {
    stemWord(word: string): string;
  }
  export class StopwordsEn {
    dictionary: Record<string, number>;
  }
}
