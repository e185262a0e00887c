import { Language } from '../domain/language';
import { CODECS } from './codecs';
import { ConditionalStorage } from './conditionalStorage';
import { decodeStored, readDoc, updateDoc, Versioned } from './documents';
import { keys } from './keys';

/** A person's preferences (`keys.userPrefs`). */
export interface UserPrefs extends Versioned {
  language?: Language;
  /** Set by "stop herinneringen": no personal reminders for this person. */
  remindersMuted?: boolean;
}

const codec = CODECS.user;

/** A person who never set anything has no preferences: the conversation decides the language. */
const noPrefs = (): UserPrefs => ({ schemaVersion: codec.current });

/** A person's preferences as a multi-key read returned them (see Repositories.turnState), or none. */
export const decodePrefs = (key: string, item: unknown): UserPrefs => decodeStored<UserPrefs>(key, item, codec) ?? noPrefs();

/** People's preferences: one document per person; a change keeps the other preferences. */
export class PrefsRepository {
  constructor(private readonly storage: ConditionalStorage) {}

  async get(userId: string): Promise<UserPrefs> {
    return (await readDoc<UserPrefs>(this.storage, keys.userPrefs(userId), codec)) ?? noPrefs();
  }

  /** Several people's preferences in one read. */
  async of(userIds: readonly string[]): Promise<Map<string, UserPrefs>> {
    const ids = [...new Set(userIds)];
    if (ids.length === 0) return new Map();
    const ks = ids.map((id) => keys.userPrefs(id));
    const items = await this.storage.read(ks);
    return new Map(ids.map((id, i) => [id, decodePrefs(ks[i], items[ks[i]])]));
  }

  setRemindersMuted(userId: string, muted: boolean): Promise<UserPrefs> {
    return this.change(userId, { remindersMuted: muted });
  }

  setLanguage(userId: string, language: Language): Promise<UserPrefs> {
    return this.change(userId, { language });
  }

  private change(userId: string, patch: Omit<UserPrefs, 'schemaVersion'>): Promise<UserPrefs> {
    return updateDoc<UserPrefs>(this.storage, keys.userPrefs(userId), (cur) => ({ ...(cur ?? {}), schemaVersion: codec.current, ...patch }), codec);
  }
}
