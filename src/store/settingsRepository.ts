import { CODECS } from './codecs';
import { ConditionalStorage } from './conditionalStorage';
import { decodeStored, readDoc, updateDoc, Versioned } from './documents';
import { keys } from './keys';

/** What a group's coordinators switched on or off (`keys.groupSettings`). */
export interface GroupSettings extends Versioned {
  digest: boolean;
  /** Themes whose leads get no personal reminders. */
  mutedThemes: string[];
}

const codec = CODECS.settings;

/** A group that never changed its settings has these (a weekly digest, every theme reminded). */
export const defaultSettings = (): GroupSettings => ({ schemaVersion: codec.current, digest: true, mutedThemes: [] });

/** A group's settings as a multi-key read returned them (see Repositories.planInputs), or the defaults. */
export const decodeSettings = (key: string, item: unknown): GroupSettings => decodeStored<GroupSettings>(key, item, codec) ?? defaultSettings();

/** The group settings: one document per group, changed with eTag retry. */
export class SettingsRepository {
  constructor(private readonly storage: ConditionalStorage) {}

  async get(groupId: string): Promise<GroupSettings> {
    return (await readDoc<GroupSettings>(this.storage, keys.groupSettings(groupId), codec)) ?? defaultSettings();
  }

  update(groupId: string, change: (s: GroupSettings) => GroupSettings): Promise<GroupSettings> {
    return updateDoc<GroupSettings>(this.storage, keys.groupSettings(groupId), (cur) => change(cur ?? defaultSettings()), codec);
  }
}
