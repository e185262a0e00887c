/** What help says about one feature, in one language. */
export interface HelpText {
  title: string;
  summary: string;
  examples: readonly string[];
}
