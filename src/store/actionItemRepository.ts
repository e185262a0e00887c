import { GroupActionItems } from '../domain/actionItems';
import { CODECS } from './codecs';
import { ConditionalStorage } from './conditionalStorage';
import { decodeStored, readDoc, updateDoc, Versioned, withoutVersion } from './documents';
import { keys } from './keys';

/** One group's action items, numbered per group, with their history (`keys.actionItems`). */
export interface ActionItemsDoc extends Versioned, GroupActionItems {}

const codec = CODECS.actions;

/** The action items: one document per group, so that numbering is one compare-and-swap. */
export class ActionItemRepository {
  constructor(private readonly storage: ConditionalStorage) {}

  async get(groupId: string): Promise<GroupActionItems | undefined> {
    const doc = await readDoc<ActionItemsDoc>(this.storage, keys.actionItems(groupId), codec);
    return doc ? withoutVersion(doc) : undefined;
  }

  /**
   * Read-modify-write of a group's action items with eTag retry: two coordinators recording at once get two
   * numbers, and a done mark is never lost. `change` may run more than once and may throw to refuse.
   */
  update(groupId: string, change: (current: GroupActionItems | undefined) => GroupActionItems): Promise<ActionItemsDoc> {
    return updateDoc<ActionItemsDoc>(
      this.storage,
      keys.actionItems(groupId),
      (doc) => ({ schemaVersion: codec.current, ...change(doc ? withoutVersion(doc) : undefined) }),
      codec,
    );
  }

  /** The action items of several groups in one read (for the reminder planner), by group id. */
  async ofGroups(groupIds: readonly string[]): Promise<Map<string, GroupActionItems>> {
    if (groupIds.length === 0) return new Map();
    const ks = groupIds.map((id) => keys.actionItems(id));
    const items = await this.storage.read(ks);
    const out = new Map<string, GroupActionItems>();
    groupIds.forEach((id, i) => {
      const doc = decodeStored<ActionItemsDoc>(ks[i], items[ks[i]], codec);
      if (doc) out.set(id, withoutVersion(doc));
    });
    return out;
  }
}
