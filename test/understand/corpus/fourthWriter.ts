/**
 * Fourth writer's phrasing corpus, written without reading how the bot parses text. Three personas, about a
 * third each: (1) a terse SG-level coordinator at a ministry, (2) a polite, wordy theme lead at a municipality
 * or university, (3) an English-speaking expat researcher and Dutch people writing English or mixing languages.
 * Reference moment: Tuesday 1 December 2026 09:00 Europe/Amsterdam, personal chat, not bound to a group.
 * Dates checked against `overlegbot occurrences`: SG Fri 4/11/18 Dec, 8/15/22/29 Jan; werkgroep Wed 2/9/16 Dec,
 * 6/13 Jan; gemeenten-wetenschap Thu 10 Dec, 21 Jan; doorbraak Thu 17 Dec, 28 Jan; Rijk Mon 25 Jan 2027.
 * Kerstreces 19 Dec - 3 Jan. ISO week 51 of 2026 is 14-20 Dec.
 */
import { Dialogue, Row } from './types';

export const FOURTH_WRITER_ROWS: Row[] = [
  // ---------------------------------------------------------------- next
  { text: 'wanneer is het volgende SG-overleg?', expect: { intent: 'next', group: 'sg' } },
  { text: 'volgende SG-ovl?', expect: { intent: 'next', group: 'sg' }, note: 'coordinator shorthand' },
  { text: 'when is the SG overleg', expect: { intent: 'next', group: 'sg' } },
  { text: 'when is the next working group meeting?', expect: { intent: 'next', group: 'werkgroep' } },
  { text: 'wanneer is het eerstvolgende woensdagoverleg', expect: { intent: 'next', group: 'werkgroep' } },
  {
    text: 'Goedemorgen, ik vroeg me af wanneer het volgende overleg van gemeenten en wetenschap plaatsvindt. Alvast bedankt!',
    expect: { intent: 'next', group: 'gemeenten-wetenschap' },
  },
  { text: 'wanneer zien we de bewindslieden weer?', expect: { intent: 'next', group: 'rijk' } },
  { text: 'wnnr is het volgende bestuurlijk overleg met het rijk', expect: { intent: 'next', group: 'rijk' }, note: 'typo wnnr' },
  { text: 'when do we meet the ministers next?', expect: { intent: 'next', group: 'rijk' } },
  { text: 'wanneer is het volgende doorbraakoverleg?', expect: { intent: 'next', group: 'doorbraak' } },
  { text: 'next breakthrough consultation when?', expect: { intent: 'next', group: 'doorbraak' } },
  { text: 'wanneer is het Halsema-overleg', expect: { intent: 'next', group: 'doorbraak' } },
  { text: 'wat is het eerstvolgende overleg?', expect: { intent: 'next' }, note: 'no group: the next meeting of any group' },
  { text: 'whats the next meeting', expect: { intent: 'next' } },
  { text: 'wanneer is de volgende vergadering met de wetenschappers', expect: { intent: 'next', group: 'gemeenten-wetenschap' } },
  { text: 'wanneer is het volgende sg overleg 🙏', expect: { intent: 'next', group: 'sg' } },
  { text: 'When is the next meeting with the municipalities and science?', expect: { intent: 'next', group: 'gemeenten-wetenschap' } },

  // ---------------------------------------------------------------- period
  { text: 'welke overleggen zijn er volgende week?', expect: { intent: 'period', from: '2026-12-07', to: '2026-12-13' } },
  { text: 'overleggen wk 51', expect: { intent: 'period', from: '2026-12-14', to: '2026-12-20' }, note: 'ISO week 51 = 14-20 Dec' },
  { text: 'what meetings are there in january', expect: { intent: 'period', from: '2027-01-01', to: '2027-01-31' } },
  { text: 'welke vergaderingen staan er in februari gepland?', expect: { intent: 'period', from: '2027-02-01', to: '2027-02-28' } },
  { text: 'wat is er de rest van de week allemaal', expect: { intent: 'period', from: '2026-12-01', to: '2026-12-06' } },
  { text: 'SG-overleggen in januari?', expect: { intent: 'period', from: '2027-01-01', to: '2027-01-31', group: 'sg' } },
  { text: 'which SG meetings are there in March?', expect: { intent: 'period', from: '2027-03-01', to: '2027-03-31', group: 'sg' } },
  {
    text: 'Kunt u mij vertellen welke overleggen er in december nog zijn?',
    expect: { intent: 'period', from: '2026-12-01', to: '2026-12-31' },
    note: 'december of this year; "nog" starts today at the earliest',
  },
  { text: 'overzicht overleggen maart 2027', expect: { intent: 'period', from: '2027-03-01', to: '2027-03-31' } },
  { text: 'any meetings next week?', expect: { intent: 'period', from: '2026-12-07', to: '2026-12-13' } },
  { text: 'welke werkgroepen zijn er in januari', expect: { intent: 'period', from: '2027-01-01', to: '2027-01-31', group: 'werkgroep' } },

  // ---------------------------------------------------------------- on-date
  { text: 'gaat het SG-overleg van 25 december door?', expect: { intent: 'on-date', date: '2026-12-25', group: 'sg' } },
  { text: 'is er morgen een werkgroep?', expect: { intent: 'on-date', date: '2026-12-02', group: 'werkgroep' } },
  { text: 'wat staat er morgen op de planning', expect: { intent: 'on-date', date: '2026-12-02' } },
  { text: 'is er overmorgen iets?', expect: { intent: 'on-date', date: '2026-12-03' } },
  { text: 'gaat het SG-ovl a.s. vrijd. door?', expect: { intent: 'on-date', date: '2026-12-04', group: 'sg' } },
  { text: 'is there a meeting on 10 december', expect: { intent: 'on-date', date: '2026-12-10' } },
  { text: 'Klopt het dat er op 17 december een doorbraakoverleg is?', expect: { intent: 'on-date', date: '2026-12-17', group: 'doorbraak' } },
  { text: 'is the SG meeting on 1 January still on?', expect: { intent: 'on-date', date: '2027-01-01', group: 'sg' } },
  { text: 'hebben we komende donderdag een overleg?', expect: { intent: 'on-date', date: '2026-12-03' }, note: 'komende donderdag from a Tuesday = 3 Dec' },
  { text: 'wat is er op 9-12?', expect: { intent: 'on-date', date: '2026-12-09' } },
  { text: 'is er op woensdag 30 december een werkgroep', expect: { intent: 'on-date', date: '2026-12-30', group: 'werkgroep' }, note: 'recess: answer is no' },
  { text: 'vergadert het SG-overleg op 18-12?', expect: { intent: 'on-date', date: '2026-12-18', group: 'sg' } },
  { text: 'is there anything on friday?', expect: { intent: 'on-date', date: '2026-12-04' } },
  {
    text: 'ik weet niet zeker of het overleg met gemeenten en wetenschap op 10 december doorgaat, weet jij dat?',
    expect: { intent: 'on-date', date: '2026-12-10', group: 'gemeenten-wetenschap' },
  },
  { text: 'gaat de werkgroep van 23 december door of is dat reces?', expect: { intent: 'on-date', date: '2026-12-23', group: 'werkgroep' } },

  // ---------------------------------------------------------------- time
  { text: 'hoe laat begint het SG-overleg?', expect: { intent: 'time', group: 'sg' } },
  { text: 'hoe laat is de werkgroep morgen', expect: { intent: 'time', group: 'werkgroep', date: '2026-12-02' } },
  { text: 'what time does the SG meeting start on friday?', expect: { intent: 'time', group: 'sg', date: '2026-12-04' } },
  { text: 'tijd SG-ovl 11/12?', expect: { intent: 'time', group: 'sg', date: '2026-12-11' } },
  { text: 'Hoe laat begint het overleg met de gemeenten ongeveer? Ik moet mijn agenda blokken.', expect: { intent: 'time', group: 'gemeenten-wetenschap' } },
  { text: 'hoe laat is het bestuurlijk overleg met het rijk op 25 januari', expect: { intent: 'time', group: 'rijk', date: '2027-01-25' } },
  { text: 'at what time is the breakthrough meeting', expect: { intent: 'time', group: 'doorbraak' } },
  { text: 'hoe laat eindigt het doorbraakoverleg?', expect: { intent: 'time', group: 'doorbraak' } },
  { text: 'until when does the working group go on wednesday', expect: { intent: 'time', group: 'werkgroep', date: '2026-12-02' } },
  { text: 'hoe laat begint t sg overleg vrijdag', expect: { intent: 'time', group: 'sg', date: '2026-12-04' } },

  // ---------------------------------------------------------------- deadline
  { text: 'wanneer moet mijn pitch binnen zijn?', expect: { intent: 'deadline' } },
  { text: 'Wat is de deadline voor het SG-overleg van 11 december?', expect: { intent: 'deadline', group: 'sg', date: '2026-12-11' } },
  { text: 'deadline pitches SG-ovl vrijd.?', expect: { intent: 'deadline', group: 'sg', date: '2026-12-04' } },
  { text: 'when is my pitch due', expect: { intent: 'deadline' } },
  {
    text: 'Ik weet niet zeker tot wanneer ik mijn pitch kan aanleveren voor het SG-overleg van 18 december, kunt u dat bevestigen?',
    expect: { intent: 'deadline', group: 'sg', date: '2026-12-18' },
  },
  { text: 'uiterlijk wanneer moet de pitch voor 8 januari er zijn', expect: { intent: 'deadline', date: '2027-01-08' } },
  { text: 'whats the deadline for the SG meeting next week friday', expect: { intent: 'deadline', group: 'sg', date: '2026-12-11' } },
  {
    text: 'klopt het dat de pitch donderdag om 12 uur binnen moet zijn?',
    expect: { intent: 'deadline' },
    note: 'asks about the deadline; Thursday is the deadline day, not a meeting date, so no date slot',
  },
  { text: 'wanneer is de pitchdeadline', expect: { intent: 'deadline' } },
  { text: 'by when do i need to hand in the pitch for the sg', expect: { intent: 'deadline', group: 'sg' } },
  { text: 'hoeveel tijd heb ik nog voor mijn pitch?', expect: { intent: 'deadline' } },

  // ---------------------------------------------------------------- help
  { text: 'help', expect: { intent: 'help' } },
  { text: 'wat kun je allemaal?', expect: { intent: 'help' } },
  { text: 'what can you do', expect: { intent: 'help' } },
  { text: 'hoe dien ik een pitch in?', expect: { intent: 'help', topic: 'pitches' } },
  { text: 'how do I submit a pitch?', expect: { intent: 'help', topic: 'pitches' } },
  { text: 'hoe werken herinneringen?', expect: { intent: 'help', topic: 'reminders' } },
  { text: 'hoe meld ik me af voor een overleg?', expect: { intent: 'help', topic: 'attendance' } },
  { text: 'hoe koppel ik een kanaal aan een overleg?', expect: { intent: 'help', topic: 'bind' } },
  { text: 'hoe verplaats ik een overleg', expect: { intent: 'help', topic: 'change-meeting' } },
  { text: 'how does the pitch bundle work?', expect: { intent: 'help', topic: 'bundle' } },
  { text: 'hulp', expect: { intent: 'help' } },
  { text: 'Ik ben nieuw als trekker, wat kan ik met deze bot?', expect: { intent: 'help' } },
  { text: 'how can i change the language?', expect: { intent: 'help', topic: 'language' } },
  { text: 'hoe pas ik de agenda aan?', expect: { intent: 'help', topic: 'agenda' } },

  // ---------------------------------------------------------------- set-language
  { text: 'spreek Engels', expect: { intent: 'set-language', language: 'en' } },
  { text: 'in English please', expect: { intent: 'set-language', language: 'en' } },
  { text: 'can you reply in english from now on? my dutch is not so good', expect: { intent: 'set-language', language: 'en' } },
  { text: 'graag voortaan in het Nederlands antwoorden', expect: { intent: 'set-language', language: 'nl' } },
  { text: 'in Dutch please', expect: { intent: 'set-language', language: 'nl' } },
  { text: 'switch to english', expect: { intent: 'set-language', language: 'en' } },

  // ---------------------------------------------------------------- bind
  { text: 'koppel dit kanaal aan het SG-overleg', expect: { intent: 'bind', group: 'sg' } },
  { text: 'link this channel to the working group', expect: { intent: 'bind', group: 'werkgroep' } },
  { text: 'koppel deze chat aan het doorbraakoverleg', expect: { intent: 'bind', group: 'doorbraak' } },
  { text: 'dit kanaal is voor gemeenten en wetenschap, koppel het daaraan', expect: { intent: 'bind', group: 'gemeenten-wetenschap' } },
  { text: 'link this chat to the meeting with the ministers', expect: { intent: 'bind', group: 'rijk' } },

  // ---------------------------------------------------------------- cancel
  { text: 'annuleer het SG-overleg van 18 december', expect: { intent: 'cancel', group: 'sg', date: '2026-12-18' } },
  { text: 'SG-ovl vrijd. 11/12 annuleren', expect: { intent: 'cancel', group: 'sg', date: '2026-12-11' } },
  { text: 'laat SG-ovl wk 51 vervallen', expect: { intent: 'cancel', group: 'sg', date: '2026-12-18' }, note: 'week 51 Friday = 18 Dec' },
  { text: 'cancel the SG meeting of 4 December', expect: { intent: 'cancel', group: 'sg', date: '2026-12-04' } },
  { text: 'werkgroep morgen gaat niet door, annuleer hem maar', expect: { intent: 'cancel', group: 'werkgroep', date: '2026-12-02' } },
  {
    text: 'annuleer de werkgroep van woensdag 9 december i.v.m. de begrotingsbehandeling',
    expect: { intent: 'cancel', group: 'werkgroep', date: '2026-12-09' },
  },
  { text: 'gelieve het doorbraakoverleg van 17 december te annuleren', expect: { intent: 'cancel', group: 'doorbraak', date: '2026-12-17' } },
  { text: 'please cancel the working group on 16 december', expect: { intent: 'cancel', group: 'werkgroep', date: '2026-12-16' } },
  { text: 'schrap het overleg gemeenten en wetenschap van 21 januari', expect: { intent: 'cancel', group: 'gemeenten-wetenschap', date: '2027-01-21' } },
  { text: 'SG-overleg komende vrijdag afzeggen', expect: { intent: 'cancel', group: 'sg', date: '2026-12-04' } },
  { text: 'annuleer het bestuurlijk overleg met het Rijk van 25 januari z.s.m.', expect: { intent: 'cancel', group: 'rijk', date: '2027-01-25' } },

  // ---------------------------------------------------------------- move
  {
    text: 'verplaats het SG-overleg van 18 december naar donderdag 17 december 15:00',
    expect: { intent: 'move', group: 'sg', date: '2026-12-18', toDate: '2026-12-17', toStart: '15:00' },
  },
  { text: 'SG-ovl a.s. vrijd. naar 15:00 verzetten', expect: { intent: 'move', group: 'sg', date: '2026-12-04', toStart: '15:00' } },
  { text: 'verplaats de werkgroep van 9 december naar 11:00', expect: { intent: 'move', group: 'werkgroep', date: '2026-12-09', toStart: '11:00' } },
  { text: 'move the SG meeting of 11 December to 14:00-15:00', expect: { intent: 'move', group: 'sg', date: '2026-12-11', toStart: '14:00', toEnd: '15:00' } },
  { text: 'verzet het SG-overleg van 11 dec naar donderdag 10 dec', expect: { intent: 'move', group: 'sg', date: '2026-12-11', toDate: '2026-12-10' } },
  {
    text: 'werkgroep 16/12 verplaatsen naar di 15/12 10:00',
    expect: { intent: 'move', group: 'werkgroep', date: '2026-12-16', toDate: '2026-12-15', toStart: '10:00' },
  },
  {
    text: 'please move the breakthrough meeting of 17 december to 14:00',
    expect: { intent: 'move', group: 'doorbraak', date: '2026-12-17', toStart: '14:00' },
  },
  {
    text: 'schuif het overleg gemeenten en wetenschap van 10 december een uur op naar 13:30',
    expect: { intent: 'move', group: 'gemeenten-wetenschap', date: '2026-12-10', toStart: '13:30' },
  },
  { text: 'verplaats SG-ovl 8 jan naar 7 jan 16:00', expect: { intent: 'move', group: 'sg', date: '2027-01-08', toDate: '2027-01-07', toStart: '16:00' } },
  {
    text: 'Verplaats het SG-overleg van vrijdag 4 december naar 10:00 uur, i.v.m. agenda SG VWS',
    expect: { intent: 'move', group: 'sg', date: '2026-12-04', toStart: '10:00' },
  },

  // ---------------------------------------------------------------- pitch
  { text: 'pitch', expect: { intent: 'pitch' } },
  { text: 'ik wil mijn pitch over schulden indienen', expect: { intent: 'pitch', theme: 'schulden' } },
  { text: 'can I still submit my pitch for wonen?', expect: { intent: 'pitch', theme: 'wonen' }, note: 'wants to submit; the bot will say whether it is late' },
  {
    text: 'Graag zou ik mijn pitch over kwetsbare jeugd willen aanpassen, er is nog een dilemma bijgekomen.',
    expect: { intent: 'pitch', theme: 'kwetsbare-jeugd' },
  },
  { text: 'submit my pitch', expect: { intent: 'pitch' } },
  { text: 'write a pitch on housing', expect: { intent: 'pitch', theme: 'wonen' } },
  { text: 'ik wil een pitch schrijven voor gebiedsgerichte aanpak', expect: { intent: 'pitch', theme: 'gebiedsgericht' } },
  { text: 'pitch multiprobleemhuishoudens indienen', expect: { intent: 'pitch', theme: 'multiprobleem' } },
  { text: 'i want to edit my pitch on the labour market', expect: { intent: 'pitch', theme: 'arbeidsmarkt' } },
  { text: 'mijn concept-pitch over kansengelijkheid verder afmaken', expect: { intent: 'pitch', theme: 'kansengelijkheid' } },
  { text: 'Beste bot, namens de gemeente wil ik graag de pitch jongerenparticipatie insturen.', expect: { intent: 'pitch', theme: 'jongerenparticipatie' } },
  { text: 'pitch indienen 😊', expect: { intent: 'pitch' } },
  {
    text: 'ik wil mn pitch over jeugdwerkloosheid wijzigen',
    expect: { intent: 'pitch', theme: 'arbeidsmarkt' },
    note: 'jeugdwerkloosheid is part of arbeidsmarkt',
  },
  { text: 'let me submit the pitch for debts', expect: { intent: 'pitch', theme: 'schulden' } },

  // ---------------------------------------------------------------- status
  { text: 'welke pitches ontbreken nog?', expect: { intent: 'status' } },
  { text: 'zijn alle pitches voor vrijdag binnen?', expect: { intent: 'status', date: '2026-12-04' } },
  { text: 'which pitches are missing?', expect: { intent: 'status' } },
  { text: 'stand v. zaken pitches SG-ovl 11/12', expect: { intent: 'status', group: 'sg', date: '2026-12-11' } },
  { text: 'Is mijn pitch eigenlijk goed binnengekomen? Ik heb hem gisteren verstuurd.', expect: { intent: 'status' } },
  { text: 'are all pitches in for the SG meeting of 18 december?', expect: { intent: 'status', group: 'sg', date: '2026-12-18' } },
  { text: 'wie moet er nog een pitch aanleveren voor het SG-overleg?', expect: { intent: 'status', group: 'sg' } },
  { text: 'status pitches', expect: { intent: 'status' } },
  { text: 'hoe staat het met de pitches voor 8 januari', expect: { intent: 'status', date: '2027-01-08' } },

  // ---------------------------------------------------------------- agenda
  { text: 'wat staat er op de agenda van het SG-overleg?', expect: { intent: 'agenda', group: 'sg' } },
  { text: "what's on the agenda for friday", expect: { intent: 'agenda', date: '2026-12-04' } },
  { text: 'agenda SG-ovl 18/12', expect: { intent: 'agenda', group: 'sg', date: '2026-12-18' } },
  { text: 'Welke thema’s worden er op 11 december besproken?', expect: { intent: 'agenda', date: '2026-12-11' } },
  { text: 'what topics are on the agenda of the SG meeting on 8 january?', expect: { intent: 'agenda', group: 'sg', date: '2027-01-08' } },
  {
    text: 'wat staat er op de agenda van het eerste SG-overleg na nieuwjaar?',
    expect: { intent: 'agenda', group: 'sg', date: '2027-01-08' },
    note: 'first SG after New Year = 8 Jan (1 Jan is a holiday)',
  },
  { text: 'klopt het dat wonen vrijdag op de agenda staat?', expect: { intent: 'agenda', date: '2026-12-04' } },
  { text: 'agenda volgende week vrijdag', expect: { intent: 'agenda', date: '2026-12-11' } },

  // ---------------------------------------------------------------- agenda-change
  { text: 'zet wonen op de agenda van 11 december', expect: { intent: 'agenda-change', op: 'add', themes: ['wonen'], date: '2026-12-11' } },
  { text: 'haal schulden van de agenda van vrijdag', expect: { intent: 'agenda-change', op: 'remove', themes: ['schulden'], date: '2026-12-04' } },
  { text: 'put housing on the agenda of 18 December', expect: { intent: 'agenda-change', op: 'add', themes: ['wonen'], date: '2026-12-18' } },
  {
    text: 'remove labour market from the agenda of the SG meeting of 11 december',
    expect: { intent: 'agenda-change', op: 'remove', themes: ['arbeidsmarkt'], group: 'sg', date: '2026-12-11' },
  },
  {
    text: 'agenda SG-ovl 8/1: kansengelijkheid eraf',
    expect: { intent: 'agenda-change', op: 'remove', themes: ['kansengelijkheid'], group: 'sg', date: '2027-01-08' },
  },
  {
    text: 'zet gebiedsgerichte aanpak en jongerenparticipatie op de agenda van het SG-overleg van 15 januari',
    expect: { intent: 'agenda-change', op: 'add', themes: ['gebiedsgericht', 'jongerenparticipatie'], group: 'sg', date: '2027-01-15' },
  },
  {
    text: 'voeg multiprobleemhuishoudens toe aan de agenda van 4 december',
    expect: { intent: 'agenda-change', op: 'add', themes: ['multiprobleem'], date: '2026-12-04' },
  },
  {
    text: 'kwetsbare jeugd van de agenda SG 11 dec halen',
    expect: { intent: 'agenda-change', op: 'remove', themes: ['kwetsbare-jeugd'], group: 'sg', date: '2026-12-11' },
  },

  // ---------------------------------------------------------------- bundle
  { text: 'stuur me de pitchbundel', expect: { intent: 'bundle' } },
  { text: 'bundel SG-ovl vrijd.', expect: { intent: 'bundle', group: 'sg', date: '2026-12-04' } },
  { text: 'send me the pitch bundle', expect: { intent: 'bundle' } },
  { text: 'bundel van het SG-overleg van 11 december graag', expect: { intent: 'bundle', group: 'sg', date: '2026-12-11' } },
  { text: 'can i get all the pitches for the sg meeting of 18 december in one document?', expect: { intent: 'bundle', group: 'sg', date: '2026-12-18' } },
  { text: 'alle pitches voor vrijdag bij elkaar aub, wil ze printen', expect: { intent: 'bundle', date: '2026-12-04' } },
  { text: 'pitchbundel SG 8 jan z.s.m.', expect: { intent: 'bundle', group: 'sg', date: '2027-01-08' } },

  // ---------------------------------------------------------------- mute-reminders
  { text: 'stop mijn herinneringen', expect: { intent: 'mute-reminders', muted: true } },
  { text: 'Ik ontvang graag geen herinneringen meer, mijn pitch is toch al klaar.', expect: { intent: 'mute-reminders', muted: true } },
  { text: 'please stop reminding me', expect: { intent: 'mute-reminders', muted: true } },
  { text: 'herinneringen weer aan', expect: { intent: 'mute-reminders', muted: false } },
  { text: 'start my reminders again', expect: { intent: 'mute-reminders', muted: false } },
  { text: 'geen herinneringen meer aub 🙉', expect: { intent: 'mute-reminders', muted: true } },
  { text: 'mute my reminders', expect: { intent: 'mute-reminders', muted: true } },
  { text: 'zou u mijn herinneringen weer willen aanzetten?', expect: { intent: 'mute-reminders', muted: false } },

  // ---------------------------------------------------------------- theme-reminders
  { text: 'herinneringen uit voor wonen', expect: { intent: 'theme-reminders', on: false, themes: ['wonen'] } },
  { text: 'reminders off for housing', expect: { intent: 'theme-reminders', on: false, themes: ['wonen'] } },
  { text: 'herinneringen voor schulden en arbeidsmarkt weer aan', expect: { intent: 'theme-reminders', on: true, themes: ['schulden', 'arbeidsmarkt'] } },
  { text: 'trekker kansengelijkheid geen herinneringen meer sturen', expect: { intent: 'theme-reminders', on: false, themes: ['kansengelijkheid'] } },
  { text: 'turn reminders on for youth participation', expect: { intent: 'theme-reminders', on: true, themes: ['jongerenparticipatie'] } },

  // ---------------------------------------------------------------- digest
  { text: 'geen weekoverzicht meer', expect: { intent: 'digest', on: false } },
  { text: 'weekoverzicht weer aanzetten', expect: { intent: 'digest', on: true } },
  { text: 'no more weekly digest', expect: { intent: 'digest', on: false } },
  { text: 'turn the weekly digest back on', expect: { intent: 'digest', on: true } },
  { text: 'stop met het wekelijkse overzicht op maandag', expect: { intent: 'digest', on: false } },

  // ---------------------------------------------------------------- plan-preview
  {
    text: 'wat stuur je deze week?',
    expect: { intent: 'plan-preview', from: '2026-12-01', to: '2026-12-06' },
    note: 'the bot cannot send in the past: today to Sunday',
  },
  { text: 'what will you send this week?', expect: { intent: 'plan-preview', from: '2026-12-01', to: '2026-12-06' } },
  { text: 'wat ga je volgende week posten?', expect: { intent: 'plan-preview', from: '2026-12-07', to: '2026-12-13' } },
  { text: 'welke berichten verstuur je in wk 51', expect: { intent: 'plan-preview', from: '2026-12-14', to: '2026-12-20' } },

  // ---------------------------------------------------------------- attend
  { text: 'ik kan vrijdag niet', expect: { intent: 'attend', answer: 'apologies', date: '2026-12-04' } },
  { text: "I'm sick, can't come friday", expect: { intent: 'attend', answer: 'apologies', date: '2026-12-04', reason: 'sick' } },
  { text: 'ik ben erbij', expect: { intent: 'attend', answer: 'present' } },
  { text: "I'll be there", expect: { intent: 'attend', answer: 'present' } },
  { text: 'afmelden voor het SG-overleg van 11 december', expect: { intent: 'attend', answer: 'apologies', group: 'sg', date: '2026-12-11' } },
  { text: 'send apologies for the SG meeting of 11 December', expect: { intent: 'attend', answer: 'apologies', group: 'sg', date: '2026-12-11' } },
  {
    text: 'Helaas kan ik morgen niet bij de werkgroep zijn vanwege een raadsvergadering. Mijn collega Daan Visser neemt het over.',
    expect: { intent: 'attend', answer: 'apologies', group: 'werkgroep', date: '2026-12-02', deputy: 'Daan Visser', reason: 'raadsvergadering' },
  },
  { text: 'mijn plaatsvervanger Daan komt', expect: { intent: 'attend', answer: 'apologies', deputy: 'Daan' } },
  { text: 'my deputy Daan will attend', expect: { intent: 'attend', answer: 'apologies', deputy: 'Daan' } },
  { text: 'ik kom vrijdag naar het SG-overleg', expect: { intent: 'attend', answer: 'present', group: 'sg', date: '2026-12-04' } },
  {
    text: 'afmelding SG-ovl 18/12 i.v.m. MT, Bram vervangt',
    expect: { intent: 'attend', answer: 'apologies', group: 'sg', date: '2026-12-18', deputy: 'Bram', reason: 'MT' },
    note: 'own apologies, coordinator shorthand',
  },
  {
    text: 'I cannot make the working group tomorrow, dentist appointment',
    expect: { intent: 'attend', answer: 'apologies', group: 'werkgroep', date: '2026-12-02', reason: 'dentist appointment' },
  },
  { text: 'ben ziek, kan morgen niet komen 🤒', expect: { intent: 'attend', answer: 'apologies', date: '2026-12-02', reason: 'ziek' } },
  { text: 'ik ben aanwezig bij het doorbraakoverleg van 17 december', expect: { intent: 'attend', answer: 'present', group: 'doorbraak', date: '2026-12-17' } },
  {
    text: 'ik kan helaas niet bij het laatste SG-overleg voor de kerst',
    expect: { intent: 'attend', answer: 'apologies', group: 'sg', date: '2026-12-18' },
    note: 'last SG before Christmas = 18 Dec',
  },
  { text: 'count me in for friday', expect: { intent: 'attend', answer: 'present', date: '2026-12-04' } },
  {
    text: 'Ik moet me helaas afmelden voor het SG-overleg van 11 december, ik zit dan bij een congres in Utrecht.',
    expect: { intent: 'attend', answer: 'apologies', group: 'sg', date: '2026-12-11', reason: 'congres in Utrecht' },
  },
  { text: 'i will join the SG meeting on 18 december', expect: { intent: 'attend', answer: 'present', group: 'sg', date: '2026-12-18' } },
  {
    text: 'kan niet bij doorbraakoverleg 17-12, Bram Jansen gaat in mijn plaats',
    expect: { intent: 'attend', answer: 'apologies', group: 'doorbraak', date: '2026-12-17', deputy: 'Bram Jansen' },
  },
  {
    text: 'sorry, cant make it to the sg overleg this friday, sick kid at home',
    expect: { intent: 'attend', answer: 'apologies', group: 'sg', date: '2026-12-04', reason: 'sick kid at home' },
  },

  // ---------------------------------------------------------------- attendance
  { text: 'wie komen er vrijdag?', expect: { intent: 'attendance', date: '2026-12-04' } },
  { text: 'wie heeft zich afgemeld?', expect: { intent: 'attendance' } },
  { text: 'aanwezigheid SG-ovl 11/12', expect: { intent: 'attendance', group: 'sg', date: '2026-12-11' } },
  { text: 'who is coming on Friday?', expect: { intent: 'attendance', date: '2026-12-04' } },
  { text: 'wie zijn er morgen bij de werkgroep?', expect: { intent: 'attendance', group: 'werkgroep', date: '2026-12-02' } },
  { text: 'heeft iedereen al gereageerd voor het doorbraakoverleg van 17 december?', expect: { intent: 'attendance', group: 'doorbraak', date: '2026-12-17' } },
  { text: 'who sent apologies for the SG meeting of 18 december', expect: { intent: 'attendance', group: 'sg', date: '2026-12-18' } },
  { text: 'wie komt er a.s. vrijdag naar het SG-ovl', expect: { intent: 'attendance', group: 'sg', date: '2026-12-04' } },
  { text: 'is BZK vertegenwoordigd op 11 december?', expect: { intent: 'attendance', date: '2026-12-11' } },

  // ---------------------------------------------------------------- action-item
  { text: 'actiepunt: BZK levert input aan voor vrijdag 11 december', expect: { intent: 'action-item', due: '2026-12-11' } },
  { text: 'Actie: SZW stuurt notitie schulden rond vóór 18 december', expect: { intent: 'action-item', due: '2026-12-18' } },
  {
    text: 'actie: Eva Bakker maakt overzicht multiprobleemgezinnen, binnen twee weken',
    expect: { intent: 'action-item', due: '2026-12-15' },
    note: 'two weeks from Tue 1 Dec',
  },
  { text: 'action item: BZK delivers input by Tuesday 15 December', expect: { intent: 'action-item', due: '2026-12-15' } },
  {
    text: 'actiepunt SG-overleg 27 november: VNG inventariseert kwetsbare gebieden, voor 8 januari',
    expect: { intent: 'action-item', group: 'sg', meeting: '2026-11-27', due: '2027-01-08' },
  },
  {
    text: 'Actie: OCW levert cijfers kansengelijkheid aan eind deze maand',
    expect: { intent: 'action-item', due: '2026-12-31' },
    note: 'end of this month = 31 Dec',
  },
  { text: 'actiepunt: Daan Visser belt met de gemeente Breda, morgen', expect: { intent: 'action-item', due: '2026-12-02' } },
  {
    text: 'Actie: BZK en VNG stemmen aanpak wonen af voor het volgende SG-overleg',
    expect: { intent: 'action-item', group: 'sg', due: '2026-12-04' },
    note: 'before the next SG meeting (Fri 4 Dec); the item belongs to that group (the handler files it there)',
  },
  {
    text: 'action item from the SG meeting of 27 November: VWS sends the memo by 11 December',
    expect: { intent: 'action-item', group: 'sg', meeting: '2026-11-27', due: '2026-12-11' },
  },
  {
    text: 'actiepunt werkgroep 25/11: Sanne de Vries deelt de planning, vrijd. 4/12',
    expect: { intent: 'action-item', group: 'werkgroep', meeting: '2026-11-25', due: '2026-12-04' },
  },

  // ---------------------------------------------------------------- action-done
  { text: 'actiepunt 2 is klaar', expect: { intent: 'action-done', number: 2 } },
  { text: 'action item 2 is done', expect: { intent: 'action-done', number: 2 } },
  { text: 'Actiepunt 5 heb ik gisteren afgerond, de notitie is verstuurd.', expect: { intent: 'action-done', number: 5 } },
  { text: 'ap 3 gereed', expect: { intent: 'action-done', number: 3 }, note: 'ap = actiepunt' },
  { text: 'finished action item 7 ✅', expect: { intent: 'action-done', number: 7 } },

  // ---------------------------------------------------------------- action-new-date
  { text: 'actiepunt 2 nieuwe datum 15 januari', expect: { intent: 'action-new-date', number: 2, due: '2027-01-15' } },
  { text: 'action item 4 new date 8 January', expect: { intent: 'action-new-date', number: 4, due: '2027-01-08' } },
  {
    text: 'Zou ik voor actiepunt 6 uitstel kunnen krijgen tot 22 januari? De cijfers zijn nog niet compleet.',
    expect: { intent: 'action-new-date', number: 6, due: '2027-01-22' },
  },
  { text: 'can action item 3 be moved to 18 december', expect: { intent: 'action-new-date', number: 3, due: '2026-12-18' } },

  // ---------------------------------------------------------------- action-confirm-date
  { text: 'nieuwe datum actiepunt 6 akkoord', expect: { intent: 'action-confirm-date', number: 6 } },
  { text: 'confirm the new date for action item 4', expect: { intent: 'action-confirm-date', number: 4 } },
  { text: 'akkoord met uitstel actiepunt 2', expect: { intent: 'action-confirm-date', number: 2 } },

  // ---------------------------------------------------------------- my-actions
  { text: 'mijn actiepunten', expect: { intent: 'my-actions' } },
  { text: 'my action items', expect: { intent: 'my-actions' } },
  { text: 'Welke actiepunten staan er nog op mijn naam?', expect: { intent: 'my-actions' } },
  { text: 'wat moet ik nog doen van de actielijst?', expect: { intent: 'my-actions' } },
  { text: 'do I have any open action items?', expect: { intent: 'my-actions' } },

  // ---------------------------------------------------------------- open-actions
  { text: 'openstaande actiepunten van het SG-overleg', expect: { intent: 'open-actions', group: 'sg' } },
  { text: 'which action items are open?', expect: { intent: 'open-actions' } },
  { text: 'actielijst SG-ovl 27/11', expect: { intent: 'open-actions', group: 'sg', date: '2026-11-27' } },
  { text: 'welke actiepunten van de werkgroep zijn over de datum?', expect: { intent: 'open-actions', group: 'werkgroep' } },
  { text: 'open action items of the SG meeting', expect: { intent: 'open-actions', group: 'sg' } },

  // ---------------------------------------------------------------- bad-date
  { text: 'annuleer het SG-overleg van 31 november', expect: { intent: 'bad-date', of: 'cancel' } },
  { text: 'verplaats het SG-overleg van donderdag 18 december naar 15:00', expect: { intent: 'bad-date', of: 'move' }, note: '18 Dec is a Friday' },
  { text: 'is er overleg op 30 februari?', expect: { intent: 'bad-date', of: 'on-date' } },
  { text: 'afmelden SG-overleg maandag 11 december', expect: { intent: 'bad-date', of: 'attend' }, note: '11 Dec is a Friday' },

  // ---------------------------------------------------------------- ask-group
  { text: 'wanneer is het donderdagoverleg?', expect: { intent: 'ask-group', options: ['gemeenten-wetenschap', 'doorbraak'] }, note: 'both Thursday groups' },
  {
    text: 'wanneer is het volgende overleg met de burgemeester?',
    expect: { intent: 'ask-group', options: ['gemeenten-wetenschap', 'doorbraak'] },
    note: 'Breda chairs one, Halsema the other',
  },
  {
    text: 'annuleer het bestuurlijk overleg van 17 december',
    expect: { intent: 'ask-group', options: ['rijk', 'doorbraak'] },
    note: 'both are "bestuurlijk"; 17 Dec only has doorbraak, but a careful reader might still ask',
  },

  // ---------------------------------------------------------------- ask-date
  { text: 'ik kan volgende vrijdag niet', expect: { intent: 'ask-date' }, note: '"volgende vrijdag" on a Tuesday: 4 or 11 Dec' },
  { text: 'can you cancel the SG meeting next friday', expect: { intent: 'ask-date' } },
  { text: 'wat staat er volgende vrijdag op de agenda?', expect: { intent: 'ask-date' } },

  // ---------------------------------------------------------------- thanks
  { text: 'dank je!', expect: { intent: 'thanks' } },
  { text: 'top, bedankt 👍', expect: { intent: 'thanks' } },
  { text: 'thx', expect: { intent: 'thanks' } },
  { text: 'Hartelijk dank voor de snelle reactie.', expect: { intent: 'thanks' } },
  { text: 'goedemorgen', expect: { intent: 'thanks' } },
  { text: 'thanks a lot!', expect: { intent: 'thanks' } },
  { text: 'hoi', expect: { intent: 'thanks' } },

  // ---------------------------------------------------------------- unknown
  { text: 'kun je de notulen van vorige week mailen?', expect: { intent: 'unknown' }, note: 'not a bot feature' },
  { text: 'boek een zaal voor 12 personen', expect: { intent: 'unknown' } },
  { text: 'can you order lunch for the meeting', expect: { intent: 'unknown' } },
  { text: 'asdfgh', expect: { intent: 'unknown' } },
];

export const FOURTH_WRITER_NEGATIVES: string[] = [
  // chatter in a channel
  'goedemiddag allemaal, fijn weekend straks!',
  'haha ja precies',
  'ik zit nog in de trein, ben er over 10 min',
  'weet iemand waar de koffieautomaat op de 4e is?',
  'lol 😂',
  'wie heeft er nog een oplader voor mij?',
  'de wifi hier is echt traag vandaag',
  'anyone up for lunch?',
  'ik ga even naar buiten, zo terug',
  'gefeliciteerd Sanne! 🎉',
  'goed gesprek gehad met de wethouder vanochtend',
  'heeft iemand de presentatie van vorige keer nog?',
  'Mooie bijeenkomst gisteren in Breda, complimenten aan de organisatie.',
  'I really liked the discussion on housing last time',
  // statements about meetings (reports, not orders)
  'het SG-overleg van vrijdag is verplaatst naar 15:00 zag ik',
  'de werkgroep van morgen gaat niet door heb ik gehoord',
  'het overleg met de gemeenten was erg productief',
  'volgens mij is het SG-overleg op 18 december geannuleerd',
  'the SG meeting got moved again, typical',
  'ik heb mijn pitch gisteren al ingediend hoor',
  'het doorbraakoverleg duurde veel te lang',
  'Bram heeft zich afgemeld voor vrijdag',
  'vorige week was het SG-overleg ook al afgelast',
  'de agenda van vrijdag is erg vol',
  'wonen stond vorige keer ook al op de agenda',
  'Daan neemt vrijdag waarschijnlijk de plaatsvervanging waar',
  'ik heb actiepunt 3 doorgestuurd naar mijn collega',
  'my pitch on housing was well received',
  // proposals and questions to colleagues
  'zullen we het SG-overleg verplaatsen?',
  '@Bram kun jij vrijdag de pitch presenteren?',
  'Eva, heb jij de cijfers voor kansengelijkheid al?',
  'moeten we de werkgroep niet eens annuleren in de kerst?',
  'wie van jullie doet de notulen vrijdag?',
  'zou het niet handiger zijn om het overleg op donderdag te doen?',
  'Noor, kun je de stukken voor het doorbraakoverleg even rondsturen?',
  '@Sanne are you joining the call later?',
  'Daan, jij gaat toch naar het overleg met het Rijk?',
  'kan iemand mij bijpraten over het SG-overleg van vorige week?',
  'should we postpone the working group until january?',
  'Zouden we het thema wonen niet beter in januari kunnen bespreken?',
  'wat vinden jullie van de pitch over schulden?',
  'wie heeft er zin om de bundel te lezen en samen te vatten?',
  // unrelated requests and talk
  'kun je een taxi bestellen',
  'wat is de hoofdstad van Australië?',
  'schrijf een gedicht over de kerst',
  'what is the weather like in Den Haag tomorrow',
  'hoeveel vakantiedagen heb ik nog?',
  'ik moet nog kerstinkopen doen',
  'de printer op de 3e doet het weer niet',
  'my laptop keeps crashing during teams calls',
  'heeft iemand een goed recept voor oliebollen?',
  'wat eten we vanavond',
  'na nieuwjaar pakken we het thema wonen weer op',
  'voor de kerst wil ik alle stukken nog even doorlezen',
  'over twee weken is het alweer kerstreces',
  'ik heb vandaag een tandartsafspraak om 15:00',
  'de trein naar Utrecht heeft vertraging',
  'the canteen is closed on friday',
  // thinking aloud around the subject, not a request
  'pff, nog drie pitches te lezen voor vrijdag',
  'ik denk dat ik mijn pitch morgen afmaak',
  'misschien kom ik vrijdag wat later',
  'hmm de deadline is wel krap dit keer',
  'ik moet de herinneringen van de bot eens beter lezen',
  'wonen blijft een lastig dossier',
  'het thema jeugd verdient meer aandacht vind ik',
  'i think the bundle from last week was very useful',
  'ik snap niet zo goed wat "multiprobleem" precies inhoudt, iemand?',
  'de minister van BZK was gisteren op tv',
  'het kabinet is weer in het nieuws',
  'SG VWS zit vrijdag voor denk ik',
];

export const FOURTH_WRITER_DIALOGUES: Dialogue[] = [
  {
    note: 'next, then the one after, then the time of that remembered meeting',
    turns: [
      { text: 'wanneer is het volgende SG-overleg?', expect: { intent: 'next', group: 'sg' } },
      { text: 'en de keer daarna?', expect: { intent: 'next', group: 'sg', after: '2026-12-04' } },
    ],
  },
  {
    note: 'English follow-up on time',
    turns: [
      { text: 'when is the next working group?', expect: { intent: 'next', group: 'werkgroep' } },
      { text: 'what time does it start?', expect: { intent: 'time', group: 'werkgroep', date: '2026-12-02' } },
    ],
  },
  {
    note: 'on-date answer, then who comes to that meeting',
    turns: [
      {
        text: 'is er op 10 december een overleg met gemeenten en wetenschap?',
        expect: { intent: 'on-date', date: '2026-12-10', group: 'gemeenten-wetenschap' },
      },
      { text: 'hoe laat begint die?', expect: { intent: 'time', group: 'gemeenten-wetenschap', date: '2026-12-10' } },
      { text: 'top, dank je', expect: { intent: 'thanks' } },
    ],
  },
  {
    note: 'deadline, then pitch',
    turns: [
      { text: 'wat is de deadline voor het SG-overleg van 11 december?', expect: { intent: 'deadline', group: 'sg', date: '2026-12-11' } },
      { text: 'oké, dan wil ik nu mijn pitch over wonen indienen', expect: { intent: 'pitch', theme: 'wonen' } },
    ],
  },
  {
    note: 'coordinator asks next SG, then the agenda of that one, then the bundle',
    turns: [
      { text: 'volgende SG-ovl?', expect: { intent: 'next', group: 'sg' } },
      { text: 'agenda?', expect: { intent: 'agenda', group: 'sg', date: '2026-12-04' } },
      { text: 'en de bundel', expect: { intent: 'bundle', group: 'sg', date: '2026-12-04' } },
    ],
  },
  {
    note: 'ambiguous date, then the writer clarifies',
    turns: [
      { text: 'ik kan volgende vrijdag niet', expect: { intent: 'ask-date' } },
      { text: 'ik bedoel 11 december', expect: { intent: 'attend', answer: 'apologies', date: '2026-12-11' } },
    ],
  },
  {
    note: 'follow-ups a few minutes apart, within the 30 minutes the bot remembers',
    turns: [
      { text: 'wanneer is het volgende doorbraakoverleg?', expect: { intent: 'next', group: 'doorbraak' } },
      { text: 'hoe laat?', expect: { intent: 'time', group: 'doorbraak', date: '2026-12-17' }, minutesLater: 5 },
      { text: 'en de keer daarna?', expect: { intent: 'next', group: 'doorbraak', after: '2026-12-17' }, minutesLater: 10 },
    ],
  },
  {
    note: 'English expat: next, then apologies for it',
    turns: [
      { text: 'when is the next SG meeting', expect: { intent: 'next', group: 'sg' } },
      {
        text: "I can't make it, I'm at a conference",
        expect: { intent: 'attend', answer: 'apologies', group: 'sg', date: '2026-12-04', reason: 'at a conference' },
      },
    ],
  },
  {
    note: 'coordinator: attendance, then cancel that meeting',
    turns: [
      { text: 'wie komen er vrijdag naar het SG-overleg?', expect: { intent: 'attendance', group: 'sg', date: '2026-12-04' } },
      { text: 'annuleer het SG-overleg van vrijdag 4 december', expect: { intent: 'cancel', group: 'sg', date: '2026-12-04' } },
    ],
  },
  {
    note: 'period, then one group next after that, then thanks',
    turns: [
      { text: 'welke overleggen zijn er in januari?', expect: { intent: 'period', from: '2027-01-01', to: '2027-01-31' } },
      { text: 'wanneer is het overleg met het Rijk?', expect: { intent: 'next', group: 'rijk' } },
      { text: 'thanks!', expect: { intent: 'thanks' } },
    ],
  },
  {
    note: 'theme lead: my actions, then asks for a new date on one',
    turns: [
      { text: 'mijn actiepunten graag', expect: { intent: 'my-actions' } },
      { text: 'actiepunt 3 nieuwe datum 15 januari', expect: { intent: 'action-new-date', number: 3, due: '2027-01-15' } },
    ],
  },
  {
    note: 'language switch, then a question in English',
    turns: [
      { text: 'speak English please', expect: { intent: 'set-language', language: 'en' } },
      { text: 'which pitches are still missing for friday?', expect: { intent: 'status', date: '2026-12-04' } },
    ],
  },
];
