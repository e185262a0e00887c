import { LocalDate } from '../domain/localDate';
import { looksLikePitch, parsePitchText, pitchLanguage } from '../domain/pitchText';
import { Language } from '../i18n/language';
import { Command, GroupRef, Parsed } from './command';
import { GroupAliases } from './groupAliases';
import { commandText as normalize } from '../understand/normalize';
import { parseDate, parseDateTime } from '../understand/parseDate';
import { Pattern, PATTERNS, periodOf } from './patterns';

export interface ParseContext {
  aliases: GroupAliases;
  /** Theme names and aliases (same exact matching as groups). */
  themes?: GroupAliases;
  /** Today in the schedule's zone, for relative dates. */
  today: LocalDate;
}

// A few words that give the language of a message the patterns did not understand.
const EN_WORDS = new Set(['the', 'when', 'what', 'next', 'meeting', 'please', 'how', 'can', 'you', 'i', 'my', 'do', 'are', 'of', 'and', 'for', 'with', 'to']);
const NL_WORDS = new Set(['de', 'het', 'wanneer', 'wat', 'volgende', 'overleg', 'graag', 'hoe', 'kun', 'kan', 'je', 'ik', 'mijn', 'een', 'van', 'en', 'voor', 'met', 'zijn', 'te']);

export function guessLanguage(text: string): Language | undefined {
  const words = normalize(text).split(/[^a-z']+/);
  const en = words.filter((w) => EN_WORDS.has(w)).length;
  const nl = words.filter((w) => NL_WORDS.has(w)).length;
  if (en > nl) return 'en';
  if (nl > en) return 'nl';
  return undefined;
}

type Meeting = { group?: GroupRef; date?: LocalDate } | { bad: Extract<Command, { kind: 'bad-date' }>['problem'] };

/** "vrijdag", "het SG-overleg", "het SG-overleg van 11 december": a group and/or a date. */
function meetingSlot(slot: string | undefined, ctx: ParseContext): Meeting {
  if (slot === undefined) return {};
  const both = /^(?:het |de |the )?(.+?) (?:van|op|of|on) (.+)$/.exec(slot);
  if (both) {
    const group = ctx.aliases.resolve(both[1]);
    if (group && 'id' in group) {
      const date = parseDate(both[2], ctx.today);
      return date.ok ? { group, date: date.date } : { bad: date };
    }
  }
  const date = parseDate(slot, ctx.today);
  if (date.ok) return { date: date.date };
  const group = ctx.aliases.resolve(slot);
  if (group) return { group };
  return date.problem === 'not-a-date' ? { group: { unknown: slot } } : { bad: date };
}

function themeList(text: string, ctx: ParseContext): GroupRef[] {
  const resolver = ctx.themes ?? new GroupAliases([]);
  return text
    .split(/\s*(?:,|\ben\b|\band\b|&)\s*/)
    .map((t) => t.trim())
    .filter(Boolean)
    .map((t) => resolver.resolve(t) ?? { unknown: t });
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
    case 'mute':
    case 'unmute':
      return { kind: 'mute-reminders', muted: p.intent === 'mute' };
    case 'theme-reminders':
      return { kind: 'theme-reminders', on: g.on === 'aan' || g.on === 'on', themes: themeList(g.th ?? '', ctx) };
    case 'digest-off':
    case 'digest-on':
      return { kind: 'digest', on: p.intent === 'digest-on' };
    case 'plan-preview':
      return { kind: 'plan-preview', period: periodOf(g.p ?? 'deze', g.u ?? 'week') };
    case 'pitch': {
      const theme = g.th !== undefined ? (ctx.themes?.resolve(g.th) ?? { unknown: g.th }) : undefined;
      return theme ? { kind: 'pitch', theme } : { kind: 'pitch' };
    }
    case 'status':
    case 'agenda':
    case 'bundle':
    case 'agenda-add':
    case 'agenda-remove': {
      const m = meetingSlot(g.m, ctx);
      if ('bad' in m) return { kind: 'bad-date', intent: 'agenda', problem: m.bad };
      const where = { ...(m.group ? { group: m.group } : {}), ...(m.date ? { date: m.date } : {}) };
      if (p.intent === 'agenda-add' || p.intent === 'agenda-remove') {
        return { kind: 'agenda-change', op: p.intent === 'agenda-add' ? 'add' : 'remove', themes: themeList(g.th ?? '', ctx), ...where };
      }
      return { kind: p.intent, ...where };
    }
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
  // A pitch pasted from Word: several lines with at least three of the five headings.
  if (looksLikePitch(text)) {
    const language = pitchLanguage(text) ?? guessLanguage(text);
    return { command: { kind: 'pasted-pitch', answers: parsePitchText(text).answers }, ...(language ? { language } : {}) };
  }
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
