import { TurnContext } from 'botbuilder';
import { Logger } from 'pino';
import { Language } from '../../i18n/language';
import { Messages } from '../../i18n/messages';
import { CalendarService } from '../../services/calendarService';
import { PitchService } from '../../services/pitchService';
import { ReminderPlanService } from '../../services/reminderPlanService';
import { Repositories } from '../../store/repositories';
import { Links } from '../../present/links';
import { Roles } from './roles';

/** Everything the bot layer needs; built once in the composition root. */
export interface BotDeps {
  calendar: CalendarService;
  pitches: PitchService;
  planner: ReminderPlanService;
  repos: Repositories;
  roles: Roles;
  links: Links;
  clock: () => Date;
  logger: Logger;
  allowedTenants?: readonly string[];
  /** Called after a pitch is submitted late, to add it to the bundle's thread (wired to the scheduler). */
  onLatePitch?(groupId: string, originalDate: string, themeId: string, revision: number): Promise<unknown>;
  botAppId?: string;
}

/** One incoming message, with what every handler needs to answer it. */
export interface Turn {
  context: TurnContext;
  deps: BotDeps;
  lang: Language;
  msgs: Messages;
  now: Date;
}
