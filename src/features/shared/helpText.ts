/** What help says about one feature, in one language. */
export interface HelpText {
  title: string;
  summary: string;
  examples: readonly string[];
}

/** "a, b en c" / "a, b and c" */
export function list(items: readonly string[], and: string): string {
  return items.length <= 1 ? items.join('') : `${items.slice(0, -1).join(', ')} ${and} ${items.at(-1)}`;
}
