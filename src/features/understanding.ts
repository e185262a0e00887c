import { Schedule } from '../domain/schedule';
import { RecurrenceRule } from '../domain/recurrence';
import { Understander } from '../understand/understand';
import { allCommands, FEATURES } from './registry';
import { Feature } from './types';

/** The understander for a schedule's groups and themes and the registry's commands. */
export function understanderFor(schedule: Schedule, features: readonly Feature[] = FEATURES): Understander {
  return new Understander(allCommands(features), {
    groups: schedule.groups.map((g) => ({
      id: g.id,
      name: g.name,
      aliases: g.aliases,
      weakNames: rhythmNames(g.series.rule),
      ...(g.description ? { description: g.description } : {}),
    })),
    themes: schedule.themes.map((t) => ({ id: t.id, name: t.name, aliases: t.aliases })),
    // Departments own themes; they name no group ("de pitch van BZK").
    untelling: schedule.themes.map((t) => t.department.toLowerCase()),
  });
}

const NUMBER = { nl: ['', '', 'twee', 'drie', 'vier', 'vijf', 'zes', 'zeven', 'acht'], en: ['', '', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight'] };
const DAY = {
  nl: { MO: 'maandag', TU: 'dinsdag', WE: 'woensdag', TH: 'donderdag', FR: 'vrijdag', SA: 'zaterdag', SU: 'zondag' },
  en: { MO: 'monday', TU: 'tuesday', WE: 'wednesday', TH: 'thursday', FR: 'friday', SA: 'saturday', SU: 'sunday' },
};

/**
 * How people describe a group by its rhythm, derived from its rule: "om de drie weken", "wekelijks",
 * "om de twee maanden", "het vrijdagoverleg". Weak names: two groups with the same rhythm make the bot ask.
 */
export function rhythmNames(rule: RecurrenceRule): string[] {
  const out: string[] = [];
  const n = rule.interval;
  if (rule.freq === 'weekly') {
    if (n === 1) out.push('wekelijks', 'wekelijkse', 'elke week', 'iedere week', 'weekly', 'every week');
    else if (n < NUMBER.nl.length) {
      out.push(
        `om de ${NUMBER.nl[n]} weken`,
        `elke ${NUMBER.nl[n]} weken`,
        `iedere ${NUMBER.nl[n]} weken`,
        `${NUMBER.nl[n]}wekelijks`,
        `${NUMBER.nl[n]}wekelijkse`,
        `every ${NUMBER.en[n]} weeks`,
      );
      out.push(`om de ${n} weken`, `elke ${n} weken`, `every ${n} weeks`);
    }
    for (const d of rule.byDay ?? [])
      out.push(
        `${DAY.nl[d.day]}overleg`,
        `${DAY.nl[d.day]}vergadering`,
        `${DAY.en[d.day]} meeting`,
        `${DAY.nl[d.day]}middag overleg`,
        `${DAY.nl[d.day]}middagoverleg`,
      );
  }
  if (rule.freq === 'monthly') {
    if (n === 1) out.push('maandelijks', 'maandelijkse', 'elke maand', 'monthly', 'every month');
    else if (n < NUMBER.nl.length)
      out.push(
        `om de ${NUMBER.nl[n]} maanden`,
        `elke ${NUMBER.nl[n]} maanden`,
        `${NUMBER.nl[n]}maandelijks`,
        `${NUMBER.nl[n]}maandelijkse`,
        `every ${NUMBER.en[n]} months`,
        n === 2 ? 'bimonthly' : `${n}-monthly`,
      );
  }
  return out;
}
