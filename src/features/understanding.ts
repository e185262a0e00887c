import { Schedule } from '../config/schedule';
import { Understander } from '../understand/understand';
import { allCommands, FEATURES } from './registry';
import { Feature } from './types';

/** The understander for a schedule's groups and themes and the registry's commands. */
export function understanderFor(schedule: Schedule, features: readonly Feature[] = FEATURES): Understander {
  return new Understander(allCommands(features), {
    groups: schedule.groups.map((g) => ({ id: g.id, name: g.name, aliases: g.aliases, ...(g.description ? { description: g.description } : {}) })),
    themes: schedule.themes.map((t) => ({ id: t.id, name: t.name, aliases: t.aliases })),
    // Departments own themes; they name no group ("de pitch van BZK").
    untelling: schedule.themes.map((t) => t.department.toLowerCase()),
  });
}
