import { CODECS } from './codecs';
import { ConditionalStorage } from './conditionalStorage';
import { decodeStored, readDoc, updateDoc, Versioned } from './documents';
import { keys } from './keys';

/** The themes on one meeting's agenda, when coordinators changed them in chat (`keys.agenda`). */
export interface AgendaDoc extends Versioned {
  groupId: string;
  originalDate: string;
  themes: string[];
  by: string;
  at: string;
}

const codec = CODECS.agenda;

/** The agendas changed in chat: one document per meeting; a meeting without one has its schedule's themes. */
export class AgendaRepository {
  constructor(private readonly storage: ConditionalStorage) {}

  get(groupId: string, originalDate: string): Promise<AgendaDoc | undefined> {
    return readDoc<AgendaDoc>(this.storage, keys.agenda(groupId, originalDate), codec);
  }

  /** The stored agendas of many meetings in one read, by `groupId/originalDate` (absent when not changed in chat). */
  async ofMeetings(meetings: readonly { groupId: string; originalDate: string }[]): Promise<Map<string, string[]>> {
    if (meetings.length === 0) return new Map();
    const ks = meetings.map((m) => keys.agenda(m.groupId, m.originalDate));
    const items = await this.storage.read(ks);
    const out = new Map<string, string[]>();
    meetings.forEach((m, i) => {
      const doc = decodeStored<AgendaDoc>(ks[i], items[ks[i]], codec);
      if (doc) out.set(`${m.groupId}/${m.originalDate}`, doc.themes);
    });
    return out;
  }

  update(groupId: string, originalDate: string, by: string, now: Date, change: (current: string[] | undefined) => string[]): Promise<AgendaDoc> {
    return updateDoc<AgendaDoc>(
      this.storage,
      keys.agenda(groupId, originalDate),
      (doc) => ({ schemaVersion: codec.current, groupId, originalDate, themes: change(doc?.themes), by, at: now.toISOString() }),
      codec,
    );
  }
}
