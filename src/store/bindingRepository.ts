import { CODECS } from './codecs';
import { ConditionalStorage } from './conditionalStorage';
import { decodeStored, readDoc, updateDoc, Versioned } from './documents';
import { keys } from './keys';

/** Which group a Teams channel or chat is bound to (`keys.binding`). */
export interface Binding extends Versioned {
  conversationId: string;
  groupId: string;
  boundBy: string;
  at: string;
}

const codec = CODECS.binding;

/** A binding as a multi-key read returned it (see Repositories.turnState and planInputs), decoded. */
export const decodeBinding = (key: string, item: unknown): Binding | undefined => decodeStored<Binding>(key, item, codec);

/** The bindings of conversations to groups: one document per conversation, last binder wins. */
export class BindingRepository {
  constructor(private readonly storage: ConditionalStorage) {}

  get(conversationId: string): Promise<Binding | undefined> {
    return readDoc<Binding>(this.storage, keys.binding(conversationId), codec);
  }

  bind(conversationId: string, groupId: string, boundBy: string, now: Date): Promise<Binding> {
    return updateDoc<Binding>(
      this.storage,
      keys.binding(conversationId),
      () => ({ schemaVersion: codec.current, conversationId, groupId, boundBy, at: now.toISOString() }),
      codec,
    );
  }

  async list(): Promise<Binding[]> {
    const ks = await this.storage.list(keys.bindingPrefix);
    return BindingRepository.fromItems(ks, await this.storage.read(ks));
  }

  /** The bindings under `ks` of a read that listed `keys.bindingPrefix` (absent ones left out). */
  static fromItems(ks: readonly string[], items: Record<string, unknown>): Binding[] {
    return ks.map((k) => decodeBinding(k, items[k])).filter((b): b is Binding => b !== undefined);
  }
}
