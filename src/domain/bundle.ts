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
