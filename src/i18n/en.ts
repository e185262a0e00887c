import { zonedInstant } from '../domain/zonedTime';
import { clockTime, dateOnly, dayAndMonth, longDate } from './dates';
import { Messages } from './messages';

const list = (items: string[]) => (items.length <= 1 ? items.join('') : `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`);

export const enMessages: Messages = {
  // The clock times of the instants: a meeting whose start falls in a DST gap has moved forward.
  meetingWhen: (o, { zone }) => `${longDate(o.start, zone, 'en')}, ${clockTime(o.start, zone)}-${clockTime(o.end, zone)}`,
  pitchDeadline: (d, { zone }) => `pitches due ${dayAndMonth(d, zone, 'en')} ${clockTime(d, zone)}`,
  notTakingPlace: (o, name, ctx) => `${dateOnly(o.start, ctx.zone, 'en')}: no ${name} (${enMessages.reasonLabel(o)})`,
  movedFrom: (o, { zone }) => `moved from ${dayAndMonth(zonedInstant(o.originalDate, o.startTime, zone), zone, 'en')}`,
  reasonLabel: (o) => {
    const r = o.reason;
    if (!r) return '';
    if (r.label) return r.label.en;
    return r.kind === 'cancelled' ? 'cancelled' : r.kind === 'moved' ? 'moved' : r.kind;
  },
  shortDate: (o, { zone }) => dayAndMonth(o.start, zone, 'en'),
  noMeetings: 'No meetings in this period.',

  nextMeetingsTitle: 'Next meetings',
  thenLine: (dates) => `After that: ${list(dates)}`,
  noUpcoming: (name) => `No ${name} is planned any more.`,
  subscribe: 'Subscribe to calendar',
  joinInTeams: 'Join in Teams',
  feedName: (names) => (names.length === 1 ? `overlegbot: ${names[0]}` : 'overlegbot: all meetings'),
  feedDeadlineSummary: (group) => `Pitch deadline ${group}`,
  feedActionSummary: (id, group, owner) => `Action item ${id} ${group}: ${owner}`,
  deadlineTitle: 'Pitch deadlines',
  deadlineLine: (name, o, ctx) => `${name} of ${dayAndMonth(o.start, ctx.zone, 'en')}: ${enMessages.pitchDeadline(o.deadline!, ctx)}`,
  noDeadlines: (name) => `The ${name} does not take pitches.`,
  noGroupWithDeadlines: 'None of the meetings has a pitch deadline.',
  unknownGroup: (name, known) => `I don't know a meeting called "${name}". I know: ${list(known)}.`,

  helpTitle: 'What I can do for you',
  helpIntro: "I keep track of the working groups' meetings: when they are, when pitches are due, and what changes.",
  welcome:
    'Hello! I am overlegbot. I know when the working groups meet and when pitches are due. Ask for example "when is the next SG meeting?" or type "help".',

  languageSet: 'Fine, from now on I will answer in English.',

  bound: (name) => `This channel is now linked to the ${name}. Questions here are about that meeting from now on.`,
  bindOnlyInChannelsOrChats: 'Linking works in a channel or group chat, not in a personal chat.',

  notCoordinator: (name, contacts, what) =>
    `Only the coordinators of the ${name} can ${what === 'bind' ? 'link a channel to that meeting' : 'cancel or move meetings'}${contacts.length ? ` (${list(contacts)})` : ''}. Feel free to ask them.`,
  confirmCancelTitle: 'Cancel meeting?',
  confirmMoveTitle: 'Move meeting?',
  confirmCancelText: (name, o, ctx) => `Do you want to cancel the ${name} of ${enMessages.meetingWhen(o, ctx)}?`,
  confirmMoveText: (name, o, to, ctx) => `Do you want to move the ${name} of ${enMessages.meetingWhen(o, ctx)} to ${to}?`,
  confirmButton: 'Yes, go ahead',
  abortButton: 'No, change nothing',
  cancelled: (name, o, by, ctx) => `The ${name} of ${enMessages.meetingWhen(o, ctx)} was cancelled by ${by}.`,
  moved: (name, o, by, ctx) => `The ${name} was moved to ${enMessages.meetingWhen(o, ctx)} by ${by}.`,
  changeAborted: 'Fine, nothing was changed.',
  changeNoLongerPossible: 'This change is no longer possible: the meeting has changed or is over. Ask again if it is still needed.',
  noMeetingOn: (name, date) => `There is no ${name} on ${date}. Check the date, or ask "when is the next ${name}?".`,
  meetingIsOver: (name) => `That ${name} is already over; I cannot change it any more.`,
  alreadyCancelled: (name) => `That ${name} is already not taking place.`,
  invalidMove: 'That new time does not work: the meeting must end after it starts and lie in the future.',
  ambiguousDate: (options) => `Which date do you mean: ${list(options)}? Name the date, for example "18 December".`,
  noSuchDate: (text) => `"${text}" is not a date that exists. Which date do you mean?`,
  weekdayMismatch: (date, weekday) => `${date} is not a ${weekday}. Which date do you mean?`,
  notADate: (text) => `I do not understand "${text}" as a date. Name the date, for example "18 December" or "Friday next week".`,
  badTime: (text) => `"${text}" is not a valid time. Use for example 15:00 or 15:00-16:00.`,

  pitchQuestion: {
    problem: '1. What is the problem?',
    acceleration: "2. Where do you see room for a 'corona acceleration'?",
    dilemmas: '3. What are your dilemmas?',
    needs: '4. What do you need for it?',
    whom: '5. Whom do you need for it?',
  },
  pitchCardTitle: (theme) => `Pitch: ${theme}`,
  pitchFacts: { meeting: 'Meeting', theme: 'Theme', deadline: 'Deadline', lead: 'Theme lead' },
  pitchSaveDraft: 'Save as draft',
  pitchSubmit: 'Submit',
  pitchEdit: 'Edit',
  pitchOpen: 'Open',
  pitchChooseTitle: 'Which pitch?',
  pitchChooseText: 'You can submit a pitch for more than one theme or meeting. Choose one:',
  pitchSlotLabel: (theme, group, day) => `${theme} — ${group} of ${day}`,
  pitchNothingOpen:
    'None of your themes is on the agenda of an upcoming meeting, so there is no pitch to submit. Ask the coordinator to put your theme on the agenda.',
  pitchInPersonalChat: 'Pitches are submitted in a personal chat with me, not in a channel. Send me "submit pitch" there.',
  pitchUnknownTheme: (name, known) => `I don't know a theme "${name}". Themes: ${list(known)}.`,
  pitchSubmitted: (time, deadline, late) =>
    late
      ? `Submitted at ${time}, after the deadline (${deadline}): your pitch is marked late; the coordinator sees that.`
      : `Submitted at ${time}, deadline ${deadline}; you can edit it until then.`,
  pitchDraftSaved: (time, deadline) => `Draft saved at ${time}. Submit it before ${deadline}.`,
  pitchUnderstood: 'This is what I understood from your message. Is it right? Then I will submit it.',
  pitchUnderstoodMissing: (qs) => `Still missing: ${list(qs)}. Complete it in the form.`,
  pitchRequired: (q) => `"${q}" has no answer yet.`,
  pitchTooLong: (q, max, length) => `"${q}" is too long: ${length} characters, at most ${max}.`,
  pitchRefused: {
    'unknown-meeting': 'That meeting does not exist (any more) or takes no pitches. Nothing was saved; send "submit pitch" for a new form.',
    'meeting-past': 'That meeting has started or is over; nothing was saved.',
    'theme-not-on-agenda': "That theme is not (or no longer) on that meeting's agenda; nothing was saved.",
    'unknown-theme': 'I do not know that theme; nothing was saved.',
    'not-allowed': 'Only the theme lead, the deputies and the coordinators can submit or edit this pitch. Nothing was saved.',
  },
  pitchLateRefused: (coordinators) =>
    `The deadline has passed and this meeting does not accept late pitches. Nothing was saved. Please contact the coordinator${coordinators.length ? ` (${list(coordinators)})` : ''}.`,
  pitchEmpty: 'Your pitch is empty; nothing was saved.',

  statusTitle: (group, day) => `Pitches for the ${group} of ${day}`,
  statusDeadline: (d) => `Deadline: ${d}`,
  statusLine: (theme, dept, lead, status, detail) =>
    `${theme} (${dept}, ${lead}): ${
      status === 'submitted'
        ? `submitted by ${detail!.by} on ${detail!.at}`
        : status === 'late'
          ? `submitted late by ${detail!.by} on ${detail!.at}`
          : status === 'draft'
            ? 'draft, not submitted yet'
            : 'missing'
    }`,
  statusSummary: (delivered, total, missing) => `${delivered} of ${total} pitches in${missing.length ? `, missing: ${list(missing)}` : ''}`,
  noAgendaThemes: "There are no themes on this meeting's agenda yet.",
  noPitchMeeting: 'There is no upcoming meeting that takes pitches.',
  agendaTitle: (group, day) => `Agenda ${group} of ${day}`,
  agendaFixedItems: 'Standing items',
  agendaThemes: 'Themes',
  agendaChanged: (group, day, themes) => `The agenda of the ${group} of ${day} now has: ${themes.length ? list(themes) : 'no themes'}.`,
  agendaUnknownThemes: (names, known) => `I don't know the theme${names.length === 1 ? '' : 's'} ${list(names.map((n) => `"${n}"`))}. Themes: ${list(known)}.`,
  onlyCoordinatorsAgenda: (group, c) => `Only the coordinators of the ${group} can change the agenda${c.length ? ` (${list(c)})` : ''}.`,
  onlyCoordinatorsBundle: (group, c) => `Only the coordinators of the ${group} can ask for the bundle${c.length ? ` (${list(c)})` : ''}.`,
  bundleTitle: (group, day) => `Pitch bundle ${group} of ${day}`,
  bundlePart: (n, of) => `part ${n} of ${of}`,
  bundleSubmittedBy: (by, at, late) => `Submitted by ${by} on ${at}${late ? ' (late)' : ''}`,
  bundleAsksTitle: 'What the theme leads ask for',
  bundleMissingTitle: 'Missing pitches',
  bundleNothingMissing: 'All pitches are in.',
  bundleLeadPresence: (p) =>
    p.kind === 'present'
      ? 'The lead will attend.'
      : p.kind === 'no-answer'
        ? 'The lead has not said yet whether they will attend.'
        : p.deputy
          ? `The lead sent apologies; ${p.deputy} presents.`
          : '⚠ The lead sent apologies without a deputy: nobody presents this theme.',
  bundleLateTitle: (theme) => `Submitted late: ${theme}`,
  bundleDocument: 'Printable version',

  reminderDeadlineTitle: (group, day) => `Reminder: pitches for the ${group} of ${day}`,
  reminderDeadlineText: (d) => `Deadline: ${d}.`,
  reminderPersonalTitle: (group, day) => `Your pitch for the ${group} of ${day}`,
  reminderPersonalText: (themes, d) => `Your pitch on ${list(themes)} has not been submitted yet. Deadline: ${d}.`,
  reminderActionTitle: (id, group) => `Action item ${id} of the ${group}`,
  reminderActionText: (text, due, today) => `${text}. ${today ? 'It is due today' : `Due ${due}`}; let me know when it is done.`,
  reminderActionDoneButton: 'Done',
  overdueActionsHeading: (n) => (n === 1 ? '1 action item overdue' : `${n} action items overdue`),
  overdueActionLine: (id, owner, text, due, group) => `${group ? `${group} ` : ''}#${id} ${owner}: ${text} (due ${due})`,
  reminderMeetingTitle: (group, day) => `Reminder: ${group} of ${day}`,
  meetingStartsIn: (time, minutes) => {
    const h = Math.floor(minutes / 60);
    const m = minutes % 60;
    const mins = m === 1 ? '1 minute' : `${m} minutes`;
    const hours = h === 1 ? '1 hour' : `${h} hours`;
    return `Starts at ${time}, in ${h === 0 ? mins : m === 0 ? hours : `${hours} and ${mins}`}.`;
  },
  teamsMeetingLink: 'Join in Teams',
  digestTitle: (week) => `This week (${week})`,
  digestEmpty: 'No meetings this week.',
  openPitchChat: 'Submit pitch',
  attendPresentButton: "I'll be there",
  attendApologiesButton: 'Send apologies',
  attendReasonLabel: 'Reason (optional)',
  attendDeputyLabel: 'Deputy (optional)',
  attendSendApologies: 'Send apologies',
  attendanceCounts: (present, apologies, noAnswer) => `${present} attending, ${apologies} apologies, ${noAnswer} not answered yet`,
  attendanceApologiesLine: (people) => `Apologies: ${list(people.map((p) => `${p.name} (${p.organisation}${p.deputy ? `, deputy ${p.deputy}` : ''})`))}`,
  changeNoticeTitle: (group, day) => `Change: ${group} of ${day}`,
  changeNoticeCancelled: (group, day, by, answer) =>
    `The ${group} of ${day} does not take place${by ? `; ${by} cancelled it` : ''}. You had ${answer === 'present' ? 'said you would attend' : 'sent apologies'}; there is nothing more to do.`,
  changeNoticeMoved: (group, day, to, by, answer) =>
    `The ${group} of ${day} has moved to ${to}${by ? ` (by ${by})` : ''}. ${answer === 'present' ? 'You are still down as attending' : 'Your apologies still stand'} for the new time; if that changes things, choose below.`,

  remindersMuted: 'Fine, you will get no more personal reminders. Turn them on again with "start reminders".',
  remindersUnmuted: 'Fine, you will get personal reminders for your pitches again.',
  planLine: (when, what, to) => `${when}: ${what} → ${to}`,
  planKinds: {
    'deadline-channel': 'deadline reminder',
    'deadline-personal': 'personal reminder',
    bundle: 'pitch bundle',
    'meeting-reminder': 'meeting reminder',
    'weekly-digest': 'weekly digest',
    'action-personal': 'action item reminder',
    'late-reply': 'late pitch in the bundle thread',
    'unreachable-notice': 'notice: conversation unreachable',
    'meeting-change': 'notice: meeting cancelled or moved',
  },
  planUnbound: (group) => `channel of the ${group} (not linked yet)`,
  planNothing: 'I will send nothing in this period.',
  onlyCoordinatorsPlan: 'Only coordinators can see what I am going to send.',

  themeRemindersSet: (on, themes) =>
    on ? `The leads of ${list(themes)} get personal reminders again.` : `The leads of ${list(themes)} get no more personal reminders.`,
  digestSet: (on, groups) => (on ? `The weekly digest for ${list(groups)} is on again.` : `No more weekly digest for ${list(groups)}.`),
  onlyCoordinatorsSettings: 'Only coordinators can switch reminders and the weekly digest on or off.',

  unreachableNotice: (group, where) =>
    `I can no longer post in ${where} (${group}): the bot was removed or blocked there. Reminders there stop until someone adds the bot again.`,

  conversationPlace: {
    channel: (channel, team) => (channel ? `the channel ${channel}${team ? ` of team ${team}` : ''}` : team ? `a channel of team ${team}` : 'a channel'),
    generalChannel: (team) => (team ? `the General channel of team ${team}` : 'the General channel of a team'),
    personal: (person) => (person ? `the personal chat with ${person}` : 'a personal chat'),
    groupChat: (topic) => (topic ? `the group chat ${topic}` : 'a group chat'),
  },

  tenantNotAllowed: 'Sorry, this bot is not available for your organisation.',
  apology: 'Sorry, something went wrong on my side. Please try again in a moment.',

  cliUsage: [
    'Usage:',
    '  overlegbot occurrences --from YYYY-MM-DD --to YYYY-MM-DD [--group ID] [--config FILE] [--json] [--lang nl|en] [--data-dir DIR]',
    '  overlegbot ics [--group ID] [--config FILE] [--now ISO] [--horizon YYYY-MM-DD] [--no-actions] [--lang nl|en] [--data-dir DIR]',
    '  overlegbot check-config FILE [--lang nl|en]',
    '  overlegbot plan --from YYYY-MM-DD --to YYYY-MM-DD [--group ID] [--json] [--lang nl|en] [--data-dir DIR]',
    '  overlegbot export-pitches --group ID --from YYYY-MM-DD --to YYYY-MM-DD [--format json|csv] [--data-dir DIR] [--lang nl|en]',
    '  overlegbot export-actions --group ID --from YYYY-MM-DD --to YYYY-MM-DD [--format json|csv] [--data-dir DIR] [--lang nl|en]',
    '  overlegbot migrate-storage --from sqlite|blob --to blob|sqlite [--data-dir DIR] [--lang nl|en]',
    '  overlegbot export-attendance --group ID --from YYYY-MM-DD --to YYYY-MM-DD [--format json|csv] [--data-dir DIR] [--lang nl|en]',
  ].join('\n'),
  configOk: 'ok',
};
