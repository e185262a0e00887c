import { LocalDate } from '../domain/localDate';
import { Language } from '../i18n/language';
import { Command, GroupRef, Parsed } from './command';
import { GroupAliases } from './groupAliases';
import { normalize } from './normalize';
import { parseDate, parseDateTime } from './parseDate';
import { Pattern, PATTERNS, periodOf } from './patterns';

export interface ParseContext {
  aliases: GroupAliases;
  /** Today in the schedule's zone, for relative dates. */
  today: LocalDate;
}

// A few words that give the language of a message the patterns did not understand.
const EN_WORDS = new Set(['the', 'when', 'what', 'is', 'next', 'meeting', 'please', 'how', 'can', 'you', 'i', 'my', 'we', 'do']);
const NL_WORDS = new Set(['de', 'het', 'wanneer', 'wat', 'volgende', 'overleg', 'graag', 'hoe', 'kun', 'kan', 'je', 'ik', 'mijn', 'we', 'een', 'is']);

export function guessLanguage(text: string): Language | undefined {
  const words = normalize(text).split(/[^a-z']+/);
  const en = words.filter((w) => EN_WORDS.has(w)).length;
  const nl = words.filter((w) => NL_WORDS.has(w)).length;
  if (en > nl) return 'en';
  if (nl > en) return 'nl';
  return undefined;
}

function build(p: Pattern, g: Record<string, string | undefined>, ctx: ParseContext): Command {
  const group: GroupRef | undefined = g.g !== undefined ? ctx.aliases.resolve(g.g) : undefined;
  switch (p.intent) {
    case 'help':
      return { kind: 'help' };
    case 'lang-en':
      return { kind: 'set-language', language: 'en' };
    case 'lang-nl':
      return { kind: 'set-language', language: 'nl' };
    case 'next':
      return group ? { kind: 'next', group } : { kind: 'next' };
    case 'deadline':
      return group ? { kind: 'deadline', group } : { kind: 'deadline' };
    case 'period': {
      const period = periodOf(g.p ?? 'deze', g.u ?? 'week');
      return group ? { kind: 'period', period, group } : { kind: 'period', period };
    }
    case 'bind':
      return { kind: 'bind', group: group ?? { unknown: g.g ?? '' } };
    case 'cancel': {
      const date = parseDate(g.d ?? '', ctx.today);
      if (!date.ok) return { kind: 'bad-date', intent: 'cancel', problem: date };
      return { kind: 'cancel', group: group ?? { unknown: g.g ?? '' }, date: date.date };
    }
    case 'move': {
      const date = parseDate(g.d ?? '', ctx.today);
      if (!date.ok) return { kind: 'bad-date', intent: 'move', problem: date };
      const to = parseDateTime(g.t ?? '', ctx.today);
      if (!to.ok) return { kind: 'bad-date', intent: 'move', problem: to };
      return {
        kind: 'move',
        group: group ?? { unknown: g.g ?? '' },
        date: date.date,
        to: { ...(to.date ? { date: to.date } : {}), ...(to.time ? { time: to.time } : {}) },
      };
    }
  }
}

/**
 * The one entry point from text to meaning. Anchored patterns only: "helpdesk" is not "help".
 * A group slot that names no known group still matches, as `{unknown}`, so the reply can list the groups.
 */
export function parse(text: string, ctx: ParseContext): Parsed {
  const s = normalize(text);
  for (const p of PATTERNS) {
    const m = p.re.exec(s);
    if (!m) continue;
    const command = build(p, m.groups ?? {}, ctx);
    return { command, ...(p.lang ? { language: p.lang } : {}) };
  }
  // A bare group name ("SG", "kabinet?") asks for its next meeting.
  const bare = ctx.aliases.resolve(s);
  if (s !== '' && bare && 'id' in bare) return { command: { kind: 'next', group: bare } };
  const language = guessLanguage(s);
  return { command: { kind: 'unknown' }, ...(language ? { language } : {}) };
}
