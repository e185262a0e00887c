import { strict as assert } from 'node:assert';
import { loadSchedule } from '../../src/config/loadSchedule';
import { Command } from '../../src/commands/command';
import { GroupAliases } from '../../src/commands/groupAliases';
import { parse } from '../../src/commands/parse';
import { DEFAULT_SCHEDULE } from '../helpers/schedules';

const aliases = new GroupAliases(loadSchedule(DEFAULT_SCHEDULE).groups);
const ctx = { aliases, today: '2026-12-01' }; // a Tuesday

type Row = [text: string, command: Command, language?: 'nl' | 'en'];

const rows: Row[] = [
  // next meeting, Dutch
  ['wanneer is het volgende SG-overleg?', { kind: 'next', group: { id: 'sg' } }, 'nl'],
  ['Wanneer is het volgende SG overleg', { kind: 'next', group: { id: 'sg' } }, 'nl'],
  ['wanneer is het eerstvolgende SG-beraad', { kind: 'next', group: { id: 'sg' } }, 'nl'],
  ['volgende overleg', { kind: 'next' }, 'nl'],
  ['Volgende overleg?', { kind: 'next' }, 'nl'],
  ['het volgende overleg met gemeenten', { kind: 'next', group: { id: 'gemeenten-wetenschap' } }, 'nl'],
  ['wanneer zien we het kabinet weer?', { kind: 'next', group: { id: 'rijk' } }, 'nl'],
  ['wanneer is het doorbraakoverleg', { kind: 'next', group: { id: 'doorbraak' } }, 'nl'],
  ['planning', { kind: 'next' }],
  ['overleggen', { kind: 'next' }, 'nl'],
  ['SG', { kind: 'next', group: { id: 'sg' } }],
  ['kabinet?', { kind: 'next', group: { id: 'rijk' } }],
  ['<at>overlegbot</at> wanneer is het volgende SG-overleg?', { kind: 'next', group: { id: 'sg' } }, 'nl'],
  ['Hoi, volgende overleg graag', { kind: 'next' }, 'nl'],
  ['wanneer is het volgende regiegroep-overleg', { kind: 'next', group: { unknown: 'regiegroep-overleg' } }, 'nl'],
  // periods
  ['overleggen deze maand', { kind: 'period', period: 'this-month' }, 'nl'],
  ['welke overleggen zijn er volgende week?', { kind: 'period', period: 'next-week' }, 'nl'],
  ['wat staat er deze week gepland', { kind: 'period', period: 'this-week' }, 'nl'],
  ['meetings this week', { kind: 'period', period: 'this-week' }, 'en'],
  ['meetings next month with the cabinet', { kind: 'period', period: 'next-month', group: { id: 'rijk' } }, 'en'],
  // deadlines
  ['wat is de deadline voor pitches?', { kind: 'deadline' }, 'nl'],
  ['wat is de deadline voor pitches van het SG-overleg', { kind: 'deadline', group: { id: 'sg' } }, 'nl'],
  ['wanneer moeten de pitches binnen zijn', { kind: 'deadline' }, 'nl'],
  ['deadline', { kind: 'deadline' }],
  ['deadline SG', { kind: 'deadline', group: { id: 'sg' } }],
  ['what is the pitch deadline?', { kind: 'deadline' }, 'en'],
  ['when are pitches due for the SG meeting', { kind: 'deadline', group: { id: 'sg' } }, 'en'],
  // next meeting, English
  ['when is the next SG meeting?', { kind: 'next', group: { id: 'sg' } }, 'en'],
  ['next meeting with the municipalities', { kind: 'next', group: { id: 'gemeenten-wetenschap' } }, 'en'],
  ['next meeting', { kind: 'next' }, 'en'],
  ['when do we meet the cabinet again?', { kind: 'next', group: { id: 'rijk' } }, 'en'],
  ['schedule', { kind: 'next' }, 'en'],
  // help, and what is not help
  ['help', { kind: 'help' }],
  ['Hulp', { kind: 'help' }, 'nl'],
  ['wat kun je allemaal?', { kind: 'help' }, 'nl'],
  ['what can you do?', { kind: 'help' }, 'en'],
  ['helpdesk', { kind: 'unknown' }],
  ['ik heb hulp nodig met de helpdesk', { kind: 'unknown' }, 'nl'],
  ['the weather is nice', { kind: 'unknown' }, 'en'],
  ['', { kind: 'unknown' }],
  ['SG-overleggen zijn leuk', { kind: 'unknown' }, 'nl'],
  // language
  ['spreek Engels', { kind: 'set-language', language: 'en' }, 'nl'],
  ['in English please', { kind: 'set-language', language: 'en' }, 'en'],
  ['in Dutch please', { kind: 'set-language', language: 'nl' }, 'en'],
  ['Nederlands graag', { kind: 'set-language', language: 'nl' }, 'nl'],
  // binding
  ['koppel dit kanaal aan het SG-overleg', { kind: 'bind', group: { id: 'sg' } }, 'nl'],
  ['koppel dit kanaal aan wetenschap', { kind: 'bind', group: { id: 'gemeenten-wetenschap' } }, 'nl'],
  ['link this channel to the cabinet', { kind: 'bind', group: { id: 'rijk' } }, 'en'],
  ['koppel dit kanaal aan de koffieclub', { kind: 'bind', group: { unknown: 'koffieclub' } }, 'nl'],
  // cancel and move
  ['annuleer het SG-overleg van 18 december', { kind: 'cancel', group: { id: 'sg' }, date: '2026-12-18' }, 'nl'],
  ['annuleer het SG-overleg van vrijdag 18 december', { kind: 'cancel', group: { id: 'sg' }, date: '2026-12-18' }, 'nl'],
  ['annuleer het SG-overleg van volgende week vrijdag', { kind: 'cancel', group: { id: 'sg' }, date: '2026-12-11' }, 'nl'],
  ['cancel the SG meeting of 18 December', { kind: 'cancel', group: { id: 'sg' }, date: '2026-12-18' }, 'en'],
  ['cancel the SG meeting on December 18th', { kind: 'cancel', group: { id: 'sg' }, date: '2026-12-18' }, 'en'],
  [
    'verplaats het SG-overleg van 18 december naar donderdag 17 december 15:00',
    { kind: 'move', group: { id: 'sg' }, date: '2026-12-18', to: { date: '2026-12-17', time: { start: '15:00' } } },
    'nl',
  ],
  [
    'verplaats het SG-overleg van 18-12 naar 17-12 om 15.00-16.30',
    { kind: 'move', group: { id: 'sg' }, date: '2026-12-18', to: { date: '2026-12-17', time: { start: '15:00', end: '16:30' } } },
    'nl',
  ],
  ['verplaats het SG-overleg van 18 december naar 15:00', { kind: 'move', group: { id: 'sg' }, date: '2026-12-18', to: { time: { start: '15:00' } } }, 'nl'],
  [
    'move the SG meeting of 18 December to Thursday 17 December at 3pm',
    { kind: 'move', group: { id: 'sg' }, date: '2026-12-18', to: { date: '2026-12-17', time: { start: '15:00' } } },
    'en',
  ],
  ['annuleer het SG-overleg van morgen', { kind: 'cancel', group: { id: 'sg' }, date: '2026-12-02' }, 'nl'],
  // dates that get a question back
  ['cancel the SG meeting of next Friday', { kind: 'bad-date', intent: 'cancel', problem: { ok: false, problem: 'ambiguous', options: ['2026-12-04', '2026-12-11'] } as never }, 'en'],
  ['annuleer het SG-overleg van 31 november', { kind: 'bad-date', intent: 'cancel', problem: { ok: false, problem: 'no-such-date', text: '31 november' } as never }, 'nl'],
  [
    'annuleer het SG-overleg van donderdag 18 december',
    { kind: 'bad-date', intent: 'cancel', problem: { ok: false, problem: 'weekday-mismatch', date: '2026-12-18', weekday: 4 } as never },
    'nl',
  ],
  ['annuleer het SG-overleg van binnenkort', { kind: 'bad-date', intent: 'cancel', problem: { ok: false, problem: 'not-a-date', text: 'binnenkort' } as never }, 'nl'],
  [
    'verplaats het SG-overleg van 18 december naar 17 december 25:00',
    { kind: 'bad-date', intent: 'move', problem: { ok: false, problem: 'bad-time', text: '25:00' } as never },
    'nl',
  ],
];

describe('the command parser', () => {
  for (const [text, command, language] of rows) {
    it(`understands ${JSON.stringify(text)}`, () => {
      const got = parse(text, ctx);
      assert.deepEqual(got.command, command);
      assert.equal(got.language, language);
    });
  }
});

describe('the command parser, pitch commands', () => {
  const schedule = loadSchedule(DEFAULT_SCHEDULE);
  const pctx = { aliases, themes: new GroupAliases(schedule.themes), today: '2026-12-01' };
  const table: [string, Command, ('nl' | 'en')?][] = [
    ['pitch', { kind: 'pitch' }, 'nl'],
    ['pitch indienen', { kind: 'pitch' }, 'nl'],
    ['pitch voor wonen', { kind: 'pitch', theme: { id: 'wonen' } }, 'nl'],
    ['submit pitch', { kind: 'pitch' }, 'en'],
    ['submit my pitch for housing', { kind: 'pitch', theme: { id: 'wonen' } }, 'en'],
    ['status', { kind: 'status' }, 'nl'],
    ['welke pitches ontbreken?', { kind: 'status' }, 'nl'],
    ['missing pitches', { kind: 'status' }, 'en'],
    ['status van het SG-overleg van 11 december', { kind: 'status', group: { id: 'sg' }, date: '2026-12-11' }, 'nl'],
    ['agenda', { kind: 'agenda' }],
    ['agenda van vrijdag', { kind: 'agenda', date: '2026-12-04' }],
    ['agenda van het SG-overleg', { kind: 'agenda', group: { id: 'sg' } }],
    ['zet schulden en wonen op de agenda van het SG-overleg van 11 december', { kind: 'agenda-change', op: 'add', themes: [{ id: 'schulden' }, { id: 'wonen' }], group: { id: 'sg' }, date: '2026-12-11' }, 'nl'],
    ['haal wonen van de agenda', { kind: 'agenda-change', op: 'remove', themes: [{ id: 'wonen' }] }, 'nl'],
    ['put debts on the agenda', { kind: 'agenda-change', op: 'add', themes: [{ id: 'schulden' }] }, 'en'],
    ['bundel', { kind: 'bundle' }, 'nl'],
    ['bundle', { kind: 'bundle' }, 'en'],
    ['bundelen van pitches', { kind: 'unknown' }, 'nl'],
    ['statusupdate', { kind: 'unknown' }],
    ['stop herinneringen', { kind: 'mute-reminders', muted: true }, 'nl'],
    ['stop reminders', { kind: 'mute-reminders', muted: true }, 'en'],
    ['herinneringen aan', { kind: 'mute-reminders', muted: false }, 'nl'],
    ['start reminders', { kind: 'mute-reminders', muted: false }, 'en'],
    ['wat stuur je deze week?', { kind: 'plan-preview', period: 'this-week' }, 'nl'],
    ['herinneringen uit voor wonen', { kind: 'theme-reminders', on: false, themes: [{ id: 'wonen' }] }, 'nl'],
    ['reminders on for housing', { kind: 'theme-reminders', on: true, themes: [{ id: 'wonen' }] }, 'en'],
    ['geen weekoverzicht meer', { kind: 'digest', on: false }, 'nl'],
    ['weekoverzicht weer aan', { kind: 'digest', on: true }, 'nl'],
    ['what will you send next week', { kind: 'plan-preview', period: 'next-week' }, 'en'],
  ];
  for (const [text, command, language] of table) {
    it(`understands ${JSON.stringify(text)}`, () => {
      const got = parse(text, pctx);
      assert.deepEqual(got.command, command);
      assert.equal(got.language, language);
    });
  }
});
