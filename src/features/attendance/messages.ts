import { ifGiven, known, Known, list, Parts } from '../../i18n/build';
import { enWords } from '../../i18n/en';
import { nlWords } from '../../i18n/nl';
import { HelpText } from '../shared/helpText';

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

type Built =
  | 'attendRecordedPresent'
  | 'attendRecordedApologies'
  | 'attendancePresent'
  | 'attendanceApologiesOf'
  | 'attendanceNoAnswer'
  | 'attendancePerson'
  | 'attendForUnknownPerson'
  | 'attendForWhichPerson';

/** One language's words for this slice: who answered, lists and optional parts are composed by `build`. */
type AttendanceWords = Omit<AttendanceMessages, Built> & {
  attendRecordedPresent(group: string, when: string, subject: string): string;
  /** `reason` and `deputy` arrive rendered, or empty. */
  attendRecordedApologies(group: string, when: string, subject: string, reason: string, deputy: string): string;
  attendancePresent(names: string): string;
  attendanceApologiesOf(people: string): string;
  attendanceNoAnswer(names: string): string;
  attendForUnknownPerson(name: string, lists: string): string;
  attendForWhichPerson(name: string, people: string): string;
  /** Who is noted as attending, or as sending apologies: a named person (a coordinator answered for them), or the reader. */
  presentSubject: Known;
  apologiesSubject: Known;
  apologiesReason(reason: string): string;
  /** The deputy who comes in the place of the named person, or of the reader. */
  deputyInPlace: { named(deputy: string): string; unknown(deputy: string): string };
  /** The member lists looked in: one group's, or all of the coordinator's. */
  memberLists: Known;
};

function build(w: AttendanceWords, parts: Parts): AttendanceMessages {
  const { presentSubject, apologiesSubject, apologiesReason, deputyInPlace, memberLists, ...plain } = w;
  const and = (items: readonly string[]) => list(items, parts.and);
  return {
    ...plain,
    attendRecordedPresent: (group, when, who) => w.attendRecordedPresent(group, when, known(presentSubject)(who)),
    attendRecordedApologies: (group, when, reason, deputy, who) =>
      w.attendRecordedApologies(
        group,
        when,
        known(apologiesSubject)(who),
        ifGiven(reason, apologiesReason),
        ifGiven(deputy, who ? deputyInPlace.named : deputyInPlace.unknown),
      ),
    attendancePresent: (names) => w.attendancePresent(and(names)),
    attendanceApologiesOf: (people) => w.attendanceApologiesOf(and(people)),
    attendanceNoAnswer: (names) => w.attendanceNoAnswer(and(names)),
    attendancePerson: (name, reason, deputy) => {
      const extra = [reason, deputy ? parts.deputy(deputy) : undefined].filter(Boolean);
      return extra.length ? `${name} (${extra.join('; ')})` : name;
    },
    attendForUnknownPerson: (name, group) => w.attendForUnknownPerson(name, known(memberLists)(group)),
    attendForWhichPerson: (name, people) => w.attendForWhichPerson(name, list(people, parts.or)),
  };
}

export const nl: AttendanceMessages = build(
  {
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
    attendRecordedPresent: (group, when, subject) => `Genoteerd: ${subject} erbij op het ${group} van ${when}.`,
    presentSubject: { named: (who) => `${who} is`, unknown: 'je bent' },
    attendRecordedApologies: (group, when, subject, reason, deputy) => `Genoteerd: ${subject} afgemeld voor het ${group} van ${when}${reason}.${deputy}`,
    apologiesSubject: { named: (who) => `${who} heeft zich`, unknown: 'je hebt je' },
    apologiesReason: (reason) => ` (reden: ${reason})`,
    deputyInPlace: { named: (deputy) => ` ${deputy} komt in de plaats.`, unknown: (deputy) => ` ${deputy} komt in je plaats.` },
    attendanceListTitle: (group, day) => `Aanwezigheid ${group} van ${day}`,
    attendancePresent: (names) => `Aanwezig: ${names}`,
    attendanceApologiesOf: (people) => `Afgemeld: ${people}`,
    attendanceNoAnswer: (names) => `Nog geen antwoord: ${names}`,
    attendanceNoMembers: (group) => `Het ${group} heeft geen ledenlijst in het schema; voeg leden toe (members) om de aanwezigheid bij te houden.`,
    attendanceOnlyCoordinators: (group) => `Alleen de coördinatoren van het ${group} kunnen de aanwezigheid opvragen.`,
    attendanceNoGroupToShow: 'Geen enkel overleg heeft een ledenlijst in het schema, dus ik houd nog geen aanwezigheid bij.',
    attendanceOnlyCoordinatorsAny: 'Alleen coördinatoren kunnen de aanwezigheid van een overleg opvragen.',
    attendForOnlyCoordinators: (group) =>
      `Alleen de coördinatoren van het ${group} kunnen iemand anders aan- of afmelden. Je kunt je wel zelf aan- of afmelden ("ik kan vrijdag niet").`,
    attendForOnlyCoordinatorsAny: 'Alleen coördinatoren kunnen iemand anders aan- of afmelden. Je kunt je wel zelf aan- of afmelden ("ik kan vrijdag niet").',
    attendForUnknownPerson: (name, lists) => `Ik vind niemand die ${name} heet op ${lists}. Controleer de naam, of laat de ledenlijst in het schema aanvullen.`,
    memberLists: { named: (group) => `de ledenlijst van het ${group}`, unknown: 'de ledenlijsten van jouw overleggen' },
    attendForWhichPerson: (name, people) => `Er zijn meer mensen die ${name} heten: ${people}. Noem de volledige naam.`,
    attendForNoMeetingOn: (person, day) => `${person} heeft op ${day} geen overleg.`,
    attendForNoUpcoming: (person) => `Ik zie geen komend overleg van ${person}.`,
  },
  nlWords.parts,
);

export const en: AttendanceMessages = build(
  {
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
      summary:
        "For coordinators: a meeting's attendance per organisation: who comes, who sent apologies (with reason and deputy) and who has not answered yet.",
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
    attendRecordedPresent: (group, when, subject) => `Noted: ${subject} will attend the ${group} of ${when}.`,
    presentSubject: { named: (who) => who, unknown: 'you' },
    attendRecordedApologies: (group, when, subject, reason, deputy) => `Noted: ${subject} sent apologies for the ${group} of ${when}${reason}.${deputy}`,
    apologiesSubject: { named: (who) => who, unknown: 'you' },
    apologiesReason: (reason) => ` (reason: ${reason})`,
    deputyInPlace: { named: (deputy) => ` ${deputy} comes in their place.`, unknown: (deputy) => ` ${deputy} comes in your place.` },
    attendanceListTitle: (group, day) => `Attendance ${group} of ${day}`,
    attendancePresent: (names) => `Attending: ${names}`,
    attendanceApologiesOf: (people) => `Apologies: ${people}`,
    attendanceNoAnswer: (names) => `Not answered yet: ${names}`,
    attendanceNoMembers: (group) => `The ${group} has no member list in the schedule; add members to keep track of attendance.`,
    attendanceOnlyCoordinators: (group) => `Only the coordinators of the ${group} can see its attendance.`,
    attendanceNoGroupToShow: 'No meeting has a member list in the schedule, so I do not keep track of attendance yet.',
    attendanceOnlyCoordinatorsAny: "Only coordinators can see a meeting's attendance.",
    attendForOnlyCoordinators: (group) =>
      `Only the coordinators of the ${group} can answer for someone else. You can answer for yourself ("I can't make Friday's meeting").`,
    attendForOnlyCoordinatorsAny: 'Only coordinators can answer for someone else. You can answer for yourself ("I can\'t make Friday\'s meeting").',
    attendForUnknownPerson: (name, lists) => `I find nobody called ${name} on ${lists}. Check the name, or have the member list in the schedule extended.`,
    memberLists: { named: (group) => `the member list of the ${group}`, unknown: 'the member lists of your meetings' },
    attendForWhichPerson: (name, people) => `More than one person is called ${name}: ${people}. Please give the full name.`,
    attendForNoMeetingOn: (person, day) => `${person} has no meeting on ${day}.`,
    attendForNoUpcoming: (person) => `I see no upcoming meeting of ${person}.`,
  },
  enWords.parts,
);
