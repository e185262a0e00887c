import { strict as assert } from 'node:assert';
import { join } from 'node:path';
import { DEFAULT_SCHEDULE_PATH } from '../../src/schedule/defaultSchedulePath';
import { loadSchedule } from '../../src/schedule/loadSchedule';
import { AttendanceService } from '../../src/services/attendanceService';
import { CalendarService } from '../../src/services/calendarService';
import { Repositories } from '../../src/store/repositories';
import { SqliteStorage } from '../../src/store/sqliteStorage';
import { tempDir } from '../helpers/appHarness';
import { runCli, runCliProcess } from '../helpers/runCli';

const SANNE = 'sanne.devries@overlegbot.example';
const BRAM = 'bram.jansen@overlegbot.example';
const EVA = 'eva.bakker@overlegbot.example';

interface Exported {
  meeting: string;
  status: string;
  members: {
    id: string;
    organisation: string;
    answer: string;
    reason: string | null;
    deputy: { id?: string; name: string } | null;
    answeredBy: string | null;
    history: { answer: { kind: string } }[];
  }[];
}

describe('overlegbot export-attendance (a real process)', () => {
  const dataDir = tempDir();
  before(async () => {
    const storage = new SqliteStorage(join(dataDir, 'overlegbot.sqlite'));
    const repos = new Repositories(storage);
    const schedule = loadSchedule(DEFAULT_SCHEDULE_PATH);
    const service = new AttendanceService(new CalendarService(schedule, repos), repos);
    const sg = schedule.groups.find((g) => g.id === 'sg')!;
    const sanne = sg.members.find((m) => m.id === SANNE)!;
    const carla = { id: 'coordinator@overlegbot.example', name: 'Carla Coördinator' };
    const self = (id: string, name: string) => ({ id, name });
    await service.answer('sg', '2026-12-04', SANNE, { kind: 'present' }, self(SANNE, 'Sanne de Vries'), new Date('2026-12-01T08:00:00Z'));
    await service.answer(
      'sg',
      '2026-12-04',
      SANNE,
      { kind: 'apologies', reason: 'ziek, "griep"', deputy: service.deputyOf(sg, sanne, 'Daan') },
      carla,
      new Date('2026-12-02T08:00:00Z'),
    );
    await service.answer('sg', '2026-12-04', BRAM, { kind: 'present' }, self(BRAM, 'Bram Jansen'), new Date('2026-12-02T09:00:00Z'));
    await service.answer('sg', '2026-12-11', EVA, { kind: 'apologies' }, self(EVA, 'Eva Bakker'), new Date('2026-12-03T09:00:00Z'));
    await service.answer('sg', '2027-01-08', EVA, { kind: 'present' }, self(EVA, 'Eva Bakker'), new Date('2026-12-03T09:00:00Z'));
    storage.close();
  });

  it('exports every member of each meeting in the window as JSON, with their latest answer and history', async () => {
    const r = await runCliProcess(['export-attendance', '--group', 'sg', '--from', '2026-12-01', '--to', '2026-12-14', '--data-dir', dataDir]);
    assert.equal(r.code, 0, r.stderr);
    const list = JSON.parse(r.stdout) as Exported[];
    assert.deepEqual(
      list.map((m) => m.meeting),
      ['2026-12-04', '2026-12-11'],
    );
    const dec4 = list[0];
    assert.equal(dec4.members.length, 5);
    const sanne = dec4.members.find((m) => m.id === SANNE)!;
    assert.equal(sanne.answer, 'apologies');
    assert.equal(sanne.reason, 'ziek, "griep"');
    assert.deepEqual(sanne.deputy, { id: 'daan.visser@overlegbot.example', name: 'Daan Visser' });
    assert.equal(sanne.answeredBy, 'Carla Coördinator');
    assert.deepEqual(
      sanne.history.map((c) => c.answer.kind),
      ['present', 'apologies'],
    );
    assert.equal(dec4.members.find((m) => m.id === BRAM)!.answer, 'present');
    assert.deepEqual(
      dec4.members.find((m) => m.id === EVA),
      { ...dec4.members.find((m) => m.id === EVA), answer: 'no-answer', reason: null, deputy: null, answeredBy: null, history: [] },
    );
    assert.equal(list[1].members.find((m) => m.id === EVA)!.answer, 'apologies');
  });

  it('exports one CSV row per member per meeting, quoted as RFC 4180 wants', async () => {
    const r = await runCliProcess([
      'export-attendance',
      '--group',
      'sg',
      '--from',
      '2026-12-01',
      '--to',
      '2026-12-14',
      '--format',
      'csv',
      '--data-dir',
      dataDir,
    ]);
    assert.equal(r.code, 0, r.stderr);
    const lines = r.stdout.split('\r\n');
    assert.equal(
      lines[0],
      '"group","meeting","date","start","status","member_id","name","organisation","answer","reason","deputy","deputy_id","answered_at","answered_by","changes"',
    );
    assert.equal(lines.length, 1 + 2 * 5 + 1);
    assert.equal(lines[11], '');
    const sanne = lines.find((l) => l.startsWith('"sg","2026-12-04"') && l.includes(SANNE))!;
    assert.match(
      sanne,
      /,"SZW","apologies","ziek, ""griep""","Daan Visser","daan\.visser@overlegbot\.example","2026-12-02T08:00:00\.000Z","Carla Coördinator","2"$/,
    );
    const eva = lines.find((l) => l.startsWith('"sg","2026-12-04"') && l.includes(EVA))!;
    assert.match(eva, /,"VWS","no-answer","","","","","","0"$/);
  });

  it('says clearly when there is no data, and checks its arguments', async () => {
    const none = await runCliProcess(['export-attendance', '--group', 'sg', '--from', '2026-12-01', '--to', '2026-12-31', '--data-dir', tempDir()]);
    assert.equal(none.code, 1);
    assert.match(none.stderr, /no bot data at .*overlegbot\.sqlite/);
    const bad = await runCli(['export-attendance', '--group', 'sg', '--from', '2026-12-01', '--to', '2026-12-31', '--format', 'xml']);
    assert.equal(bad.code, 2);
    assert.match(bad.stderr, /--format must be json or csv/);
    const noGroup = await runCli(['export-attendance', '--from', '2026-12-01', '--to', '2026-12-31']);
    assert.equal(noGroup.code, 2);
    assert.match(noGroup.stderr, /--group is required/);
    const backwards = await runCli(['export-attendance', '--group', 'sg', '--from', '2026-12-31', '--to', '2026-12-01']);
    assert.equal(backwards.code, 2);
    assert.match(backwards.stderr, /--to must not be before --from/);
    const unknown = await runCli(['export-attendance', '--group', 'nope', '--from', '2026-12-01', '--to', '2026-12-31']);
    assert.equal(unknown.code, 2);
    assert.match(unknown.stderr, /unknown group "nope"/);
    assert.match((await runCli(['--help'])).stdout, /export-attendance --group ID/);
  });
});
