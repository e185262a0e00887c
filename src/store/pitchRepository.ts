import { Pitch } from '../domain/pitches';
import { CODECS } from './codecs';
import { ConditionalStorage } from './conditionalStorage';
import { decodeStored, updateDoc, Versioned, withoutVersion } from './documents';
import { keys } from './keys';

/** One theme's pitch for one meeting, with its revisions (`keys.pitch`). */
export interface PitchDoc extends Versioned, Pitch {}

const codec = CODECS.pitch;

const decode = (key: string, item: unknown): Pitch | undefined => {
  const doc = decodeStored<PitchDoc>(key, item, codec);
  return doc ? withoutVersion(doc) : undefined;
};

/** The pitches: one document per meeting and theme, so that leads of different themes never contend. */
export class PitchRepository {
  constructor(private readonly storage: ConditionalStorage) {}

  /** One meeting's pitches, by theme (themes without one left out). */
  async of(groupId: string, originalDate: string, themeIds: readonly string[]): Promise<Map<string, Pitch>> {
    const ks = themeIds.map((t) => keys.pitch(groupId, originalDate, t));
    const items = await this.storage.read(ks);
    const out = new Map<string, Pitch>();
    themeIds.forEach((t, i) => {
      const pitch = decode(ks[i], items[ks[i]]);
      if (pitch) out.set(t, pitch);
    });
    return out;
  }

  /** The pitches of many meetings in one read, by `groupId/originalDate`, then theme. */
  async ofMeetings(meetings: readonly { groupId: string; originalDate: string; themeIds: readonly string[] }[]): Promise<Map<string, Map<string, Pitch>>> {
    const slots = meetings.flatMap((m) => m.themeIds.map((t) => ({ m, t, key: keys.pitch(m.groupId, m.originalDate, t) })));
    const items = slots.length ? await this.storage.read(slots.map((x) => x.key)) : {};
    const out = new Map(meetings.map((m) => [`${m.groupId}/${m.originalDate}`, new Map<string, Pitch>()]));
    for (const { m, t, key } of slots) {
      const pitch = decode(key, items[key]);
      if (pitch) out.get(`${m.groupId}/${m.originalDate}`)!.set(t, pitch);
    }
    return out;
  }

  /** Read-modify-write of one pitch with eTag retry: two leads saving at once both keep their revision. */
  update(groupId: string, originalDate: string, themeId: string, change: (current: Pitch | undefined) => Pitch): Promise<PitchDoc> {
    return updateDoc<PitchDoc>(
      this.storage,
      keys.pitch(groupId, originalDate, themeId),
      (doc) => ({ schemaVersion: codec.current, ...change(doc ? withoutVersion(doc) : undefined) }),
      codec,
    );
  }

  /** Every stored pitch of a group (for exports), in key order: by meeting, then theme. */
  async list(groupId: string): Promise<Pitch[]> {
    const ks = await this.storage.list(keys.pitchPrefix(groupId));
    const items = await this.storage.read(ks);
    return ks.map((k) => decode(k, items[k])).filter((p): p is Pitch => p !== undefined);
  }
}
