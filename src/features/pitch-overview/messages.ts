import { HelpText } from '../shared/helpText';

export interface PitchOverviewMessages {
  statusHelp: HelpText;
  agendaHelp: HelpText;
  bundleHelp: HelpText;
}

export const nl: PitchOverviewMessages = {
  statusHelp: {
    title: 'Welke pitches er binnen zijn',
    summary: 'Per thema op de agenda: ingediend, concept of nog niet binnen, en wie er nog moet aanleveren.',
    examples: ['welke pitches ontbreken nog?', 'zijn alle pitches voor vrijdag binnen?'],
  },
  agendaHelp: {
    title: 'De agenda',
    summary: "De vaste punten en de thema's van een overleg, met de stand van hun pitches. Coördinatoren zetten thema's op of van de agenda.",
    examples: ['wat staat er op de agenda van het SG-overleg?', 'zet wonen op de agenda van 11 december', 'haal wonen van de agenda'],
  },
  bundleHelp: {
    title: 'De pitchbundel',
    summary:
      'Voor coördinatoren: alle pitches van een overleg bij elkaar, met wat de trekkers vragen en wat er nog ontbreekt, en een afdrukbare versie. Op de deadline post ik de bundel ook in het gekoppelde kanaal.',
    examples: ['stuur me de pitchbundel', 'bundel van het SG-overleg van 11 december'],
  },
};

export const en: PitchOverviewMessages = {
  statusHelp: {
    title: 'Which pitches are in',
    summary: 'For each theme on the agenda: submitted, draft or still missing, and who still has to deliver.',
    examples: ['which pitches are missing?', 'are all pitches for Friday in?'],
  },
  agendaHelp: {
    title: 'The agenda',
    summary: 'The standing items and the themes of a meeting, with the state of their pitches. Coordinators put themes on or take them off the agenda.',
    examples: ["what's on the agenda of the SG meeting?", 'put housing on the agenda of 11 December', 'remove housing from the agenda'],
  },
  bundleHelp: {
    title: 'The pitch bundle',
    summary:
      'For coordinators: all pitches of a meeting together, with what the leads ask and what is still missing, and a printable version. At the deadline I also post the bundle in the linked channel.',
    examples: ['send me the pitch bundle', 'bundle of the SG meeting of 11 December'],
  },
};
