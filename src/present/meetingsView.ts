import { MeetingLine, MeetingsSection } from './cards/meetingsCard';
import { Occurrence, takesPlace } from '../domain/occurrences';
import { Messages, RenderContext } from '../i18n/messages';

/** Lines for one occurrence that takes place: when, deadline, and where it was moved from. */
export function occurrenceLines(o: Occurrence, msgs: Messages, ctx: RenderContext): MeetingLine[] {
  const lines: MeetingLine[] = [{ kind: 'when', text: msgs.meetingWhen(o, ctx) }];
  if (o.deadline) lines.push({ kind: 'deadline', text: msgs.pitchDeadline(o.deadline, ctx) });
  if (o.status === 'moved') lines.push({ kind: 'note', text: movedNote(o, msgs, ctx) });
  return lines;
}

/**
 * "verplaatst van vrijdag 25 december (Eerste Kerstdag)": where a moved meeting came from, with the day's name
 * when it has one (a coordinator's move needs no "(verplaatst)"). The chat, the CLI and the feed's description.
 */
export function movedNote(o: Occurrence, msgs: Messages, ctx: RenderContext): string {
  return `${msgs.movedFrom(o, ctx)}${o.reason?.label ? ` (${msgs.reasonLabel(o)})` : ''}`;
}

/** One occurrence as one line of plain text (the CLI's listing): the same words as the chat's card lines. */
export function occurrenceText(o: Occurrence, groupName: string, msgs: Messages, ctx: RenderContext): string {
  if (!takesPlace(o)) return msgs.notTakingPlace(o, groupName, ctx);
  const [when, ...rest] = occurrenceLines(o, msgs, ctx);
  return [`${groupName}: ${when.text}`, ...rest.map((l) => l.text)].join(' · ');
}

/**
 * One group's answer to "when is the next meeting": the next one in full, meetings that are skipped
 * or cancelled before it, and (when `follow` is set) the dates of the ones after it.
 */
export function nextSection(groupName: string, list: Occurrence[], msgs: Messages, ctx: RenderContext, follow: boolean): MeetingsSection {
  const first = list.findIndex(takesPlace);
  const lines: MeetingLine[] = [];
  const before = first === -1 ? list : list.slice(0, first);
  for (const o of before) lines.push({ kind: 'not-taking-place', text: msgs.notTakingPlace(o, groupName, ctx) });
  if (first === -1) {
    lines.push({ kind: 'note', text: msgs.noUpcoming(groupName) });
    return { groupName, lines };
  }
  lines.push(...occurrenceLines(list[first], msgs, ctx));
  if (follow) {
    const after = list.slice(first + 1);
    const then = after.filter(takesPlace);
    if (then.length) lines.push({ kind: 'then', text: msgs.thenLine(then.map((o) => msgs.shortDate(o, ctx))) });
    for (const o of after.filter((x) => !takesPlace(x))) lines.push({ kind: 'not-taking-place', text: msgs.notTakingPlace(o, groupName, ctx) });
  }
  return { groupName, lines };
}

/** A list of meetings in a period for one group, chronological, with those that do not take place. */
export function periodSection(groupName: string, list: Occurrence[], msgs: Messages, ctx: RenderContext): MeetingsSection {
  const lines: MeetingLine[] = [];
  for (const o of list) {
    if (takesPlace(o)) lines.push(...occurrenceLines(o, msgs, ctx));
    else lines.push({ kind: 'not-taking-place', text: msgs.notTakingPlace(o, groupName, ctx) });
  }
  return { groupName, lines };
}
