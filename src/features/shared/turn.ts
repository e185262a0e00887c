import { TurnContext } from 'botbuilder';
import { Logger } from 'pino';
import { LocalDate } from '../../domain/localDate';
import { Language } from '../../domain/language';
import { Links } from '../../present/links';
import { CalendarService } from '../../services/calendarService';
import { ActionItemService } from '../../services/actionItemService';
import { AttendanceService } from '../../services/attendanceService';
import { PitchService } from '../../services/pitchService';
import { ReminderPlanService } from '../../services/reminderPlanService';
import { Repositories } from '../../store/repositories';
import { Understander } from '../../understand/understand';
import type { FeatureMessages } from '../catalogue';
import { Roles } from './roles';

/** Everything the features need; built once in the composition root. */
export interface BotDeps {
  calendar: CalendarService;
  pitches: PitchService;
  attendance: AttendanceService;
  actionItems: ActionItemService;
  planner: ReminderPlanService;
  repos: Repositories;
  roles: Roles;
  links: Links;
  clock: () => Date;
  logger: Logger;
  allowedTenants?: readonly string[];
  botAppId?: string;
  /** How long the bot remembers what an answer was about, for follow-ups (default 30 minutes). */
  contextMinutes?: number;
}

/** One incoming activity, with what every handler needs to answer it. */
export interface Turn {
  context: TurnContext;
  deps: BotDeps;
  lang: Language;
  msgs: FeatureMessages;
  now: Date;
  /** Today in the schedule's zone. */
  today: LocalDate;
  /** The group this conversation is bound to, read once with the turn. */
  boundGroupId?: string;
  /** The understander, for handlers that read slots again (help topics) or rewrite a message into a button. */
  understander?: Understander;
}
