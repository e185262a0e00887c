import { aliasKey } from '../understand/normalize';

export interface NamedGroup {
  id: string;
  name: string;
  aliases: readonly string[];
}

/** Words that mean "a meeting" without naming a group: "het volgende overleg" asks about all groups. */
const GENERIC = new Set(['overleg', 'overleggen', 'meeting', 'meetings', 'vergadering', 'vergaderingen', 'bijeenkomst', 'sessie', 'one']);
const LEADING = new Set(['met', 'with', 'van', 'of', 'voor', 'for', 'het', 'de', 'the', 'een', 'a', 'overleg', 'meeting', 'vergadering']);
const TRAILING = new Set(['overleg', 'meeting', 'vergadering', 'bijeenkomst', 'beraad']);

/** Resolves a group name as typed to a group id, by exact alias comparison (never by substring). */
export class GroupAliases {
  private readonly byKey = new Map<string, string>();

  constructor(groups: readonly NamedGroup[]) {
    for (const g of groups) for (const a of [g.id, g.name, ...g.aliases]) this.byKey.set(aliasKey(a), g.id);
  }

  /** `undefined` for a generic word ("overleg"), `{id}` for a known group, `{unknown}` otherwise. */
  resolve(slot: string): { id: string } | { unknown: string } | undefined {
    const words = aliasKey(slot).split(' ');
    const tries = [words.join(' ')];
    while (words.length > 1 && LEADING.has(words[0])) words.shift();
    tries.push(words.join(' '));
    if (words.length > 1 && TRAILING.has(words[words.length - 1])) tries.push(words.slice(0, -1).join(' '));
    for (const k of tries) {
      if (GENERIC.has(k) || k === '') return undefined;
      const id = this.byKey.get(k);
      if (id) return { id };
    }
    return { unknown: slot.trim() };
  }
}
