import { helpCard, HelpSection } from '../../present/cards/helpCard';
import { suggestionCard } from '../../present/cards/suggestionCard';
import { localDateLabel } from '../../i18n/dates';
import { Slots, Understood } from '../../understand/slots';
import { dateProblemText } from '../change-meeting/handlers';
import { sendCard, sendText } from '../shared/reply';
import { Turn } from '../shared/turn';
import { Feature, Role } from '../types';

const ROLES: Role[] = ['everyone', 'leads', 'coordinators'];

/** "help", "wat kun je?": every feature, grouped by role; "hoe werken herinneringen?": that feature. */
export async function answerHelp(turn: Turn, slots: Slots, features: readonly Feature[]): Promise<void> {
  const topic = slots.topic ? features.find((f) => f.id === slots.topic) : undefined;
  if (topic) {
    const h = topic.help(turn.msgs);
    await sendCard(turn.context, helpCard({ title: h.title, intro: h.summary, sections: [], tryThese: h.examples.slice(0, 3) }));
    return;
  }
  const sections: HelpSection[] = ROLES.map((role) => ({
    heading: turn.msgs.helpRoles[role],
    entries: features.filter((f) => f.role === role && f.id !== 'help').map((f) => f.help(turn.msgs)),
  })).filter((s) => s.entries.length);
  await sendCard(turn.context, helpCard({ title: turn.msgs.helpTitle, intro: turn.msgs.helpIntro, sections, hint: turn.msgs.helpTopicHint }));
}

export async function answerThanks(turn: Turn, greeting = false): Promise<void> {
  await sendText(turn.context, greeting ? turn.msgs.greetingReply : turn.msgs.thanksReply);
}

/** The first example of each command that came closest, in the user's language. */
function examplesOf(features: readonly Feature[], intents: readonly string[], turn: Turn): string[] {
  const out: string[] = [];
  for (const intent of intents) {
    for (const f of features) {
      const c = f.commands.find((x) => x.intent === intent);
      const e = c?.examples[turn.lang][0];
      if (e && !out.includes(e)) out.push(e);
    }
  }
  return out;
}

/** Not understood: "Bedoel je …?" with the closest commands as buttons; never silence, nothing changes. */
export async function answerNotUnderstood(turn: Turn, u: Understood, features: readonly Feature[]): Promise<void> {
  const closest = u.closest?.length ? u.closest : ['next', 'deadline', 'help'];
  const options = examplesOf(features, closest.length < 3 ? [...closest, 'next', 'deadline', 'help'] : closest, turn).slice(0, 3);
  await sendCard(turn.context, suggestionCard({ text: turn.msgs.notUnderstoodText, options }));
}

/** The message with the words at `span` replaced: a button that asks the same question, now clearly. */
function rewrite(words: readonly string[], span: { start: number; end: number }, by: string): string {
  return [...words.slice(0, span.start), by, ...words.slice(span.end)].join(' ');
}

/** A question back: which group, which date, or what "die" refers to; the options are buttons. */
export async function answerClarification(turn: Turn, u: Understood): Promise<void> {
  const c = u.clarify!;
  const groups = turn.deps.calendar.schedule.groups;
  switch (c.kind) {
    case 'group': {
      const options = c.options.map((id) => groups.find((g) => g.id === id)!).filter(Boolean);
      return void (await sendCard(
        turn.context,
        suggestionCard({ text: turn.msgs.askWhichGroup, options: options.map((g) => rewrite(u.words, c.span, turn.msgs.groupInSentence(g.name))) }),
      ));
    }
    case 'date': {
      const labels = c.options.map((d) => localDateLabel(d, turn.lang));
      return void (await sendCard(
        turn.context,
        suggestionCard({ text: turn.msgs.ambiguousDate(labels), options: labels.map((l) => rewrite(u.words, c.span, l)) }),
      ));
    }
    case 'bad-date':
      return sendText(turn.context, dateProblemText(turn.msgs, turn.lang, c.problem));
    case 'no-antecedent': {
      const at = u.words.findIndex((w) => ['die', 'dat', 'it', 'that', 'daarvoor', 'ervoor'].includes(w));
      const options = groups
        .slice(0, 5)
        .map((g) =>
          at >= 0 && u.intent !== 'unknown' ? rewrite(u.words, { start: at, end: at + 1 }, turn.msgs.groupInSentence(g.name)) : turn.msgs.exampleNextOf(g.name),
        );
      return void (await sendCard(turn.context, suggestionCard({ text: turn.msgs.noAntecedent, options })));
    }
  }
}
