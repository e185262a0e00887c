import { Group, Theme } from '../domain/schedule';
import { Bundle, buildBundle, ThemeInfo } from '../domain/bundle';
import { Occurrence, takesPlace } from '../domain/occurrences';
import { isLate, Pitch, PitchAnswers, PitchProblem, recordPitch, validatePitch } from '../domain/pitches';
import { Repositories } from '../store/repositories';
import { CalendarService } from './calendarService';

export type PitchErrorCode = 'unknown-meeting' | 'meeting-past' | 'theme-not-on-agenda' | 'unknown-theme' | 'not-allowed' | 'late-refused' | 'invalid';

/** A refusal with a stable code; nothing was stored. */
export class PitchError extends Error {
  constructor(
    readonly code: PitchErrorCode,
    readonly problems: PitchProblem[] = [],
  ) {
    super(code);
    this.name = 'PitchError';
  }
}

/** One meeting of one group and one theme on its agenda: where a pitch goes. */
export interface PitchSlot {
  group: Group;
  occurrence: Occurrence;
  theme: Theme;
}

export interface Person {
  /** Lowercased ids: AAD object id, channel user id, e-mail, UPN. */
  ids: string[];
  name: string;
  isCoordinatorOf(group: Group): Promise<boolean>;
}

export function themeInfo(t: Theme): ThemeInfo {
  return { id: t.id, name: t.name, department: t.department, leadName: t.leadName };
}

/** Pitches, agendas and bundles on top of the calendar. The rules are here; storage is in the repositories. */
export class PitchService {
  constructor(
    private readonly calendar: CalendarService,
    private readonly repos: Repositories,
  ) {}

  theme(id: string): Theme | undefined {
    return this.calendar.schedule.themes.find((t) => t.id === id);
  }

  isLeadOrDeputy(theme: Theme, person: Person): boolean {
    const wanted = [theme.lead, ...theme.deputies].map((x) => x.toLowerCase());
    return person.ids.some((id) => wanted.includes(id));
  }

  async mayEdit(group: Group, theme: Theme, person: Person): Promise<boolean> {
    return this.isLeadOrDeputy(theme, person) || (await person.isCoordinatorOf(group));
  }

  /** The themes on a meeting's agenda: as changed in chat, else as planned in the config. */
  async agenda(group: Group, originalDate: string): Promise<Theme[]> {
    return this.agendaFrom(group, originalDate, (await this.repos.getAgenda(group.id, originalDate))?.themes);
  }

  /** The same from a stored agenda already read (`undefined`: not changed in chat). No store access. */
  agendaFrom(group: Group, originalDate: string, stored: readonly string[] | undefined): Theme[] {
    const ids = stored ?? group.plannedAgenda.get(originalDate) ?? [];
    return ids.map((id) => this.theme(id)).filter((t): t is Theme => t !== undefined);
  }

  async setAgenda(group: Group, originalDate: string, by: string, now: Date, change: (ids: string[]) => string[]): Promise<Theme[]> {
    const planned = [...(group.plannedAgenda.get(originalDate) ?? [])];
    const doc = await this.repos.updateAgenda(group.id, originalDate, by, now, (current) => change(current ?? planned));
    return doc.themes.map((id) => this.theme(id)).filter((t): t is Theme => t !== undefined);
  }

  /** Groups that take pitches. */
  pitchGroups(): Group[] {
    return this.calendar.schedule.groups.filter((g) => g.series.deadline !== null);
  }

  /**
   * Where this person can deliver a pitch now: upcoming meetings (the next `lookahead`) of groups that take
   * pitches, themes on their agenda that the person leads, deputises or coordinates. Early pitches for later
   * meetings are fine; a meeting whose deadline passed is left out when the group refuses late pitches.
   */
  async openSlots(person: Person, now: Date, lookahead = 4): Promise<PitchSlot[]> {
    // Two store reads whatever the number of groups and meetings: the groups' changes, then every agenda at once.
    const groups = this.pitchGroups();
    const upcomingOf = await this.calendar.upcomingOf(
      groups.map((g) => g.id),
      now,
      lookahead,
    );
    const meetings = groups.flatMap((group) =>
      (upcomingOf.get(group.id) ?? [])
        .filter((o) => takesPlace(o) && o.start.getTime() > now.getTime())
        .filter((o) => !(group.latePitches === 'refuse' && isLate(o.deadline, now)))
        .map((occurrence) => ({ group, occurrence })),
    );
    const stored = await this.repos.agendas(meetings.map((m) => ({ groupId: m.group.id, originalDate: m.occurrence.originalDate })));
    const out: PitchSlot[] = [];
    for (const group of groups) {
      const coordinator = await person.isCoordinatorOf(group);
      for (const { occurrence } of meetings.filter((m) => m.group === group)) {
        for (const theme of this.agendaFrom(group, occurrence.originalDate, stored.get(`${group.id}/${occurrence.originalDate}`))) {
          if (coordinator || this.isLeadOrDeputy(theme, person)) out.push({ group, occurrence, theme });
        }
      }
    }
    return out;
  }

  /** Checks a slot from a card payload (which may be old or tampered with) against the current state. */
  async resolveSlot(groupId: unknown, originalDate: unknown, themeId: unknown, person: Person, now: Date): Promise<PitchSlot> {
    const group = typeof groupId === 'string' ? this.calendar.group(groupId) : undefined;
    if (!group || !group.series.deadline || typeof originalDate !== 'string') throw new PitchError('unknown-meeting');
    const occurrence = await this.calendar.occurrenceOn(group.id, originalDate);
    if (!occurrence || occurrence.originalDate !== originalDate || !takesPlace(occurrence)) throw new PitchError('unknown-meeting');
    if (occurrence.start.getTime() <= now.getTime()) throw new PitchError('meeting-past');
    const theme = typeof themeId === 'string' ? this.theme(themeId) : undefined;
    if (!theme) throw new PitchError('unknown-theme');
    if (!(await this.agenda(group, originalDate)).some((t) => t.id === theme.id)) throw new PitchError('theme-not-on-agenda');
    if (!(await this.mayEdit(group, theme, person))) throw new PitchError('not-allowed');
    return { group, occurrence, theme };
  }

  async current(slot: PitchSlot): Promise<Pitch | undefined> {
    return (await this.repos.getPitches(slot.group.id, slot.occurrence.originalDate, [slot.theme.id])).get(slot.theme.id);
  }

  /** For each slot, whether its pitch is submitted (one store read for all of them). */
  async submitted(slots: readonly PitchSlot[]): Promise<boolean[]> {
    const meetings = new Map<string, { groupId: string; originalDate: string; themeIds: string[] }>();
    for (const s of slots) {
      const k = `${s.group.id}/${s.occurrence.originalDate}`;
      const m = meetings.get(k) ?? { groupId: s.group.id, originalDate: s.occurrence.originalDate, themeIds: [] };
      m.themeIds.push(s.theme.id);
      meetings.set(k, m);
    }
    const read = await this.repos.pitchesOf([...meetings.values()]);
    return slots.map((s) => Boolean(read.get(`${s.group.id}/${s.occurrence.originalDate}`)?.get(s.theme.id)?.submittedAt));
  }

  /** Validates on the server and stores a draft or a submission as a new revision. */
  async save(slot: PitchSlot, answers: PitchAnswers, kind: 'draft' | 'submitted', person: Person, personId: string, now: Date): Promise<Pitch> {
    const problems = validatePitch(answers, kind, slot.group.maxAnswerLength);
    if (problems.length) throw new PitchError('invalid', problems);
    const deadline = slot.occurrence.deadline;
    if (kind === 'submitted' && slot.group.latePitches === 'refuse' && isLate(deadline, now)) throw new PitchError('late-refused');
    const doc = await this.repos.updatePitch(slot.group.id, slot.occurrence.originalDate, slot.theme.id, (current) =>
      recordPitch(current, {
        groupId: slot.group.id,
        originalDate: slot.occurrence.originalDate,
        themeId: slot.theme.id,
        answers,
        kind,
        by: personId,
        byName: person.name,
        at: now,
        deadline,
      }),
    );
    const { schemaVersion: _v, ...pitch } = doc;
    return pitch;
  }

  async bundle(group: Group, occurrence: Occurrence): Promise<Bundle> {
    const agenda = await this.agenda(group, occurrence.originalDate);
    const pitches = await this.repos.getPitches(
      group.id,
      occurrence.originalDate,
      agenda.map((t) => t.id),
    );
    return buildBundle(group.id, occurrence.originalDate, agenda.map(themeInfo), pitches);
  }

  /** The next meeting of a group that takes place and has not started (the one status and bundle are about). */
  async nextMeeting(group: Group, now: Date): Promise<Occurrence | undefined> {
    return (await this.calendar.upcoming(group.id, now, 1)).find((o) => takesPlace(o) && o.start.getTime() > now.getTime());
  }
}
