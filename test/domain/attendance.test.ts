import { strict as assert } from 'node:assert';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { AnswerChange, AttendanceError, MAX_REASON_LENGTH, MeetingAttendance, recordAnswer, summarise } from '../../src/domain/attendance';
import { SqliteStorage } from '../../src/store/sqliteStorage';
import { MemoryConditionalStorage } from '../../src/store/conditionalStorage';
import { Repositories } from '../../src/store/repositories';

const START = new Date('2026-12-04T16:00:00+01:00');
const change = (over: Partial<AnswerChange> = {}): AnswerChange => ({
  groupId: 'sg',
  originalDate: '2026-12-04',
  person: 'sanne@x.nl',
  answer: { kind: 'present' },
  by: 'sanne@x.nl',
  byName: 'Sanne',
  at: new Date('2026-12-02T10:00:00+01:00'),
  meetingStart: START,
  takesPlace: true,
  ...over,
});

const MEMBERS = [
  { id: 'sanne@x.nl', name: 'Sanne', organisation: 'SZW' },
  { id: 'bram@x.nl', name: 'Bram', organisation: 'BZK' },
  { id: 'eva@x.nl', name: 'Eva', organisation: 'VWS' },
  { id: 'noor@x.nl', name: 'Noor', organisation: 'SZW' },
];

describe('attendance of one meeting (pure)', () => {
  it('records an answer, keeps the latest per person and every change with who and when', () => {
    let a = recordAnswer(undefined, change());
    a = recordAnswer(
      a,
      change({ answer: { kind: 'apologies', reason: '  ziek ', deputy: { id: 'daan@x.nl', name: 'Daan' } }, at: new Date('2026-12-03T08:00:00+01:00') }),
    );
    a = recordAnswer(a, change({ person: 'bram@x.nl', by: 'carla@x.nl', byName: 'Carla', answer: { kind: 'apologies' } }));
    assert.deepEqual(a.answers['sanne@x.nl'].answer, { kind: 'apologies', reason: 'ziek', deputy: { id: 'daan@x.nl', name: 'Daan' } });
    assert.equal(a.answers['bram@x.nl'].byName, 'Carla', 'a coordinator may answer for someone; the change says who');
    assert.deepEqual(
      a.history.map((h) => [h.person, h.answer.kind, h.at]),
      [
        ['sanne@x.nl', 'present', '2026-12-02T09:00:00.000Z'],
        ['sanne@x.nl', 'apologies', '2026-12-03T07:00:00.000Z'],
        ['bram@x.nl', 'apologies', '2026-12-02T09:00:00.000Z'],
      ],
    );
  });

  it('drops an empty reason or deputy (an empty card field)', () => {
    const a = recordAnswer(undefined, change({ answer: { kind: 'apologies', reason: '   ', deputy: { name: ' ' } } }));
    assert.deepEqual(a.answers['sanne@x.nl'].answer, { kind: 'apologies' });
  });

  it('refuses a change from the moment the meeting starts, and for a meeting that does not take place', () => {
    const before: MeetingAttendance = recordAnswer(undefined, change());
    const refused = (over: Partial<AnswerChange>, code: string) =>
      assert.throws(
        () => recordAnswer(before, change(over)),
        (e: unknown) => e instanceof AttendanceError && e.code === code,
      );
    refused({ at: START }, 'meeting-started');
    refused({ at: new Date(START.getTime() + 60_000) }, 'meeting-started');
    refused({ takesPlace: false }, 'not-taking-place');
    refused({ answer: { kind: 'apologies', reason: 'x'.repeat(MAX_REASON_LENGTH + 1) } }, 'reason-too-long');
    assert.equal(before.history.length, 1, 'the attendance is unchanged');
    assert.doesNotThrow(() => recordAnswer(before, change({ at: new Date(START.getTime() - 1) })));
  });

  it('summarises per organisation: present, apologies (reason, deputy), no answer yet', () => {
    let a = recordAnswer(undefined, change());
    a = recordAnswer(a, change({ person: 'eva@x.nl', answer: { kind: 'apologies', reason: 'werkbezoek', deputy: { name: 'Piet' } } }));
    const s = summarise(a, MEMBERS);
    assert.deepEqual([s.present, s.apologies, s.noAnswer], [1, 1, 2]);
    assert.deepEqual(
      s.organisations.map((o) => [
        o.organisation,
        o.present.map((p) => p.name),
        o.apologies.map((p) => `${p.name}:${p.reason}:${p.deputy?.name}`),
        o.noAnswer.map((p) => p.name),
      ]),
      [
        ['BZK', [], [], ['Bram']],
        ['SZW', ['Sanne'], [], ['Noor']],
        ['VWS', [], ['Eva:werkbezoek:Piet'], []],
      ],
    );
    assert.equal(summarise(undefined, MEMBERS).noAnswer, 4);
  });
});

describe('attendance in the store (eTag compare-and-swap)', () => {
  for (const [name, make] of [
    ['memory', () => new MemoryConditionalStorage()],
    ['SQLite', () => new SqliteStorage(join(mkdtempSync(join(tmpdir(), 'overlegbot-att-')), 'bot.sqlite'))],
  ] as const) {
    it(`loses no answer when 25 members answer one meeting at once (${name})`, async () => {
      const storage = make();
      const repos = new Repositories(storage);
      const people = Array.from({ length: 25 }, (_, i) => `p${i}@x.nl`);
      await Promise.all(
        people.map((p, i) =>
          repos.updateAttendance('sg', '2026-12-04', (cur) =>
            recordAnswer(cur, change({ person: p, by: p, answer: i % 2 ? { kind: 'present' } : { kind: 'apologies', reason: `r${i}` } })),
          ),
        ),
      );
      const stored = await repos.getAttendance('sg', '2026-12-04');
      assert.deepEqual(Object.keys(stored!.answers).sort(), [...people].sort());
      assert.equal(stored!.history.length, 25);
      if (storage instanceof SqliteStorage) {
        // A restart: a new connection to the same file sees every answer.
        const again = new SqliteStorage(storage.file);
        assert.equal(Object.keys((await new Repositories(again).getAttendance('sg', '2026-12-04'))!.answers).length, 25);
        again.close();
        storage.close();
      }
    });
  }

  it('stores nothing when the change is refused', async () => {
    const repos = new Repositories(new MemoryConditionalStorage());
    await assert.rejects(
      repos.updateAttendance('sg', '2026-12-04', (cur) => recordAnswer(cur, change({ at: START }))),
      AttendanceError,
    );
    assert.equal(await repos.getAttendance('sg', '2026-12-04'), undefined);
  });
});
