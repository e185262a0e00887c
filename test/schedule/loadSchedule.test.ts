import { strict as assert } from 'node:assert';
import { loadSchedule, ScheduleFileError } from '../../src/schedule/loadSchedule';
import { DEFAULT_SCHEDULE, scheduleFrom } from '../helpers/schedules';

function problemsOf(text: string): string[] {
  try {
    scheduleFrom(text);
  } catch (e) {
    if (e instanceof ScheduleFileError) return e.problems;
    throw e;
  }
  return [];
}

const valid = `
groups:
  - id: sg
    name: SG-overleg
    start: 2020-06-12
    time: 16:00-17:00
    repeat: { freq: weekly, byDay: [FR] }
`;

describe('the schedule file', () => {
  it('ships a default that loads, with the five groups of the source documents', () => {
    const s = loadSchedule(DEFAULT_SCHEDULE);
    assert.deepEqual(
      s.groups.map((g) => g.id),
      ['sg', 'werkgroep', 'gemeenten-wetenschap', 'rijk', 'doorbraak'],
    );
    assert.equal(s.timezone, 'Europe/Amsterdam');
    const sg = s.groups[0];
    assert.deepEqual(sg.series.deadline, { workingDaysBefore: 1, time: '12:00' });
    assert.ok(sg.aliases.includes('SG-beraad'));
  });

  it('fills defaults: interval 1, skip on holidays, no deadline, Europe/Amsterdam', () => {
    const s = scheduleFrom(valid);
    assert.equal(s.groups[0].series.rule.interval, 1);
    assert.equal(s.groups[0].series.onHoliday, 'skip');
    assert.equal(s.groups[0].series.deadline, null);
    assert.equal(s.groups[0].series.zone, 'Europe/Amsterdam');
  });

  it('names the path of a bad interval', () => {
    const text = valid.replace('freq: weekly,', 'freq: weekly, interval: 0,');
    assert.deepEqual(problemsOf(text), ['groups[0].repeat.interval: must be a whole number ≥ 1']);
  });

  it('lists every problem at once', () => {
    const text = `
groups:
  - id: SG
    name: SG-overleg
    start: 2020-06-11
    time: 17:00-16:00
    repeat: { freq: daily, byDay: [Friday] }
    onHoliday: later
`;
    const problems = problemsOf(text);
    assert.ok(problems.includes('groups[0].id: must be an id of lowercase letters, digits and dashes'), problems.join('\n'));
    assert.ok(problems.includes('groups[0].time: must end after it starts'), problems.join('\n'));
    assert.ok(problems.includes('groups[0].repeat.freq: must be one of once, weekly, monthly'), problems.join('\n'));
    assert.ok(
      problems.some((p) => p.startsWith('groups[0].repeat.byDay[0]: must be a weekday code')),
      problems.join('\n'),
    );
    assert.ok(problems.includes('groups[0].onHoliday: must be one of skip, previous, next'), problems.join('\n'));
  });

  it('refuses a start date the rule does not select', () => {
    assert.deepEqual(problemsOf(valid.replace('2020-06-12', '2020-06-11')), ['groups[0].start: must itself be a date the repeat rule selects']);
  });

  it('refuses an impossible date', () => {
    assert.deepEqual(problemsOf(valid.replace('2020-06-12', '2021-02-29')), ['groups[0].start: must be a date YYYY-MM-DD']);
  });

  it('refuses an alias used by two groups', () => {
    const text = `${valid}    aliases: [SG]
  - id: werkgroep
    name: Werkgroep
    aliases: [sg]
    start: 2020-06-10
    time: 10:00-11:00
    repeat: { freq: weekly, byDay: [WE] }
`;
    assert.deepEqual(problemsOf(text), ['groups[1].aliases: "sg" is already a name of group sg']);
  });

  it('refuses an exception on a date the group does not meet', () => {
    const text = `${valid}    exceptions: [{ kind: cancelled, originalDate: 2026-12-17 }]\n`;
    assert.deepEqual(problemsOf(text), ['groups[0].exceptions[0].originalDate: is not a date on which sg meets']);
  });

  it('refuses unknown keys so that typos do not pass silently', () => {
    assert.deepEqual(problemsOf(valid.replace('time:', 'tijd: x\n    time:')), ["groups[0]: Unrecognized key(s) in object: 'tijd'"]);
  });

  it('reports YAML syntax errors with line and column', () => {
    const [p] = problemsOf('groups: [\n  - id: x\n');
    assert.match(p, /^line \d+, column \d+: /);
  });

  it('names the file when it cannot be read', () => {
    assert.throws(
      () => loadSchedule('/nonexistent/schedule.yaml'),
      (e: unknown) => {
        return e instanceof ScheduleFileError && e.file === '/nonexistent/schedule.yaml' && /ENOENT/.test(e.problems[0]);
      },
    );
  });
  describe('members', () => {
    const withMembers = (lines: string) => `${valid}    members:\n${lines}`;

    it('loads members with organisation and deputy (ids compared in lower case); the default lists the Playground users', () => {
      const s = scheduleFrom(
        withMembers(
          '      - { id: Sanne@x.nl, name: Sanne, organisation: SZW, deputy: daan@x.nl }\n      - { id: daan@x.nl, name: Daan, organisation: OCW }\n',
        ),
      );
      assert.deepEqual(s.groups[0].members, [
        { id: 'sanne@x.nl', name: 'Sanne', organisation: 'SZW', deputy: 'daan@x.nl' },
        { id: 'daan@x.nl', name: 'Daan', organisation: 'OCW' },
      ]);
      const d = loadSchedule(DEFAULT_SCHEDULE);
      const sg = d.groups.find((g) => g.id === 'sg')!;
      assert.deepEqual(
        sg.members.map((m) => m.name),
        ['Sanne de Vries', 'Bram Jansen', 'Eva Bakker', 'Daan Visser', 'Noor El Amrani'],
      );
      assert.equal(d.groups.find((g) => g.id === 'werkgroep')!.members.length, 5);
    });

    it('refuses a duplicate id in one group', () => {
      assert.deepEqual(problemsOf(withMembers('      - { id: a@x.nl, name: A, organisation: SZW }\n      - { id: A@x.nl, name: A, organisation: SZW }\n')), [
        'groups[0].members[1].id: duplicates groups[0].members[0].id',
      ]);
    });

    it('refuses a deputy who is no member of any group, and a member as their own deputy', () => {
      assert.deepEqual(
        problemsOf(
          withMembers(
            '      - { id: a@x.nl, name: A, organisation: SZW, deputy: nobody@x.nl }\n      - { id: b@x.nl, name: B, organisation: BZK, deputy: b@x.nl }\n',
          ),
        ),
        [
          'groups[0].members[0].deputy: "nobody@x.nl" is not a member of any group (list the deputy as a member too)',
          'groups[0].members[1].deputy: must be someone else than the member',
        ],
      );
    });

    it('refuses one person under two names, and a member without organisation', () => {
      const text = `${withMembers('      - { id: a@x.nl, name: Anna, organisation: SZW }\n')}  - id: werkgroep
    name: Werkgroep
    start: 2020-06-10
    time: 10:00-11:00
    repeat: { freq: weekly, byDay: [WE] }
    members:
      - { id: a@x.nl, name: Anne, organisation: SZW }
`;
      assert.deepEqual(problemsOf(text), ['groups[1].members[0].name: is "Anne", but groups[0].members[0] calls a@x.nl "Anna"']);
      const [p] = problemsOf(withMembers('      - { id: c@x.nl, name: C }\n'));
      assert.match(p, /^groups\[0\]\.members\[0\]\.organisation: must name the organisation/);
    });

    it('names the file in the error', () => {
      assert.throws(
        () => scheduleFrom(withMembers('      - { id: a@x.nl, name: A, organisation: SZW, deputy: z@x.nl }\n')),
        (e: unknown) => e instanceof ScheduleFileError && e.file === 'test.yaml' && /test\.yaml: 1 problem/.test(e.message),
      );
    });
  });
});
