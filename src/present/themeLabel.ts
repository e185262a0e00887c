/** What a theme label needs: the theme's name, the department that owns it and its lead. */
export interface LabelledTheme {
  name: string;
  department: string;
  leadName: string;
}

/**
 * How a theme is named wherever it is listed (status, agenda, bundle, reminders): "Wonen (BZK, Eva de Vries)",
 * or "Wonen (BZK)" where the lead is shown beside it or is the reader. The same in every language.
 */
export function themeLabel(t: LabelledTheme, withLead = true): string {
  return withLead ? `${t.name} (${t.department}, ${t.leadName})` : `${t.name} (${t.department})`;
}
