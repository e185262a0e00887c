import { AttendanceSummary } from './attendance';
import { Pitch, PitchAnswers, pitchStatus, PitchStatus } from './pitches';

export interface ThemeInfo {
  id: string;
  name: string;
  department: string;
  leadName: string;
}

export interface BundleItem {
  theme: ThemeInfo;
  status: PitchStatus;
  answers?: PitchAnswers;
  submittedAt?: string;
  submittedBy?: string;
}

/** Everything one meeting's pitches amount to, in agenda order: the bundle for the channel and the HTML page. */
export interface Bundle {
  groupId: string;
  originalDate: string;
  items: BundleItem[];
  /** Question 4 and 5 of every delivered pitch side by side. */
  asks: { theme: ThemeInfo; needs: string; whom: string }[];
  missing: ThemeInfo[];
}

export function buildBundle(groupId: string, originalDate: string, agenda: ThemeInfo[], pitches: Map<string, Pitch>): Bundle {
  const items = agenda.map((theme): BundleItem => {
    const p = pitches.get(theme.id);
    const status = pitchStatus(p);
    const delivered = status === 'submitted' || status === 'late';
    return {
      theme,
      status,
      ...(delivered && p ? { answers: p.answers, submittedAt: p.submittedAt!, submittedBy: p.submittedBy! } : {}),
    };
  });
  return {
    groupId,
    originalDate,
    items,
    asks: items.filter((i) => i.answers).map((i) => ({ theme: i.theme, needs: i.answers!.needs, whom: i.answers!.whom })),
    missing: items.filter((i) => !i.answers).map((i) => i.theme),
  };
}

/** Whether a theme's lead will be there to present it; apologies without a deputy are what coordinators must see. */
export type LeadPresence = { kind: 'present' } | { kind: 'no-answer' } | { kind: 'apologies'; deputy?: string };

/** The lead's answer for the meeting; undefined when the lead is no member of the group (nothing to tell). */
export function leadPresence(lead: string, summary: AttendanceSummary): LeadPresence | undefined {
  const id = lead.toLowerCase();
  for (const o of summary.organisations) {
    if (o.present.some((l) => l.id === id)) return { kind: 'present' };
    const a = o.apologies.find((l) => l.id === id);
    if (a) return { kind: 'apologies', ...(a.deputy ? { deputy: a.deputy.name } : {}) };
    if (o.noAnswer.some((l) => l.id === id)) return { kind: 'no-answer' };
  }
  return undefined;
}

/**
 * Whether each theme's lead attends, by theme id, for the themes of a bundle; only leads on the group's member list
 * (a group without members keeps no attendance, and its bundle says nothing about it).
 */
export function leadPresences(bundle: Bundle, themes: readonly { id: string; lead: string }[], summary: AttendanceSummary): Map<string, LeadPresence> {
  const out = new Map<string, LeadPresence>();
  for (const i of bundle.items) {
    const theme = themes.find((t) => t.id === i.theme.id);
    const p = theme ? leadPresence(theme.lead, summary) : undefined;
    if (p) out.set(i.theme.id, p);
  }
  return out;
}

/** A lead who sent apologies and named nobody to stand in: nobody presents the theme. */
export const leadMissing = (p: LeadPresence | undefined): boolean => p?.kind === 'apologies' && !p.deputy;
