import type { Dialogue, Row } from './types';

export const OURS_ROWS: Row[] = [];
export const OURS_NEGATIVES: string[] = [];
export const OURS_DIALOGUES: Dialogue[] = [];
