/**
 * The nouns every layer shares: a group with its meeting rule and members, a theme with its lead, and the
 * validated schedule that holds them. `src/schedule/` only parses the YAML file into these.
 */
import { Series } from './series';
import { WorkCalendar, WorkCalendarOptions } from './workCalendar';

export interface Group {
  id: string;
  name: string;
  description?: string;
  aliases: string[];
  /** AAD object ids or e-mail addresses/UPNs of the people who may change this group's meetings. */
  coordinators: string[];
  location?: string;
  teamsLink?: string;
  series: Series;
  agendaItems: string[];
  /** Themes planned in the config, by the rule's date of the meeting. */
  plannedAgenda: ReadonlyMap<string, readonly string[]>;
  latePitches: 'accept' | 'refuse';
  maxAnswerLength: number;
  members: readonly Member[];
}

/** Someone expected at a group's meetings. Ids are compared case-insensitively, like coordinators. */
export interface Member {
  /** AAD object id or e-mail/UPN (lower case). */
  id: string;
  name: string;
  organisation: string;
  /** The id of the member who may stand in (lower case). */
  deputy?: string;
}

export interface Theme {
  id: string;
  name: string;
  aliases: string[];
  department: string;
  /** AAD object id or e-mail/UPN. */
  lead: string;
  leadName: string;
  deputies: string[];
}

/** The validated schedule: groups, their rules, and the work calendar they share. Immutable. */
export interface Schedule {
  timezone: string;
  calendarOptions: WorkCalendarOptions;
  calendar: WorkCalendar;
  groups: readonly Group[];
  themes: readonly Theme[];
}
