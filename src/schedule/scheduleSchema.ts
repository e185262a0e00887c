import { z } from 'zod';
import { isLocalDate, isLocalTime } from '../domain/localDate';
import { parseByDay, startMatchesRule } from '../domain/recurrence';
import { toRule } from './toDomain';

// Messages are written for coordinators who edit the file by hand: say what is expected.
const localDate = z.string({ message: 'must be a date YYYY-MM-DD' }).refine(isLocalDate, 'must be a date YYYY-MM-DD');
const localTime = z.string({ message: 'must be a time HH:MM' }).refine(isLocalTime, 'must be a time HH:MM');
const wholeAtLeast = (min: number) =>
  z
    .number({ message: `must be a whole number ≥ ${min}` })
    .int(`must be a whole number ≥ ${min}`)
    .min(min, `must be a whole number ≥ ${min}`);
const timeRange = z
  .string({ message: 'must be a time range HH:MM-HH:MM' })
  .regex(/^\d{2}:\d{2}-\d{2}:\d{2}$/, 'must be a time range HH:MM-HH:MM')
  .refine((s) => isLocalTime(s.slice(0, 5)) && isLocalTime(s.slice(6)), 'must be a time range HH:MM-HH:MM')
  .refine((s) => s.slice(6) > s.slice(0, 5), 'must end after it starts');
const identifier = z
  .string({ message: 'must be an id of lowercase letters, digits and dashes' })
  .regex(/^[a-z0-9][a-z0-9-]*$/, 'must be an id of lowercase letters, digits and dashes');

export const repeatSchema = z
  .object({
    freq: z.enum(['once', 'weekly', 'monthly'], { message: 'must be one of once, weekly, monthly' }),
    interval: wholeAtLeast(1).default(1),
    byDay: z.array(z.string().refine((s) => parseByDay(s) !== undefined, 'must be a weekday code like FR, or 4MO / -1FR in monthly rules')).optional(),
    byMonthDay: z
      .array(
        z
          .number()
          .int()
          .min(-31)
          .max(31)
          .refine((n) => n !== 0, 'must be 1..31 or -31..-1'),
      )
      .optional(),
    until: localDate.optional(),
    count: wholeAtLeast(1).optional(),
  })
  .strict()
  .superRefine((r, ctx) => {
    if (r.until && r.count) ctx.addIssue({ code: 'custom', path: ['count'], message: 'use either until or count, not both' });
    if (r.freq === 'weekly' && r.byDay?.some((d) => parseByDay(d)?.ordinal !== undefined)) {
      ctx.addIssue({ code: 'custom', path: ['byDay'], message: 'weekly rules take plain weekdays (FR), no ordinals' });
    }
    if (r.freq === 'weekly' && r.byMonthDay) {
      ctx.addIssue({ code: 'custom', path: ['byMonthDay'], message: 'only monthly rules take byMonthDay' });
    }
    if (r.byDay && r.byMonthDay) {
      ctx.addIssue({ code: 'custom', path: ['byMonthDay'], message: 'use either byDay or byMonthDay, not both' });
    }
  });

const exceptionSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('cancelled'), originalDate: localDate, reason: z.string().optional() }).strict(),
  z
    .object({
      kind: z.literal('moved'),
      originalDate: localDate,
      to: z.object({ date: localDate, time: timeRange }).strict(),
      reason: z.string().optional(),
    })
    .strict(),
]);

/** A person who attends a group's meetings: who they are, for which organisation, and who may stand in for them. */
const memberSchema = z
  .object({
    id: z.string({ message: 'must be the AAD object id or e-mail/UPN of the member' }).min(1, 'must be the AAD object id or e-mail/UPN of the member'),
    name: z.string({ message: 'must be the name people know the member by' }).min(1, 'must not be empty'),
    organisation: z.string({ message: 'must name the organisation (VWS, SZW, BZK, VNG, SCP, a municipality ...)' }).min(1, 'must not be empty'),
    deputy: z.string().min(1, 'must not be empty').optional(),
  })
  .strict();

export const groupSchema = z
  .object({
    id: identifier,
    name: z.string().min(1, 'must not be empty'),
    description: z.string().optional(),
    aliases: z.array(z.string().min(1, 'must not be empty')).default([]),
    start: localDate,
    time: timeRange,
    repeat: repeatSchema,
    onHoliday: z.enum(['skip', 'previous', 'next'], { message: 'must be one of skip, previous, next' }).default('skip'),
    pitchDeadline: z
      .object({ workingDaysBefore: wholeAtLeast(0), time: localTime })
      .strict()
      .nullable()
      .default(null),
    coordinators: z.array(z.string().min(1)).default([]),
    location: z.string().optional(),
    teamsLink: z.string().url('must be a URL').optional(),
    exceptions: z.array(exceptionSchema).default([]),
    /** Fixed agenda items of every meeting (e.g. "Terugkoppeling SG-overleg"). */
    agendaItems: z.array(z.string().min(1)).default([]),
    /** Themes planned for particular meetings, by the rule's date of the meeting. */
    agenda: z.array(z.object({ date: localDate, themes: z.array(identifier).min(1, 'must list at least one theme') }).strict()).default([]),
    latePitches: z.enum(['accept', 'refuse'], { message: 'must be accept or refuse' }).default('accept'),
    maxAnswerLength: wholeAtLeast(100).default(2000),
    /** Who is expected at the meetings: attendance and action items are about these people and organisations. */
    members: z.array(memberSchema).default([]),
  })
  .strict()
  .superRefine((g, ctx) => {
    if (g.repeat.until && g.repeat.until < g.start) {
      ctx.addIssue({ code: 'custom', path: ['repeat', 'until'], message: 'must not be before start' });
    }
    const ruleIsValid = isLocalDate(g.start) && (g.repeat.byDay ?? []).every((d) => parseByDay(d) !== undefined);
    if (ruleIsValid && !startMatchesRule(toRule(g.repeat), g.start)) {
      ctx.addIssue({ code: 'custom', path: ['start'], message: 'must itself be a date the repeat rule selects' });
    }
  });

export const scheduleSchema = z
  .object({
    timezone: z
      .string()
      .refine((tz) => {
        try {
          new Intl.DateTimeFormat('en', { timeZone: tz });
          return true;
        } catch {
          return false;
        }
      }, 'must be an IANA time zone such as Europe/Amsterdam')
      .default('Europe/Amsterdam'),
    country: z
      .string()
      .regex(/^[A-Z]{2}$/, 'must be a two-letter country code such as NL')
      .default('NL'),
    nonWorkingDays: z.array(z.object({ date: localDate, name: z.string().min(1) }).strict()).default([]),
    recesses: z
      .array(
        z
          .object({ name: z.string().min(1), from: localDate, to: localDate })
          .strict()
          .refine((r) => r.from <= r.to, { message: 'to must not be before from', path: ['to'] }),
      )
      .default([]),
    themes: z
      .array(
        z
          .object({
            id: identifier,
            name: z.string().min(1),
            aliases: z.array(z.string().min(1)).default([]),
            department: z.string().min(1, 'must name the department (VWS, SZW, OCW, JenV, BZK, VNG, a municipality ...)'),
            lead: z.string().min(1, 'must be the AAD object id or e-mail/UPN of the theme lead'),
            leadName: z.string().optional(),
            deputies: z.array(z.string().min(1)).default([]),
          })
          .strict(),
      )
      .default([]),
    groups: z.array(groupSchema).min(1, 'must list at least one group'),
  })
  .strict()
  .superRefine((s, ctx) => {
    const themeIds = new Set(s.themes.map((t) => t.id));
    s.themes.forEach((t, i) => {
      if (s.themes.findIndex((x) => x.id === t.id) !== i) ctx.addIssue({ code: 'custom', path: ['themes', i, 'id'], message: `duplicates another theme's id` });
    });
    s.groups.forEach((g, i) =>
      g.agenda.forEach((a, j) =>
        a.themes.forEach((t, k) => {
          if (!themeIds.has(t))
            ctx.addIssue({
              code: 'custom',
              path: ['groups', i, 'agenda', j, 'themes', k],
              message: `is not a theme id (themes: ${[...themeIds].join(', ') || 'none'})`,
            });
        }),
      ),
    );
    memberProblems(s.groups).forEach((p) => ctx.addIssue({ code: 'custom', path: p.path, message: p.message }));
    const ids = new Map<string, number>();
    const aliases = new Map<string, string>();
    s.groups.forEach((g, i) => {
      if (ids.has(g.id)) ctx.addIssue({ code: 'custom', path: ['groups', i, 'id'], message: `duplicates groups[${ids.get(g.id)}].id` });
      ids.set(g.id, i);
      for (const [j, a] of [g.id, g.name, ...g.aliases].entries()) {
        const key = a.toLowerCase();
        const other = aliases.get(key);
        if (other && other !== g.id) {
          ctx.addIssue({
            code: 'custom',
            path: ['groups', i, j < 2 ? (j === 0 ? 'id' : 'name') : 'aliases'],
            message: `"${a}" is already a name of group ${other}`,
          });
        }
        aliases.set(key, g.id);
      }
    });
  });

/**
 * Members across groups: an id twice in one group, one person under two names, a deputy who is nobody the
 * schedule knows (a deputy must be a member of some group, so the bot can recognise them when they answer).
 */
function memberProblems(groups: readonly { members: readonly z.output<typeof memberSchema>[] }[]): { path: (string | number)[]; message: string }[] {
  const out: { path: (string | number)[]; message: string }[] = [];
  const people = new Map<string, { name: string; at: string }>();
  groups.forEach((g, i) => {
    const seen = new Map<string, number>();
    g.members.forEach((m, j) => {
      const id = m.id.toLowerCase();
      if (seen.has(id)) out.push({ path: ['groups', i, 'members', j, 'id'], message: `duplicates groups[${i}].members[${seen.get(id)}].id` });
      seen.set(id, j);
      const known = people.get(id);
      if (known && known.name !== m.name)
        out.push({ path: ['groups', i, 'members', j, 'name'], message: `is "${m.name}", but ${known.at} calls ${m.id} "${known.name}"` });
      if (!known) people.set(id, { name: m.name, at: `groups[${i}].members[${j}]` });
    });
  });
  groups.forEach((g, i) =>
    g.members.forEach((m, j) => {
      if (!m.deputy) return;
      const d = m.deputy.toLowerCase();
      if (d === m.id.toLowerCase()) out.push({ path: ['groups', i, 'members', j, 'deputy'], message: 'must be someone else than the member' });
      else if (!people.has(d))
        out.push({ path: ['groups', i, 'members', j, 'deputy'], message: `"${m.deputy}" is not a member of any group (list the deputy as a member too)` });
    }),
  );
  return out;
}

export type ScheduleInput = z.input<typeof scheduleSchema>;
export type ScheduleData = z.output<typeof scheduleSchema>;
export type GroupData = z.output<typeof groupSchema>;
export type RepeatData = z.output<typeof repeatSchema>;
