import { zonedInstant } from '../domain/zonedTime';
import { clockTime, dateOnly, dayAndMonth, longDate } from './dates';
import { Messages } from './messages';

const list = (items: string[]) => (items.length <= 1 ? items.join('') : `${items.slice(0, -1).join(', ')} en ${items.at(-1)}`);

export const nlMessages: Messages = {
  // The clock times of the instants: a meeting whose start falls in a DST gap has moved forward.
  meetingWhen: (o, { zone }) => `${longDate(o.start, zone, 'nl')}, ${clockTime(o.start, zone)}-${clockTime(o.end, zone)}`,
  pitchDeadline: (d, { zone }) => `pitches uiterlijk ${dayAndMonth(d, zone, 'nl')} ${clockTime(d, zone)}`,
  notTakingPlace: (o, name, ctx) => `${dateOnly(o.start, ctx.zone, 'nl')}: geen ${name} (${nlMessages.reasonLabel(o)})`,
  movedFrom: (o, { zone }) => `verplaatst van ${dayAndMonth(zonedInstant(o.originalDate, o.startTime, zone), zone, 'nl')}`,
  reasonLabel: (o) => {
    const r = o.reason;
    if (!r) return '';
    if (r.label) return r.label.nl;
    return r.kind === 'cancelled' ? 'geannuleerd' : r.kind === 'moved' ? 'verplaatst' : r.kind;
  },
  shortDate: (o, { zone }) => dayAndMonth(o.start, zone, 'nl'),
  noMeetings: 'Geen overleggen in deze periode.',

  nextMeetingsTitle: 'Volgende overleggen',
  thenLine: (dates) => `Daarna: ${list(dates)}`,
  noUpcoming: (name) => `Er staat geen ${name} meer gepland.`,
  subscribe: 'Abonneren op agenda',
  joinInTeams: 'Deelnemen in Teams',
  feedName: (names) => (names.length === 1 ? `overlegbot: ${names[0]}` : 'overlegbot: alle overleggen'),
  feedDeadlineSummary: (group) => `Deadline pitches ${group}`,
  feedActionSummary: (id, group, owner) => `Actiepunt ${id} ${group}: ${owner}`,
  deadlineTitle: 'Deadlines voor pitches',
  deadlineLine: (name, o, ctx) => `${name} van ${dayAndMonth(o.start, ctx.zone, 'nl')}: ${nlMessages.pitchDeadline(o.deadline!, ctx)}`,
  noDeadlines: (name) => `Voor het ${name} worden geen pitches ingediend.`,
  noGroupWithDeadlines: 'Geen van de overleggen werkt met een pitchdeadline.',
  unknownGroup: (name, known) => `Ik ken geen overleg "${name}". Ik ken: ${list(known)}.`,

  helpTitle: 'Wat ik voor je kan doen',
  helpIntro: 'Ik houd de overleggen van de werkgroepen bij: wanneer ze zijn, wat de deadlines voor pitches zijn, en wat er verandert.',
  welcome:
    'Hallo! Ik ben overlegbot. Ik weet wanneer de werkgroepen overleggen en wanneer pitches binnen moeten zijn. Vraag bijvoorbeeld "wanneer is het volgende SG-overleg?" of typ "help".',

  languageSet: 'Prima, vanaf nu antwoord ik in het Nederlands.',

  bound: (name) => `Dit kanaal is nu gekoppeld aan het ${name}. Vragen hier gaan voortaan over dat overleg.`,
  bindOnlyInChannelsOrChats: 'Koppelen kan alleen in een kanaal of groepschat, niet in een persoonlijke chat.',

  notCoordinator: (name, contacts, what) =>
    `Alleen de coördinatoren van het ${name} kunnen ${what === 'bind' ? 'een kanaal aan dat overleg koppelen' : 'overleggen annuleren of verplaatsen'}${contacts.length ? ` (${list(contacts)})` : ''}. Vraag het hun gerust.`,
  confirmCancelTitle: 'Overleg annuleren?',
  confirmMoveTitle: 'Overleg verplaatsen?',
  confirmCancelText: (name, o, ctx) => `Wil je het ${name} van ${nlMessages.meetingWhen(o, ctx)} annuleren?`,
  confirmMoveText: (name, o, to, ctx) => `Wil je het ${name} van ${nlMessages.meetingWhen(o, ctx)} verplaatsen naar ${to}?`,
  confirmButton: 'Ja, doorvoeren',
  abortButton: 'Nee, niets wijzigen',
  cancelled: (name, o, by, ctx) => `Het ${name} van ${nlMessages.meetingWhen(o, ctx)} is geannuleerd door ${by}.`,
  moved: (name, o, by, ctx) => `Het ${name} is verplaatst naar ${nlMessages.meetingWhen(o, ctx)} door ${by}.`,
  changeAborted: 'Prima, er is niets gewijzigd.',
  changeNoLongerPossible: 'Deze wijziging kan niet meer: het overleg is inmiddels veranderd of voorbij. Vraag het opnieuw als het nog nodig is.',
  noMeetingOn: (name, date) => `Op ${date} is er geen ${name}. Controleer de datum, of vraag "wanneer is het volgende ${name}?".`,
  meetingIsOver: (name) => `Dat ${name} is al voorbij; dat kan ik niet meer wijzigen.`,
  alreadyCancelled: (name) => `Dat ${name} gaat al niet door.`,
  invalidMove: 'Die nieuwe tijd klopt niet: het overleg moet na de begintijd eindigen en in de toekomst liggen.',
  ambiguousDate: (options) => `Welke datum bedoel je: ${list(options)}? Noem de datum, bijvoorbeeld "18 december".`,
  noSuchDate: (text) => `"${text}" bestaat niet als datum. Welke datum bedoel je?`,
  weekdayMismatch: (date, weekday) => `${date} is geen ${weekday}. Welke datum bedoel je?`,
  notADate: (text) => `Ik begrijp "${text}" niet als datum. Noem de datum, bijvoorbeeld "18 december" of "volgende week vrijdag".`,
  badTime: (text) => `"${text}" is geen geldige tijd. Gebruik bijvoorbeeld 15:00 of 15:00-16:00.`,

  pitchQuestion: {
    problem: '1. Wat is het probleem?',
    acceleration: "2. Waar zie je mogelijkheden voor een 'coronaversnelling'?",
    dilemmas: "3. Wat zijn je dilemma's?",
    needs: '4. Wat heb je hiervoor nodig?',
    whom: '5. Wie heb je hiervoor nodig?',
  },
  pitchCardTitle: (theme) => `Pitch: ${theme}`,
  pitchFacts: { meeting: 'Overleg', theme: 'Thema', deadline: 'Deadline', lead: 'Trekker' },
  pitchSaveDraft: 'Opslaan als concept',
  pitchSubmit: 'Indienen',
  pitchEdit: 'Wijzigen',
  pitchOpen: 'Openen',
  pitchChooseTitle: 'Voor welke pitch?',
  pitchChooseText: 'Je kunt voor meer dan één thema of overleg een pitch indienen. Kies er een:',
  pitchSlotLabel: (theme, group, day) => `${theme} — ${group} van ${day}`,
  pitchNothingOpen:
    'Er staat nu geen thema van jou op de agenda van een komend overleg, dus er is geen pitch om in te dienen. Vraag de coördinator om je thema te agenderen.',
  pitchInPersonalChat: 'Een pitch dien je in via een persoonlijke chat met mij, niet in een kanaal. Stuur me daar "pitch".',
  pitchUnknownTheme: (name, known) => `Ik ken geen thema "${name}". Thema's: ${list(known)}.`,
  pitchSubmitted: (time, deadline, late) =>
    late
      ? `Ingediend om ${time}, na de deadline (${deadline}): je pitch is als te laat gemarkeerd; de coördinator ziet dat.`
      : `Ingediend om ${time}, deadline ${deadline}; je kunt tot dan wijzigen.`,
  pitchDraftSaved: (time, deadline) => `Concept opgeslagen om ${time}. Dien het in vóór ${deadline}.`,
  pitchUnderstood: 'Dit heb ik uit je bericht begrepen. Klopt het? Dan dien ik het in.',
  pitchUnderstoodMissing: (qs) => `Ik mis nog: ${list(qs)}. Vul het aan in het formulier.`,
  pitchRequired: (q) => `"${q}" is nog niet beantwoord.`,
  pitchTooLong: (q, max, length) => `"${q}" is te lang: ${length} tekens, maximaal ${max}.`,
  pitchRefused: {
    'unknown-meeting': 'Dat overleg bestaat niet (meer) of neemt geen pitches aan. Er is niets opgeslagen; stuur "pitch" voor een nieuw formulier.',
    'meeting-past': 'Dat overleg is al begonnen of voorbij; er is niets opgeslagen.',
    'theme-not-on-agenda': 'Dat thema staat niet (meer) op de agenda van dat overleg; er is niets opgeslagen.',
    'unknown-theme': 'Dat thema ken ik niet; er is niets opgeslagen.',
    'not-allowed': 'Alleen de trekker van dit thema, de plaatsvervangers en de coördinatoren kunnen deze pitch indienen of wijzigen. Er is niets opgeslagen.',
  },
  pitchLateRefused: (coordinators) =>
    `De deadline is voorbij en dit overleg neemt geen te late pitches aan. Er is niets opgeslagen. Neem contact op met de coördinator${coordinators.length ? ` (${list(coordinators)})` : ''}.`,
  pitchEmpty: 'Je pitch is leeg; er is niets opgeslagen.',

  statusTitle: (group, day) => `Pitches voor het ${group} van ${day}`,
  statusDeadline: (d) => `Deadline: ${d}`,
  statusLine: (theme, dept, lead, status, detail) =>
    `${theme} (${dept}, ${lead}): ${
      status === 'submitted'
        ? `ingediend door ${detail!.by} op ${detail!.at}`
        : status === 'late'
          ? `te laat ingediend door ${detail!.by} op ${detail!.at}`
          : status === 'draft'
            ? 'concept, nog niet ingediend'
            : 'ontbreekt'
    }`,
  statusSummary: (delivered, total, missing) => `${delivered} van ${total} pitches binnen${missing.length ? `, ontbreekt: ${list(missing)}` : ''}`,
  noAgendaThemes: "Er staan nog geen thema's op de agenda van dit overleg.",
  noPitchMeeting: 'Er is geen komend overleg dat pitches aanneemt.',
  agendaTitle: (group, day) => `Agenda ${group} van ${day}`,
  agendaFixedItems: 'Vaste punten',
  agendaThemes: "Thema's",
  agendaChanged: (group, day, themes) => `De agenda van het ${group} van ${day} heeft nu: ${themes.length ? list(themes) : "geen thema's"}.`,
  agendaUnknownThemes: (names, known) =>
    `Ik ken ${names.length === 1 ? 'het thema' : "de thema's"} ${list(names.map((n) => `"${n}"`))} niet. Thema's: ${list(known)}.`,
  onlyCoordinatorsAgenda: (group, c) => `Alleen de coördinatoren van het ${group} kunnen de agenda wijzigen${c.length ? ` (${list(c)})` : ''}.`,
  onlyCoordinatorsBundle: (group, c) => `Alleen de coördinatoren van het ${group} kunnen de bundel opvragen${c.length ? ` (${list(c)})` : ''}.`,
  bundleTitle: (group, day) => `Pitchbundel ${group} van ${day}`,
  bundlePart: (n, of) => `deel ${n} van ${of}`,
  bundleSubmittedBy: (by, at, late) => `Ingediend door ${by} op ${at}${late ? ' (te laat)' : ''}`,
  bundleAsksTitle: 'Wat de trekkers vragen',
  bundleMissingTitle: 'Ontbrekende pitches',
  bundleNothingMissing: 'Alle pitches zijn binnen.',
  bundleLeadPresence: (p) =>
    p.kind === 'present'
      ? 'Trekker is erbij.'
      : p.kind === 'no-answer'
        ? 'Trekker heeft nog niet laten weten of die komt.'
        : p.deputy
          ? `Trekker afgemeld; ${p.deputy} presenteert.`
          : '⚠ Trekker afgemeld, zonder plaatsvervanger: niemand presenteert dit thema.',
  bundleLateTitle: (theme) => `Te laat ingediend: ${theme}`,
  bundleDocument: 'Afdrukbare versie',

  reminderDeadlineTitle: (group, day) => `Herinnering: pitches voor het ${group} van ${day}`,
  reminderDeadlineText: (d) => `Deadline: ${d}.`,
  reminderPersonalTitle: (group, day) => `Je pitch voor het ${group} van ${day}`,
  reminderPersonalText: (themes, d) => `Je pitch over ${list(themes)} is nog niet ingediend. Deadline: ${d}.`,
  reminderActionTitle: (id, group) => `Actiepunt ${id} van het ${group}`,
  reminderActionText: (text, due, today) => `${text}. ${today ? 'Vandaag is de dag' : `Uiterlijk ${due}`}; meld het als het klaar is.`,
  reminderActionDoneButton: 'Klaar',
  overdueActionsHeading: (n) => (n === 1 ? '1 actiepunt over de datum' : `${n} actiepunten over de datum`),
  overdueActionLine: (id, owner, text, due, group) => `${group ? `${group} ` : ''}#${id} ${owner}: ${text} (uiterlijk ${due})`,
  reminderMeetingTitle: (group, day) => `Herinnering: ${group} van ${day}`,
  meetingStartsIn: (time, minutes) => {
    const h = Math.floor(minutes / 60);
    const m = minutes % 60;
    const mins = m === 1 ? '1 minuut' : `${m} minuten`;
    return `Begint om ${time}, over ${h === 0 ? mins : m === 0 ? `${h} uur` : `${h} uur en ${mins}`}.`;
  },
  teamsMeetingLink: 'Deelnemen in Teams',
  digestTitle: (week) => `Deze week (${week})`,
  digestEmpty: 'Deze week geen overleggen.',
  openPitchChat: 'Pitch indienen',
  attendPresentButton: 'Ik ben erbij',
  attendApologiesButton: 'Ik meld me af',
  attendReasonLabel: 'Reden (niet verplicht)',
  attendDeputyLabel: 'Plaatsvervanger (niet verplicht)',
  attendSendApologies: 'Afmelden',
  attendanceCounts: (present, apologies, noAnswer) => `${present} aanwezig, ${apologies} afgemeld, ${noAnswer} nog geen antwoord`,
  attendanceApologiesLine: (people) =>
    `Afgemeld: ${list(people.map((p) => `${p.name} (${p.organisation}${p.deputy ? `, plaatsvervanger ${p.deputy}` : ''})`))}`,
  changeNoticeTitle: (group, day) => `Wijziging: ${group} van ${day}`,
  changeNoticeCancelled: (group, day, by, answer) =>
    `Het ${group} van ${day} gaat niet door${by ? `; ${by} heeft het geannuleerd` : ''}. Je had je ${answer === 'present' ? 'aangemeld' : 'afgemeld'}; je hoeft niets meer te doen.`,
  changeNoticeMoved: (group, day, to, by, answer) =>
    `Het ${group} van ${day} is verplaatst naar ${to}${by ? ` (door ${by})` : ''}. Je ${answer === 'present' ? 'aanmelding' : 'afmelding'} blijft staan voor de nieuwe tijd; komt die je anders uit, kies dan hieronder.`,

  remindersMuted: 'Goed, je krijgt geen persoonlijke herinneringen meer. Zet ze weer aan met "herinneringen aan".',
  remindersUnmuted: 'Goed, je krijgt weer persoonlijke herinneringen voor je pitches.',
  planLine: (when, what, to) => `${when}: ${what} → ${to}`,
  planKinds: {
    'deadline-channel': 'herinnering deadline',
    'deadline-personal': 'persoonlijke herinnering',
    bundle: 'pitchbundel',
    'meeting-reminder': 'herinnering overleg',
    'weekly-digest': 'weekoverzicht',
    'action-personal': 'herinnering actiepunt',
    'late-reply': 'te late pitch in de draad van de bundel',
    'unreachable-notice': 'melding: gesprek onbereikbaar',
    'meeting-change': 'melding: overleg geannuleerd of verplaatst',
  },
  planUnbound: (group) => `kanaal van het ${group} (nog niet gekoppeld)`,
  planNothing: 'Ik verstuur in deze periode niets.',
  onlyCoordinatorsPlan: 'Alleen coördinatoren kunnen zien wat ik ga versturen.',

  themeRemindersSet: (on, themes) =>
    on
      ? `De trekkers van ${list(themes)} krijgen weer persoonlijke herinneringen.`
      : `De trekkers van ${list(themes)} krijgen geen persoonlijke herinneringen meer.`,
  digestSet: (on, groups) => (on ? `Het weekoverzicht voor ${list(groups)} staat weer aan.` : `Geen weekoverzicht meer voor ${list(groups)}.`),
  onlyCoordinatorsSettings: 'Alleen coördinatoren kunnen herinneringen en het weekoverzicht aan- of uitzetten.',

  unreachableNotice: (group, where) =>
    `Ik kan niet meer posten in ${where} (${group}): de bot is daar verwijderd of geblokkeerd. Herinneringen daar stoppen tot iemand de bot opnieuw toevoegt.`,

  conversationPlace: {
    channel: (channel, team) => (channel ? `het kanaal ${channel}${team ? ` van team ${team}` : ''}` : team ? `een kanaal van team ${team}` : 'een kanaal'),
    generalChannel: (team) => (team ? `het kanaal Algemeen van team ${team}` : 'het kanaal Algemeen van een team'),
    personal: (person) => (person ? `de persoonlijke chat met ${person}` : 'een persoonlijke chat'),
    groupChat: (topic) => (topic ? `de groepschat ${topic}` : 'een groepschat'),
  },

  tenantNotAllowed: 'Sorry, deze bot is niet beschikbaar voor jouw organisatie.',
  apology: 'Sorry, daar ging iets mis aan mijn kant. Probeer het zo nog eens.',

  cliUsage: [
    'Gebruik:',
    '  overlegbot occurrences --from JJJJ-MM-DD --to JJJJ-MM-DD [--group ID] [--config BESTAND] [--json] [--lang nl|en] [--data-dir MAP]',
    '  overlegbot ics [--group ID] [--config BESTAND] [--now ISO] [--horizon JJJJ-MM-DD] [--no-actions] [--lang nl|en] [--data-dir MAP]',
    '  overlegbot check-config BESTAND [--lang nl|en]',
    '  overlegbot plan --from JJJJ-MM-DD --to JJJJ-MM-DD [--group ID] [--json] [--lang nl|en] [--data-dir MAP]',
    '  overlegbot export-pitches --group ID --from JJJJ-MM-DD --to JJJJ-MM-DD [--format json|csv] [--data-dir MAP] [--lang nl|en]',
    '  overlegbot export-actions --group ID --from JJJJ-MM-DD --to JJJJ-MM-DD [--format json|csv] [--data-dir MAP] [--lang nl|en]',
    '  overlegbot migrate-storage --from sqlite|blob --to blob|sqlite [--data-dir MAP] [--lang nl|en]',
    '  overlegbot export-attendance --group ID --from JJJJ-MM-DD --to JJJJ-MM-DD [--format json|csv] [--data-dir MAP] [--lang nl|en]',
  ].join('\n'),
  configOk: 'ok',
};
