import { HelpText, list } from '../shared/helpText';

export interface AttendanceMessages {
  attendanceHelp: HelpText;
  attendanceOverviewHelp: HelpText;
  attendanceTitle: string;
  /** The person is on no group's member list: nothing can be recorded. */
  attendNotAMember: string;
  attendNotAMemberOf(group: string): string;
  attendNoMeetingOn(day: string): string;
  attendNoUpcoming: string;
  attendNotTakingPlace(group: string, when: string): string;
  attendMeetingStarted(group: string): string;
  attendReasonTooLong(max: number): string;
  attendWhichMeeting: string;
  /** `who`: in a channel everyone sees the answer, so it names who answered. */
  attendRecordedPresent(group: string, when: string, who?: string): string;
  attendRecordedApologies(group: string, when: string, reason?: string, deputy?: string, who?: string): string;
  attendanceListTitle(group: string, day: string): string;
  attendancePresent(names: string[]): string;
  attendanceApologiesOf(people: string[]): string;
  attendanceNoAnswer(names: string[]): string;
  /** "Eva Bakker (werkbezoek; plaatsvervanger Piet)" */
  attendancePerson(name: string, reason?: string, deputy?: string): string;
  attendanceNoMembers(group: string): string;
  attendanceOnlyCoordinators(group: string): string;
  attendanceNoGroupToShow: string;
  attendanceOnlyCoordinatorsAny: string;
  /** A coordinator answering for someone else ("Daan kan vrijdag niet"). */
  attendForOnlyCoordinators(group: string): string;
  attendForOnlyCoordinatorsAny: string;
  /** The name is on none of the member lists the coordinator keeps: only the name as typed, nothing from the lists. */
  attendForUnknownPerson(name: string, group?: string): string;
  attendForWhichPerson(name: string, people: string[]): string;
  attendForNoMeetingOn(person: string, day: string): string;
  attendForNoUpcoming(person: string): string;
}

const nlPerson = (name: string, reason?: string, deputy?: string) => {
  const extra = [reason, deputy ? `plaatsvervanger ${deputy}` : undefined].filter(Boolean);
  return extra.length ? `${name} (${extra.join('; ')})` : name;
};
const enPerson = (name: string, reason?: string, deputy?: string) => {
  const extra = [reason, deputy ? `deputy ${deputy}` : undefined].filter(Boolean);
  return extra.length ? `${name} (${extra.join('; ')})` : name;
};

export const nl: AttendanceMessages = {
  attendanceHelp: {
    title: 'Aan- en afmelden voor een overleg',
    summary:
      'Voor leden van een overleg: laat weten of je komt. Zeg het gewoon ("ik kan vrijdag niet", "ik ben erbij", "mijn plaatsvervanger Daan komt") of gebruik de knoppen op de herinnering. Een reden en een plaatsvervanger mogen erbij. Tot het overleg begint kun je je antwoord wijzigen; elke wijziging wordt bewaard. Coördinatoren melden ook een lid aan of af ("Daan kan vrijdag niet", "meld Eva af voor het SG-overleg van 11 december").',
    examples: [
      'ik kan vrijdag niet',
      'afmelden voor het SG-overleg van 11 december',
      'ik ben erbij',
      'mijn plaatsvervanger Daan komt',
      'Daan kan vrijdag niet',
    ],
  },
  attendanceOverviewHelp: {
    title: 'Wie komen er?',
    summary:
      'Voor coördinatoren: de aanwezigheid van een overleg per organisatie: wie komt, wie zich heeft afgemeld (met reden en plaatsvervanger) en wie nog niet heeft geantwoord.',
    examples: ['wie komen er vrijdag?', 'wie heeft zich afgemeld?', 'aanwezigheid SG-overleg 11 december'],
  },
  attendanceTitle: 'Aanwezigheid',
  attendNotAMember:
    'Je staat niet op de ledenlijst van een overleg, dus ik kan niet noteren of je komt. De coördinatoren kunnen je aan de ledenlijst laten toevoegen.',
  attendNotAMemberOf: (group) =>
    `Je staat niet op de ledenlijst van het ${group}, dus ik kan niet noteren of je komt. De coördinatoren kunnen je laten toevoegen.`,
  attendNoMeetingOn: (day) => `Je hebt op ${day} geen overleg.`,
  attendNoUpcoming: 'Ik zie geen komend overleg van je.',
  attendNotTakingPlace: (group, when) => `Het ${group} van ${when} gaat niet door; aan- of afmelden is niet nodig.`,
  attendMeetingStarted: (group) => `Het ${group} is al begonnen; de aanwezigheid kan niet meer worden gewijzigd.`,
  attendReasonTooLong: (max) => `De reden is te lang (hoogstens ${max} tekens).`,
  attendWhichMeeting: 'Voor welk overleg?',
  attendRecordedPresent: (group, when, who) => `Genoteerd: ${who ? `${who} is` : 'je bent'} erbij op het ${group} van ${when}.`,
  attendRecordedApologies: (group, when, reason, deputy, who) =>
    `Genoteerd: ${who ? `${who} heeft zich` : 'je hebt je'} afgemeld voor het ${group} van ${when}${reason ? ` (reden: ${reason})` : ''}.${deputy ? ` ${deputy} komt in ${who ? 'de' : 'je'} plaats.` : ''}`,
  attendanceListTitle: (group, day) => `Aanwezigheid ${group} van ${day}`,
  attendancePresent: (names) => `Aanwezig: ${list(names, 'en')}`,
  attendanceApologiesOf: (people) => `Afgemeld: ${list(people, 'en')}`,
  attendanceNoAnswer: (names) => `Nog geen antwoord: ${list(names, 'en')}`,
  attendancePerson: nlPerson,
  attendanceNoMembers: (group) => `Het ${group} heeft geen ledenlijst in het schema; voeg leden toe (members) om de aanwezigheid bij te houden.`,
  attendanceOnlyCoordinators: (group) => `Alleen de coördinatoren van het ${group} kunnen de aanwezigheid opvragen.`,
  attendanceNoGroupToShow: 'Geen enkel overleg heeft een ledenlijst in het schema, dus ik houd nog geen aanwezigheid bij.',
  attendanceOnlyCoordinatorsAny: 'Alleen coördinatoren kunnen de aanwezigheid van een overleg opvragen.',
  attendForOnlyCoordinators: (group) =>
    `Alleen de coördinatoren van het ${group} kunnen iemand anders aan- of afmelden. Je kunt je wel zelf aan- of afmelden ("ik kan vrijdag niet").`,
  attendForOnlyCoordinatorsAny: 'Alleen coördinatoren kunnen iemand anders aan- of afmelden. Je kunt je wel zelf aan- of afmelden ("ik kan vrijdag niet").',
  attendForUnknownPerson: (name, group) =>
    `Ik vind niemand die ${name} heet op ${group ? `de ledenlijst van het ${group}` : 'de ledenlijsten van jouw overleggen'}. Controleer de naam, of laat de ledenlijst in het schema aanvullen.`,
  attendForWhichPerson: (name, people) => `Er zijn meer mensen die ${name} heten: ${list(people, 'of')}. Noem de volledige naam.`,
  attendForNoMeetingOn: (person, day) => `${person} heeft op ${day} geen overleg.`,
  attendForNoUpcoming: (person) => `Ik zie geen komend overleg van ${person}.`,
};

export const en: AttendanceMessages = {
  attendanceHelp: {
    title: 'Attend or send apologies',
    summary:
      'For members of a meeting: let me know whether you come. Just say it ("I can\'t make Friday\'s meeting", "I\'ll be there", "my deputy Daan will attend") or use the buttons on the reminder. A reason and a deputy are optional. You can change your answer until the meeting starts; every change is kept. Coordinators also answer for a member ("Daan can\'t make Friday\'s meeting", "sign Eva off for the SG meeting of 11 December").',
    examples: [
      "I can't make Friday's meeting",
      'send apologies for the SG meeting of 11 December',
      "I'll be there",
      'my deputy Daan will attend',
      "Daan can't make Friday's meeting",
    ],
  },
  attendanceOverviewHelp: {
    title: 'Who is coming?',
    summary: "For coordinators: a meeting's attendance per organisation: who comes, who sent apologies (with reason and deputy) and who has not answered yet.",
    examples: ['who is coming on Friday?', 'who sent apologies?', 'attendance SG meeting 11 December'],
  },
  attendanceTitle: 'Attendance',
  attendNotAMember: "You are not on any meeting's member list, so I cannot record whether you come. The coordinators can have you added.",
  attendNotAMemberOf: (group) => `You are not on the member list of the ${group}, so I cannot record whether you come. The coordinators can have you added.`,
  attendNoMeetingOn: (day) => `You have no meeting on ${day}.`,
  attendNoUpcoming: 'I see no upcoming meeting of yours.',
  attendNotTakingPlace: (group, when) => `The ${group} of ${when} does not take place; no need to answer.`,
  attendMeetingStarted: (group) => `The ${group} has already started; its attendance can no longer be changed.`,
  attendReasonTooLong: (max) => `The reason is too long (at most ${max} characters).`,
  attendWhichMeeting: 'For which meeting?',
  attendRecordedPresent: (group, when, who) => `Noted: ${who ?? 'you'} will attend the ${group} of ${when}.`,
  attendRecordedApologies: (group, when, reason, deputy, who) =>
    `Noted: ${who ?? 'you'} sent apologies for the ${group} of ${when}${reason ? ` (reason: ${reason})` : ''}.${deputy ? ` ${deputy} comes in ${who ? 'their' : 'your'} place.` : ''}`,
  attendanceListTitle: (group, day) => `Attendance ${group} of ${day}`,
  attendancePresent: (names) => `Attending: ${list(names, 'and')}`,
  attendanceApologiesOf: (people) => `Apologies: ${list(people, 'and')}`,
  attendanceNoAnswer: (names) => `Not answered yet: ${list(names, 'and')}`,
  attendancePerson: enPerson,
  attendanceNoMembers: (group) => `The ${group} has no member list in the schedule; add members to keep track of attendance.`,
  attendanceOnlyCoordinators: (group) => `Only the coordinators of the ${group} can see its attendance.`,
  attendanceNoGroupToShow: 'No meeting has a member list in the schedule, so I do not keep track of attendance yet.',
  attendanceOnlyCoordinatorsAny: "Only coordinators can see a meeting's attendance.",
  attendForOnlyCoordinators: (group) =>
    `Only the coordinators of the ${group} can answer for someone else. You can answer for yourself ("I can't make Friday's meeting").`,
  attendForOnlyCoordinatorsAny: 'Only coordinators can answer for someone else. You can answer for yourself ("I can\'t make Friday\'s meeting").',
  attendForUnknownPerson: (name, group) =>
    `I find nobody called ${name} on ${group ? `the member list of the ${group}` : 'the member lists of your meetings'}. Check the name, or have the member list in the schedule extended.`,
  attendForWhichPerson: (name, people) => `More than one person is called ${name}: ${list(people, 'or')}. Please give the full name.`,
  attendForNoMeetingOn: (person, day) => `${person} has no meeting on ${day}.`,
  attendForNoUpcoming: (person) => `I see no upcoming meeting of ${person}.`,
};
