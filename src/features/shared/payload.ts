import { z } from 'zod';
import { isLocalDate, isLocalTime } from '../../domain/localDate';

/** Building blocks of card payload schemas: every verb's payload is checked before its handler runs. */
export const isoDate = z.string().refine(isLocalDate, 'a date YYYY-MM-DD');
export const localTime = z.string().refine(isLocalTime, 'a time HH:MM');
export const language = z.enum(['nl', 'en']);

/** "sg|2026-12-04|wonen": the one encoding of where a pitch goes (group, meeting by its rule date, theme). */
export const pitchSlotRef = z
  .string()
  .regex(/^[^|]+\|\d{4}-\d{2}-\d{2}\|[^|]+$/, 'group|date|theme')
  .transform((s) => {
    const [groupId, originalDate, themeId] = s.split('|');
    return { groupId, originalDate, themeId };
  });

/** "sg|2026-12-04": one meeting, by its group and the rule's date (the encoding attendance buttons carry). */
export const meetingRef = z
  .string()
  .regex(/^[a-z0-9][a-z0-9-]*\|\d{4}-\d{2}-\d{2}$/, 'group|date')
  .refine((s) => isLocalDate(s.split('|')[1]), 'group|date')
  .transform((s) => {
    const [groupId, originalDate] = s.split('|');
    return { groupId, originalDate };
  });

export function encodeMeetingRef(groupId: string, originalDate: string): string {
  return `${groupId}|${originalDate}`;
}
