import { StoreItem } from 'botbuilder';
import { canonicalJson as canonical } from './canonicalJson';
import { ConditionalStorage } from './conditionalStorage';

/** What one run of `migrate-storage` did, per key. */
export interface MigrationReport {
  /** Keys that did not exist in the target and were created there. */
  copied: string[];
  /** Keys whose document was already in the target with the same content (a second run reports only these). */
  unchanged: string[];
  /**
   * Keys that exist in the target with different content. They are left alone: the target's document is
   * taken to be newer (the bot may already run on it), and overwriting it could lose a change made there.
   */
  refused: string[];
}

/** A document without the store's eTag: eTags belong to a backend and never match across two. */
const content = (item: StoreItem): string => {
  const { eTag: _e, ...doc } = item;
  return canonical(doc);
};

const BATCH = 100;

/**
 * Copies every document of `source` (all keys, listed through the storage contract) into `target`.
 * Idempotent: a document is created only where the target has none (create-if-absent, so a bot writing the
 * target at the same moment wins); an equal one counts as unchanged; a different one is refused, never
 * overwritten. The source is only read.
 */
export async function migrateDocuments(source: ConditionalStorage, target: ConditionalStorage): Promise<MigrationReport> {
  const report: MigrationReport = { copied: [], unchanged: [], refused: [] };
  const all = await source.list('');
  for (let i = 0; i < all.length; i += BATCH) {
    const batch = all.slice(i, i + BATCH);
    const [from, existing] = await Promise.all([source.read(batch), target.read(batch)]);
    for (const key of batch) {
      const item = from[key];
      if (!item) continue; // deleted from the source since it was listed
      let there = existing[key];
      if (!there) {
        const { eTag: _e, ...doc } = item;
        if (await target.create(key, doc)) {
          report.copied.push(key);
          continue;
        }
        // Someone created it in the target between our read and our create: compare with theirs.
        there = (await target.read([key]))[key];
      }
      if (there && content(there) === content(item)) report.unchanged.push(key);
      else report.refused.push(key);
    }
  }
  return report;
}
