/**
 * Fifth writer's corpus: how people in the working groups type to the bot from week to week, written without
 * reading the understanding layer. Reference moment: Tuesday 1 December 2026 09:00 Europe/Amsterdam, personal
 * chat, default schedule. Dates checked against `overlegbot occurrences --from 2026-11-01 --to 2027-03-31`:
 * werkgroep Wed 2, 9, 16 Dec (not 23, 30), 6 Jan; SG Fri 4, 11, 18 Dec (not 25 Dec, 1 Jan), 8 Jan;
 * gemeenten-wetenschap Thu 10 Dec (not 31 Dec), 21 Jan, 11 Feb; rijk Mon 25 Jan, 22 Mar; doorbraak Thu 17 Dec, 28 Jan, 11 Mar.
 */
import { Dialogue, Row } from './types';

export const FIFTH_WRITER_ROWS: Row[] = [
  // ── next ──────────────────────────────────────────────────────────────────────────────────────────────
  { text: 'wanneer is het SG-overleg weer?', expect: { intent: 'next', group: 'sg' } },
  { text: 'weet jij wanneer het volgende SG-overleg is?', expect: { intent: 'next', group: 'sg' } },
  { text: 'wanneer is het volgende SG-overleh', expect: { intent: 'next', group: 'sg' }, note: 'typo in the group name' },
  { text: 'wanneer is het doorbaakoverleg', expect: { intent: 'next', group: 'doorbraak' }, note: 'typo: doorbaak' },
  { text: 'kun je me vertellen wanneer de werkgroep weer bij elkaar komt?', expect: { intent: 'next', group: 'werkgroep' } },
  {
    text: 'Goedemorgen! Ik ben nieuw bij het programma en ik vroeg me af wanneer het eerstvolgende overleg met de gemeenten is',
    expect: { intent: 'next', group: 'gemeenten-wetenschap' },
    note: 'long polite intro',
  },
  { text: 'wanneer zien we de bewindslieden weer?', expect: { intent: 'next', group: 'rijk' } },
  { text: 'wanneer is Halsema weer', expect: { intent: 'next', group: 'doorbraak' } },
  { text: 'volgende overleg met het Rijk?', expect: { intent: 'next', group: 'rijk' } },
  { text: 'wanneer is dat woensdagoverleg ook alweer', expect: { intent: 'next', group: 'werkgroep' } },
  { text: 'wanneer hebben we weer overleg met de wetenschappers?', expect: { intent: 'next', group: 'gemeenten-wetenschap' } },
  { text: 'wanneer is het volgende overleg?', expect: { intent: 'next' }, note: 'no group: every group' },
  { text: 'wat is mijn eerstvolgende overleg eigenlijk', expect: { intent: 'next' } },
  { text: 'when is the next werkgroep?', expect: { intent: 'next', group: 'werkgroep' }, note: 'English with a Dutch group name' },
  { text: 'when do we meet with the ministers again?', expect: { intent: 'next', group: 'rijk' } },
  { text: 'next breakthrough meeting?', expect: { intent: 'next', group: 'doorbraak' } },
  { text: 'SG overleg wanneer', expect: { intent: 'next', group: 'sg' } },
  { text: 'wanneer is t volgende sg overleg eigenlijk? en hoe laat?', expect: { intent: 'next', group: 'sg' }, note: 'two questions, the first counts' },
  { text: 'wanneer is het SG-overleg na 11 december?', expect: { intent: 'next', group: 'sg', after: '2026-12-11' } },
  { text: 'en het doorbraakoverleg na 17 december, wanneer is dat?', expect: { intent: 'next', group: 'doorbraak', after: '2026-12-17' } },
  { text: 'wanneer is het volgende bestuurlijk doorbraakoverleg dan?', expect: { intent: 'next', group: 'doorbraak' } },
  { text: 'wanneer is het gemeentenoverleg', expect: { intent: 'next', group: 'gemeenten-wetenschap' }, note: 'compound of an alias' },
  { text: 'hee, wanneer is de werkgoep volgende keer', expect: { intent: 'next', group: 'werkgroep' }, note: 'typo: werkgoep' },
  { text: 'wanneer is het ambtelijk doorbraakteam weer?', expect: { intent: 'next', group: 'sg' }, note: 'the SG meeting is the ambtelijk doorbraakteam' },
  { text: 'wanneer is het donderdagoverleg?', expect: { intent: 'ask-group', options: ['doorbraak', 'gemeenten-wetenschap'] }, note: 'both meet on Thursdays' },
  {
    text: 'wanneer is het overleg met de burgemeester?',
    expect: { intent: 'ask-group', options: ['doorbraak', 'gemeenten-wetenschap'] },
    note: 'Breda chairs gemeenten-wetenschap, Halsema the doorbraakoverleg',
  },

  // ── period ────────────────────────────────────────────────────────────────────────────────────────────
  { text: 'welke overleggen zijn er volgende week?', expect: { intent: 'period', from: '2026-12-07', to: '2026-12-13' } },
  { text: 'wat staat er volgende week allemaal gepland', expect: { intent: 'period', from: '2026-12-07', to: '2026-12-13' } },
  { text: 'wat hebben we in januari allemaal', expect: { intent: 'period', from: '2027-01-01', to: '2027-01-31' } },
  { text: 'welke overleggen zijn er in januari eigenlijk?', expect: { intent: 'period', from: '2027-01-01', to: '2027-01-31' } },
  {
    text: 'kun je me effe een overzicht geven van de overleggen in februari?',
    expect: { intent: 'period', from: '2027-02-01', to: '2027-02-28' },
  },
  {
    text: 'wanneer zijn de SG-overleggen in maart?',
    expect: { intent: 'period', from: '2027-03-01', to: '2027-03-31', group: 'sg' },
  },
  {
    text: 'overleggen gemeenten en wetenschap in februari',
    expect: { intent: 'period', from: '2027-02-01', to: '2027-02-28', group: 'gemeenten-wetenschap' },
  },
  { text: 'what meetings are there next week?', expect: { intent: 'period', from: '2026-12-07', to: '2026-12-13' } },
  { text: 'which meetings do we have in January', expect: { intent: 'period', from: '2027-01-01', to: '2027-01-31' } },
  { text: 'wat is er in de week van 14 december?', expect: { intent: 'period', from: '2026-12-14', to: '2026-12-20' } },
  { text: 'is er in december nog een doorbraakoverleg?', expect: { intent: 'period', from: '2026-12-01', to: '2026-12-31', group: 'doorbraak' } },
  { text: 'wat voor overleggen zijn er in december dus nog', expect: { intent: 'period', from: '2026-12-01', to: '2026-12-31' } },

  // ── on-date ──────────────────────────────────────────────────────────────────────────────────────────
  { text: 'wat is er morgen?', expect: { intent: 'on-date', date: '2026-12-02' } },
  { text: 'heb ik morgen iets?', expect: { intent: 'on-date', date: '2026-12-02' } },
  { text: 'is er donderdag een overleg?', expect: { intent: 'on-date', date: '2026-12-03' } },
  { text: 'gaat het SG-overleg van 25 december door?', expect: { intent: 'on-date', date: '2026-12-25', group: 'sg' }, note: 'Eerste Kerstdag' },
  { text: 'is er op 1 januari gewoon SG-overleg?', expect: { intent: 'on-date', date: '2027-01-01', group: 'sg' } },
  { text: 'gaat de werkgroep op 23 december door of is dat reces?', expect: { intent: 'on-date', date: '2026-12-23', group: 'werkgroep' } },
  { text: 'is er volgende week woensdag werkgroep?', expect: { intent: 'on-date', date: '2026-12-09', group: 'werkgroep' } },
  { text: 'gaat het SG-overleg vrijdag gewoon door hè?', expect: { intent: 'on-date', date: '2026-12-04', group: 'sg' } },
  { text: 'het doorbraakoverleg is toch op 17 december?', expect: { intent: 'on-date', date: '2026-12-17', group: 'doorbraak' }, note: 'question tag' },
  { text: 'wat staat er op 10 december?', expect: { intent: 'on-date', date: '2026-12-10' } },
  { text: 'is there anything on the 18th?', expect: { intent: 'on-date', date: '2026-12-18' } },
  { text: 'is the doorbraakoverleg still on for 17 December?', expect: { intent: 'on-date', date: '2026-12-17', group: 'doorbraak' } },
  { text: 'hebben we op 31 december overleg met de gemeenten?', expect: { intent: 'on-date', date: '2026-12-31', group: 'gemeenten-wetenschap' } },
  { text: 'is er op maandag 25 januari overleg met het Rijk?', expect: { intent: 'on-date', date: '2027-01-25', group: 'rijk' } },
  { text: 'wat is er vrijdag de 18e', expect: { intent: 'on-date', date: '2026-12-18' } },
  { text: 'wat is er volgende vrijdag?', expect: { intent: 'ask-date' }, note: 'on a Tuesday: 4 or 11 December' },
  { text: 'gaat het SG-overleg van 31 november door?', expect: { intent: 'bad-date', of: 'on-date' } },
  { text: 'is er op dinsdag 18 december iets?', expect: { intent: 'bad-date', of: 'on-date' }, note: '18 December is a Friday' },

  // ── time ─────────────────────────────────────────────────────────────────────────────────────────────
  { text: 'hoe laat begint het SG-overleg?', expect: { intent: 'time', group: 'sg' } },
  { text: 'hoe laat is de werkgroep morgen?', expect: { intent: 'time', group: 'werkgroep', date: '2026-12-02' } },
  { text: 'tot hoe laat duurt de werkgroep?', expect: { intent: 'time', group: 'werkgroep' } },
  { text: 'hoe laat begint het overleg met het Rijk eigenlijk', expect: { intent: 'time', group: 'rijk' } },
  { text: 'weet jij hoe laat het doorbraakoverleg begint?', expect: { intent: 'time', group: 'doorbraak' } },
  { text: 'hoe laat is het SG-overleg op de 18e?', expect: { intent: 'time', group: 'sg', date: '2026-12-18' } },
  { text: 'what time does the SG-overleg start on Friday?', expect: { intent: 'time', group: 'sg', date: '2026-12-04' } },
  { text: 'hoe laat begint het overleg met de gemeentes', expect: { intent: 'time', group: 'gemeenten-wetenschap' } },
  { text: 'hoe lang duurt het SG-overleg?', expect: { intent: 'time', group: 'sg' } },
  { text: 'om hoe laat is het doorbaakoverleg van de 17e', expect: { intent: 'time', group: 'doorbraak', date: '2026-12-17' } },
  { text: 'begintijd SG overleg?', expect: { intent: 'time', group: 'sg' } },
  { text: 'what time is the working group tomorrow', expect: { intent: 'time', group: 'werkgroep', date: '2026-12-02' } },

  // ── deadline ─────────────────────────────────────────────────────────────────────────────────────────
  { text: 'wanneer moet mijn pitch binnen zijn?', expect: { intent: 'deadline' } },
  { text: 'tot wanneer kan ik mijn pitch nog inleveren?', expect: { intent: 'deadline' } },
  { text: 'wat is de deadline voor het SG-overleg van 11 december?', expect: { intent: 'deadline', group: 'sg', date: '2026-12-11' } },
  { text: 'wanneer moet de pitch voor het SG-overleg van vrijdag er uiterlijk zijn?', expect: { intent: 'deadline', group: 'sg', date: '2026-12-04' } },
  { text: 'deadline pitches SG 18 december', expect: { intent: 'deadline', group: 'sg', date: '2026-12-18' } },
  { text: "ik vroeg me af tot wanneer ik m'n pitch voor het SG-overleg kan aanpassen", expect: { intent: 'deadline', group: 'sg' } },
  { text: 'when is my pitch due?', expect: { intent: 'deadline' } },
  { text: 'what is the deadline for the SG meeting on 8 January?', expect: { intent: 'deadline', group: 'sg', date: '2027-01-08' } },
  {
    text: 'moet ik mijn pitch donderdag voor twaalven insturen, toch?',
    expect: { intent: 'deadline' },
    note: 'question tag, checking the rule; donderdag is the deadline day, not the meeting',
  },
  { text: 'hoeveel tijd heb ik nog voor mijn pitch over wonen?', expect: { intent: 'deadline' } },

  // ── help ─────────────────────────────────────────────────────────────────────────────────────────────
  { text: 'wat kan je allemaal?', expect: { intent: 'help' } },
  { text: 'hoe werkt deze bot eigenlijk', expect: { intent: 'help' } },
  { text: 'help!', expect: { intent: 'help' } },
  { text: 'wat kun jij voor me doen?', expect: { intent: 'help' } },
  { text: 'hoe werkt dat met die herinneringen?', expect: { intent: 'help', topic: 'reminders' } },
  { text: 'hoe dien ik een pitch in?', expect: { intent: 'help', topic: 'pitches' } },
  { text: 'hoe koppel ik een kanaal aan een overleg?', expect: { intent: 'help', topic: 'bind' } },
  { text: 'hoe meld ik me af voor een overleg?', expect: { intent: 'help', topic: 'attendance' } },
  { text: 'how do I cancel a meeting?', expect: { intent: 'help', topic: 'change-meeting' } },
  { text: 'hoe kan ik de taal veranderen?', expect: { intent: 'help', topic: 'language' } },
  { text: 'what can you do', expect: { intent: 'help' } },

  // ── language ─────────────────────────────────────────────────────────────────────────────────────────
  { text: 'kun je voortaan in het Engels antwoorden?', expect: { intent: 'set-language', language: 'en' } },
  { text: 'spreek maar Engels', expect: { intent: 'set-language', language: 'en' } },
  { text: 'can you talk Dutch to me please', expect: { intent: 'set-language', language: 'nl' } },
  { text: 'graag weer in het Nederlands', expect: { intent: 'set-language', language: 'nl' } },
  { text: 'English please', expect: { intent: 'set-language', language: 'en' } },

  // ── bind ─────────────────────────────────────────────────────────────────────────────────────────────
  { text: 'koppel dit kanaal aan de werkgroep', expect: { intent: 'bind', group: 'werkgroep' } },
  { text: 'kun je dit kanaal aan het SG-overleg koppelen?', expect: { intent: 'bind', group: 'sg' } },
  { text: 'link this channel to the doorbraakoverleg', expect: { intent: 'bind', group: 'doorbraak' } },

  // ── cancel / move ────────────────────────────────────────────────────────────────────────────────────
  { text: 'annuleer het SG-overleg van 11 december', expect: { intent: 'cancel', group: 'sg', date: '2026-12-11' } },
  { text: 'zeg de werkgroep van 16 december maar af', expect: { intent: 'cancel', group: 'werkgroep', date: '2026-12-16' } },
  {
    text: 'de voorzitter is er niet, dus annuleer het doorbraakoverleg van 17 december alsjeblieft',
    expect: { intent: 'cancel', group: 'doorbraak', date: '2026-12-17' },
    note: 'reason first, order after dus',
  },
  { text: 'cancel the SG meeting of 18 December please', expect: { intent: 'cancel', group: 'sg', date: '2026-12-18' } },
  { text: 'kun je het overleg met de gemeenten van 10 december annuleren?', expect: { intent: 'cancel', group: 'gemeenten-wetenschap', date: '2026-12-10' } },
  { text: 'annuleer het SG-overleg van donderdag 11 december', expect: { intent: 'bad-date', of: 'cancel' }, note: '11 December is a Friday' },
  {
    text: 'verplaats de werkgroep van 9 december naar 14:00',
    expect: { intent: 'move', group: 'werkgroep', date: '2026-12-09', toStart: '14:00' },
  },
  {
    text: 'verplaats het SG-overleg van 18 december naar donderdag 17 december 15:00',
    expect: { intent: 'move', group: 'sg', date: '2026-12-18', toDate: '2026-12-17', toStart: '15:00' },
  },
  {
    text: 'kun je het SG-overleg van vrijdag een uurtje vervroegen naar 15:00?',
    expect: { intent: 'move', group: 'sg', date: '2026-12-04', toStart: '15:00' },
  },
  {
    text: 'zet het doorbraakoverleg van 28 januari op 4 februari',
    expect: { intent: 'move', group: 'doorbraak', date: '2027-01-28', toDate: '2027-02-04' },
  },
  {
    text: 'move the working group of 16 December to 10:30',
    expect: { intent: 'move', group: 'werkgroep', date: '2026-12-16', toStart: '10:30' },
  },
  {
    text: 'het overleg met het Rijk van 25 januari moet naar 16:00-17:00',
    expect: { intent: 'move', group: 'rijk', date: '2027-01-25', toStart: '16:00', toEnd: '17:00' },
    note: '"moet naar" is an order from a coordinator',
  },

  // ── pitch ────────────────────────────────────────────────────────────────────────────────────────────
  { text: 'ik wil mijn pitch indienen', expect: { intent: 'pitch' } },
  { text: 'pitch over wonen', expect: { intent: 'pitch', theme: 'wonen' } },
  { text: 'ik wil effe mijn pitch over schulden aanpassen', expect: { intent: 'pitch', theme: 'schulden' } },
  { text: "kan ik m'n pitchje voor kwetsbare jeugd nog wijzigen?", expect: { intent: 'pitch', theme: 'kwetsbare-jeugd' }, note: 'diminutive' },
  { text: 'submit my pitch on housing', expect: { intent: 'pitch', theme: 'wonen' } },
  { text: 'ik ga de pitch voor jongerenparticipatie schrijven', expect: { intent: 'pitch', theme: 'jongerenparticipatie' } },
  { text: 'pitch multiprobleemgezinnen indienen', expect: { intent: 'pitch', theme: 'multiprobleem' } },
  { text: 'ik wil een pitch doen over gebiedsgerichte aanpak', expect: { intent: 'pitch', theme: 'gebiedsgericht' } },

  // ── status ───────────────────────────────────────────────────────────────────────────────────────────
  { text: 'welke pitches ontbreken nog?', expect: { intent: 'status' } },
  { text: 'zijn de pitches voor vrijdag al binnen?', expect: { intent: 'status', date: '2026-12-04' } },
  { text: 'welke pitches missen er nog voor het SG-overleg?', expect: { intent: 'status', group: 'sg' } },
  { text: 'is de pitch over wonen al ingediend?', expect: { intent: 'status' } },
  { text: "heeft iedereen z'n pitch al ingeleverd voor 11 december?", expect: { intent: 'status', date: '2026-12-11' } },
  { text: 'which pitches are still missing for the SG meeting?', expect: { intent: 'status', group: 'sg' } },
  { text: 'hoe staat het met de pitches voor het SG-overleg van 18 december', expect: { intent: 'status', group: 'sg', date: '2026-12-18' } },
  { text: 'ff checken: zijn alle pitches binnen?', expect: { intent: 'status' } },

  // ── agenda ───────────────────────────────────────────────────────────────────────────────────────────
  { text: 'wat staat er vrijdag op de agenda?', expect: { intent: 'agenda', date: '2026-12-04' } },
  { text: "welke thema's komen op 11 december aan bod?", expect: { intent: 'agenda', date: '2026-12-11' } },
  { text: 'wat is de agenda van het SG-overleg?', expect: { intent: 'agenda', group: 'sg' } },
  { text: 'welke onderwerpen staan er op de agenda van het SG-overleg van 8 januari', expect: { intent: 'agenda', group: 'sg', date: '2027-01-08' } },
  { text: "what's on the agenda for the SG meeting on the 18th?", expect: { intent: 'agenda', group: 'sg', date: '2026-12-18' } },
  { text: 'agenda SG-overleg 11-12?', expect: { intent: 'agenda', group: 'sg', date: '2026-12-11' } },
  { text: "over welke thema's gaat het vrijdag?", expect: { intent: 'agenda', date: '2026-12-04' } },

  // ── agenda-change ────────────────────────────────────────────────────────────────────────────────────
  {
    text: 'zet kansengelijkheid op de agenda van 8 januari',
    expect: { intent: 'agenda-change', op: 'add', themes: ['kansengelijkheid'], date: '2027-01-08' },
  },
  {
    text: 'haal schulden van de agenda van vrijdag',
    expect: { intent: 'agenda-change', op: 'remove', themes: ['schulden'], date: '2026-12-04' },
  },
  {
    text: 'kun je wonen en jeugd op de agenda van het SG-overleg van 18 december zetten?',
    expect: { intent: 'agenda-change', op: 'add', themes: ['wonen', 'kwetsbare-jeugd'], group: 'sg', date: '2026-12-18' },
  },
  {
    text: 'wonen moet van de agenda van 4 december af',
    expect: { intent: 'agenda-change', op: 'remove', themes: ['wonen'], date: '2026-12-04' },
  },
  {
    text: 'put housing on the agenda of 11 December',
    expect: { intent: 'agenda-change', op: 'add', themes: ['wonen'], date: '2026-12-11' },
  },
  {
    text: 'voeg arbeidsmarkt toe aan de agenda van het SG-overleg van 15 januari',
    expect: { intent: 'agenda-change', op: 'add', themes: ['arbeidsmarkt'], group: 'sg', date: '2027-01-15' },
  },

  // ── bundle ───────────────────────────────────────────────────────────────────────────────────────────
  { text: 'stuur me effe de bundel van vrijdag', expect: { intent: 'bundle', date: '2026-12-04' } },
  { text: 'mag ik de pitchbundel voor het SG-overleg van 11 december?', expect: { intent: 'bundle', group: 'sg', date: '2026-12-11' } },
  { text: 'bundel graag', expect: { intent: 'bundle' } },
  { text: 'can you send me the pitch bundle', expect: { intent: 'bundle' } },
  { text: 'alle pitches voor het SG-overleg bij elkaar graag', expect: { intent: 'bundle', group: 'sg' } },

  // ── reminders / digest / plan ────────────────────────────────────────────────────────────────────────
  { text: 'zet mijn herinneringen even uit', expect: { intent: 'mute-reminders', muted: true } },
  { text: 'ik wil geen herinneringen meer ontvangen', expect: { intent: 'mute-reminders', muted: true } },
  { text: 'die herinneringen mogen weer aan', expect: { intent: 'mute-reminders', muted: false } },
  { text: 'stop met die reminders aub', expect: { intent: 'mute-reminders', muted: true } },
  { text: 'turn my reminders back on', expect: { intent: 'mute-reminders', muted: false } },
  { text: 'herinneringen uit voor wonen', expect: { intent: 'theme-reminders', on: false, themes: ['wonen'] } },
  {
    text: 'zet de herinneringen voor schulden en arbeidsmarkt weer aan',
    expect: { intent: 'theme-reminders', on: true, themes: ['schulden', 'arbeidsmarkt'] },
  },
  { text: 'geen weekoverzicht meer graag', expect: { intent: 'digest', on: false } },
  { text: 'zet het wekelijkse overzicht weer aan', expect: { intent: 'digest', on: true } },
  { text: 'stop the weekly digest', expect: { intent: 'digest', on: false } },
  { text: 'wat ga je volgende week allemaal versturen?', expect: { intent: 'plan-preview', from: '2026-12-07', to: '2026-12-13' } },
  { text: 'what will you send next week?', expect: { intent: 'plan-preview', from: '2026-12-07', to: '2026-12-13' } },
  { text: 'wat stuur je deze week?', expect: { intent: 'plan-preview', from: '2026-12-01', to: '2026-12-06' }, note: 'the rest of this week' },

  // ── attend ───────────────────────────────────────────────────────────────────────────────────────────
  { text: 'ik kan vrijdag niet, zit bij de tandarts', expect: { intent: 'attend', answer: 'apologies', date: '2026-12-04', reason: 'tandarts' } },
  { text: 'meld me af voor het SG-overleg van 11 december', expect: { intent: 'attend', answer: 'apologies', group: 'sg', date: '2026-12-11' } },
  { text: 'ik ben er morgen gewoon bij', expect: { intent: 'attend', answer: 'present', date: '2026-12-02' } },
  {
    text: 'ff laten weten dat ik donderdag de 17e niet bij het doorbraakoverleg kan',
    expect: { intent: 'attend', answer: 'apologies', group: 'doorbraak', date: '2026-12-17' },
  },
  {
    text: 'kan niet bij SG-overleh vrijdag, ben ziek',
    expect: { intent: 'attend', answer: 'apologies', group: 'sg', date: '2026-12-04', reason: 'ziek' },
    note: 'typo in the group name',
  },
  { text: "I can't make Wednesday's werkgroep, sorry", expect: { intent: 'attend', answer: 'apologies', group: 'werkgroep', date: '2026-12-02' } },
  {
    text: 'volgende week woensdag ben ik op vakantie dus ik kan niet bij de werkgroep',
    expect: { intent: 'attend', answer: 'apologies', group: 'werkgroep', date: '2026-12-09', reason: 'vakantie' },
  },
  { text: "I'll be there on Friday", expect: { intent: 'attend', answer: 'present', date: '2026-12-04' } },
  { text: 'ik kom vrijdag naar het SG-overleg', expect: { intent: 'attend', answer: 'present', group: 'sg', date: '2026-12-04' } },
  {
    text: 'ik ben verhinderd voor het SG-overleg van 18 december, Daan Visser neemt het over',
    expect: { intent: 'attend', answer: 'apologies', group: 'sg', date: '2026-12-18', deputy: 'Daan Visser' },
  },
  {
    text: 'mijn plaatsvervanger Bram komt naar het doorbraakoverleg van 17 december',
    expect: { intent: 'attend', answer: 'apologies', group: 'doorbraak', date: '2026-12-17', deputy: 'Bram' },
    note: 'a deputy in my place means I am not there',
  },
  { text: 'ik moet me helaas afmelden voor vrijdag', expect: { intent: 'attend', answer: 'apologies', date: '2026-12-04' } },
  { text: 'Eva kan vrijdag niet', expect: { intent: 'attend', answer: 'apologies', date: '2026-12-04' }, note: 'a coordinator answering for a member' },
  { text: 'meld me af voor dinsdag 18 december', expect: { intent: 'bad-date', of: 'attend' }, note: '18 December is a Friday' },

  // ── attendance ───────────────────────────────────────────────────────────────────────────────────────
  { text: 'wie komen er vrijdag?', expect: { intent: 'attendance', date: '2026-12-04' } },
  { text: 'wie heeft zich afgemeld voor het doorbraakoverleg?', expect: { intent: 'attendance', group: 'doorbraak' } },
  { text: 'weet jij wie er allemaal bij het SG-overleg van 11 december zijn?', expect: { intent: 'attendance', group: 'sg', date: '2026-12-11' } },
  { text: 'who is coming to the werkgroep tomorrow?', expect: { intent: 'attendance', group: 'werkgroep', date: '2026-12-02' } },
  { text: 'aanwezigheid SG-overleg 18 december', expect: { intent: 'attendance', group: 'sg', date: '2026-12-18' } },
  { text: 'komt Noor eigenlijk naar het doorbraakoverleg?', expect: { intent: 'attendance', group: 'doorbraak' } },
  { text: 'wie heeft er nog niet gereageerd voor vrijdag?', expect: { intent: 'attendance', date: '2026-12-04' } },

  // ── action items ─────────────────────────────────────────────────────────────────────────────────────
  { text: 'actiepunt: BZK levert de cijfers aan voor 15 december', expect: { intent: 'action-item', due: '2026-12-15' } },
  {
    text: 'actiepunt SG-overleg 27 november: SZW stuurt een notitie voor 11 december',
    expect: { intent: 'action-item', group: 'sg', meeting: '2026-11-27', due: '2026-12-11' },
  },
  { text: 'actiepunt: Eva maakt een voorstel over twee weken', expect: { intent: 'action-item', due: '2026-12-15' }, note: 'in two weeks from 1 December' },
  { text: 'action item: VNG shares the list by 8 January', expect: { intent: 'action-item', due: '2027-01-08' } },
  { text: 'actiepunt 3 is af', expect: { intent: 'action-done', number: 3 } },
  { text: 'ap 2 is klaar hoor', expect: { intent: 'action-done', number: 2 } },
  { text: 'action item 5 is done', expect: { intent: 'action-done', number: 5 } },
  { text: 'kan actiepunt 4 naar 8 januari?', expect: { intent: 'action-new-date', number: 4, due: '2027-01-08' } },
  { text: 'actiepunt 1 nieuwe datum 15 januari', expect: { intent: 'action-new-date', number: 1, due: '2027-01-15' } },
  { text: 'akkoord met de nieuwe datum van actiepunt 4', expect: { intent: 'action-confirm-date', number: 4 } },
  { text: 'mijn actiepunten', expect: { intent: 'my-actions' } },
  { text: 'heb ik nog actiepunten openstaan?', expect: { intent: 'my-actions' } },
  { text: 'wat moet ik nog doen van de actiepunten?', expect: { intent: 'my-actions' } },
  { text: 'my action items please', expect: { intent: 'my-actions' } },
  { text: 'welke actiepunten staan er nog open bij het SG-overleg?', expect: { intent: 'open-actions', group: 'sg' } },
  { text: 'openstaande actiepunten doorbraakoverleg', expect: { intent: 'open-actions', group: 'doorbraak' } },
  { text: 'which action items are still open?', expect: { intent: 'open-actions' } },

  // ── thanks ───────────────────────────────────────────────────────────────────────────────────────────
  { text: 'dankjewel!', expect: { intent: 'thanks' } },
  { text: 'super, bedankt', expect: { intent: 'thanks' } },
  { text: 'goedemorgen', expect: { intent: 'thanks' }, note: 'a greeting gets the friendly answer' },
  { text: 'thanks a lot', expect: { intent: 'thanks' } },
];

export const FIFTH_WRITER_NEGATIVES: string[] = [
  'haha',
  '👍',
  'oké dan',
  'top, dank',
  'hmm',
  'ja',
  'nee',
  'ok',
  'lol',
  '😂😂',
  'dat overleg duurde weer eindeloos zeg',
  'pfff wat een lange vergadering was dat',
  'waar is de koffieautomaat?',
  'wat is het wifi-wachtwoord',
  'weet jij waar mijn laptoplader is',
  'hoe laat gaat de kantine open?',
  'is er nog taart over?',
  'ik zit in de trein, ben er zo',
  'de vergaderruimte op de vijfde is bezet',
  'waarom is het hier zo koud',
  'die notulen waren echt slecht geschreven',
  'ik snap niks van deze bot',
  'je bent echt nutteloos',
  'dit werkt niet',
  'wat een gedoe allemaal',
  'ik moet nog',
  'en dan',
  'maar ik dacht dat',
  'trouwens',
  'eh',
  'ik bel je zo even',
  'kun je mijn mail even lezen?',
  'heb je de presentatie van gisteren nog?',
  'wie heeft er parkeerkaart nodig',
  'zullen we morgen samen lunchen?',
  'ik heb hoofdpijn',
  'fijn weekend allemaal',
  'sorry verkeerde chat',
  'oeps',
  'test',
  'testing 123',
  'is dit een bot?',
  'ben je een mens?',
  'wat vind jij van het kabinetsbeleid eigenlijk',
  'hoeveel kost een treinkaartje naar Den Haag',
  'wat voor weer wordt het morgen?',
  'mijn teams loopt steeds vast',
  'de printer doet het weer niet',
  'kun je een grap vertellen',
  'ik ga zo naar huis',
  'the coffee machine is broken again',
  'where are the toilets',
  'that meeting was way too long',
  'lol ok',
  'nice',
  'whatever',
  'vond het een goede discussie vandaag',
  'de voorzitter was erg streng',
  'zijn er nog broodjes?',
  'wie heeft mijn pen gepakt',
];

export const FIFTH_WRITER_DIALOGUES: Dialogue[] = [
  {
    note: 'asking on for the meeting after, twice',
    turns: [
      { text: 'wanneer is het volgende SG-overleg?', expect: { intent: 'next', group: 'sg' } },
      { text: 'en die daarna?', expect: { intent: 'next', group: 'sg', after: '2026-12-04' } },
      { text: 'en daarna?', expect: { intent: 'next', group: 'sg', after: '2026-12-11' } },
    ],
  },
  {
    note: 'just "hoe laat?"',
    turns: [
      { text: 'wanneer is de werkgroep weer?', expect: { intent: 'next', group: 'werkgroep' } },
      { text: 'hoe laat?', expect: { intent: 'time', group: 'werkgroep', date: '2026-12-02' } },
    ],
  },
  {
    note: 'same question, another group',
    turns: [
      { text: 'wanneer is het volgende SG-overleg?', expect: { intent: 'next', group: 'sg' } },
      { text: 'en voor de gemeenten?', expect: { intent: 'next', group: 'gemeenten-wetenschap' } },
    ],
  },
  {
    note: 'apologies for the meeting just named',
    turns: [
      { text: 'wanneer is het doorbraakoverleg?', expect: { intent: 'next', group: 'doorbraak' } },
      { text: 'oh dan kan ik niet', expect: { intent: 'attend', answer: 'apologies', group: 'doorbraak', date: '2026-12-17' } },
    ],
  },
  {
    note: 'agenda, then add a theme "there"',
    turns: [
      { text: 'wat staat er op de agenda van het SG-overleg van 11 december?', expect: { intent: 'agenda', group: 'sg', date: '2026-12-11' } },
      { text: 'zet wonen daar maar op', expect: { intent: 'agenda-change', op: 'add', themes: ['wonen'], group: 'sg', date: '2026-12-11' } },
    ],
  },
  {
    note: 'who comes "then"',
    turns: [
      { text: 'wanneer is het volgende doorbraakoverleg?', expect: { intent: 'next', group: 'doorbraak' } },
      { text: 'wie komen er dan?', expect: { intent: 'attendance', group: 'doorbraak', date: '2026-12-17' } },
    ],
  },
  {
    note: 'English follow-up about the deadline',
    turns: [
      { text: 'when is the next SG meeting?', expect: { intent: 'next', group: 'sg' } },
      { text: 'and the deadline for that one?', expect: { intent: 'deadline', group: 'sg', date: '2026-12-04' } },
    ],
  },
  {
    note: 'is it on; then send apologies',
    turns: [
      { text: 'gaat het SG-overleg van vrijdag door?', expect: { intent: 'on-date', group: 'sg', date: '2026-12-04' } },
      { text: 'ok, meld me maar af', expect: { intent: 'attend', answer: 'apologies', group: 'sg', date: '2026-12-04' } },
    ],
  },
  {
    note: 'correcting the date',
    turns: [
      { text: 'wat is de deadline voor het SG-overleg van 11 december?', expect: { intent: 'deadline', group: 'sg', date: '2026-12-11' } },
      { text: 'nee, de 18e bedoel ik', expect: { intent: 'deadline', group: 'sg', date: '2026-12-18' } },
    ],
  },
  {
    note: 'after 45 minutes the bot has forgotten: "en die daarna?" has nothing to refer to',
    turns: [
      { text: 'wanneer is het overleg met de gemeenten?', expect: { intent: 'next', group: 'gemeenten-wetenschap' } },
      { text: 'en die daarna?', expect: { intent: 'unknown' }, minutesLater: 45 },
    ],
  },
  {
    note: 'the Rijk meets every two months; the one after and its time',
    turns: [
      { text: 'wanneer is het volgende overleg met het Rijk?', expect: { intent: 'next', group: 'rijk' } },
      { text: 'en daarna?', expect: { intent: 'next', group: 'rijk', after: '2027-01-25' } },
      { text: 'hoe laat begint die?', expect: { intent: 'time', group: 'rijk', date: '2027-03-22' } },
    ],
  },
  {
    note: 'present for the meeting asked about',
    turns: [
      { text: 'hoe laat begint de werkgroep morgen?', expect: { intent: 'time', group: 'werkgroep', date: '2026-12-02' } },
      { text: 'ok, ik ben erbij', expect: { intent: 'attend', answer: 'present', group: 'werkgroep', date: '2026-12-02' } },
    ],
  },
  {
    note: 'status, then another date of the same group',
    turns: [
      { text: 'welke pitches ontbreken nog voor het SG-overleg van vrijdag?', expect: { intent: 'status', group: 'sg', date: '2026-12-04' } },
      { text: 'en voor de 11e?', expect: { intent: 'status', group: 'sg', date: '2026-12-11' } },
    ],
  },
  {
    note: 'agenda, take a theme off, thanks',
    turns: [
      { text: 'wat staat er vrijdag op de agenda van het SG-overleg?', expect: { intent: 'agenda', group: 'sg', date: '2026-12-04' } },
      { text: 'haal schulden er maar af', expect: { intent: 'agenda-change', op: 'remove', themes: ['schulden'], group: 'sg', date: '2026-12-04' } },
      { text: 'top dank je', expect: { intent: 'thanks' } },
    ],
  },
  {
    note: 'one date, then another',
    turns: [
      { text: 'is er op 25 december SG-overleg?', expect: { intent: 'on-date', group: 'sg', date: '2026-12-25' } },
      { text: 'en op 8 januari?', expect: { intent: 'on-date', group: 'sg', date: '2027-01-08' } },
    ],
  },
  {
    note: 'time first, then when: "dat" is the meeting just answered about (its date is remembered), the same answer as asking for the next one',
    turns: [
      { text: 'hoe laat begint het overleg met de gemeenten?', expect: { intent: 'time', group: 'gemeenten-wetenschap' } },
      {
        text: 'en wanneer is dat?',
        expect: { intent: 'on-date', group: 'gemeenten-wetenschap', date: '2026-12-10' },
      },
    ],
  },
  {
    note: 'attendance for one meeting, then another group and day',
    turns: [
      { text: 'wie heeft zich afgemeld voor het SG-overleg van vrijdag?', expect: { intent: 'attendance', group: 'sg', date: '2026-12-04' } },
      { text: 'en bij de werkgroep van woensdag?', expect: { intent: 'attendance', group: 'werkgroep', date: '2026-12-02' } },
    ],
  },
  {
    note: 'next, its agenda, the state of its pitches',
    turns: [
      { text: 'wanneer is het volgende SG-overleg?', expect: { intent: 'next', group: 'sg' } },
      { text: "welke thema's staan er dan op?", expect: { intent: 'agenda', group: 'sg', date: '2026-12-04' } },
      { text: 'zijn die pitches al binnen?', expect: { intent: 'status', group: 'sg', date: '2026-12-04' } },
    ],
  },
  {
    note: 'English: next, time, apologies',
    turns: [
      { text: 'when does the working group meet next?', expect: { intent: 'next', group: 'werkgroep' } },
      { text: 'what time?', expect: { intent: 'time', group: 'werkgroep', date: '2026-12-02' } },
      { text: "I can't make it", expect: { intent: 'attend', answer: 'apologies', group: 'werkgroep', date: '2026-12-02' } },
    ],
  },
  {
    note: 'a coordinator cancels the wrong one and corrects',
    turns: [
      { text: 'annuleer het SG-overleg van 18 december', expect: { intent: 'cancel', group: 'sg', date: '2026-12-18' } },
      { text: 'sorry, nee, de 11e bedoel ik', expect: { intent: 'cancel', group: 'sg', date: '2026-12-11' } },
    ],
  },
  {
    note: 'move, then thanks',
    turns: [
      { text: 'verplaats de werkgroep van 9 december naar 11:00', expect: { intent: 'move', group: 'werkgroep', date: '2026-12-09', toStart: '11:00' } },
      { text: 'dank!', expect: { intent: 'thanks' } },
    ],
  },
  {
    note: 'next, time, who is there',
    turns: [
      { text: 'wanneer is het volgende doorbraakoverleg?', expect: { intent: 'next', group: 'doorbraak' } },
      { text: 'en hoe laat?', expect: { intent: 'time', group: 'doorbraak', date: '2026-12-17' } },
      { text: 'wie zitten daar allemaal bij?', expect: { intent: 'attendance', group: 'doorbraak', date: '2026-12-17' } },
    ],
  },
  {
    note: 'deadline, the agenda of that meeting, add a theme',
    turns: [
      { text: 'deadline pitches SG-overleg 11 december?', expect: { intent: 'deadline', group: 'sg', date: '2026-12-11' } },
      { text: 'en wat staat er dan op de agenda?', expect: { intent: 'agenda', group: 'sg', date: '2026-12-11' } },
      {
        text: 'zet jongerenparticipatie er ook op',
        expect: { intent: 'agenda-change', op: 'add', themes: ['jongerenparticipatie'], group: 'sg', date: '2026-12-11' },
      },
    ],
  },
  {
    note: 'ten minutes later is still within the 30 minutes; 31 December is skipped (Kerstreces)',
    turns: [
      { text: 'wanneer is de volgende van gemeenten en wetenschap?', expect: { intent: 'next', group: 'gemeenten-wetenschap' } },
      { text: 'en de keer daarna?', expect: { intent: 'next', group: 'gemeenten-wetenschap', after: '2026-12-10' }, minutesLater: 10 },
    ],
  },
  {
    note: 'greeting first, then the question',
    turns: [
      { text: 'hoi!', expect: { intent: 'thanks' } },
      { text: 'wanneer is het SG-overleg?', expect: { intent: 'next', group: 'sg' } },
      { text: 'en die van de week erna?', expect: { intent: 'next', group: 'sg', after: '2026-12-04' } },
    ],
  },
  {
    note: 'a remark in between does not lose the meeting',
    turns: [
      { text: 'wanneer is het volgende SG-overleg?', expect: { intent: 'next', group: 'sg' } },
      { text: 'top, dank', expect: { intent: 'thanks' } },
      { text: 'hoe laat begint het?', expect: { intent: 'time', group: 'sg', date: '2026-12-04' } },
    ],
  },
];
