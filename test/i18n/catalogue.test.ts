import { strict as assert } from 'node:assert';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Occurrence } from '../../src/domain/occurrences';
import { zonedInstant } from '../../src/domain/zonedTime';
import { FeatureMessages, featureMessages } from '../../src/features/catalogue';
import { cliMessages, CliMessages } from '../../src/i18n/cliMessages';
import { RenderContext } from '../../src/i18n/messages';
import { Language } from '../../src/domain/language';
import { themeLabel } from '../../src/present/themeLabel';

/**
 * Every text of the catalogue, rendered with representative arguments (each branch of the shared logic: lists of
 * 0-3 items, every status, plurals, optional parts) in both languages, against a snapshot taken from the catalogue
 * before its shared logic moved into builders. A wording change is deliberate: regenerate with
 * UPDATE_CATALOGUE_SNAPSHOT=1 and review the diff of the snapshot file.
 */
const SNAPSHOT = join(__dirname, '..', '..', '..', 'test', 'i18n', 'catalogue.snapshot.json');
const ZONE = 'Europe/Amsterdam';
const ctx: RenderContext = { zone: ZONE };

function occ(date: string, status: Occurrence['status'], extra: Partial<Occurrence> = {}): Occurrence {
  return {
    seriesId: 'sg',
    originalDate: date,
    date,
    startTime: '16:00',
    endTime: '17:00',
    start: zonedInstant(date, '16:00', ZONE),
    end: zonedInstant(date, '17:00', ZONE),
    status,
    deadline: zonedInstant('2026-12-03', '12:00', ZONE),
    ...extra,
  };
}

const scheduled = occ('2026-12-04', 'scheduled');
const holiday = occ('2026-12-25', 'skipped', { reason: { kind: 'holiday', label: { nl: 'Eerste Kerstdag', en: 'Christmas Day' } } });
const cancelled = occ('2026-12-18', 'cancelled', { reason: { kind: 'cancelled' } });
const recess = occ('2027-07-23', 'skipped', { reason: { kind: 'recess' } });
const moved = occ('2026-12-17', 'moved', { originalDate: '2026-12-18', startTime: '15:00', reason: { kind: 'moved' } });
const plain = occ('2026-12-11', 'scheduled', { reason: undefined });
// A start in the spring gap: the instants have moved forward.
const gap = occ('2027-03-28', 'scheduled', { startTime: '02:30', endTime: '03:30' });
const OCCS = [scheduled, holiday, cancelled, recess, moved, plain, gap];

const L0: string[] = [];
const L1 = ['SG-overleg'];
const L2 = ['SG-overleg', 'DG-overleg'];
const L3 = ['a@x.nl', 'b@x.nl', 'c@x.nl'];
const LISTS = [L0, L1, L2, L3];
const STATUSES = ['missing', 'draft', 'submitted', 'late'] as const;

type Fn = (...args: never[]) => unknown;
type FnKeys<T> = { [K in keyof T]: T[K] extends Fn ? K : never }[keyof T];
type Args<T> = { [K in FnKeys<T>]: T[K] extends (...a: infer P) => unknown ? P[] : never };

const G = 'SG-overleg';
const THEME = { name: 'Wonen', department: 'BZK', leadName: 'Eva' };
const DAY = 'vrijdag 4 december';
const FEATURE_ARGS: Args<FeatureMessages> = {
  meetingWhen: OCCS.map((o) => [o, ctx]),
  pitchDeadline: [[scheduled.deadline!, ctx]],
  notTakingPlace: OCCS.map((o) => [o, G, ctx]),
  movedFrom: [[moved, ctx]],
  reasonLabel: OCCS.map((o) => [o]),
  shortDate: OCCS.map((o) => [o, ctx]),
  thenLine: LISTS.map((l) => [l]),
  noUpcoming: [[G]],
  feedName: [[[]], [[G]], [L2]],
  feedDeadlineSummary: [[G]],
  feedActionSummary: [[3, G, 'BZK']],
  deadlineLine: [[G, scheduled, ctx]],
  noDeadlines: [[G]],
  unknownGroup: LISTS.map((l) => ['ZZ', l]),
  bound: [[G]],
  notCoordinator: LISTS.flatMap((l) => [
    [G, l, 'change'],
    [G, l, 'bind'],
  ]),
  confirmCancelText: [[G, scheduled, ctx]],
  confirmMoveText: [[G, scheduled, 'donderdag 17 december 15:00', ctx]],
  cancelled: [[G, scheduled, 'Eva', ctx]],
  moved: [[G, moved, 'Eva', ctx]],
  noMeetingOn: [[G, DAY]],
  meetingIsOver: [[G]],
  alreadyCancelled: [[G]],
  ambiguousDate: LISTS.map((l) => [l]),
  noSuchDate: [['31 februari']],
  weekdayMismatch: [['18 december', 'donderdag']],
  notADate: [['morgenmiddag']],
  badTime: [['25:00']],
  pitchCardTitle: [['Wonen']],
  pitchSlotLabel: [['Wonen', G, DAY]],
  pitchUnknownTheme: LISTS.map((l) => ['Zorg', l]),
  pitchSubmitted: [
    ['10:00', DAY, false],
    ['13:00', DAY, true],
  ],
  pitchDraftSaved: [['10:00', DAY]],
  pitchUnderstoodMissing: LISTS.map((l) => [l]),
  pitchRequired: [['1. Wat is het probleem?']],
  pitchTooLong: [['1. Wat is het probleem?', 2000, 2345]],
  pitchLateRefused: LISTS.map((l) => [l]),
  statusTitle: [[G, DAY]],
  statusDeadline: [[DAY]],
  statusLine: STATUSES.flatMap((s) => [
    [themeLabel(THEME), s, { by: 'Eva', at: 'donderdag 12:00' }],
    ...(s === 'missing' || s === 'draft' ? [[themeLabel(THEME), s] as Parameters<FeatureMessages['statusLine']>] : []),
  ]),
  statusSummary: LISTS.map((l) => [l.length, 3, l] as [number, number, string[]]).concat([[3, 3, []]]),
  agendaTitle: [[G, DAY]],
  agendaChanged: LISTS.map((l) => [G, DAY, l]),
  agendaUnknownThemes: LISTS.filter((l) => l.length).map((l) => [l, L2]),
  onlyCoordinatorsAgenda: LISTS.map((l) => [G, l]),
  onlyCoordinatorsBundle: LISTS.map((l) => [G, l]),
  bundleTitle: [[G, DAY]],
  bundlePart: [[1, 3]],
  bundleSubmittedBy: [
    ['Eva', 'donderdag 10:00', false],
    ['Eva', 'donderdag 13:00', true],
  ],
  bundleLeadPresence: [[{ kind: 'present' }], [{ kind: 'no-answer' }], [{ kind: 'apologies' }], [{ kind: 'apologies', deputy: 'Piet' }]],
  bundleLateTitle: [['Wonen']],
  reminderDeadlineTitle: [[G, DAY]],
  reminderDeadlineText: [[DAY]],
  reminderPersonalTitle: [[G, DAY]],
  reminderPersonalText: LISTS.filter((l) => l.length).map((l) => [l, DAY]),
  reminderActionTitle: [[2, G]],
  reminderActionText: [
    ['BZK levert input aan', 'dinsdag 26 mei', false],
    ['BZK levert input aan', 'dinsdag 26 mei', true],
  ],
  overdueActionsHeading: [[1], [2], [0]],
  overdueActionLine: [
    [2, 'BZK', 'levert input aan', 'dinsdag 26 mei'],
    [2, 'BZK', 'levert input aan', 'dinsdag 26 mei', G],
  ],
  reminderMeetingTitle: [[G, DAY]],
  meetingStartsIn: [0, 1, 2, 59, 60, 61, 62, 120, 121, 125].map((m) => ['16:00', m]),
  digestTitle: [['30 november - 6 december']],
  attendanceCounts: [
    [3, 1, 1],
    [0, 0, 0],
  ],
  attendanceApologiesLine: [
    [[]],
    [[{ name: 'Eva Bakker', organisation: 'VWS' }]],
    [
      [
        { name: 'Eva Bakker', organisation: 'VWS', deputy: 'Piet' },
        { name: 'Daan', organisation: 'BZK' },
      ],
    ],
  ],
  changeNoticeTitle: [[G, DAY]],
  changeNoticeCancelled: [
    [G, DAY, 'Eva', 'present'],
    [G, DAY, undefined, 'apologies'],
  ],
  changeNoticeMoved: [
    [G, DAY, 'donderdag 17 december 15:00', 'Eva', 'present'],
    [G, DAY, 'donderdag 17 december 15:00', undefined, 'apologies'],
  ],
  planLine: [['ma 30 nov 09:00', 'weekoverzicht', 'kanaal Algemeen']],
  planUnbound: [[G]],
  themeRemindersSet: LISTS.filter((l) => l.length).flatMap((l) => [
    [true, l],
    [false, l],
  ]),
  digestSet: LISTS.filter((l) => l.length).flatMap((l) => [
    [true, l],
    [false, l],
  ]),
  unreachableNotice: [[G, 'het kanaal Algemeen van team SG']],
  actionRecorded: [[3, 'BZK', 'dinsdag 26 mei', G, 'vrijdag 15 mei', 'BZK levert input aan']],
  actionOnlyCoordinators: LISTS.map((l) => [G, l]),
  actionDueInPast: [['dinsdag 26 mei']],
  actionTextTooLong: [[500]],
  actionNoMeeting: [[G]],
  actionNoMeetingOn: [[G, DAY]],
  actionWhichGroup: [[L2]],
  actionUnknownItem: [[7]],
  actionAlreadyDone: [[7]],
  actionNotYours: [[7, G]],
  actionMarkedDone: [[7, 'BZK levert input aan']],
  actionAmbiguousNumber: [[2, L2]],
  openActionsTitle: [[G]],
  openActionsNone: [[G]],
  openActionsTitleOf: [[G, DAY]],
  openActionsNoneOf: [[G, DAY]],
  actionOverviewOnlyCoordinators: LISTS.map((l) => [G, l]),
  actionLine: [
    [2, 'BZK', 'levert input aan', 'dinsdag 26 mei'],
    [2, 'BZK', 'levert input aan', 'dinsdag 26 mei', 'maandag 1 juni'],
  ],
  actionDoneButton: [[2]],
  actionNewDateAsked: [[2, 'maandag 1 juni']],
  actionNewDateSet: [[2, 'maandag 1 juni']],
  actionSameDate: [[2]],
  actionNoRequest: [[2]],
  actionConfirmButton: [[2, 'maandag 1 juni']],
  actionConfirmOnlyCoordinators: [[G]],
  actionFormTitle: [[G]],
  actionFormUnknownOwner: [[G]],
  actionFormNoMembers: [[G]],
  attendNotAMemberOf: [[G]],
  attendNoMeetingOn: [[DAY]],
  attendNotTakingPlace: [[G, DAY]],
  attendMeetingStarted: [[G]],
  attendReasonTooLong: [[200]],
  attendRecordedPresent: [
    [G, DAY],
    [G, DAY, 'Daan'],
  ],
  attendRecordedApologies: [
    [G, DAY],
    [G, DAY, 'werkbezoek'],
    [G, DAY, undefined, 'Piet'],
    [G, DAY, 'werkbezoek', 'Piet', 'Daan'],
    [G, DAY, undefined, undefined, 'Daan'],
    [G, DAY, undefined, 'Piet', 'Daan'],
  ],
  attendanceListTitle: [[G, DAY]],
  attendancePresent: LISTS.map((l) => [l]),
  attendanceApologiesOf: LISTS.map((l) => [l]),
  attendanceNoAnswer: LISTS.map((l) => [l]),
  attendancePerson: [['Eva'], ['Eva', 'werkbezoek'], ['Eva', undefined, 'Piet'], ['Eva', 'werkbezoek', 'Piet']],
  attendanceNoMembers: [[G]],
  attendanceOnlyCoordinators: [[G]],
  attendForOnlyCoordinators: [[G]],
  attendForUnknownPerson: [['Daan'], ['Daan', G]],
  attendForWhichPerson: LISTS.filter((l) => l.length).map((l) => ['Daan', l]),
  attendForNoMeetingOn: [['Daan', DAY]],
  attendForNoUpcoming: [['Daan']],
  bindSuggest: [[G]],
  bindCommand: [[G]],
  changeNeedsDate: [
    ['cancel', G],
    ['move', G],
  ],
  changeNeedsTarget: [[G]],
  deadlinesInPeriodTitle: [[{ kind: 'this-week' }], [{ kind: 'month', month: 3, year: 2027 }]],
  deadlineForMeeting: [[G, DAY, 'donderdag 3 december 12:00']],
  deadlineNotTakingPlace: [[G, DAY]],
  groupInSentence: [[G]],
  exampleNextOf: [[G]],
  periodTitleOf: [
    [{ kind: 'this-week' }],
    [{ kind: 'next-week' }],
    [{ kind: 'this-month' }],
    [{ kind: 'next-month' }],
    [{ kind: 'month', month: 3, year: 2027 }],
    [{ kind: 'coming-days', days: 14 }],
    [{ kind: 'coming-days', days: 10 }],
    [{ kind: 'iso-week', week: 51, year: 2026 }],
    [{ kind: 'range', from: '2026-12-01', to: '2027-01-15' }],
  ],
  onDateTitle: [[DAY]],
  onDateYes: [[G, DAY]],
  onDateNo: [[G, DAY, 'Eerste Kerstdag']],
  onDateMoved: [[G, DAY, 'donderdag 17 december']],
  onDateNone: [[G, DAY]],
  onDateNothing: [[DAY]],
  nextIs: [[DAY]],
  nextAfterTitle: [[G, DAY]],
  meetingLocation: [['Ministerie van VWS, Den Haag']],
  timeLine: [[G, DAY, '16:00', '17:00']],
  pitchSlotSubmitted: [['Wonen — SG-overleg van vrijdag 4 december']],
  pitchReplaceText: [['Wonen', G, DAY, '10:00']],
  planTitleOf: [[{ kind: 'next-week' }], [{ kind: 'coming-days', days: 3 }]],
};

const PLACE_ARGS: Args<FeatureMessages['conversationPlace']> = {
  channel: [
    ['Algemeen', 'SG'],
    ['Algemeen', undefined],
    [undefined, 'SG'],
    [undefined, undefined],
  ],
  generalChannel: [['SG'], [undefined]],
  personal: [['Eva'], [undefined]],
  groupChat: [['Wonen'], [undefined]],
};

const CLI_ARGS: Args<CliMessages> = {
  required: [['from']],
  notADate: [['from', '4-12']],
  notAnInstant: [['now', 'gisteren']],
  notALanguage: [['de']],
  unknownGroup: [
    ['zz', []],
    ['zz', L2],
  ],
  needsFile: [['check-config']],
  notAFormat: [['xml']],
  backendRequired: [['to']],
  notABackend: [['to', 'redis']],
  unknownCommand: [['frobnicate']],
  noData: [
    ['/data', 'sqlite'],
    ['container', 'blob'],
  ],
  migrated: [['sqlite', 'blob']],
  migrateCounts: [[3, 2, 1]],
  migrateRefused: [['pitch/sg/1']],
  unexpected: [['boom']],
};

/** Each value of `m` as text: strings as they are, functions called with every argument list of `args`. */
function render(m: object, args: Record<string, unknown[][]>, nested: Record<string, Record<string, unknown[][]>> = {}): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(m).sort(([a], [b]) => a.localeCompare(b))) {
    if (typeof value === 'function') {
      const calls = args[key];
      assert.ok(calls && calls.length, `no representative arguments for ${key}`);
      out[key] = calls.map((a) => (value as (...x: unknown[]) => unknown)(...a));
    } else if (typeof value === 'object' && value !== null && !Array.isArray(value)) {
      out[key] = render(value, nested[key] ?? {});
    } else {
      out[key] = value;
    }
  }
  return out;
}

function renderAll(): Record<Language, unknown> {
  const all = {} as Record<Language, unknown>;
  for (const lang of ['nl', 'en'] as const) {
    all[lang] = {
      messages: render(featureMessages(lang), FEATURE_ARGS as unknown as Record<string, unknown[][]>, {
        conversationPlace: PLACE_ARGS as unknown as Record<string, unknown[][]>,
      }),
      cli: render(cliMessages(lang), CLI_ARGS as unknown as Record<string, unknown[][]>),
    };
  }
  return all;
}

describe('catalogue texts', () => {
  it('renders every message of both languages exactly as the snapshot', () => {
    const rendered = renderAll();
    if (process.env.UPDATE_CATALOGUE_SNAPSHOT === '1' || !existsSync(SNAPSHOT)) {
      writeFileSync(SNAPSHOT, JSON.stringify(rendered, null, 2) + '\n');
      if (process.env.UPDATE_CATALOGUE_SNAPSHOT !== '1') assert.fail(`no snapshot yet: written ${SNAPSHOT}, review and commit it`);
    }
    assert.deepStrictEqual(rendered, JSON.parse(readFileSync(SNAPSHOT, 'utf8')));
  });

  it('has the same messages in both languages', () => {
    const keys = (lang: Language) => Object.keys(featureMessages(lang)).sort();
    assert.deepStrictEqual(keys('nl'), keys('en'));
  });
});
