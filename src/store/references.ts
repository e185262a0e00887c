import { ConversationReference, StoreItem } from 'botbuilder';
import { ConversationNames } from '../domain/conversation';
import { canonicalJson } from './canonicalJson';
import { CODECS, decodeDoc, SchemaVersionError } from './codecs';
import { ConditionalStorage } from './conditionalStorage';
import { StoreContentionError, updateDoc, Versioned, writeIfMatch } from './documents';
import { GroupCommit } from './groupCommit';
import { keys } from './keys';

export interface StoredReference extends Versioned {
  reference: Partial<ConversationReference>;
  kind: 'personal' | 'channel' | 'groupChat';
  userId?: string;
  /** In personal chats: every id the person is known by (AAD id, e-mail, UPN), to find them for reminders. */
  identities?: string[];
  /** The channel and team, chat or person as Teams named them, for texts that must not show ids. */
  names?: ConversationNames;
  unreachable?: boolean;
  /** When the bot was first refused there (ISO): the coordinators' notice is planned from it. */
  unreachableSince?: string;
  /** The groups whose posts went there (their coordinators are told; `where` is not shown: the notice names the conversation from `names`). */
  unreachableFor?: { groupIds: string[]; where: string };
}

/** A stored reference with the conversation it reaches. */
export type KnownReference = StoredReference & { conversationId: string };

/** One reference as the index holds it (the index document carries the schemaVersion). */
export type IndexedReference = Omit<StoredReference, 'schemaVersion'>;

/**
 * Every conversation reference in one document (`keys.referenceIndex`), by conversation id. The tick reads
 * this one document instead of listing `convref/` and reading each reference (500 leads were 500 requests per
 * tick on Blob Storage). It is derived: the per-conversation documents stay, and the index is rebuilt from
 * their listing when it is absent (a store written by a release before the index) or unreadable.
 */
export interface ReferenceIndexDoc extends Versioned {
  refs: Record<string, IndexedReference>;
}

/** How long an unchanged conversation reference goes unwritten (see ReferenceRepository.written). */
export const REF_CACHE_MS = 5 * 60_000;
/**
 * How often a process compares the index with the listing of the per-conversation documents, and adds what
 * it lacks: references written by an instance of an older release during a rolling upgrade, or copied in by
 * `migrate-storage` next to an index that was already there. One listing per hour, not per tick.
 */
export const RECONCILE_MS = 60 * 60_000;

const INDEX = keys.referenceIndex;
const ATTEMPTS = 50;

/** What the stored index turned out to be. */
type IndexState =
  | { kind: 'current'; refs: Record<string, IndexedReference>; eTag: string }
  /** Absent or unreadable: rebuilt from the listing; written with create (absent) or over `eTag` (unreadable). */
  | { kind: 'rebuilt'; refs: Record<string, IndexedReference>; eTag?: string }
  /** Written by a newer release: read through the listing, never overwritten (that release maintains it). */
  | { kind: 'newer'; refs: Record<string, IndexedReference> };

interface EntryChange {
  conversationId: string;
  change: (current: IndexedReference | undefined) => IndexedReference;
}

const conversationOf = (key: string) => decodeURIComponent(key.slice(keys.conversationRefPrefix.length));
const withoutVersion = ({ schemaVersion: _v, ...entry }: StoredReference): IndexedReference => entry;
const same = (a: IndexedReference | undefined, b: IndexedReference) => a !== undefined && canonicalJson(a) === canonicalJson(b);

function isNewer(e: unknown): boolean {
  return e instanceof SchemaVersionError && typeof e.version === 'number' && e.version > CODECS.index.current;
}

/**
 * The conversation references: where the bot can post proactively. Writes go to the index first (with eTag
 * compare-and-swap, batched per process by GroupCommit) and then to the conversation's own document, so that
 * a crash in between leaves the index, which is what the scheduler reads, the newer of the two.
 */
export class ReferenceRepository {
  /**
   * What this process last wrote per conversation reference, and when: an unchanged reference is not written
   * again for REF_CACHE_MS (no round trip on most turns), and after that it is compared with the index again,
   * because another instance may have changed it meanwhile (marked it unreachable, say).
   */
  private readonly written = new Map<string, { json: string; at: number }>();
  private readonly index = new GroupCommit<EntryChange, boolean>((changes) => this.commit(changes));
  private reconciledAt = -Infinity;

  constructor(
    private readonly storage: ConditionalStorage,
    private readonly now: () => number = Date.now,
  ) {}

  /** Stores a conversation reference; skips the write when nothing changed since this process last wrote it. */
  async save(conversationId: string, ref: IndexedReference): Promise<void> {
    const key = keys.conversationRef(conversationId);
    // The id of the activity that brought the reference changes every turn and is not needed to reach the
    // conversation later; without it an unchanged conversation is an unchanged document.
    const { activityId: _activityId, ...reference } = ref.reference as typeof ref.reference & { activityId?: string };
    const entry: IndexedReference = { ...ref, reference };
    const json = JSON.stringify(entry);
    const at = this.now();
    const last = this.written.get(key);
    if (last && last.json === json && at - last.at < REF_CACHE_MS) return;
    // The index decides whether anything changed: one read when nothing did.
    if (await this.index.submit({ conversationId, change: () => entry }))
      await updateDoc<StoredReference>(this.storage, key, () => ({ schemaVersion: 1, ...entry }));
    this.written.set(key, { json, at });
  }

  /**
   * Notes that the bot is refused in a conversation. The first instant is kept; the groups of later refused
   * posts are added (their coordinators are told, once per conversation, by the scheduler's plan).
   */
  async markUnreachable(conversationId: string, now?: Date, about?: { groupIds: readonly string[]; where: string }): Promise<void> {
    const change = (cur: IndexedReference | undefined): IndexedReference => {
      const base = cur ?? { reference: {}, kind: 'personal' as const };
      const since = base.unreachable && base.unreachableSince ? base.unreachableSince : now?.toISOString();
      const groupIds = [...new Set([...(base.unreachable ? (base.unreachableFor?.groupIds ?? []) : []), ...(about?.groupIds ?? [])])];
      return {
        ...base,
        unreachable: true,
        ...(since ? { unreachableSince: since } : {}),
        ...(about ? { unreachableFor: { groupIds, where: base.unreachable ? (base.unreachableFor?.where ?? about.where) : about.where } } : {}),
      };
    };
    const key = keys.conversationRef(conversationId);
    await this.index.submit({ conversationId, change });
    await updateDoc<StoredReference>(this.storage, key, (cur) => ({ schemaVersion: 1, ...change(cur ? withoutVersion(cur) : undefined) }));
    this.written.delete(key);
  }

  /** One conversation's own document. */
  async get(conversationId: string): Promise<StoredReference | undefined> {
    const key = keys.conversationRef(conversationId);
    const item = (await this.storage.read([key]))[key];
    return item ? decodeDoc<StoredReference>(key, (({ eTag: _e, ...doc }) => doc)(item)) : undefined;
  }

  /** Every known reference, from the index: one read (plus one listing per RECONCILE_MS). */
  async all(): Promise<KnownReference[]> {
    return this.fromIndexItem((await this.storage.read([INDEX]))[INDEX]);
  }

  /**
   * Every known reference from the index document as a batch read returned it (`all` without its own read,
   * for a snapshot that reads the index together with other documents).
   */
  async fromIndexItem(item: StoreItem | undefined): Promise<KnownReference[]> {
    const state = await this.stateOf(item);
    let refs = state.refs;
    if (state.kind === 'rebuilt') {
      // Written for the next reader; when another writer got there first, theirs is as good (and newer).
      const doc: ReferenceIndexDoc = { schemaVersion: CODECS.index.current, refs };
      await (state.eTag === undefined ? this.storage.create(INDEX, doc as never) : writeIfMatch(this.storage, INDEX, doc, state.eTag));
      this.reconciledAt = this.now();
    } else if (state.kind === 'current' && this.now() - this.reconciledAt >= RECONCILE_MS) {
      refs = await this.reconcile(refs);
    }
    return Object.entries(refs)
      .map(([conversationId, r]) => ({ schemaVersion: 1, ...r, conversationId }))
      .sort((a, b) => keys.conversationRef(a.conversationId).localeCompare(keys.conversationRef(b.conversationId)));
  }

  /**
   * Compares the index with one listing of the documents: adds to the index the references it lacks (written
   * by an older release or copied in), and writes the document of an entry that has none (its writer died
   * between the index and the document).
   */
  private async reconcile(refs: Record<string, IndexedReference>): Promise<Record<string, IndexedReference>> {
    this.reconciledAt = this.now();
    const listed = await this.storage.list(keys.conversationRefPrefix);
    const documented = new Set(listed.map(conversationOf));
    for (const [conversationId, entry] of Object.entries(refs)) {
      if (documented.has(conversationId)) continue;
      // Only if there is still none: a document written meanwhile is as new as the index.
      await this.storage.create(keys.conversationRef(conversationId), { schemaVersion: 1, ...entry } as never);
    }
    const missing = listed.filter((k) => !(conversationOf(k) in refs));
    if (missing.length === 0) return refs;
    const found = await this.documents(missing);
    const out = { ...refs, ...found };
    // Only where the index still has nothing: an entry that appeared meanwhile is newer than the document.
    await Promise.all(Object.entries(found).map(([conversationId, r]) => this.index.submit({ conversationId, change: (cur) => cur ?? r })));
    return out;
  }

  /** The per-conversation documents under `ks`, by conversation id. One that cannot be decoded is left out. */
  private async documents(ks: readonly string[]): Promise<Record<string, IndexedReference>> {
    if (ks.length === 0) return {};
    const items = await this.storage.read([...ks]);
    const out: Record<string, IndexedReference> = {};
    for (const k of ks) {
      const item = items[k];
      if (!item) continue;
      try {
        out[conversationOf(k)] = withoutVersion(decodeDoc<StoredReference>(k, (({ eTag: _e, ...doc }) => doc)(item)));
      } catch (e) {
        // A reference a newer release wrote: that release indexes it; reading it as ours could lose fields.
        if (!(e instanceof SchemaVersionError)) throw e;
      }
    }
    return out;
  }

  private async fromListing(): Promise<Record<string, IndexedReference>> {
    return this.documents(await this.storage.list(keys.conversationRefPrefix));
  }

  private async stateOf(item: StoreItem | undefined): Promise<IndexState> {
    if (!item) return { kind: 'rebuilt', refs: await this.fromListing() };
    const { eTag, ...raw } = item;
    try {
      const doc = decodeDoc<ReferenceIndexDoc>(INDEX, raw);
      if (doc.refs && typeof doc.refs === 'object' && !Array.isArray(doc.refs)) return { kind: 'current', refs: doc.refs, eTag: String(eTag) };
    } catch (e) {
      if (isNewer(e)) return { kind: 'newer', refs: await this.fromListing() };
      if (!(e instanceof SchemaVersionError)) throw e;
    }
    return { kind: 'rebuilt', refs: await this.fromListing(), eTag: String(eTag) };
  }

  /**
   * One write of the index with a batch of entry changes, retried on the latest version when another
   * instance wrote it first. Returns per change whether it changed its entry (then its document is written too).
   */
  private async commit(changes: readonly EntryChange[]): Promise<boolean[]> {
    for (let attempt = 0; attempt < ATTEMPTS; attempt++) {
      // Jittered backoff so that instances that collided do not collide again in lock-step.
      if (attempt > 0) await new Promise((r) => setTimeout(r, Math.random() * Math.min(50, 2 * attempt)));
      const state = await this.stateOf((await this.storage.read([INDEX]))[INDEX]);
      // A newer release's index is left to it; the documents are still written.
      if (state.kind === 'newer') return changes.map(() => true);
      const refs = { ...state.refs };
      const changed = changes.map(({ conversationId, change }) => {
        const before = refs[conversationId];
        const after = change(before);
        refs[conversationId] = after;
        return !same(before, after);
      });
      if (state.kind === 'current' && !changed.some(Boolean)) return changed;
      const doc: ReferenceIndexDoc = { schemaVersion: CODECS.index.current, refs };
      const won =
        state.kind === 'current' || state.eTag !== undefined
          ? await writeIfMatch(this.storage, INDEX, doc, state.eTag!)
          : await this.storage.create(INDEX, doc as never);
      if (won) return changed;
    }
    throw new StoreContentionError(INDEX, ATTEMPTS);
  }
}
