import { LocalDate } from '../domain/localDate';
import { Language } from '../domain/language';
import { Analyser, Analysis, vocabularyOf } from './analysis';
import { guessLanguage } from './language';
import { isHowToQuestion } from './howTo';
import { MEETING_WORDS, Nameable, NameIndex } from './names';
import { normalize } from './normalize';
import { CompiledSignal, compileSignal, matchSignal, messageKeys, PhraseIndex, SignalSpec } from './signals';
import { Clarification, Ref, SlotKind, Slots, Subject, Understood } from './slots';
import { Speller } from './speller';
import { STOPWORDS } from './stopwords';
import { formsOf } from './tokens';
import { MONTHS, WEEKDAY_NAMES } from './dateWords';
import { DATE_VOCABULARY } from './findDates';

/** What is found in a message that a command can take as a slot. */
export type EntityKind = 'group' | 'date' | 'period' | 'theme' | 'time' | 'after';

/** What a command recogniser returns: slots (and how it decided), or a question back. */
/**
 * What a command recogniser returns: slots (and how it decided), or a question back. `refersBack`: the order points
 * at the meeting just talked about ("zet wonen daar maar op", "oh dan kan ik niet") and stands only after one.
 */
export type Recognised = { slots: Slots; why?: string; language?: Language; refersBack?: boolean } | { clarify: Clarification; slots?: Slots; why?: string };

/** Reads slots from an analysed message; given to recognisers so that every command reads them the same way. */
export interface SlotReader {
  analysis: Analysis;
  today: LocalDate;
  /** The group named: strong names first, then description words; undefined when none; a clarification when two fit. */
  group(): Ref | Clarification | undefined;
  /** The group at a marker position of the skeleton (the n-th GROUP/WGROUP). */
  groupAt(n: number): Ref | Clarification | undefined;
  themes(): Ref[];
  /** The n-th date, or a clarification when it is ambiguous or impossible. */
  date(n?: number): LocalDate | Clarification | undefined;
}

/**
 * How one command is recognised. Questions ("question") are scored by their signal words anywhere in the
 * message; commands that change something ("change") are recognised only by their own `recognise`, from
 * explicit words. The feature registry hands these to the understander.
 */
export interface UnderstandSpec {
  intent: string;
  kind: 'question' | 'change';
  signals?: readonly SignalSpec[];
  /** At least one signal with one of these tags must be there ("slot:group" counts a group named). */
  needs?: readonly string[];
  /** What each kind of thing found adds to the score (the defaults: +1 when accepted, −1.5 for a date or period that is not). */
  slotWeights?: Partial<Record<EntityKind, number>>;
  minScore?: number;
  /** The slots this command takes from a message (and from a follow-up's context). */
  accepts: readonly SlotKind[];
  /** Reads the message itself: change commands, and questions with a form of their own (a pasted pitch). */
  recognise?(reader: SlotReader, text: string, context?: { rest: readonly string[] }): Recognised | undefined;
  /**
   * Slots of its own, read once the command has won (the topic of a help question); `best` is the feature of
   * the best-scoring other question, when one scored.
   */
  slotsFrom?(reader: SlotReader, hint: { best?: string }): Slots;
  /** The feature this command belongs to (set by the registry). */
  feature?: string;
  /** Takes "how do I …?" questions about any feature (help). */
  howTo?: boolean;
  /**
   * Changes one group's meeting: without a group named, and in a conversation that is not linked to a group,
   * the answer is "which group?" with buttons ("verplaats de vergadering van 10 december" in a 1:1 chat).
   */
  needsGroup?: boolean;
  /** May take the group and meeting from what the previous answer was about. */
  followUp?: boolean;
  /**
   * May stand in one clause of a sentence, the other clauses being its reason or deputy ("I'm sick, can't come
   * friday"): answers and switches, never orders about a meeting. `naming-its-meeting`: only when the clause names
   * its meeting (or follows an answer about one).
   */
  inClause?: 'alone' | 'naming-its-meeting';
  /** Words a recogniser looks for, so the speller can correct typos towards them ("verplaast"). */
  vocabulary?: readonly string[];
  /** Examples in both languages: words for the speller and the "Bedoel je …?" suggestions. */
  examples: Record<Language, readonly string[]>;
}

export interface UnderstandContext {
  today: LocalDate;
  /** What the previous answer in this conversation was about, when it is still fresh. */
  previous?: Subject;
  /** The conversation is linked to a group (a channel or group chat): commands without a group name are about it. */
  bound?: boolean;
}

/** A condition makes a clause no order: "als het regent, annuleer …", "if nobody comes, cancel …". */
const CONDITION = /\b(?:als|indien|mocht|tenzij|zodra|if|unless|in case)\b/;

/** A clause that asks something: then the message is a question, not an answer with its reason. */
const asks = (clause: string) =>
  /\?\s*$/.test(clause) ||
  /^(?:wie|wat|hoe|waarom|wanneer|welke|heb|hebben|heeft|is|zijn|kan|kun|kunnen|who|what|how|why|when|which|have|has|is|are|do|does|can|could)\b/i.test(
    clause.trim(),
  );

/** "nee, de 18e bedoel ik", "ik bedoelde vrijdag", "I meant the 11th", "sorry, I mean 18 December". */
const CORRECTION = /\b(?:ik bedoel|bedoel ik|ik bedoelde|bedoelde ik|i meant|i mean)\b/;

/** Question words that open a question of their own, even when short ("waar is het SG-overleg?"). */
const NEW_QUESTION = new Set(['waar', 'where', 'wie', 'who', 'waarom', 'why', 'hoeveel']);

const ARTICLES = new Set(['de', 'het', 'the', 'een', 'a', 'an']);

interface Compiled {
  spec: UnderstandSpec;
  signals: CompiledSignal[];
  exampleForms: Set<string>;
}

const DEFAULT_MIN = 3;
const FOLLOW_START = new Set(['en', 'and', 'ook', 'also', 'maar', 'but', 'dus', 'so', 'oke', 'ok', 'okay', 'then', 'dan']);
const ANAPHORS = new Set(['die', 'dat', 'daarvan', 'daarvoor', 'ervoor', 'ervan', 'hiervoor', 'it', 'that', 'those', 'them', 'dezelfde']);
const AFTER = [
  ['daarna'],
  ['erna'],
  ['daarop'],
  ['nadien'],
  ['daaropvolgende'],
  ['after', 'that'],
  ['the', 'one', 'after'],
  ['one', 'after'],
  ['next', 'one'],
  ['the', 'following', 'one'],
  ['erop'],
  ['afterwards'],
];
const AFTER_IN_FOLLOW_UP = [
  ['volgende', 'keer'],
  ['keer', 'daarna'],
  ['next', 'time'],
  ['time', 'after'],
];
/** Words that may stand around a group name in an elliptic follow-up ("en voor het kabinet?"). */
const FILLER = new Set([
  ...FOLLOW_START,
  'voor',
  'for',
  'met',
  'with',
  'van',
  'of',
  'het',
  'de',
  'the',
  'een',
  'a',
  'about',
  'over',
  'bij',
  'wat',
  'what',
  'how',
  'hoe',
  'zit',
  'is',
  'staat',
  'about',
  'dan',
  'nu',
  'now',
  'mit',
  'er',
  'daar',
  'zo',
]);

function isClarification(x: unknown): x is Clarification {
  return typeof x === 'object' && x !== null && 'kind' in x;
}

/**
 * From text to meaning, deterministic and explainable: spelling is corrected towards the bot's own words,
 * dates, periods, times, groups and themes are found anywhere, change commands must match their explicit
 * patterns, and questions are scored by their signal words. Built once from the registry and the schedule.
 */
export class Understander {
  private readonly analyser: Analyser;
  private readonly compiled: Compiled[];
  readonly groups: NameIndex;
  readonly themes: NameIndex;
  /** Words that only Dutch, or only English, signals use (compared as written, not by stem). */
  private readonly languageWords: Record<Language, Set<string>>;
  /** The reader of the message being understood (understanding is synchronous, so one at a time). */
  private lastReader: SlotReader | undefined;
  /** The best-scoring question's feature for the message being understood (for a help question's topic). */
  private hint: { best?: string } = {};
  private readonly groupIds: string[];
  /** Every question's signal phrases, by word, to pick the few a message can match. */
  private readonly phrases = new PhraseIndex();

  constructor(specs: readonly UnderstandSpec[], names: { groups: readonly Nameable[]; themes: readonly Nameable[]; untelling?: Iterable<string> }) {
    this.groupIds = names.groups.map((g) => g.id);
    this.groups = new NameIndex(names.groups, { ...(names.untelling ? { untelling: names.untelling } : {}) });
    this.themes = new NameIndex(names.themes);
    const vocabulary = vocabularyOf([
      ...specs.flatMap((s) => (s.signals ?? []).flatMap((x) => x.words)),
      ...specs.flatMap((s) => [...s.examples.nl, ...s.examples.en, ...(s.vocabulary ?? [])]),
      ...Object.keys(MONTHS),
      ...Object.keys(WEEKDAY_NAMES),
      ...MEETING_WORDS,
      ...DATE_VOCABULARY,
    ]);
    for (const w of [...this.groups.vocabulary, ...this.themes.vocabulary]) vocabulary.add(w);
    this.analyser = new Analyser({ groups: this.groups, themes: this.themes, speller: new Speller(vocabulary) });
    // Signals and examples of both languages: loanwords ("pitch", "deadline", "agenda") appear in both and tell nothing.
    const byLang = (lang: Language) =>
      vocabularyOf(specs.flatMap((sp) => [...(sp.signals ?? []).filter((x) => x.lang === lang).flatMap((x) => x.words), ...sp.examples[lang]]));
    const nlWords = byLang('nl');
    const enWords = byLang('en');
    this.languageWords = { nl: new Set([...nlWords].filter((w) => !enWords.has(w))), en: new Set([...enWords].filter((w) => !nlWords.has(w))) };
    this.compiled = specs.map((spec) => ({
      spec,
      signals: [...(spec.signals ?? [])].sort((x, y) => y.weight - x.weight).map(compileSignal),
      exampleForms: new Set([...vocabularyOf([...spec.examples.nl, ...spec.examples.en])].filter((w) => !STOPWORDS.has(w)).flatMap((w) => formsOf(w))),
    }));
    for (const c of this.compiled) for (const sig of c.signals) this.phrases.add(sig);
  }

  analyse(text: string, today: LocalDate): Analysis {
    return this.analyser.analyse(text, today);
  }

  /** "Which group?" for a change that names none: every group, offered in place of "de vergadering". */
  private whichGroup(a: Analysis): Clarification {
    const at = a.tokens.findIndex((t) => MEETING_WORDS.has(t.word));
    const start = at > 0 && ARTICLES.has(a.tokens[at - 1].word) ? at - 1 : at;
    return { kind: 'group', options: this.groupIds, span: at >= 0 ? { start, end: at + 1 } : { start: 0, end: 0 } };
  }

  understand(text: string, ctx: UnderstandContext): Understood {
    const a = this.analyser.analyse(text, ctx.today);
    const reader = this.reader(a, ctx.today);
    this.lastReader = reader;
    const words = a.tokens.map((t) => t.text);
    const language = this.language(a, text);
    const withLang = (u: Omit<Understood, 'words' | 'language'>): Understood => ({ ...u, words, ...(language ? { language } : {}) });

    if (a.tokens.length === 0) {
      return text.includes('?')
        ? withLang({ intent: 'help', slots: {}, why: ['only a question mark'] })
        : withLang({ intent: 'unknown', slots: {}, why: ['nothing written'], closest: [] });
    }
    // 1. Commands with a form of their own, in registry order: explicit words only. A message of several
    // sentences or clauses ("I'm sick, can't come friday", "can you reply in English? my Dutch is not so good")
    // may carry its order in one of them; the others are then its reason or its deputy.
    const order = this.order(reader, text, ctx, language, words) ?? this.orderInParts(text, ctx, language, words);
    if (order) return order;

    // 2. Questions, scored by their signals.
    const candidates = this.phrases.candidates(messageKeys(a.tokens, (i) => !a.taken.has(i)));
    const scored = this.compiled
      .filter((c) => c.spec.kind === 'question')
      .map((c) => this.score(c, a, candidates))
      .sort((x, y) => y.score - x.score);
    const found = this.entities(reader);
    const follow = this.followUpMarks(a);
    const howTo = isHowToQuestion(normalize(text)) ? this.compiled.find((c) => c.spec.howTo) : undefined;
    if (howTo) {
      const other = scored.find((s) => s.ok && s.spec !== howTo.spec && s.spec.feature !== howTo.spec.feature);
      // "hoe meld ik me af?", "hoe werkt afmelden?": the order it asks about names the feature best.
      const order = this.orderAsked(text, ctx.today);
      this.hint = order ? { best: order } : other?.spec.feature ? { best: other.spec.feature } : {};
      return withLang(this.command(howTo.spec, found, [`${howTo.spec.intent}: a how-to question${other ? ` (${other.spec.intent} scored best)` : ''}`]));
    }
    const best = scored.find((s) => s.ok);
    this.hint = best && best.spec.feature ? { best: best.spec.feature } : {};

    if (ctx.previous) {
      const f = this.followUp(ctx.previous, best, found, follow, a);
      if (f) return withLang(f);
    }
    if (best) {
      if ((follow.anaphor || follow.after) && !found.group && !found.date) {
        return withLang({
          intent: best.spec.intent,
          slots: {},
          clarify: { kind: 'no-antecedent' },
          why: [...best.why, 'refers to an earlier answer, but none is remembered'],
        });
      }
      return withLang(this.command(best.spec, found, best.why));
    }
    // Only names, dates or periods ("SG", "sg vrijdag?", "kabinet in maart", "komende 2 weken?"): the meetings they name.
    if ((found.group || found.date || found.period || found.after) && this.onlyNames(a)) {
      const intent = found.date ? 'on-date' : found.period ? 'period' : 'next';
      const spec = this.compiled.find((c) => c.spec.intent === intent);
      if (spec && (found.group || intent !== 'next')) return withLang(this.command(spec.spec, found, [`${intent}: only names, dates or periods`]));
    }
    if ((follow.anaphor && follow.elliptic) || follow.after) {
      return withLang({ intent: 'unknown', slots: {}, clarify: { kind: 'no-antecedent' }, why: ['a follow-up, but nothing is remembered'] });
    }
    return withLang({
      intent: 'unknown',
      slots: {},
      why: ['no command scored enough', ...scored.slice(0, 3).map((s) => `${s.spec.intent}=${s.score.toFixed(1)}`)],
      closest: this.closest(a, scored),
    });
  }

  /**
   * The feature of the order a how-to question asks about, read as if it were given: "hoe meld ik me af voor
   * een vergadering" → "ik meld me af voor een vergadering" → attendance; "how do I submit a pitch" → "I submit a pitch".
   */
  private orderAsked(text: string, today: LocalDate): string | undefined {
    const s = normalize(text).replace(/[?!.]+$/, '');
    const order = s
      .replace(/^(?:en |maar |dus |oke |ok )?hoe (\w+) (ik|je|we|u)\b/, '$2 $1')
      .replace(/^(?:and |but |so |ok )?how (?:do|can|should|would|could|may|must|shall) (i|we|you)\b/, '$1')
      .replace(/^hoe (?:werkt|werken|gaat) (?:het )?/, '')
      .replace(/^how (?:does|do) (.+) work$/, '$1');
    if (order === s) return undefined;
    const reader = this.reader(this.analyser.analyse(order, today), today);
    for (const c of this.compiled) {
      if (c.spec.kind !== 'change' || !c.spec.recognise || !c.spec.feature) continue;
      if (c.spec.recognise(reader, order)) return c.spec.feature;
    }
    return undefined;
  }

  /** Step 1 on one text: the first change command (or command with a form of its own) that recognises it. */
  private order(
    reader: SlotReader,
    text: string,
    ctx: UnderstandContext,
    language: Language | undefined,
    words: string[],
    rest: readonly string[] = [],
  ): Understood | undefined {
    const a = reader.analysis;
    for (const c of this.compiled) {
      if (!c.spec.recognise) continue;
      const r = c.spec.recognise(reader, text, { rest });
      if (!r) continue;
      if ('refersBack' in r && r.refersBack && !ctx.previous?.date) continue;
      const why = [`${c.spec.intent}: ${r.why ?? 'recognised'}`];
      const lang = ('language' in r && r.language) || language;
      if ('clarify' in r) return { intent: c.spec.intent, slots: r.slots ?? {}, clarify: r.clarify, why, words, ...(lang ? { language: lang } : {}) };
      if (c.spec.needsGroup && !r.slots.group && !ctx.bound) {
        const clarify = this.whichGroup(a);
        return {
          intent: c.spec.intent,
          slots: r.slots,
          clarify,
          why: [...why, 'no group named and the conversation is not linked to one'],
          words,
          ...(lang ? { language: lang } : {}),
        };
      }
      // "ik kan daar niet bij zijn", "I can't make it", "ik ben erbij" right after an answer about a meeting: that meeting.
      const prev = ctx.previous;
      if ((c.spec.followUp || ('refersBack' in r && r.refersBack)) && prev?.date && !r.slots.group && !r.slots.date) {
        const slots: Slots = { ...r.slots, ...(prev.groupId ? { group: { id: prev.groupId } } : {}), date: prev.date };
        return {
          intent: c.spec.intent,
          slots,
          why: [...why, `the meeting just talked about (${prev.groupId ?? ''} ${prev.date})`],
          words,
          followUp: true,
          ...(lang ? { language: lang } : {}),
        };
      }
      return { intent: c.spec.intent, slots: r.slots, why, words, ...(lang ? { language: lang } : {}) };
    }

    return undefined;
  }

  /**
   * Step 1 on the sentences of a message, then on its clauses: one of them may be the order. Never when another
   * part states a condition ("als het regent, annuleer het SG-overleg").
   */
  private orderInParts(text: string, ctx: UnderstandContext, language: Language | undefined, words: string[]): Understood | undefined {
    const clean = text.replace(/<[^>]+>/g, ' ').trim();
    const sentences = clean.split(/(?<=[?!;])\s+|(?<=[a-z\d)][.])\s+(?=[A-Z])/).filter((p) => p.trim());
    const clauses = sentences.flatMap((p) => p.split(/,\s+/)).filter((p) => p.trim());
    for (const [level, parts] of [['sentence', sentences] as const, ['clause', clauses] as const]) {
      if (parts.length < 2 || parts.length > 5) continue;
      if (parts.some((p) => CONDITION.test(normalize(p)))) return undefined;
      for (let i = 0; i < parts.length; i++) {
        const reader = this.reader(this.analyser.analyse(parts[i], ctx.today), ctx.today);
        const rest = parts.filter((_, k) => k !== i);
        const u = this.order(reader, parts[i], ctx, language, words, rest);
        // Within a sentence only an answer stands in one clause ("I'm sick, can't come friday"); an order does not.
        // …and names its meeting itself.
        const named = reader.analysis.dates.length > 0 || reader.analysis.groups.length > 0 || !!ctx.previous?.date;
        const inClause = this.compiled.find((c) => c.spec.intent === u?.intent)?.spec.inClause;
        if (u && level === 'clause' && (!inClause || rest.some(asks) || (inClause === 'naming-its-meeting' && !named))) continue;
        if (u) return { ...u, why: [...u.why, `in part ${i + 1} of ${parts.length}`] };
      }
    }
    return undefined;
  }

  /** The things found in the message, as slots (before a command picks the ones it accepts). */
  private entities(reader: SlotReader): {
    group?: Ref | Clarification;
    date?: LocalDate | Clarification;
    after?: LocalDate;
    period?: Slots['period'];
    themes: Ref[];
    time?: Slots['to'];
  } {
    const a = reader.analysis;
    const group = reader.group();
    const date = reader.date();
    const after = a.afters[0]?.result.ok ? a.afters[0].result.date : undefined;
    return {
      ...(after ? { after } : {}),
      ...(group ? { group } : {}),
      ...(date ? { date } : {}),
      ...(a.periods[0] ? { period: a.periods[0].period } : {}),
      themes: reader.themes(),
      ...(a.times[0] ? { time: { time: a.times[0].time } } : {}),
    };
  }

  private command(spec: UnderstandSpec, found: ReturnType<Understander['entities']>, why: string[]): Omit<Understood, 'words' | 'language'> {
    const slots: Slots = {};
    const accepts = new Set(spec.accepts);
    if (accepts.has('group') && found.group) {
      if (isClarification(found.group)) return { intent: spec.intent, slots, clarify: found.group, why: [...why, 'the group could be several'] };
      slots.group = found.group;
    }
    if (accepts.has('date') && found.date) {
      if (isClarification(found.date)) return { intent: spec.intent, slots, clarify: found.date, why: [...why, 'the date needs asking'] };
      slots.date = found.date;
    }
    if (accepts.has('period') && found.period && !slots.date) slots.period = found.period;
    if (accepts.has('after') && found.after && !slots.date) slots.after = found.after;
    if (accepts.has('themes') && found.themes.length) slots.themes = found.themes;
    if (spec.slotsFrom && this.lastReader) Object.assign(slots, spec.slotsFrom(this.lastReader, this.hint));
    return { intent: spec.intent, slots, why };
  }

  private score(c: Compiled, a: Analysis, candidates: ReadonlySet<object>): { spec: UnderstandSpec; score: number; ok: boolean; why: string[] } {
    const free = (i: number) => !a.taken.has(i);
    let score = 0;
    const tags = new Set<string>();
    const why: string[] = [];
    // A word counts once per command, for its strongest signal ("meeting" is a noun and a verb; "deadline" is
    // both Dutch and English). Signals are compiled strongest first; negative ones always count.
    const used = new Set<number>();
    for (const s of c.signals) {
      const m = matchSignal(s, a.tokens, free, candidates);
      if (!m) continue;
      if (s.spec.weight > 0 && m.at.every((i) => used.has(i))) continue;
      if (s.spec.weight > 0) for (const i of m.at) used.add(i);
      score += s.spec.weight;
      if (s.spec.tag) tags.add(s.spec.tag);
      why.push(`"${m.phrase}" ${s.spec.weight > 0 ? '+' : ''}${s.spec.weight}`);
    }
    const accepts = new Set<string>(c.spec.accepts);
    const present: Record<EntityKind, boolean> = {
      group: a.groups.length > 0,
      date: a.dates.length > 0,
      period: a.periods.length > 0,
      theme: a.themes.length > 0,
      time: a.times.length > 0,
      after: a.afters.length > 0,
    };
    const defaults: Record<EntityKind, number> = {
      group: accepts.has('group') ? 1 : 0,
      date: accepts.has('date') ? 1 : -1.5,
      period: accepts.has('period') ? 1 : -1.5,
      theme: accepts.has('themes') ? 1 : 0,
      time: 0,
      after: accepts.has('after') ? 1.5 : -1,
    };
    for (const k of Object.keys(present) as EntityKind[]) {
      if (!present[k]) continue;
      const w = c.spec.slotWeights?.[k] ?? defaults[k];
      if (w === 0) continue;
      score += w;
      tags.add(`slot:${k}`);
      why.push(`${k} ${w > 0 ? '+' : ''}${w}`);
    }
    const needsMet = !c.spec.needs || c.spec.needs.some((n) => tags.has(n));
    const ok = needsMet && score >= (c.spec.minScore ?? DEFAULT_MIN) && why.some((w) => w.startsWith('"') && !w.includes('" -'));
    return { spec: c.spec, score, ok, why: [`${c.spec.intent} scored ${score.toFixed(1)}: ${why.join(', ')}${needsMet ? '' : ' (needs not met)'}`] };
  }

  private followUpMarks(a: Analysis) {
    const free = a.tokens.filter((t) => !a.taken.has(t.i));
    const ws = a.tokens.map((t) => t.word);
    const has = (seq: string[]) => ws.some((_, i) => seq.every((w, k) => ws[i + k] === w));
    const start = a.tokens.length > 0 && FOLLOW_START.has(a.tokens[0].word);
    const anaphor = free.some(
      (t, k) => ANAPHORS.has(t.word) && !this.nounAfter(a, t.i) && !(t.word === 'dat' && k > 0 && free[k - 1].word !== 'is' && free[k - 1].word !== 'begint'),
    );
    const content = free.filter((t) => !STOPWORDS.has(t.word) && !FILLER.has(t.word));
    const elliptic = content.length <= 3;
    // "wanneer is dan de volgende?", "and the next one?": "next" with no noun after it, in a follow-up.
    const bareNext = ws.at(-1) === 'volgende' || ws.at(-1) === 'next' || (ws.at(-1) === 'one' && ws.at(-2) === 'next');
    const after = AFTER.some(has) || ((start || elliptic) && AFTER_IN_FOLLOW_UP.some(has));
    // Only with an answer to follow: without one, "wanneer is de volgende?" is just the next meeting.
    const afterPrevious = after || ((start || elliptic) && bareNext);
    return { start, anaphor, elliptic, after, afterPrevious };
  }

  /** "dat overleg", "die vergadering": a demonstrative before a noun is no reference back. */
  private nounAfter(a: Analysis, i: number): boolean {
    const next = a.tokens[i + 1];
    if (!next) return false;
    return MEETING_WORDS.has(next.word) || a.taken.has(i + 1);
  }

  /** Only names and words that carry nothing ("het kabinet?", "SG-overleg"). */
  private onlyNames(a: Analysis): boolean {
    return a.tokens.every(
      (t) => a.taken.has(t.i) || STOPWORDS.has(t.word) || FILLER.has(t.word) || MEETING_WORDS.has(t.word) || t.word === 'info' || t.word === 'graag',
    );
  }

  /**
   * An elliptic or referring question, read with what the previous answer was about: "hoe laat begint die?",
   * "en de keer daarna?", "and for the municipalities?", "en volgende week?".
   */
  private followUp(
    prev: Subject,
    best: { spec: UnderstandSpec; why: string[] } | undefined,
    found: ReturnType<Understander['entities']>,
    mark: ReturnType<Understander['followUpMarks']>,
    a: Analysis,
  ): Omit<Understood, 'words' | 'language'> | undefined {
    const spec = (intent: string) => this.compiled.find((c) => c.spec.intent === intent)?.spec;
    const prevSpec = spec(prev.intent);
    const newGroup = found.group && !isClarification(found.group) ? found.group : undefined;
    const why = [`follow-up of ${prev.intent}${prev.groupId ? ` about ${prev.groupId}` : ''}${prev.date ? ` on ${prev.date}` : ''}`];
    const fill = (s: UnderstandSpec, extra: string[], withDate: boolean): Omit<Understood, 'words' | 'language'> => {
      const base = this.command(s, found, [...extra, ...why]);
      if (base.clarify) return base;
      const slots = { ...base.slots };
      const accepts = new Set(s.accepts);
      if (!slots.group && prev.groupId && accepts.has('group')) slots.group = { id: prev.groupId };
      if (withDate && prev.date && !slots.date && !slots.period && !newGroup && accepts.has('date')) slots.date = prev.date;
      return { intent: s.intent, slots, why: base.why, followUp: true };
    };
    // "nee, de 18e bedoel ik", "I meant the 11th": the previous question (or order), for that meeting instead.
    if (CORRECTION.test(normalize(a.normalised)) && (found.date || newGroup) && prevSpec && prev.intent !== 'move') {
      const group = newGroup ?? (prev.groupId ? { id: prev.groupId } : undefined);
      const date = found.date && !isClarification(found.date) ? found.date : undefined;
      if (found.date && isClarification(found.date)) return { intent: prev.intent, slots: group ? { group } : {}, clarify: found.date, why };
      if (prevSpec.accepts.includes('date') || prevSpec.kind === 'change')
        return { intent: prev.intent, slots: { ...(group ? { group } : {}), ...(date ? { date } : {}) }, why: ['a correction', ...why], followUp: true };
    }
    // "en de keer daarna?", "and the one after?", "wanneer is dan de volgende?"
    if (mark.afterPrevious && !found.date && !found.period) {
      const s = best && ['time', 'deadline'].includes(best.spec.intent) ? best.spec : spec('next');
      if (s) {
        const group = newGroup ?? (prev.groupId ? { id: prev.groupId } : undefined);
        return {
          intent: s.intent,
          slots: { ...(group ? { group } : {}), ...(prev.date && !newGroup ? { after: prev.date } : {}) },
          why: [`"after" in a follow-up`, ...why],
          followUp: true,
        };
      }
    }
    if (best) {
      if (!best.spec.followUp) return undefined;
      const refers = prev.implicit ? mark.anaphor : mark.anaphor || mark.start || mark.elliptic;
      if (!refers || (newGroup && !mark.anaphor)) return undefined;
      return fill(best.spec, best.why, mark.anaphor || mark.start || mark.elliptic);
    }
    // "gaat die wel door?", "en die?": the meeting remembered, as a yes/no question about its day.
    if (mark.anaphor && prev.date && !found.date && !found.period && !newGroup) {
      const s = spec('on-date');
      if (s)
        return {
          intent: 'on-date',
          slots: { ...(prev.groupId ? { group: { id: prev.groupId } } : {}), date: prev.date },
          why: ['refers to the meeting remembered', ...why],
          followUp: true,
        };
    }
    if (!mark.elliptic || !prevSpec?.followUp) return undefined;
    // "waar is het SG-overleg?", "wie zitten er in het SG-overleg?": a new question, not the last one for another group.
    if (NEW_QUESTION.has(a.tokens[0]?.word ?? '')) return undefined;
    // "en voor het kabinet?": the previous question, for another group.
    if (newGroup && !found.date && !found.period) {
      const keep = prev.period && prevSpec.accepts.includes('period') ? { period: prev.period } : {};
      return { intent: prev.intent, slots: { group: newGroup, ...keep }, why: ['another group', ...why], followUp: true };
    }
    // "en op 11 december?", "en volgende week?": the previous group, another day or period.
    if (found.date && !isClarification(found.date)) {
      const s = prevSpec.accepts.includes('date') ? prevSpec : spec('on-date');
      if (s) return fill(s, ['another day'], false);
    }
    if (found.period) {
      const s = prevSpec.accepts.includes('period') ? prevSpec : spec('period');
      if (s) return fill(s, ['another period'], false);
    }
    if (found.date && isClarification(found.date)) return { intent: prev.intent, slots: {}, clarify: found.date, why };
    void a;
    return undefined;
  }

  /** The commands that came closest to a message not understood: signal scores, then words shared with their examples. */
  private closest(a: Analysis, scored: { spec: UnderstandSpec; score: number }[]): string[] {
    const forms = a.tokens.filter((t) => !STOPWORDS.has(t.word)).flatMap((t) => t.forms);
    const rank = this.compiled
      .map((c) => {
        const signal = scored.find((s) => s.spec === c.spec)?.score ?? 0;
        const shared = new Set(forms.filter((f) => c.exampleForms.has(f))).size;
        return { intent: c.spec.intent, value: Math.max(0, signal) + shared };
      })
      .filter((r) => r.value > 0.5)
      .sort((x, y) => y.value - x.value);
    return [...new Set(rank.map((r) => r.intent))].slice(0, 3);
  }

  /** The language of a message: its words that only one language's signals use, and common words of each. */
  private language(a: Analysis, text: string): Language | undefined {
    let nl = 0;
    let en = 0;
    for (const t of a.tokens) {
      if (this.languageWords.nl.has(t.word)) nl++;
      if (this.languageWords.en.has(t.word)) en++;
    }
    const guess = guessLanguage(normalize(text));
    if (guess === 'nl') nl += 1.5;
    if (guess === 'en') en += 1.5;
    return nl > en ? 'nl' : en > nl ? 'en' : undefined;
  }

  private reader(a: Analysis, today: LocalDate): SlotReader {
    const groupOf = (spans: typeof a.groups): Ref | Clarification | undefined => {
      const strong = spans.filter((g) => g.strength === 'strong');
      if (strong.length) {
        const first = strong[0];
        if (first.ids.length > 1) return { kind: 'group', options: first.ids, span: { start: first.start, end: first.end } };
        return { id: first.ids[0] };
      }
      const weak = spans.filter((g) => g.strength === 'weak');
      if (!weak.length) return undefined;
      const count = new Map<string, number>();
      for (const g of weak) for (const id of g.ids) count.set(id, (count.get(id) ?? 0) + 1 / g.ids.length);
      const max = Math.max(...count.values());
      const top = [...count.entries()].filter(([, n]) => n === max).map(([id]) => id);
      if (top.length === 1) return { id: top[0] };
      return { kind: 'group', options: top, span: { start: weak[0].start, end: weak[weak.length - 1].end } };
    };
    const self: SlotReader = {
      analysis: a,
      today,
      group: () => groupOf(a.groups) ?? unknownGroup(a),
      groupAt: (n) => {
        const g = a.markers.filter((m) => m.marker === 'GROUP' || m.marker === 'WGROUP')[n];
        if (!g) return undefined;
        const spans = a.groups.filter((x) => x.start === g.span.start);
        return groupOf(spans);
      },
      themes: () => a.themes.map((t) => ({ id: t.ids[0] })),
      date: (n = 0) => {
        const d = a.dates[n];
        if (!d) return undefined;
        const r = d.result;
        if (r.ok) return r.date;
        if (r.problem === 'ambiguous') return { kind: 'date', options: r.options, span: { start: d.start, end: d.end } };
        return { kind: 'bad-date', problem: r };
      },
    };
    return self;
  }
}

/**
 * A group named but not known: a word before "overleg" ("het regiegroep-overleg") or after "overleg met"
 * ("het overleg met de ondernemingsraad"), when no known group is named.
 */
function unknownGroup(a: Analysis): Ref | undefined {
  const t = a.tokens;
  for (let i = 0; i < t.length; i++) {
    if (!MEETING_WORDS.has(t[i].word)) continue;
    const before = t[i - 1];
    if (before && !a.taken.has(before.i) && !STOPWORDS.has(before.word) && !KNOWN_BEFORE_MEETING.has(before.word))
      return { unknown: `${before.text}-${t[i].text}` };
    const after = t.slice(i + 1, i + 4);
    if (after[0] && (after[0].word === 'met' || after[0].word === 'with' || after[0].word === 'van')) {
      const name = after.slice(1).find((x) => !STOPWORDS.has(x.word));
      if (name && !a.taken.has(name.i) && !KNOWN_AFTER_MEETING.has(name.word) && !/\d/.test(name.word)) return { unknown: name.text };
    }
  }
  return undefined;
}

/** Words that stand before "overleg" without naming a group ("het volgende overleg", "ons overleg"). */
const KNOWN_BEFORE_MEETING = new Set([
  // "overzicht overleggen maart", "lijst vergaderingen": asking for a list, not naming one.
  'overzicht',
  'lijst',
  'planning',
  'agenda',
  'overview',
  'list',
  'schedule',
  'volgende',
  'eerstvolgende',
  'komende',
  'laatste',
  'vorige',
  'next',
  'upcoming',
  'last',
  'first',
  'eerste',
  'ons',
  'onze',
  'our',
  'wekelijkse',
  'wekelijks',
  'weekly',
  'alle',
  'all',
  'welk',
  'welke',
  'which',
  'what',
  'wat',
  'elk',
  'elke',
  'each',
  'every',
  'ieder',
  'iedere',
  'geen',
  'no',
  'any',
  'nieuwe',
  'new',
  'ander',
  'andere',
  'other',
  'zelfde',
  'same',
  'vaste',
  'regular',
  'bestuurlijk',
  'ambtelijk',
  'ambtelijke',
  'gewone',
  'usual',
  'hele',
  'whole',
  'lange',
  'korte',
  'my',
  'mijn',
  'your',
  'je',
  'jouw',
  'this',
  'that',
  'dat',
  'dit',
  'die',
  'deze',
  'those',
  'these',
  'teams',
  'online',
  'fysieke',
  'fysiek',
  'digitale',
  'wanneer',
  'when',
  'hoe',
  'how',
  'laat',
  'is',
  'er',
  'een',
  'the',
  'a',
  'an',
  'volgend',
  'aankomende',
  'aanstaande',
  'gepland',
  'geplande',
  'planned',
]);
const KNOWN_AFTER_MEETING = new Set([
  'volgende',
  'komende',
  'next',
  'pitches',
  'pitch',
  'agenda',
  'thema',
  'themas',
  'deadline',
  'morgen',
  'vandaag',
  'today',
  'tomorrow',
]);

export function isClarificationValue(x: unknown): x is Clarification {
  return isClarification(x);
}
