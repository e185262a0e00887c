import { GroupActionItems } from '../domain/actionItems';
import { MeetingAttendance } from '../domain/attendance';
import { Pitch } from '../domain/pitches';
import { SeriesException } from '../domain/series';
import { Language } from '../domain/language';
import { Period } from '../understand/period';
import { Subject } from '../understand/slots';
import { ConditionalStorage } from './conditionalStorage';
import type { SettledDoc } from './claimRepository';
import { decodeDoc } from './codecs';
import { readDoc, updateDoc, Versioned } from './documents';
import { keys } from './keys';
import { IndexedReference, KnownReference, ReferenceRepository, StoredReference } from './references';

export type { KnownReference, StoredReference } from './references';

export interface Binding extends Versioned {
  conversationId: string;
  groupId: string;
  boundBy: string;
  at: string;
}

export interface ExceptionsDoc extends Versioned {
  groupId: string;
  exceptions: SeriesException[];
}

export interface PitchDoc extends Versioned, Pitch {}

export interface AttendanceDoc extends Versioned, MeetingAttendance {}
export interface ActionItemsDoc extends Versioned, GroupActionItems {}

export interface AgendaDoc extends Versioned {
  groupId: string;
  originalDate: string;
  themes: string[];
  by: string;
  at: string;
}

export interface GroupSettings extends Versioned {
  digest: boolean;
  /** Themes whose leads get no personal reminders. */
  mutedThemes: string[];
}

export interface UserPrefs extends Versioned {
  language?: Language;
  /** Set by "stop herinneringen": no personal reminders for this person. */
  remindersMuted?: boolean;
}

/** What an answer was about (group, meeting, intent), kept for a while so follow-ups can refer to it. */
export interface ContextDoc extends Versioned {
  intent: string;
  groupId?: string;
  date?: string;
  period?: Period;
  implicit?: boolean;
  /** The language the answer was in: a message that could be either language is answered in it again. */
  lang?: Language;
  /** When the answer was given (ISO). */
  at: string;
}

/** Everything a chat turn needs from the store, read in one round trip. */
export interface TurnState {
  prefs: UserPrefs;
  binding?: Binding;
  context?: ContextDoc;
}

/** What the reminder planner needs besides meetings' documents, read in one store call (after listing the bindings). */
export interface PlanInputs {
  bindings: Binding[];
  exceptions: Map<string, { exceptions: SeriesException[]; version: string }>;
  settings: Map<string, GroupSettings>;
  /** Every known conversation reference (from their index document, in the same read), when asked for. */
  references?: KnownReference[];
  /** The settled mark (see SettledDoc), when asked for and stored. */
  settledBefore?: Date;
}

const defaultSettings = (): GroupSettings => ({ schemaVersion: 1, digest: true, mutedThemes: [] });

/** A document of a multi-key read without its eTag, decoded to the current schemaVersion (see codecs.ts). */
const strip = <T>(x: unknown, key: string): T | undefined => {
  if (!x) return undefined;
  const { eTag: _e, ...doc } = x as Record<string, unknown>;
  return decodeDoc<T>(key, doc);
};

/** A group's stored exceptions as a batch read returned them, decoded, with their version (the eTag; '' when none are stored). */
const versionedExceptions = (x: unknown, key: string): { exceptions: SeriesException[]; version: string } => {
  const doc = strip<ExceptionsDoc>(x, key);
  return { exceptions: doc?.exceptions ?? [], version: doc ? ((x as { eTag?: string }).eTag ?? '?') : '' };
};

/** Typed access to everything the chat changes. Domain objects never see eTags. */
export class Repositories {
  /** Conversation references and their index (see references.ts). */
  readonly references: ReferenceRepository;

  /** `now` is the clock of the reference write cache and the index's reconciliation (a fake one in tests). */
  constructor(
    readonly storage: ConditionalStorage,
    now: () => number = Date.now,
  ) {
    this.references = new ReferenceRepository(storage, now);
  }

  getBinding(conversationId: string): Promise<Binding | undefined> {
    return readDoc<Binding>(this.storage, keys.binding(conversationId));
  }

  bind(conversationId: string, groupId: string, boundBy: string, now: Date): Promise<Binding> {
    return updateDoc<Binding>(this.storage, keys.binding(conversationId), () => ({
      schemaVersion: 1,
      conversationId,
      groupId,
      boundBy,
      at: now.toISOString(),
    }));
  }

  async listBindings(): Promise<Binding[]> {
    const ks = await this.storage.list(keys.bindingPrefix);
    const items = await this.storage.read(ks);
    return ks.map((k) => strip<Binding>(items[k], k)).filter((b): b is Binding => b !== undefined);
  }

  /**
   * Bindings, stored exceptions and settings of `groupIds` (and with `references` the index of conversation
   * references): one list and one read, however many groups, meetings, bindings or references there are (a
   * remote store charges per round trip, and on Blob Storage per key).
   */
  async planInputs(groupIds: readonly string[], options: { references?: boolean; settled?: boolean } = {}): Promise<PlanInputs> {
    const bindingKeys = await this.storage.list(keys.bindingPrefix);
    const ex = groupIds.map((id) => keys.seriesExceptions(id));
    const st = groupIds.map((id) => keys.groupSettings(id));
    const extra = [...(options.references ? [keys.referenceIndex] : []), ...(options.settled ? [keys.postsSettled] : [])];
    const items = await this.storage.read([...bindingKeys, ...ex, ...st, ...extra]);
    const settled = options.settled ? strip<SettledDoc>(items[keys.postsSettled], keys.postsSettled) : undefined;
    return {
      ...(settled ? { settledBefore: new Date(settled.before) } : {}),
      ...(options.references ? { references: await this.references.fromIndexItem(items[keys.referenceIndex]) } : {}),
      bindings: bindingKeys.map((k) => strip<Binding>(items[k], k)).filter((b): b is Binding => b !== undefined),
      exceptions: new Map(groupIds.map((id, i) => [id, versionedExceptions(items[ex[i]], ex[i])])),
      settings: new Map(groupIds.map((id, i) => [id, strip<GroupSettings>(items[st[i]], st[i]) ?? defaultSettings()])),
    };
  }

  /** The stored agendas of many meetings in one read, by `groupId/originalDate` (absent when not changed in chat). */
  async agendas(meetings: readonly { groupId: string; originalDate: string }[]): Promise<Map<string, string[]>> {
    if (meetings.length === 0) return new Map();
    const ks = meetings.map((m) => keys.agenda(m.groupId, m.originalDate));
    const items = await this.storage.read(ks);
    const out = new Map<string, string[]>();
    meetings.forEach((m, i) => {
      const doc = strip<AgendaDoc>(items[ks[i]], ks[i]);
      if (doc) out.set(`${m.groupId}/${m.originalDate}`, doc.themes);
    });
    return out;
  }

  /** The pitches of many meetings in one read, by `groupId/originalDate`, then theme. */
  async pitchesOf(meetings: readonly { groupId: string; originalDate: string; themeIds: readonly string[] }[]): Promise<Map<string, Map<string, Pitch>>> {
    const slots = meetings.flatMap((m) => m.themeIds.map((t) => ({ m, t, key: keys.pitch(m.groupId, m.originalDate, t) })));
    const items = slots.length ? await this.storage.read(slots.map((x) => x.key)) : {};
    const out = new Map(meetings.map((m) => [`${m.groupId}/${m.originalDate}`, new Map<string, Pitch>()]));
    for (const { m, t, key } of slots) {
      const item = strip<PitchDoc>(items[key], key);
      if (!item) continue;
      const { schemaVersion: _v, ...pitch } = item;
      out.get(`${m.groupId}/${m.originalDate}`)!.set(t, pitch);
    }
    return out;
  }

  /** Several people's preferences in one read. */
  async userPrefsOf(userIds: readonly string[]): Promise<Map<string, UserPrefs>> {
    const ids = [...new Set(userIds)];
    if (ids.length === 0) return new Map();
    const ks = ids.map((id) => keys.userPrefs(id));
    const items = await this.storage.read(ks);
    return new Map(ids.map((id, i) => [id, strip<UserPrefs>(items[ks[i]], ks[i]) ?? { schemaVersion: 1 }]));
  }

  async getExceptions(groupId: string): Promise<SeriesException[]> {
    return (await readDoc<ExceptionsDoc>(this.storage, keys.seriesExceptions(groupId)))?.exceptions ?? [];
  }

  /** Stored exceptions of several groups in one read, each with its version (the eTag; '' when none are stored). */
  async getExceptionsVersioned(groupIds: readonly string[]): Promise<Map<string, { exceptions: SeriesException[]; version: string }>> {
    const ks = groupIds.map((id) => keys.seriesExceptions(id));
    const items = await this.storage.read(ks);
    return new Map(groupIds.map((id, i) => [id, versionedExceptions(items[ks[i]], ks[i])]));
  }

  /** Applies `change` to the latest stored exceptions of a group (retried under contention). */
  updateExceptions(groupId: string, change: (current: SeriesException[]) => SeriesException[]): Promise<ExceptionsDoc> {
    return updateDoc<ExceptionsDoc>(this.storage, keys.seriesExceptions(groupId), (doc) => ({
      schemaVersion: 1,
      groupId,
      exceptions: change(doc?.exceptions ?? []),
    }));
  }

  /** Stores a conversation reference; skips the write when nothing changed since this process last wrote it. */
  saveReference(conversationId: string, ref: IndexedReference): Promise<void> {
    return this.references.save(conversationId, ref);
  }

  /** Notes that the bot is refused in a conversation (see ReferenceRepository.markUnreachable). */
  markUnreachable(conversationId: string, now?: Date, about?: { groupIds: readonly string[]; where: string }): Promise<void> {
    return this.references.markUnreachable(conversationId, now, about);
  }

  /** Every known conversation reference: one read of their index, not a listing and a read of each. */
  listReferences(): Promise<KnownReference[]> {
    return this.references.all();
  }

  getReference(conversationId: string): Promise<StoredReference | undefined> {
    return this.references.get(conversationId);
  }

  async getPitches(groupId: string, originalDate: string, themeIds: readonly string[]): Promise<Map<string, Pitch>> {
    const ks = themeIds.map((t) => keys.pitch(groupId, originalDate, t));
    const items = await this.storage.read(ks);
    const out = new Map<string, Pitch>();
    themeIds.forEach((t, i) => {
      const item = strip<PitchDoc>(items[ks[i]], ks[i]);
      if (item) {
        const { schemaVersion: _v, ...pitch } = item;
        out.set(t, pitch);
      }
    });
    return out;
  }

  /** Read-modify-write of one pitch with eTag retry: two leads saving at once both keep their revision. */
  updatePitch(groupId: string, originalDate: string, themeId: string, change: (current: Pitch | undefined) => Pitch): Promise<PitchDoc> {
    return updateDoc<PitchDoc>(this.storage, keys.pitch(groupId, originalDate, themeId), (doc) => {
      const current = doc ? (({ schemaVersion: _v, ...p }) => p)(doc) : undefined;
      return { schemaVersion: 1, ...change(current) };
    });
  }

  /** Every stored pitch of a group (for exports), sorted by meeting and theme. */
  async listPitches(groupId: string): Promise<Pitch[]> {
    const ks = await this.storage.list(keys.pitchPrefix(groupId));
    const items = await this.storage.read(ks);
    return ks
      .map((k) => strip<PitchDoc>(items[k], k))
      .filter((x): x is PitchDoc => x !== undefined)
      .map(({ schemaVersion: _v, ...p }) => p);
  }

  async getAttendance(groupId: string, originalDate: string): Promise<MeetingAttendance | undefined> {
    const doc = await readDoc<AttendanceDoc>(this.storage, keys.attendance(groupId, originalDate));
    return doc ? (({ schemaVersion: _v, ...a }) => a)(doc) : undefined;
  }

  /**
   * Read-modify-write of one meeting's attendance with eTag retry: members answering at the same moment all
   * keep their answer. `change` may run more than once and may throw to refuse (nothing is written then).
   */
  updateAttendance(groupId: string, originalDate: string, change: (current: MeetingAttendance | undefined) => MeetingAttendance): Promise<AttendanceDoc> {
    return updateDoc<AttendanceDoc>(this.storage, keys.attendance(groupId, originalDate), (doc) => {
      const current = doc ? (({ schemaVersion: _v, ...a }) => a)(doc) : undefined;
      return { schemaVersion: 1, ...change(current) };
    });
  }

  /** The attendance of many meetings in one read, by `groupId/originalDate` (absent when nobody answered). */
  async attendanceOf(meetings: readonly { groupId: string; originalDate: string }[]): Promise<Map<string, MeetingAttendance>> {
    if (meetings.length === 0) return new Map();
    const ks = meetings.map((m) => keys.attendance(m.groupId, m.originalDate));
    const items = await this.storage.read(ks);
    const out = new Map<string, MeetingAttendance>();
    meetings.forEach((m, i) => {
      const item = strip<AttendanceDoc>(items[ks[i]], ks[i]);
      if (item) out.set(`${m.groupId}/${m.originalDate}`, (({ schemaVersion: _v, ...a }) => a)(item));
    });
    return out;
  }

  async getActionItems(groupId: string): Promise<GroupActionItems | undefined> {
    const doc = await readDoc<ActionItemsDoc>(this.storage, keys.actionItems(groupId));
    return doc ? (({ schemaVersion: _v, ...a }) => a)(doc) : undefined;
  }

  /**
   * Read-modify-write of a group's action items with eTag retry: two coordinators recording at once get two
   * numbers, and a done mark is never lost. `change` may run more than once and may throw to refuse.
   */
  updateActionItems(groupId: string, change: (current: GroupActionItems | undefined) => GroupActionItems): Promise<ActionItemsDoc> {
    return updateDoc<ActionItemsDoc>(this.storage, keys.actionItems(groupId), (doc) => {
      const current = doc ? (({ schemaVersion: _v, ...a }) => a)(doc) : undefined;
      return { schemaVersion: 1, ...change(current) };
    });
  }

  /** The action items of several groups in one read (for the reminder planner), by group id. */
  async actionItemsOf(groupIds: readonly string[]): Promise<Map<string, GroupActionItems>> {
    if (groupIds.length === 0) return new Map();
    const ks = groupIds.map((id) => keys.actionItems(id));
    const items = await this.storage.read(ks);
    const out = new Map<string, GroupActionItems>();
    groupIds.forEach((id, i) => {
      const item = strip<ActionItemsDoc>(items[ks[i]], ks[i]);
      if (item) out.set(id, (({ schemaVersion: _v, ...a }) => a)(item));
    });
    return out;
  }

  /** Every stored attendance of a group (for exports), by meeting. */
  async listAttendance(groupId: string): Promise<MeetingAttendance[]> {
    const ks = await this.storage.list(keys.attendancePrefix(groupId));
    const items = await this.storage.read(ks);
    return ks
      .map((k) => strip<AttendanceDoc>(items[k], k))
      .filter((x): x is AttendanceDoc => x !== undefined)
      .map(({ schemaVersion: _v, ...a }) => a)
      .sort((a, b) => a.originalDate.localeCompare(b.originalDate));
  }

  getAgenda(groupId: string, originalDate: string): Promise<AgendaDoc | undefined> {
    return readDoc<AgendaDoc>(this.storage, keys.agenda(groupId, originalDate));
  }

  updateAgenda(groupId: string, originalDate: string, by: string, now: Date, change: (current: string[] | undefined) => string[]): Promise<AgendaDoc> {
    return updateDoc<AgendaDoc>(this.storage, keys.agenda(groupId, originalDate), (doc) => ({
      schemaVersion: 1,
      groupId,
      originalDate,
      themes: change(doc?.themes),
      by,
      at: now.toISOString(),
    }));
  }

  async getGroupSettings(groupId: string): Promise<GroupSettings> {
    return (await readDoc<GroupSettings>(this.storage, keys.groupSettings(groupId))) ?? { schemaVersion: 1, digest: true, mutedThemes: [] };
  }

  updateGroupSettings(groupId: string, change: (s: GroupSettings) => GroupSettings): Promise<GroupSettings> {
    return updateDoc<GroupSettings>(this.storage, keys.groupSettings(groupId), (cur) => change(cur ?? { schemaVersion: 1, digest: true, mutedThemes: [] }));
  }

  /** A person's preferences, the conversation's binding and what the last answer was about: one read. */
  async turnState(conversationId: string, userId: string): Promise<TurnState> {
    const k = { prefs: keys.userPrefs(userId), binding: keys.binding(conversationId), context: keys.conversationContext(conversationId, userId) };
    const items = await this.storage.read(Object.values(k));
    const binding = strip<Binding>(items[k.binding], k.binding);
    const context = strip<ContextDoc>(items[k.context], k.context);
    return { prefs: strip<UserPrefs>(items[k.prefs], k.prefs) ?? { schemaVersion: 1 }, ...(binding ? { binding } : {}), ...(context ? { context } : {}) };
  }

  /** Remembers what an answer was about; last writer wins (it is the latest answer). */
  async saveContext(conversationId: string, userId: string, subject: Subject, lang: Language, now: Date): Promise<void> {
    const { intent, groupId, date, period, implicit } = subject;
    const doc: ContextDoc = {
      schemaVersion: 1,
      intent,
      ...(groupId ? { groupId } : {}),
      ...(date ? { date } : {}),
      ...(period ? { period } : {}),
      ...(implicit ? { implicit } : {}),
      lang,
      at: now.toISOString(),
    };
    await this.storage.write({ [keys.conversationContext(conversationId, userId)]: { ...doc, eTag: '*' } });
  }

  async getUserPrefs(userId: string): Promise<UserPrefs> {
    return (await readDoc<UserPrefs>(this.storage, keys.userPrefs(userId))) ?? { schemaVersion: 1 };
  }

  setRemindersMuted(userId: string, muted: boolean): Promise<UserPrefs> {
    return updateDoc<UserPrefs>(this.storage, keys.userPrefs(userId), (cur) => ({ ...(cur ?? {}), schemaVersion: 1, remindersMuted: muted }));
  }

  setLanguage(userId: string, language: Language): Promise<UserPrefs> {
    return updateDoc<UserPrefs>(this.storage, keys.userPrefs(userId), (cur) => ({ ...(cur ?? {}), schemaVersion: 1, language }));
  }
}
