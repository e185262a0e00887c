/**
 * Third writer's phrasing corpus: how civil servants of the working groups would type to the bot, written
 * without reading the understanding layer (only types.ts, README, config/schedule.yaml and the real
 * occurrences listing). Reference moment: Tuesday 1 December 2026 09:00, personal chat, default schedule.
 *
 * Dates used (from `overlegbot occurrences`): werkgroep Wed 2, 9, 16 Dec, 6 Jan; SG Fri 4, 11, 18 Dec, 8, 15 Jan
 * (25 Dec and 1 Jan skipped, holidays); gemeenten-wetenschap Thu 10 Dec, 21 Jan; doorbraak Thu 17 Dec, 28 Jan;
 * rijk Mon 25 Jan, 22 Mar. Past: SG Fri 27 Nov, werkgroep Wed 25 Nov.
 */
import { Dialogue, Row } from './types';

export const THIRD_WRITER_ROWS: Row[] = [
  // ── next ──────────────────────────────────────────────────────────────────────────────────────────
  { text: 'wanneer is het volgende SG-overleg?', expect: { intent: 'next', group: 'sg' } },
  { text: 'wanneer is t volgende sg overleg', expect: { intent: 'next', group: 'sg' } },
  { text: 'Wanneer is het volgnede SG-overleg?', expect: { intent: 'next', group: 'sg' }, note: 'typo' },
  { text: 'volgende SG?', expect: { intent: 'next', group: 'sg' } },
  { text: 'wnr is de volgende werkgroep', expect: { intent: 'next', group: 'werkgroep' }, note: 'wnr = wanneer' },
  { text: 'Wanneer komt de ambtelijke werkgroep weer bij elkaar?', expect: { intent: 'next', group: 'werkgroep' } },
  { text: 'wanneer is het volgende overleg', expect: { intent: 'next' } },
  { text: 'Wat is de eerstvolgende vergadering?', expect: { intent: 'next' } },
  {
    text: 'wanneer is het volgende overleg gem. en wetenschap?',
    expect: { intent: 'next', group: 'gemeenten-wetenschap' },
    note: 'gem. = gemeenten',
  },
  { text: 'wanneer zien we de wetenschappers weer', expect: { intent: 'next', group: 'gemeenten-wetenschap' } },
  { text: 'Wanneer is het eerstvolgende bestuurlijk overleg met het Rijk?', expect: { intent: 'next', group: 'rijk' } },
  { text: 'wanneer spreken we de bewindslieden weer', expect: { intent: 'next', group: 'rijk' } },
  { text: 'wanneer is het volgende doorbraakoverleg', expect: { intent: 'next', group: 'doorbraak' } },
  { text: 'volgende keer halsema overleg?', expect: { intent: 'next', group: 'doorbraak' } },
  { text: 'when is the next SG meeting?', expect: { intent: 'next', group: 'sg' } },
  { text: "when's the next working group", expect: { intent: 'next', group: 'werkgroep' } },
  { text: 'next breakthrough meeting?', expect: { intent: 'next', group: 'doorbraak' } },
  {
    text: 'welk SG-overleg komt er na dat van 18 december?',
    expect: { intent: 'next', group: 'sg', after: '2026-12-18' },
    note: 'answer: 8 January (25 Dec and 1 Jan are holidays)',
  },
  {
    text: 'wanneer is het eerste SG-overleg na de kerst',
    expect: { intent: 'next', group: 'sg', after: '2026-12-26' },
    note: 'na de kerst = after Tweede Kerstdag; the answer is 8 January either way',
  },

  // ── period ────────────────────────────────────────────────────────────────────────────────────────
  { text: 'welke overleggen zijn er volgende week?', expect: { intent: 'period', from: '2026-12-07', to: '2026-12-13' } },
  { text: 'wat is er allemaal in januari', expect: { intent: 'period', from: '2027-01-01', to: '2027-01-31' } },
  { text: 'overleggen in februari?', expect: { intent: 'period', from: '2027-02-01', to: '2027-02-28' } },
  {
    text: 'wanneer vergadert de werkgroep in januari',
    expect: { intent: 'period', from: '2027-01-01', to: '2027-01-31', group: 'werkgroep' },
  },
  {
    text: 'welke SG-overleggen zijn er in december nog?',
    expect: { intent: 'period', from: '2026-12-01', to: '2026-12-31', group: 'sg' },
  },
  {
    text: 'wat staat er de komende twee weken gepland',
    expect: { intent: 'period', from: '2026-12-01', to: '2026-12-14' },
    note: 'two weeks from today inclusive: 1-14 December',
  },
  {
    text: 'wat is er deze week nog',
    expect: { intent: 'period', from: '2026-12-01', to: '2026-12-06' },
    note: '"nog": from today to Sunday',
  },
  {
    text: 'overzicht van de overleggen tussen 7 en 18 december',
    expect: { intent: 'period', from: '2026-12-07', to: '2026-12-18' },
  },
  {
    text: 'wat hebben we in de week van 14 december',
    expect: { intent: 'period', from: '2026-12-14', to: '2026-12-20' },
    note: '14 December is a Monday',
  },
  {
    text: 'welke vergaderingen zijn er begin januari',
    expect: { intent: 'period', from: '2027-01-01', to: '2027-01-10' },
    note: 'begin januari read as the first ten days; debatable',
  },
  { text: 'meetings next week?', expect: { intent: 'period', from: '2026-12-07', to: '2026-12-13' } },
  { text: 'Which meetings are there in March?', expect: { intent: 'period', from: '2027-03-01', to: '2027-03-31' } },

  // ── on-date ───────────────────────────────────────────────────────────────────────────────────────
  { text: 'is er morgen een overleg?', expect: { intent: 'on-date', date: '2026-12-02' } },
  { text: 'wat is er overmorgen', expect: { intent: 'on-date', date: '2026-12-03' } },
  { text: 'gaat het SG-overleg van 25 december door?', expect: { intent: 'on-date', date: '2026-12-25', group: 'sg' } },
  { text: 'is er op 1 januari SG', expect: { intent: 'on-date', date: '2027-01-01', group: 'sg' } },
  { text: 'wat is er op 17 december', expect: { intent: 'on-date', date: '2026-12-17' } },
  { text: 'is er vrijdag SG-overleg?', expect: { intent: 'on-date', date: '2026-12-04', group: 'sg' } },
  {
    text: 'gaat de werkgroep van 23 december gewoon door',
    expect: { intent: 'on-date', date: '2026-12-23', group: 'werkgroep' },
    note: 'no: kerstreces',
  },
  {
    text: 'hebben we donderdag 10 dec iets met de gemeenten',
    expect: { intent: 'on-date', date: '2026-12-10', group: 'gemeenten-wetenschap' },
  },
  { text: 'is there a meeting on 18 December', expect: { intent: 'on-date', date: '2026-12-18' } },
  {
    text: 'is the SG meeting on Christmas Day still on?',
    expect: { intent: 'on-date', date: '2026-12-25', group: 'sg' },
  },
  { text: 'vergaderen we op 30 december?', expect: { intent: 'on-date', date: '2026-12-30' } },
  {
    text: 'gaat het overleg met het rijk op 25 januari door',
    expect: { intent: 'on-date', date: '2027-01-25', group: 'rijk' },
  },
  {
    text: 'is er volgende week woensdag werkgroep',
    expect: { intent: 'on-date', date: '2026-12-09', group: 'werkgroep' },
  },
  { text: 'morgen werkgroep?', expect: { intent: 'on-date', date: '2026-12-02', group: 'werkgroep' } },

  // ── time ──────────────────────────────────────────────────────────────────────────────────────────
  { text: 'hoe laat begint het SG-overleg?', expect: { intent: 'time', group: 'sg' } },
  { text: 'hoe laat is de werkgroep morgen', expect: { intent: 'time', group: 'werkgroep', date: '2026-12-02' } },
  { text: 'tot hoe laat duurt het doorbraakoverleg', expect: { intent: 'time', group: 'doorbraak' } },
  { text: 'hoelaat begint het overleg met de gemeenten', expect: { intent: 'time', group: 'gemeenten-wetenschap' } },
  {
    text: 'what time does the SG meeting start on Friday',
    expect: { intent: 'time', group: 'sg', date: '2026-12-04' },
  },
  {
    text: 'Hoe laat begint het overleg met de bewindslieden op 25 januari?',
    expect: { intent: 'time', group: 'rijk', date: '2027-01-25' },
  },
  { text: 'om hoe laat is het SG vrijdag 11 dec', expect: { intent: 'time', group: 'sg', date: '2026-12-11' } },
  { text: 'begintijd werkgroep?', expect: { intent: 'time', group: 'werkgroep' } },
  {
    text: 'hoe laat moet ik vrijdag bij het SG-overleg zijn',
    expect: { intent: 'time', group: 'sg', date: '2026-12-04' },
  },
  { text: 'when does the working group end?', expect: { intent: 'time', group: 'werkgroep' } },

  // ── deadline ──────────────────────────────────────────────────────────────────────────────────────
  { text: 'wanneer moet mijn pitch binnen zijn?', expect: { intent: 'deadline' } },
  {
    text: 'wat is de deadline voor het SG-overleg van 11 december?',
    expect: { intent: 'deadline', group: 'sg', date: '2026-12-11' },
  },
  { text: 'deadline pitch vrijdag?', expect: { intent: 'deadline', date: '2026-12-04' }, note: 'for the meeting on Friday' },
  {
    text: 'tot wanneer kan ik mijn pitch voor 18 december nog inleveren',
    expect: { intent: 'deadline', date: '2026-12-18' },
  },
  {
    text: 'wanneer moeten de pitches voor het SG van 8 januari binnen zijn',
    expect: { intent: 'deadline', group: 'sg', date: '2027-01-08' },
  },
  { text: 'uiterlijk wanneer moet ik de pitch aanleveren', expect: { intent: 'deadline' } },
  { text: 'when is my pitch due', expect: { intent: 'deadline' } },
  {
    text: "what's the deadline for the SG meeting on 15 January?",
    expect: { intent: 'deadline', group: 'sg', date: '2027-01-15' },
  },
  { text: 'deadline sg 18-12', expect: { intent: 'deadline', group: 'sg', date: '2026-12-18' } },
  { text: 'wanneer moet de pitch over wonen er zijn', expect: { intent: 'deadline' }, note: 'theme is no deadline slot' },
  { text: 'is de deadline nog steeds donderdag 12 uur?', expect: { intent: 'deadline' }, note: 'yes/no about the deadline' },

  // ── pitch ─────────────────────────────────────────────────────────────────────────────────────────
  { text: 'pitch', expect: { intent: 'pitch' } },
  { text: 'pitch indienen', expect: { intent: 'pitch' } },
  { text: 'ik wil mijn pitch over schulden indienen', expect: { intent: 'pitch', theme: 'schulden' } },
  { text: 'pitch voor wonen', expect: { intent: 'pitch', theme: 'wonen' } },
  {
    text: 'ik wil mijn pitch over jeugdwerkloosheid nog even aanpassen',
    expect: { intent: 'pitch', theme: 'arbeidsmarkt' },
  },
  { text: 'submit my pitch', expect: { intent: 'pitch' } },
  { text: 'write a pitch on housing', expect: { intent: 'pitch', theme: 'wonen' } },
  { text: 'nieuwe pitch gelijke kansen', expect: { intent: 'pitch', theme: 'kansengelijkheid' } },
  {
    text: 'Ik wil graag een pitch schrijven over de gebiedsgerichte aanpak.',
    expect: { intent: 'pitch', theme: 'gebiedsgericht' },
  },
  {
    text: 'mijn concept pitch over multiprobleemgezinnen verder invullen',
    expect: { intent: 'pitch', theme: 'multiprobleem' },
  },
  { text: 'pitch kwetsbare jeugd indienen aub', expect: { intent: 'pitch', theme: 'kwetsbare-jeugd' } },

  // ── status ────────────────────────────────────────────────────────────────────────────────────────
  { text: 'welke pitches ontbreken nog?', expect: { intent: 'status' } },
  { text: 'zijn alle pitches binnen voor vrijdag?', expect: { intent: 'status', date: '2026-12-04' } },
  { text: 'status', expect: { intent: 'status' } },
  { text: 'status pitches SG 11 dec', expect: { intent: 'status', group: 'sg', date: '2026-12-11' } },
  { text: 'is de pitch over wonen al binnen', expect: { intent: 'status' } },
  { text: 'which pitches are missing?', expect: { intent: 'status' } },
  {
    text: 'wie moet er nog een pitch aanleveren voor het SG-overleg van 18 december',
    expect: { intent: 'status', group: 'sg', date: '2026-12-18' },
  },
  { text: 'hoeveel pitches zijn er al binnen', expect: { intent: 'status' } },
  { text: 'ontbreken er nog pitches voor 8 januari?', expect: { intent: 'status', date: '2027-01-08' } },
  { text: 'are all pitches in for friday', expect: { intent: 'status', date: '2026-12-04' } },

  // ── agenda ────────────────────────────────────────────────────────────────────────────────────────
  { text: 'agenda', expect: { intent: 'agenda' } },
  { text: 'wat staat er op de agenda van het SG-overleg?', expect: { intent: 'agenda', group: 'sg' } },
  { text: 'agenda vrijdag', expect: { intent: 'agenda', date: '2026-12-04' } },
  {
    text: 'Wat staat er op de agenda van het SG-overleg van 11 december?',
    expect: { intent: 'agenda', group: 'sg', date: '2026-12-11' },
  },
  { text: "welke thema's staan er op 18 december op de agenda?", expect: { intent: 'agenda', date: '2026-12-18' } },
  { text: "what's on the agenda for the SG meeting", expect: { intent: 'agenda', group: 'sg' } },
  { text: 'agenda SG 8 jan', expect: { intent: 'agenda', group: 'sg', date: '2027-01-08' } },
  {
    text: 'welke onderwerpen komen er op 11 december aan bod',
    expect: { intent: 'agenda', date: '2026-12-11' },
  },
  {
    text: 'welke themas bespreken we vrijdag in het sg-overleg',
    expect: { intent: 'agenda', group: 'sg', date: '2026-12-04' },
  },

  // ── agenda-change ─────────────────────────────────────────────────────────────────────────────────
  {
    text: 'zet wonen op de agenda van 11 december',
    expect: { intent: 'agenda-change', op: 'add', themes: ['wonen'], date: '2026-12-11' },
  },
  { text: 'haal wonen van de agenda', expect: { intent: 'agenda-change', op: 'remove', themes: ['wonen'] } },
  {
    text: 'zet schulden en wonen op de agenda van het SG-overleg van 8 januari',
    expect: { intent: 'agenda-change', op: 'add', themes: ['schulden', 'wonen'], group: 'sg', date: '2027-01-08' },
  },
  {
    text: 'voeg kwetsbare jeugd toe aan de agenda van 18 december',
    expect: { intent: 'agenda-change', op: 'add', themes: ['kwetsbare-jeugd'], date: '2026-12-18' },
  },
  {
    text: 'jongerenparticipatie graag van de agenda van 8 januari halen',
    expect: { intent: 'agenda-change', op: 'remove', themes: ['jongerenparticipatie'], date: '2027-01-08' },
  },
  {
    text: 'put housing on the agenda of 11 December',
    expect: { intent: 'agenda-change', op: 'add', themes: ['wonen'], date: '2026-12-11' },
  },
  {
    text: 'remove debts from the agenda of the SG meeting on 4 December',
    expect: { intent: 'agenda-change', op: 'remove', themes: ['schulden'], group: 'sg', date: '2026-12-04' },
  },
  {
    text: 'agendeer de gebiedsgerichte aanpak voor het SG-overleg van 15 januari',
    expect: { intent: 'agenda-change', op: 'add', themes: ['gebiedsgericht'], group: 'sg', date: '2027-01-15' },
  },
  {
    text: 'schrap multiprobleemhuishoudens van de agenda van vrijdag 18 december',
    expect: { intent: 'agenda-change', op: 'remove', themes: ['multiprobleem'], date: '2026-12-18' },
  },

  // ── bundle ────────────────────────────────────────────────────────────────────────────────────────
  { text: 'bundel', expect: { intent: 'bundle' } },
  { text: 'stuur me de pitchbundel', expect: { intent: 'bundle' } },
  {
    text: 'bundel van het SG-overleg van 11 december',
    expect: { intent: 'bundle', group: 'sg', date: '2026-12-11' },
  },
  { text: 'mag ik de bundel voor vrijdag?', expect: { intent: 'bundle', date: '2026-12-04' } },
  { text: 'send me the pitch bundle', expect: { intent: 'bundle' } },
  { text: 'pitchbundel SG', expect: { intent: 'bundle', group: 'sg' } },

  // ── reminders ─────────────────────────────────────────────────────────────────────────────────────
  { text: 'stop mijn herinneringen', expect: { intent: 'mute-reminders', muted: true } },
  { text: 'ik wil geen herinneringen meer ontvangen', expect: { intent: 'mute-reminders', muted: true } },
  { text: 'herinneringen uit aub', expect: { intent: 'mute-reminders', muted: true } },
  { text: 'stop reminders', expect: { intent: 'mute-reminders', muted: true } },
  { text: "I don't want any more reminders", expect: { intent: 'mute-reminders', muted: true } },
  { text: 'herinneringen weer aan', expect: { intent: 'mute-reminders', muted: false } },
  { text: 'zet mijn herinneringen weer aan', expect: { intent: 'mute-reminders', muted: false } },
  { text: 'start my reminders again', expect: { intent: 'mute-reminders', muted: false } },
  {
    text: 'herinneringen uit voor wonen',
    expect: { intent: 'theme-reminders', on: false, themes: ['wonen'] },
  },
  {
    text: 'zet de herinneringen voor schulden en arbeidsmarkt weer aan',
    expect: { intent: 'theme-reminders', on: true, themes: ['schulden', 'arbeidsmarkt'] },
  },
  { text: 'reminders off for housing', expect: { intent: 'theme-reminders', on: false, themes: ['wonen'] } },
  { text: 'geen weekoverzicht meer', expect: { intent: 'digest', on: false } },
  { text: 'zet het weekoverzicht weer aan', expect: { intent: 'digest', on: true } },
  { text: 'stop the weekly digest', expect: { intent: 'digest', on: false } },
  { text: 'wat stuur je volgende week?', expect: { intent: 'plan-preview', from: '2026-12-07', to: '2026-12-13' } },
  {
    text: 'what will you send next week?',
    expect: { intent: 'plan-preview', from: '2026-12-07', to: '2026-12-13' },
  },
  {
    text: 'welke berichten ga je in januari versturen',
    expect: { intent: 'plan-preview', from: '2027-01-01', to: '2027-01-31' },
  },

  // ── language ──────────────────────────────────────────────────────────────────────────────────────
  { text: 'spreek Engels', expect: { intent: 'set-language', language: 'en' } },
  { text: 'in Dutch please', expect: { intent: 'set-language', language: 'nl' } },
  { text: 'speak English', expect: { intent: 'set-language', language: 'en' } },
  {
    text: 'kun je voortaan in het Nederlands antwoorden?',
    expect: { intent: 'set-language', language: 'nl' },
  },
  { text: 'engels graag', expect: { intent: 'set-language', language: 'en' } },
  { text: 'switch to English please', expect: { intent: 'set-language', language: 'en' } },

  // ── bind ──────────────────────────────────────────────────────────────────────────────────────────
  { text: 'koppel dit kanaal aan het SG-overleg', expect: { intent: 'bind', group: 'sg' } },
  { text: 'link this channel to the working group', expect: { intent: 'bind', group: 'werkgroep' } },
  {
    text: 'koppel deze chat aan het overleg gemeenten en wetenschap',
    expect: { intent: 'bind', group: 'gemeenten-wetenschap' },
  },
  { text: 'koppel dit kanaal aan de werkgroep', expect: { intent: 'bind', group: 'werkgroep' } },
  { text: 'dit kanaal hoort bij het doorbraakoverleg, koppel het maar', expect: { intent: 'bind', group: 'doorbraak' } },

  // ── cancel / move ─────────────────────────────────────────────────────────────────────────────────
  { text: 'annuleer het SG-overleg van 18 december', expect: { intent: 'cancel', group: 'sg', date: '2026-12-18' } },
  {
    text: 'de werkgroep van 16 december gaat niet door, annuleer hem maar',
    expect: { intent: 'cancel', group: 'werkgroep', date: '2026-12-16' },
  },
  { text: 'cancel the SG meeting of 11 December', expect: { intent: 'cancel', group: 'sg', date: '2026-12-11' } },
  {
    text: 'zeg het overleg met de gemeenten van 10 december af',
    expect: { intent: 'cancel', group: 'gemeenten-wetenschap', date: '2026-12-10' },
    note: 'cancelling the meeting, not sending apologies',
  },
  {
    text: 'annuleer het doorbraakoverleg van 17 december',
    expect: { intent: 'cancel', group: 'doorbraak', date: '2026-12-17' },
  },
  {
    text: 'schrap de werkgroep van woensdag 9 december',
    expect: { intent: 'cancel', group: 'werkgroep', date: '2026-12-09' },
  },
  {
    text: 'verplaats het SG-overleg van 18 december naar donderdag 17 december 15:00',
    expect: { intent: 'move', group: 'sg', date: '2026-12-18', toDate: '2026-12-17', toStart: '15:00' },
  },
  {
    text: 'move the SG meeting of 18 December to Thursday 17 December 15:00',
    expect: { intent: 'move', group: 'sg', date: '2026-12-18', toDate: '2026-12-17', toStart: '15:00' },
  },
  {
    text: 'verplaats de werkgroep van 9 december naar 11:00',
    expect: { intent: 'move', group: 'werkgroep', date: '2026-12-09', toStart: '11:00' },
  },
  {
    text: 'verschuif het SG-overleg van 11 december naar 14:00-15:00',
    expect: { intent: 'move', group: 'sg', date: '2026-12-11', toStart: '14:00', toEnd: '15:00' },
  },
  {
    text: 'verplaats het overleg met het Rijk van 25 januari naar dinsdag 26 januari',
    expect: { intent: 'move', group: 'rijk', date: '2027-01-25', toDate: '2027-01-26' },
  },
  {
    text: 'zet het doorbraakoverleg van 17 december om naar 14:00',
    expect: { intent: 'move', group: 'doorbraak', date: '2026-12-17', toStart: '14:00' },
  },

  // ── attend ────────────────────────────────────────────────────────────────────────────────────────
  { text: 'ik kan vrijdag niet', expect: { intent: 'attend', answer: 'apologies', date: '2026-12-04' } },
  {
    text: 'afmelden voor het SG-overleg van 11 december',
    expect: { intent: 'attend', answer: 'apologies', group: 'sg', date: '2026-12-11' },
  },
  { text: 'ik ben erbij', expect: { intent: 'attend', answer: 'present' } },
  { text: 'mijn plaatsvervanger Daan komt', expect: { intent: 'attend', answer: 'apologies', deputy: 'Daan' } },
  { text: "I can't make Friday's meeting", expect: { intent: 'attend', answer: 'apologies', date: '2026-12-04' } },
  { text: "I'll be there", expect: { intent: 'attend', answer: 'present' } },
  {
    text: 'send apologies for the SG meeting of 11 December',
    expect: { intent: 'attend', answer: 'apologies', group: 'sg', date: '2026-12-11' },
  },
  {
    text: 'ik kom morgen naar de werkgroep',
    expect: { intent: 'attend', answer: 'present', group: 'werkgroep', date: '2026-12-02' },
  },
  { text: 'ik ben er vrijdag bij', expect: { intent: 'attend', answer: 'present', date: '2026-12-04' } },
  {
    text: 'ik moet me helaas afmelden voor morgen want ik ben ziek',
    expect: { intent: 'attend', answer: 'apologies', date: '2026-12-02', reason: 'ik ben ziek' },
  },
  {
    text: 'afmelding SG 11-12 ivm MT-overleg',
    expect: { intent: 'attend', answer: 'apologies', group: 'sg', date: '2026-12-11', reason: 'MT-overleg' },
  },
  {
    text: 'ik ben er vrijdag niet bij wegens vakantie',
    expect: { intent: 'attend', answer: 'apologies', date: '2026-12-04', reason: 'vakantie' },
  },
  {
    text: 'ik kan niet bij het SG-overleg van 18 december, Daan Visser neemt waar',
    expect: { intent: 'attend', answer: 'apologies', group: 'sg', date: '2026-12-18', deputy: 'Daan Visser' },
  },
  {
    text: 'Bram gaat vrijdag in mijn plaats naar het SG',
    expect: { intent: 'attend', answer: 'apologies', group: 'sg', date: '2026-12-04', deputy: 'Bram' },
  },
  {
    text: 'ik meld me af voor de werkgroep van 9 december',
    expect: { intent: 'attend', answer: 'apologies', group: 'werkgroep', date: '2026-12-09' },
  },
  {
    text: 'ik zeg af voor vrijdag',
    expect: { intent: 'attend', answer: 'apologies', date: '2026-12-04' },
    note: 'afzeggen for oneself = apologies, not cancel',
  },
  { text: 'helaas verhinderd vrijdag', expect: { intent: 'attend', answer: 'apologies', date: '2026-12-04' } },
  { text: 'ik ben as vrijdag afwezig', expect: { intent: 'attend', answer: 'apologies', date: '2026-12-04' }, note: 'as = aanstaande' },
  {
    text: 'ik ben aanwezig bij het doorbraakoverleg van 17 december',
    expect: { intent: 'attend', answer: 'present', group: 'doorbraak', date: '2026-12-17' },
  },
  { text: 'count me in for friday', expect: { intent: 'attend', answer: 'present', date: '2026-12-04' } },
  {
    text: "I won't be able to attend the working group tomorrow",
    expect: { intent: 'attend', answer: 'apologies', group: 'werkgroep', date: '2026-12-02' },
  },
  {
    text: 'my deputy Bram will attend the breakthrough meeting on 17 December',
    expect: { intent: 'attend', answer: 'apologies', group: 'doorbraak', date: '2026-12-17', deputy: 'Bram' },
  },
  { text: 'ik kan vrijdag toch wel komen', expect: { intent: 'attend', answer: 'present', date: '2026-12-04' } },
  {
    text: 'ik kan er op 11 december niet bij zijn vanwege een werkbezoek',
    expect: { intent: 'attend', answer: 'apologies', date: '2026-12-11', reason: 'een werkbezoek' },
  },
  { text: 'afmelden sg vrijdag', expect: { intent: 'attend', answer: 'apologies', group: 'sg', date: '2026-12-04' } },
  { text: 'ben er morgen gewoon bij hoor', expect: { intent: 'attend', answer: 'present', date: '2026-12-02' } },

  // ── attendance overview ───────────────────────────────────────────────────────────────────────────
  { text: 'wie komen er vrijdag?', expect: { intent: 'attendance', date: '2026-12-04' } },
  { text: 'wie heeft zich afgemeld?', expect: { intent: 'attendance' } },
  { text: 'aanwezigheid SG-overleg 11 december', expect: { intent: 'attendance', group: 'sg', date: '2026-12-11' } },
  { text: 'who is coming on Friday?', expect: { intent: 'attendance', date: '2026-12-04' } },
  {
    text: 'wie zijn er morgen bij de werkgroep',
    expect: { intent: 'attendance', group: 'werkgroep', date: '2026-12-02' },
  },
  {
    text: 'hoeveel mensen komen er naar het doorbraakoverleg van 17 december',
    expect: { intent: 'attendance', group: 'doorbraak', date: '2026-12-17' },
  },
  {
    text: 'wie heeft nog niet gereageerd voor het SG van vrijdag',
    expect: { intent: 'attendance', group: 'sg', date: '2026-12-04' },
    note: 'not answered = the attendance answer, not pitches',
  },
  {
    text: 'who sent apologies for the SG meeting',
    expect: { intent: 'attendance', group: 'sg' },
    note: 'a question about others: must not register apologies',
  },

  // ── action items ──────────────────────────────────────────────────────────────────────────────────
  {
    text: 'actiepunt: BZK levert input aan voor dinsdag 15 december',
    expect: { intent: 'action-item', due: '2026-12-15' },
  },
  {
    text: 'actiepunt: Sanne stuurt de notitie rond over twee weken',
    expect: { intent: 'action-item', due: '2026-12-15' },
  },
  {
    text: 'actiepunt SG-overleg 27 november: VWS maakt een voorstel voor het volgende SG-overleg',
    expect: { intent: 'action-item', group: 'sg', meeting: '2026-11-27', due: '2026-12-04' },
  },
  {
    text: 'action item: BZK delivers input by Tuesday 8 December',
    expect: { intent: 'action-item', due: '2026-12-08' },
  },
  {
    text: 'actiepunt: Eva Bakker zoekt uit wat gemeenten nodig hebben, voor 18 december',
    expect: { intent: 'action-item', due: '2026-12-18' },
    note: '"gemeenten" here is municipalities, not the group',
  },
  {
    text: 'actiepunt werkgroep 25 november: OCW levert cijfers aan voor 9 december',
    expect: { intent: 'action-item', group: 'werkgroep', meeting: '2026-11-25', due: '2026-12-09' },
  },
  {
    text: 'actiepunt: Noor plant een gesprek met de VNG voor het volgende SG-overleg',
    expect: { intent: 'action-item', group: 'sg', due: '2026-12-04' },
  },
  {
    text: 'Actiepunt: SZW deelt de evaluatie, uiterlijk 15 januari',
    expect: { intent: 'action-item', due: '2027-01-15' },
  },
  { text: 'actiepunt 2 is klaar', expect: { intent: 'action-done', number: 2 } },
  { text: 'action item 4 is done', expect: { intent: 'action-done', number: 4 } },
  { text: 'actie 3 afgerond', expect: { intent: 'action-done', number: 3 } },
  { text: 'actiepunt 5 gedaan', expect: { intent: 'action-done', number: 5 } },
  {
    text: 'actiepunt 7 van de werkgroep is klaar',
    expect: { intent: 'action-done', number: 7, group: 'werkgroep' },
  },
  {
    text: 'actiepunt 2 nieuwe datum 15 januari',
    expect: { intent: 'action-new-date', number: 2, due: '2027-01-15' },
  },
  {
    text: 'kan actiepunt 3 naar 22 december?',
    expect: { intent: 'action-new-date', number: 3, due: '2026-12-22' },
  },
  {
    text: 'action item 2 new date 15 January',
    expect: { intent: 'action-new-date', number: 2, due: '2027-01-15' },
  },
  {
    text: 'ik heb meer tijd nodig voor actiepunt 6, graag uitstel tot 8 januari',
    expect: { intent: 'action-new-date', number: 6, due: '2027-01-08' },
  },
  { text: 'nieuwe datum actiepunt 3 akkoord', expect: { intent: 'action-confirm-date', number: 3 } },
  {
    text: 'ik bevestig de nieuwe datum voor actiepunt 2',
    expect: { intent: 'action-confirm-date', number: 2 },
  },
  { text: 'mijn actiepunten', expect: { intent: 'my-actions' } },
  { text: 'my action items', expect: { intent: 'my-actions' } },
  { text: 'welke actiepunten heb ik nog?', expect: { intent: 'my-actions' } },
  { text: 'heb ik nog openstaande acties', expect: { intent: 'my-actions' } },
  { text: 'openstaande actiepunten van het SG-overleg', expect: { intent: 'open-actions', group: 'sg' } },
  { text: 'welke actiepunten staan open?', expect: { intent: 'open-actions' } },
  { text: 'open action items of the working group', expect: { intent: 'open-actions', group: 'werkgroep' } },
  {
    text: 'actiepunten van het SG-overleg van 27 november',
    expect: { intent: 'open-actions', group: 'sg', date: '2026-11-27' },
  },

  // ── help ──────────────────────────────────────────────────────────────────────────────────────────
  { text: 'help', expect: { intent: 'help' } },
  { text: 'wat kun je?', expect: { intent: 'help' } },
  { text: 'hulp', expect: { intent: 'help' } },
  { text: 'wat kan ik allemaal aan je vragen', expect: { intent: 'help' } },
  { text: 'hoe werken herinneringen?', expect: { intent: 'help', topic: 'reminders' } },
  { text: 'hoe dien ik een pitch in?', expect: { intent: 'help', topic: 'pitches' } },
  { text: 'hoe koppel ik een kanaal?', expect: { intent: 'help', topic: 'bind' } },
  { text: 'hoe verplaats ik een overleg', expect: { intent: 'help', topic: 'change-meeting' } },
  { text: 'hoe meld ik me af voor een vergadering', expect: { intent: 'help', topic: 'attendance' }, note: 'a how-to question: must not register apologies' },
  { text: 'hoe kan ik zien wie er komen', expect: { intent: 'help', topic: 'attendance-overview' } },
  { text: 'wat is de pitchbundel eigenlijk?', expect: { intent: 'help', topic: 'bundle' }, note: 'what the feature is, not a request for the bundle' },
  { text: 'hoe stel ik de taal in', expect: { intent: 'help', topic: 'language' } },
  { text: 'how do I submit a pitch?', expect: { intent: 'help', topic: 'pitches' } },
  { text: 'hoe zie ik welke pitches er binnen zijn', expect: { intent: 'help', topic: 'status' } },
  { text: 'hoe werken de deadlines', expect: { intent: 'help', topic: 'deadlines' } },
  { text: 'hoe werkt de agenda?', expect: { intent: 'help', topic: 'agenda' } },

  // ── thanks / greetings ────────────────────────────────────────────────────────────────────────────
  { text: 'dank je', expect: { intent: 'thanks' } },
  { text: 'bedankt!', expect: { intent: 'thanks' } },
  { text: 'top, dankjewel', expect: { intent: 'thanks' } },
  { text: 'thanks!', expect: { intent: 'thanks' } },
  { text: 'goedemorgen', expect: { intent: 'thanks' } },
  { text: 'hoi', expect: { intent: 'thanks' } },
  { text: 'thx', expect: { intent: 'thanks' } },
  { text: 'fijn, dank je wel voor de info', expect: { intent: 'thanks' } },

  // ── clarifications ────────────────────────────────────────────────────────────────────────────────
  { text: 'wat is er op 31 november', expect: { intent: 'bad-date', of: 'on-date' }, note: 'no 31 November' },
  { text: 'annuleer het SG-overleg van 31 november', expect: { intent: 'bad-date', of: 'cancel' } },
  {
    text: 'afmelden voor woensdag 10 december',
    expect: { intent: 'bad-date', of: 'attend' },
    note: '10 December is a Thursday',
  },
  {
    text: 'wat is de deadline voor vrijdag 12 december',
    expect: { intent: 'bad-date', of: 'deadline' },
    note: '12 December is a Saturday',
  },
  {
    text: 'hoe laat begint het wekelijkse overleg?',
    expect: { intent: 'ask-group', options: ['sg', 'werkgroep'] },
    note: 'both SG and werkgroep are weekly',
  },
  {
    text: 'wanneer is het volgende ambtelijke overleg',
    expect: { intent: 'ask-group', options: ['sg', 'werkgroep'] },
    note: 'ambtelijke werkgroep or ambtelijk doorbraakteam',
  },
  {
    text: 'wanneer is het donderdagoverleg',
    expect: { intent: 'ask-group', options: ['gemeenten-wetenschap', 'doorbraak'] },
    note: 'both meet on Thursdays',
  },
  { text: 'afmelden voor volgende vrijdag', expect: { intent: 'ask-date' }, note: '4 or 11 December' },
  { text: 'wat staat er volgende vrijdag op de agenda', expect: { intent: 'ask-date' } },
  { text: 'what time is the SG meeting next Friday?', expect: { intent: 'ask-date' } },
  { text: 'wat is er volgende woensdag', expect: { intent: 'ask-date' }, note: 'tomorrow or 9 December' },
  { text: 'en de keer daarna?', expect: { intent: 'unknown' }, note: 'follow-up without anything before it' },
];

export const THIRD_WRITER_NEGATIVES: string[] = [
  'het SG-overleg van vorige week was nuttig',
  'ik heb geen zin in vergaderen',
  'wat een weer vandaag',
  'de koffie bij BZK is echt niet te drinken',
  'ik zat vorige week bij de werkgroep en het duurde eindeloos',
  'het overleg met de gemeenten liep gisteren flink uit',
  'mijn collega heeft de pitch over wonen geschreven',
  'ik heb mijn pitch gisteren al naar Sanne gemaild',
  'vrijdag is mijn laatste werkdag voor de kerst',
  'de agenda van de minister zit helemaal vol',
  'kun je me helpen met mijn belastingaangifte?',
  'wie wordt de nieuwe SG van VWS?',
  'onze SG is vandaag jarig',
  'Halsema was gisteren op het nieuws',
  'het kabinet heeft de begroting gepresenteerd',
  'wetenschappers zijn het er nog niet over eens',
  'lunch om 12 uur?',
  'wat is de hoofdstad van Frankrijk',
  'schrijf een gedicht over de kerst',
  'haha',
  'ik ben er even niet, om 14:00 ben ik terug',
  'ik ben erbij geweest vorige keer, was prima',
  'mijn zoon heeft morgen een toets',
  'annuleer mijn abonnement op de krant',
  'de werkgroep is in 2020 opgericht',
  'het SG-overleg wordt voorgezeten door de SG van VWS',
  'ik vond de pitch over schulden erg sterk',
  'wat vind jij van het rapport Halsema?',
  'het Rijk moet meer geld uittrekken voor wonen',
  'hebben jullie ook last van de storing in Teams?',
  'mijn laptop doet het weer niet',
  'zet de koffie maar vast aan',
  'haal jij de broodjes?',
  'ik heb actiepunt 3 met mijn team besproken',
  'er kwamen veel actiepunten uit het overleg',
  'koppel de printer aan mijn laptop',
  'Engels is niet mijn sterkste vak',
  'mijn collega spreekt geen Engels',
  'the weather in The Hague is awful',
  'I have way too many meetings this week',
  'can you recommend a good book?',
  'vergaderen is soms echt zonde van de tijd',
  'volgende week ben ik op vakantie',
  'thuiswerken op vrijdag is heerlijk',
  'dit is een test',
  'asdfgh',
  'de burgemeester van Breda is op vakantie',
  'de minister van BZK heeft net gebeld',
  'ik heb geen herinneringen aan de kerst van 2020',
  'de deadline voor de begroting is gehaald',
  'wonen is een groot probleem in Nederland',
  'schulden zijn een groeiend probleem bij gezinnen',
  'mijn plaatsvervanger is ziek',
  'Daan komt vrijdag ook naar de borrel',
  "I'll be there in five minutes",
  'the SG meeting last week was really long',
  'we discussed housing at length last Friday',
  'wat is het wachtwoord van de wifi',
  'hoeveel vakantiedagen heb ik nog',
  'ik was vergeten dat het woensdag was',
  'het doorbraakoverleg heeft veel opgeleverd',
  'de gemeenten zijn boos op het Rijk',
  'de bundel met gedichten van mijn oma is uit',
  'ik moet nog kerstinkopen doen',
  'wist je dat het SG-overleg vroeger op donderdag was?',
  'ik heb de notulen van de werkgroep nog niet gelezen',
  'gisteren was een lange dag',
  'kun je een mop vertellen',
  'the working group did a great job last month',
  'jongeren verdienen gelijke kansen',
];

export const THIRD_WRITER_DIALOGUES: Dialogue[] = [
  {
    note: 'next, the one after, and its time',
    turns: [
      { text: 'wanneer is het volgende SG-overleg?', expect: { intent: 'next', group: 'sg' } },
      { text: 'en de keer daarna?', expect: { intent: 'next', group: 'sg', after: '2026-12-04' } },
      { text: 'hoe laat begint die?', expect: { intent: 'time', group: 'sg', date: '2026-12-11' } },
    ],
  },
  {
    note: 'thanks keeps the context',
    turns: [
      { text: 'wanneer is de werkgroep', expect: { intent: 'next', group: 'werkgroep' } },
      { text: 'en hoe laat?', expect: { intent: 'time', group: 'werkgroep', date: '2026-12-02' } },
      { text: 'dank je', expect: { intent: 'thanks' } },
      { text: 'en die daarna?', expect: { intent: 'next', group: 'werkgroep', after: '2026-12-02' } },
    ],
  },
  {
    note: 'holidays, then the next one after the skipped date',
    turns: [
      { text: 'gaat het SG-overleg van 25 december door?', expect: { intent: 'on-date', date: '2026-12-25', group: 'sg' } },
      { text: 'en die van 1 januari?', expect: { intent: 'on-date', date: '2027-01-01', group: 'sg' } },
      { text: 'wanneer is dan de volgende?', expect: { intent: 'next', group: 'sg', after: '2027-01-01' } },
    ],
  },
  {
    note: 'deadline, another date, then apologies for that meeting',
    turns: [
      {
        text: 'wat is de deadline voor het SG-overleg van 11 december?',
        expect: { intent: 'deadline', group: 'sg', date: '2026-12-11' },
      },
      { text: 'en voor die van 18 december?', expect: { intent: 'deadline', group: 'sg', date: '2026-12-18' } },
      {
        text: 'daar kan ik trouwens niet bij zijn',
        expect: { intent: 'attend', answer: 'apologies', group: 'sg', date: '2026-12-18' },
      },
    ],
  },
  {
    note: 'English follow-ups',
    turns: [
      {
        text: 'when is the next meeting with the municipalities?',
        expect: { intent: 'next', group: 'gemeenten-wetenschap' },
      },
      {
        text: 'what time does it start?',
        expect: { intent: 'time', group: 'gemeenten-wetenschap', date: '2026-12-10' },
      },
      {
        text: "I can't make it",
        expect: { intent: 'attend', answer: 'apologies', group: 'gemeenten-wetenschap', date: '2026-12-10' },
      },
    ],
  },
  {
    note: 'context expires after 30 minutes',
    turns: [
      { text: 'wanneer is het doorbraakoverleg?', expect: { intent: 'next', group: 'doorbraak' } },
      { text: 'hoe laat begint die?', expect: { intent: 'unknown' }, minutesLater: 45 },
    ],
  },
  {
    note: 'a day, then its time: the day is remembered, no group was named (only the werkgroep meets that day)',
    turns: [
      { text: 'wat is er morgen?', expect: { intent: 'on-date', date: '2026-12-02' } },
      { text: 'hoe laat begint het?', expect: { intent: 'time', date: '2026-12-02' } },
    ],
  },
  {
    note: 'time, then who comes, then the agenda of that meeting',
    turns: [
      { text: 'hoe laat is het SG-overleg vrijdag?', expect: { intent: 'time', group: 'sg', date: '2026-12-04' } },
      { text: 'wie komen er?', expect: { intent: 'attendance', group: 'sg', date: '2026-12-04' } },
      { text: 'en wat staat er op de agenda?', expect: { intent: 'agenda', group: 'sg', date: '2026-12-04' } },
    ],
  },
  {
    note: 'periods one after another',
    turns: [
      {
        text: 'welke overleggen zijn er volgende week?',
        expect: { intent: 'period', from: '2026-12-07', to: '2026-12-13' },
      },
      { text: 'en in januari?', expect: { intent: 'period', from: '2027-01-01', to: '2027-01-31' } },
    ],
  },
  {
    note: 'help, help topic, then doing it',
    turns: [
      { text: 'help', expect: { intent: 'help' } },
      { text: 'hoe werkt afmelden?', expect: { intent: 'help', topic: 'attendance' } },
      { text: 'oke, ik kan morgen niet', expect: { intent: 'attend', answer: 'apologies', date: '2026-12-02' } },
    ],
  },
  {
    note: 'status, then submitting the missing pitch',
    turns: [
      { text: 'welke pitches ontbreken nog voor vrijdag?', expect: { intent: 'status', date: '2026-12-04' } },
      { text: 'ok dan dien ik die over wonen nu in', expect: { intent: 'pitch', theme: 'wonen' } },
    ],
  },
  {
    note: 'rijk: the next, the one after and its time',
    turns: [
      { text: 'wanneer is het volgende overleg met het Rijk?', expect: { intent: 'next', group: 'rijk' } },
      { text: 'en de keer daarna', expect: { intent: 'next', group: 'rijk', after: '2027-01-25' } },
      { text: 'hoe laat?', expect: { intent: 'time', group: 'rijk', date: '2027-03-22' } },
    ],
  },
];
