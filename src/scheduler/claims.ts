import { ConditionalStorage } from '../store/conditionalStorage';
import { readDoc, updateDoc, Versioned } from '../store/documents';
import { keys } from '../store/keys';

export interface ClaimDoc extends Versioned {
  key: string;
  state: 'claimed' | 'sent' | 'dropped' | 'unreachable' | 'no-conversation';
  by: string;
  at: string;
  detail?: string;
}

/**
 * One document per planned post, created only if absent: whichever scheduler creates it sends the post,
 * every other one (another process on the same store, or this one after a restart) skips it.
 */
export class Claims {
  constructor(
    private readonly storage: ConditionalStorage,
    private readonly instance: string,
  ) {}

  claim(postKey: string, now: Date): Promise<boolean> {
    const doc: ClaimDoc = { schemaVersion: 1, key: postKey, state: 'claimed', by: this.instance, at: now.toISOString() };
    return this.storage.create(keys.claim(postKey), doc as never);
  }

  async record(postKey: string, state: ClaimDoc['state'], now: Date, detail?: string): Promise<void> {
    await updateDoc<ClaimDoc>(this.storage, keys.claim(postKey), (cur) => ({
      ...(cur ?? { schemaVersion: 1, key: postKey, by: this.instance }),
      state,
      at: now.toISOString(),
      ...(detail ? { detail } : {}),
    }));
  }

  /** Gives a claim back after a transient failure, so that a later tick tries again. */
  async release(postKey: string): Promise<void> {
    await this.storage.delete([keys.claim(postKey)]);
  }

  get(postKey: string): Promise<ClaimDoc | undefined> {
    return readDoc<ClaimDoc>(this.storage, keys.claim(postKey));
  }
}
