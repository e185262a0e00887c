import type { Understood } from '../understand/slots';
import type { UnderstandContext } from '../understand/understand';

/**
 * Remembers the last answers of the understander. Reading a message costs ~0.3 ms of a turn's ~1 ms of CPU, and
 * the common commands ("volgende overleg", "help", "status") arrive in the same words from many people; the
 * understander answers the same for the same text and context (its vocabulary is fixed when it is built), so a
 * repeated message is read once. The key holds the whole context (today, the binding, the previous answer), so
 * a new day or another follow-up is read afresh. Each caller gets its own copy: nobody can change another's.
 */
export class UnderstandMemo {
  private readonly entries = new Map<string, Understood>();

  constructor(
    private readonly understand: (text: string, ctx: UnderstandContext) => Understood,
    private readonly limit = 500,
  ) {}

  read(text: string, ctx: UnderstandContext): Understood {
    // Long texts (pasted pitches) are hardly ever sent twice: not kept.
    if (text.length > 200) return this.understand(text, ctx);
    const key = JSON.stringify([text, ctx]);
    let hit = this.entries.get(key);
    if (hit) {
      // Most recently used last, so the oldest is the first to go.
      this.entries.delete(key);
    } else {
      hit = this.understand(text, ctx);
      if (this.entries.size >= this.limit) this.entries.delete(this.entries.keys().next().value!);
    }
    this.entries.set(key, hit);
    return structuredClone(hit);
  }

  get size(): number {
    return this.entries.size;
  }
}
