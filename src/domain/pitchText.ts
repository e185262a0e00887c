import { decode } from 'he';
import { cleanAnswers, PITCH_QUESTIONS, PitchAnswers, PitchQuestion } from './pitches';

// How people head the five parts when they paste from Word: numbered, named, Dutch or English, with or
// without the question's full wording. Normalised text (lowercase, no diacritics) is matched.
const HEADINGS: Record<PitchQuestion, RegExp> = {
  problem: /^(?:wat is (?:het|de) (?:probleem|kwestie|vraagstuk)|(?:het )?probleem(?:stelling)?|problem(?: statement)?|what is the problem)\b/,
  acceleration:
    /^(?:waar (?:zie je|zien we|is er|liggen) (?:de )?(?:mogelijkheden|ruimte|kansen) (?:voor|tot) (?:een )?['"]?(?:corona)?(?:versnelling)?|(?:corona)?versnelling|mogelijkheden voor versnelling|acceleration|room for acceleration|where (?:do you see|is there) (?:room|opportunit(?:y|ies)) for (?:a )?(?:corona )?acceleration)\b/,
  dilemmas: /^(?:wat zijn (?:je|jouw|de) dilemma'?s|dilemma'?s|dilemmas|what are (?:your|the) dilemmas)\b/,
  needs: /^(?:wat heb je (?:hiervoor )?nodig|wat is er nodig|benodigdheden|what do you need|needs|what is needed)\b/,
  whom: /^(?:wie heb je (?:hiervoor )?nodig|wie is er nodig|whom? do you need|who is needed|whom|people needed)\b/,
};

function normalise(line: string): string {
  return line
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[\u2018\u2019]/g, "'")
    .toLowerCase()
    .trim();
}

interface Heading {
  question: PitchQuestion;
  /** Answer text that follows the heading on the same line ("Probleem: jongeren ..."). */
  rest: string;
}

/**
 * A line is a heading when it is numbered 1-5 ("1)", "2.", "3 -"), or when it starts with one of the known
 * headings and either carries a ":" or "?" or is short. So "Kansen liggen in de wijk" inside an answer is text.
 */
const NUMBERED = /^([1-5])\s*[).:\-\u2013]\s*(.*)$/;
const clean = (raw: string) => raw.replace(/\*\*|__/g, '').trim();

function headingOf(raw: string, numberedOnly: boolean): Heading | undefined {
  const line = clean(raw);
  const numbered = NUMBERED.exec(line);
  if (numberedOnly && !numbered) return undefined;
  const body = numbered ? numbered[2] : line;
  const n = normalise(body);
  let named: PitchQuestion | undefined;
  let match = '';
  for (const q of PITCH_QUESTIONS) {
    const m = HEADINGS[q].exec(n);
    if (m) {
      named = q;
      match = m[0];
      break;
    }
  }
  const sep = /[:?]/.exec(body);
  const rest = sep ? body.slice(sep.index + 1).trim() : '';
  if (numbered) return { question: named ?? PITCH_QUESTIONS[Number(numbered[1]) - 1], rest: named ? rest : body.trim() };
  // Unnumbered: the heading must end in ":" or "?" near the start, or be the whole line.
  const onlyHeading = n.replace(/[\s:?.]+$/, '') === match;
  if (named && ((sep && sep.index <= 70) || onlyHeading)) return { question: named, rest };
  return undefined;
}

/** Finds the five parts in pasted text, and which headings were found. */
export function parsePitchText(text: string): { answers: PitchAnswers; found: PitchQuestion[] } {
  const lines = text
    .replace(/\r\n/g, '\n')
    .replace(/<br\s*\/?>/gi, '\n')
    .replace(/<\/?(?:p|div)[^>]*>/gi, '\n')
    .replace(/<[^>]+>/g, '')
    .split('\n')
    // Text pasted into Teams can carry HTML entities ("Sport &amp; Cultuur"): decode after the tags are gone.
    .map((l) => decode(l));
  const parts: Partial<Record<PitchQuestion, string[]>> = {};
  const found: PitchQuestion[] = [];
  let current: PitchQuestion | undefined;
  // A text numbered 1-5 uses its numbers as headings; its unnumbered lines are all answer text.
  const numberedOnly = lines.filter((l) => NUMBERED.test(clean(l))).length >= 3;
  for (const raw of lines) {
    const h = headingOf(raw, numberedOnly);
    if (h && !found.includes(h.question)) {
      current = h.question;
      found.push(current);
      parts[current] = h.rest ? [h.rest] : [];
    } else if (current) {
      parts[current]!.push(raw);
    }
  }
  const answers = cleanAnswers(Object.fromEntries(PITCH_QUESTIONS.map((q) => [q, (parts[q] ?? []).join('\n')])));
  return { answers, found };
}

/** Whether a message looks like a pasted pitch rather than a question: at least three of the five parts. */
export function looksLikePitch(text: string): boolean {
  return text.includes('\n') && parsePitchText(text).found.length >= 3;
}

/** The language of the headings of a pasted pitch, when they say so. */
export function pitchLanguage(text: string): 'nl' | 'en' | undefined {
  let en = 0;
  let nl = 0;
  for (const raw of text.split('\n')) {
    const n = normalise(clean(raw)).replace(/^[1-5]\s*[).:\-\u2013]\s*/, '');
    if (/^(?:what|where|whom?|room|problem\b|acceleration|dilemmas\b|needs\b)/.test(n)) en++;
    if (/^(?:wat|waar|wie|probleem|versnelling|dilemma's|mogelijkheden|benodigdheden)/.test(n)) nl++;
  }
  return en > nl ? 'en' : nl > en ? 'nl' : undefined;
}
