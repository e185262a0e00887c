import { GroupActionItems } from '../domain/actionItems';
import { MeetingAttendance } from '../domain/attendance';
import { Pitch } from '../domain/pitches';
import { SeriesException } from '../domain/series';
import { Language } from '../domain/language';
import { Subject } from '../understand/slots';
import { ActionItemRepository, ActionItemsDoc } from './actionItemRepository';
import { AgendaDoc, AgendaRepository } from './agendaRepository';
import { AttendanceDoc, AttendanceRepository } from './attendanceRepository';
import { Binding, BindingRepository, decodeBinding } from './bindingRepository';
import type { SettledDoc } from './claimRepository';
import { CODECS } from './codecs';
import { ConditionalStorage } from './conditionalStorage';
import { ContextDoc, ContextRepository, decodeContext } from './contextRepository';
import { decodeStored } from './documents';
import { ExceptionRepository, ExceptionsDoc, VersionedExceptions, versionedExceptions } from './exceptionRepository';
import { keys } from './keys';
import { PitchDoc, PitchRepository } from './pitchRepository';
import { decodePrefs, PrefsRepository, UserPrefs } from './prefsRepository';
import { IndexedReference, KnownReference, ReferenceRepository, StoredReference } from './references';
import { decodeSettings, GroupSettings, SettingsRepository } from './settingsRepository';

export type { KnownReference, StoredReference } from './references';
export type { Binding } from './bindingRepository';
export type { ExceptionsDoc, VersionedExceptions } from './exceptionRepository';
export type { PitchDoc } from './pitchRepository';
export type { AgendaDoc } from './agendaRepository';
export type { AttendanceDoc } from './attendanceRepository';
export type { ActionItemsDoc } from './actionItemRepository';
export type { GroupSettings } from './settingsRepository';
export type { UserPrefs } from './prefsRepository';
export type { ContextDoc } from './contextRepository';

/** Everything a chat turn needs from the store, read in one round trip. */
export interface TurnState {
  prefs: UserPrefs;
  binding?: Binding;
  context?: ContextDoc;
}

/** What the reminder planner needs besides meetings' documents, read in one store call (after listing the bindings). */
export interface PlanInputs {
  bindings: Binding[];
  exceptions: Map<string, VersionedExceptions>;
  settings: Map<string, GroupSettings>;
  /** Every known conversation reference (from their index document, in the same read), when asked for. */
  references?: KnownReference[];
  /** The settled mark (see SettledDoc), when asked for and stored. */
  settledBefore?: Date;
}

/**
 * Typed access to everything the chat changes, as one object for the services, the scheduler and the CLI.
 * Each aggregate has its own repository (its document type, its codec, its keys and its eTag concurrency);
 * this facade composes them, keeps the methods its callers use, and owns the reads that cross aggregates in
 * one round trip (`turnState`, `planInputs`): a remote store charges per round trip, so those stay one read
 * however many repositories the documents belong to. Domain objects never see eTags.
 */
export class Repositories {
  readonly bindings: BindingRepository;
  readonly exceptions: ExceptionRepository;
  /** Conversation references and their index (see references.ts). */
  readonly references: ReferenceRepository;
  readonly pitches: PitchRepository;
  readonly agenda: AgendaRepository;
  readonly attendance: AttendanceRepository;
  readonly actionItems: ActionItemRepository;
  readonly settings: SettingsRepository;
  readonly prefs: PrefsRepository;
  readonly context: ContextRepository;

  /** `now` is the clock of the reference write cache and the index's reconciliation (a fake one in tests). */
  constructor(
    readonly storage: ConditionalStorage,
    now: () => number = Date.now,
  ) {
    this.bindings = new BindingRepository(storage);
    this.exceptions = new ExceptionRepository(storage);
    this.references = new ReferenceRepository(storage, now);
    this.pitches = new PitchRepository(storage);
    this.agenda = new AgendaRepository(storage);
    this.attendance = new AttendanceRepository(storage);
    this.actionItems = new ActionItemRepository(storage);
    this.settings = new SettingsRepository(storage);
    this.prefs = new PrefsRepository(storage);
    this.context = new ContextRepository(storage);
  }

  /** A person's preferences, the conversation's binding and what the last answer was about: one read. */
  async turnState(conversationId: string, userId: string): Promise<TurnState> {
    const k = { prefs: keys.userPrefs(userId), binding: keys.binding(conversationId), context: keys.conversationContext(conversationId, userId) };
    const items = await this.storage.read(Object.values(k));
    const binding = decodeBinding(k.binding, items[k.binding]);
    const context = decodeContext(k.context, items[k.context]);
    return { prefs: decodePrefs(k.prefs, items[k.prefs]), ...(binding ? { binding } : {}), ...(context ? { context } : {}) };
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
    const settled = options.settled ? decodeStored<SettledDoc>(keys.postsSettled, items[keys.postsSettled], CODECS.progress) : undefined;
    return {
      ...(settled ? { settledBefore: new Date(settled.before) } : {}),
      ...(options.references ? { references: await this.references.fromIndexItem(items[keys.referenceIndex]) } : {}),
      bindings: BindingRepository.fromItems(bindingKeys, items),
      exceptions: new Map(groupIds.map((id, i) => [id, versionedExceptions(items[ex[i]], ex[i])])),
      settings: new Map(groupIds.map((id, i) => [id, decodeSettings(st[i], items[st[i]])])),
    };
  }

  // The methods below keep the facade's public surface (its ~40 callers and the tests use them); each one is
  // its aggregate's repository method.

  getBinding(conversationId: string): Promise<Binding | undefined> {
    return this.bindings.get(conversationId);
  }

  bind(conversationId: string, groupId: string, boundBy: string, now: Date): Promise<Binding> {
    return this.bindings.bind(conversationId, groupId, boundBy, now);
  }

  listBindings(): Promise<Binding[]> {
    return this.bindings.list();
  }

  getExceptions(groupId: string): Promise<SeriesException[]> {
    return this.exceptions.get(groupId);
  }

  /** Stored exceptions of several groups in one read, each with its version (the eTag; '' when none are stored). */
  getExceptionsVersioned(groupIds: readonly string[]): Promise<Map<string, VersionedExceptions>> {
    return this.exceptions.versioned(groupIds);
  }

  /** Applies `change` to the latest stored exceptions of a group (retried under contention). */
  updateExceptions(groupId: string, change: (current: SeriesException[]) => SeriesException[]): Promise<ExceptionsDoc> {
    return this.exceptions.update(groupId, change);
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

  getPitches(groupId: string, originalDate: string, themeIds: readonly string[]): Promise<Map<string, Pitch>> {
    return this.pitches.of(groupId, originalDate, themeIds);
  }

  /** The pitches of many meetings in one read, by `groupId/originalDate`, then theme. */
  pitchesOf(meetings: readonly { groupId: string; originalDate: string; themeIds: readonly string[] }[]): Promise<Map<string, Map<string, Pitch>>> {
    return this.pitches.ofMeetings(meetings);
  }

  /** Read-modify-write of one pitch with eTag retry: two leads saving at once both keep their revision. */
  updatePitch(groupId: string, originalDate: string, themeId: string, change: (current: Pitch | undefined) => Pitch): Promise<PitchDoc> {
    return this.pitches.update(groupId, originalDate, themeId, change);
  }

  /** Every stored pitch of a group (for exports), sorted by meeting and theme. */
  listPitches(groupId: string): Promise<Pitch[]> {
    return this.pitches.list(groupId);
  }

  getAgenda(groupId: string, originalDate: string): Promise<AgendaDoc | undefined> {
    return this.agenda.get(groupId, originalDate);
  }

  /** The stored agendas of many meetings in one read, by `groupId/originalDate` (absent when not changed in chat). */
  agendas(meetings: readonly { groupId: string; originalDate: string }[]): Promise<Map<string, string[]>> {
    return this.agenda.ofMeetings(meetings);
  }

  updateAgenda(groupId: string, originalDate: string, by: string, now: Date, change: (current: string[] | undefined) => string[]): Promise<AgendaDoc> {
    return this.agenda.update(groupId, originalDate, by, now, change);
  }

  getAttendance(groupId: string, originalDate: string): Promise<MeetingAttendance | undefined> {
    return this.attendance.get(groupId, originalDate);
  }

  /** Read-modify-write of one meeting's attendance with eTag retry; `change` may run more than once and may throw to refuse. */
  updateAttendance(groupId: string, originalDate: string, change: (current: MeetingAttendance | undefined) => MeetingAttendance): Promise<AttendanceDoc> {
    return this.attendance.update(groupId, originalDate, change);
  }

  /** The attendance of many meetings in one read, by `groupId/originalDate` (absent when nobody answered). */
  attendanceOf(meetings: readonly { groupId: string; originalDate: string }[]): Promise<Map<string, MeetingAttendance>> {
    return this.attendance.ofMeetings(meetings);
  }

  /** Every stored attendance of a group (for exports), by meeting. */
  listAttendance(groupId: string): Promise<MeetingAttendance[]> {
    return this.attendance.list(groupId);
  }

  getActionItems(groupId: string): Promise<GroupActionItems | undefined> {
    return this.actionItems.get(groupId);
  }

  /** Read-modify-write of a group's action items with eTag retry; `change` may run more than once and may throw to refuse. */
  updateActionItems(groupId: string, change: (current: GroupActionItems | undefined) => GroupActionItems): Promise<ActionItemsDoc> {
    return this.actionItems.update(groupId, change);
  }

  /** The action items of several groups in one read (for the reminder planner), by group id. */
  actionItemsOf(groupIds: readonly string[]): Promise<Map<string, GroupActionItems>> {
    return this.actionItems.ofGroups(groupIds);
  }

  getGroupSettings(groupId: string): Promise<GroupSettings> {
    return this.settings.get(groupId);
  }

  updateGroupSettings(groupId: string, change: (s: GroupSettings) => GroupSettings): Promise<GroupSettings> {
    return this.settings.update(groupId, change);
  }

  getUserPrefs(userId: string): Promise<UserPrefs> {
    return this.prefs.get(userId);
  }

  /** Several people's preferences in one read. */
  userPrefsOf(userIds: readonly string[]): Promise<Map<string, UserPrefs>> {
    return this.prefs.of(userIds);
  }

  setRemindersMuted(userId: string, muted: boolean): Promise<UserPrefs> {
    return this.prefs.setRemindersMuted(userId, muted);
  }

  setLanguage(userId: string, language: Language): Promise<UserPrefs> {
    return this.prefs.setLanguage(userId, language);
  }

  /** Remembers what an answer was about; last writer wins (it is the latest answer). */
  saveContext(conversationId: string, userId: string, subject: Subject, lang: Language, now: Date): Promise<void> {
    return this.context.save(conversationId, userId, subject, lang, now);
  }
}
