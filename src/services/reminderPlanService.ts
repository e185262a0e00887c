import { addDays, LocalDate } from '../domain/localDate';
import { DEFAULT_SETTINGS, MeetingContext, PlannedPost, planDigests, planMeetingPosts } from '../domain/reminders';
import { zonedInstant } from '../domain/zonedTime';
import { Repositories } from '../store/repositories';
import { CalendarService } from './calendarService';
import { PitchService } from './pitchService';

/**
 * Gathers what the pure planner needs from the stored state (bindings, agendas, delivered pitches) and
 * asks it what the bot will post. The scheduler and the `plan` dry run use the same function.
 */
export class ReminderPlanService {
  constructor(
    private readonly calendar: CalendarService,
    private readonly pitches: PitchService,
    private readonly repos: Repositories,
  ) {}

  /**
   * Posts planned in [from, to] (local dates, inclusive). With `unboundAsPlaceholder`, a group without a
   * bound channel gets a `null` channel, so a dry run shows what its channel would receive once bound.
   */
  async plan(from: LocalDate, to: LocalDate, options: { groupIds?: readonly string[]; unboundAsPlaceholder?: boolean } = {}): Promise<PlannedPost[]> {
    const zone = this.calendar.zone;
    const groups = (await this.calendar.effectiveGroups(options.groupIds)).filter(Boolean);
    const bindings = await this.repos.listBindings();
    const meetings: MeetingContext[] = [];
    const digestChannels: { conversationId: string | null; groupIds: string[] }[] = [];
    for (const g of groups) {
      const bound = bindings.filter((b) => b.groupId === g.id).map((b) => b.conversationId);
      const channels: (string | null)[] = bound.length ? bound : options.unboundAsPlaceholder ? [null] : [];
      const settings = await this.repos.getGroupSettings(g.id);
      if (settings.digest) for (const c of channels) digestChannels.push({ conversationId: c, groupIds: [g.id] });
      // Deadline reminders come up to a few working days before a meeting: look ahead two weeks.
      for (const occurrence of await this.calendar.between([g.id], from, addDays(to, 14))) {
        const agenda = await this.pitches.agenda(g, occurrence.originalDate);
        const stored = await this.repos.getPitches(g.id, occurrence.originalDate, agenda.map((t) => t.id));
        meetings.push({
          groupId: g.id,
          occurrence,
          channels,
          // Leads of a theme whose reminders the coordinators switched off are not reminded personally.
          themes: agenda.map((t) => ({ id: t.id, delivered: !!stored.get(t.id)?.submittedAt, people: settings.mutedThemes.includes(t.id) ? [] : [t.lead, ...t.deputies] })),
          settings: DEFAULT_SETTINGS,
        });
      }
    }
    const start = zonedInstant(from, '00:00', zone).getTime();
    const end = zonedInstant(addDays(to, 1), '00:00', zone).getTime();
    return [...planMeetingPosts(meetings, this.calendar.schedule.calendar, zone), ...planDigests(digestChannels, from, to, this.calendar.schedule.calendar, zone)]
      .filter((p) => p.at.getTime() >= start && p.at.getTime() < end)
      .sort((a, b) => a.at.getTime() - b.at.getTime() || a.key.localeCompare(b.key));
  }
}
