import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Activity } from 'botbuilder';
import { createActionItem } from '../../src/domain/actionItems';
import { recordPitch } from '../../src/domain/pitches';
import { Language } from '../../src/domain/language';
import { PlannedPost, planLateReplies, planUnreachableNotices, PostKind } from '../../src/domain/reminders';
import { Links } from '../../src/present/links';
import { VERBS } from '../../src/present/cards/verbs';
import { renderPost } from '../../src/scheduler/postContent';
import { parseSchedule } from '../../src/schedule/loadSchedule';
import { CalendarService } from '../../src/services/calendarService';
import { PitchService } from '../../src/services/pitchService';
import { PlanSnapshot, ReminderPlanService } from '../../src/services/reminderPlanService';
import { Repositories } from '../../src/store/repositories';
import { SqliteStorage } from '../../src/store/sqliteStorage';
import { tempDir } from '../helpers/appHarness';
import { DEFAULT_SCHEDULE } from '../helpers/schedules';

const TEAMS = 'https://teams.microsoft.com/l/meetup-join/sg-overleg';
const ANSWERS = { problem: 'p', acceleration: 'a', dilemmas: 'd', needs: 'n', whom: 'w' };

interface Card {
  body: { text?: string }[];
  actions?: { type: string; title: string; url?: string; data?: Record<string, unknown> }[];
}
const cardOf = (a: Partial<Activity>) => (a.attachments?.[0]?.content as Card | undefined) ?? { body: [{ text: String(a.text) }] };
const title = (a: Partial<Activity>) => cardOf(a).body[0].text;
const buttons = (a: Partial<Activity>) =>
  (cardOf(a).actions ?? []).map((b) => `${b.type} ${b.title}${b.data?.verb ? ` ${String(b.data.verb)}` : ''}${b.url ? ` ${b.url}` : ''}`);

/**
 * Every kind of reminder post rendered by its card builder from a real snapshot (the shipped schedule with a
 * Teams link, a real SQLite file with a bound channel, an action item and a late pitch): the title names the
 * meeting's date, and each card has its own buttons and no others.
 */
describe('reminder posts: one card builder per kind, from the tick snapshot', () => {
  let snapshot: PlanSnapshot;
  let calendar: CalendarService;
  let storage: SqliteStorage;
  const links = new Links('https://overlegbot.example', 'geheim-geheim-geheim');
  const posts = new Map<PostKind, PlannedPost>();

  before(async () => {
    const yaml = readFileSync(DEFAULT_SCHEDULE, 'utf8').replace('    time: 16:00-17:00\n', `    time: 16:00-17:00\n    teamsLink: ${TEAMS}\n`);
    const schedule = parseSchedule(yaml, 'schedule.yaml');
    storage = new SqliteStorage(join(tempDir(), 'overlegbot.sqlite'));
    const repos = new Repositories(storage);
    calendar = new CalendarService(schedule, repos);
    await repos.bind('19:sg@thread.tacv2', 'sg', 'Carla', new Date('2026-11-30T09:00:00Z'));
    await repos.updateActionItems(
      'sg',
      (c) =>
        createActionItem(
          c,
          {
            groupId: 'sg',
            meeting: '2026-11-27',
            text: 'Sanne belt de VNG',
            owner: { kind: 'member', id: 'sanne.devries@overlegbot.example', name: 'Sanne de Vries', organisation: 'SZW' },
            due: '2026-12-07',
          },
          { id: 'carla', name: 'Carla' },
          new Date('2026-11-27T17:00:00Z'),
          'Europe/Amsterdam',
        ).doc,
    );
    // Wonen is in after the deadline (a late pitch under the bundle); Schulden is still missing.
    await repos.updatePitch('sg', '2026-12-04', 'wonen', (c) =>
      recordPitch(c, {
        groupId: 'sg',
        originalDate: '2026-12-04',
        themeId: 'wonen',
        answers: ANSWERS,
        kind: 'submitted',
        by: 'x',
        byName: 'Bram Jansen',
        at: new Date('2026-12-03T14:00:00+01:00'),
        deadline: new Date('2026-12-03T12:00:00+01:00'),
      }),
    );
    snapshot = await new ReminderPlanService(calendar, new PitchService(calendar, repos), repos).snapshot('2026-11-30', '2026-12-07');
    for (const p of snapshot.posts) if (!posts.has(p.kind) && (p.kind !== 'deadline-personal' || p.themes.includes('schulden'))) posts.set(p.kind, p);
    const sent = {
      groupId: 'sg',
      originalDate: '2026-12-04',
      conversationId: '19:sg@thread.tacv2',
      rootId: 'root-1',
      asOf: new Date('2026-12-03T12:00:00+01:00'),
    };
    const [late] = planLateReplies(
      [sent],
      [
        {
          groupId: 'sg',
          originalDate: '2026-12-04',
          end: new Date('2026-12-04T17:00:00+01:00'),
          submitted: [{ themeId: 'wonen', at: new Date('2026-12-03T14:00:00+01:00'), revision: 1 }],
        },
      ],
    );
    posts.set('late-reply', late);
    const [notice] = planUnreachableNotices(
      [
        {
          conversationId: '19:sg@thread.tacv2',
          since: new Date('2026-12-01T12:00:00+01:00'),
          groupIds: ['sg'],
          where: { kind: 'channel', names: { channel: 'Planning SG', team: 'Werkgroep Halsema' } },
        },
      ],
      (g) => calendar.group(g)?.coordinators ?? [],
    );
    posts.set('unreachable-notice', notice);
  });
  after(() => storage.close());

  const render = (kind: PostKind, lang: Language = 'nl', now?: Date) => {
    const p = posts.get(kind);
    assert.ok(p, `a planned ${kind}`);
    return renderPost(p, snapshot, { calendar, links }, lang, now ?? p.at);
  };

  it('covers every kind of post', () => {
    assert.deepEqual([...posts.keys()].sort(), [
      'action-personal',
      'bundle',
      'deadline-channel',
      'deadline-personal',
      'late-reply',
      'meeting-reminder',
      'unreachable-notice',
      'weekly-digest',
    ]);
  });

  it("deadline reminder (channel): the meeting's date in the title, no buttons", () => {
    const [a] = render('deadline-channel');
    assert.equal(title(a), 'Herinnering: pitches voor het SG-overleg van vrijdag 4 december');
    assert.deepEqual(buttons(a), []);
  });

  it("personal reminder: the meeting's date in the title, one button that opens the owed pitch", () => {
    const [a] = render('deadline-personal');
    assert.equal(title(a), 'Je pitch voor het SG-overleg van vrijdag 4 december');
    assert.deepEqual(buttons(a), [`Action.Submit Pitch indienen ${VERBS.openPitch}`]);
    assert.deepEqual(cardOf(a).actions![0].data, { verb: VERBS.openPitch, groupId: 'sg', originalDate: '2026-12-04', themeId: 'schulden', lang: 'nl' });
  });

  it("meeting reminder: the meeting's date in the title, the attendance buttons and the Teams link from the catalogue", () => {
    const [a] = render('meeting-reminder');
    assert.equal(title(a), 'Herinnering: SG-overleg van vrijdag 4 december');
    assert.deepEqual(buttons(a), [`Action.Submit Ik ben erbij ${VERBS.attend}`, 'Action.ShowCard Ik meld me af', `Action.OpenUrl Deelnemen in Teams ${TEAMS}`]);
    assert.equal(cardOf(a).actions![0].data!.meeting, 'sg|2026-12-04');
    const [en] = render('meeting-reminder', 'en');
    assert.equal(title(en), 'Reminder: SG-overleg of Friday 4 December');
    assert.deepEqual(buttons(en), [`Action.Submit I'll be there ${VERBS.attend}`, 'Action.ShowCard Send apologies', `Action.OpenUrl Join in Teams ${TEAMS}`]);
  });

  it("the pitch bundle: the meeting's date in the title, the printable version as its button", () => {
    const [a] = render('bundle');
    assert.equal(title(a), 'Pitchbundel SG-overleg van vrijdag 4 december');
    assert.deepEqual(buttons(a), [`Action.OpenUrl Afdrukbare versie ${links.bundle('sg', '2026-12-04')}`]);
  });

  it('a late pitch under the bundle: only that pitch, titled late, no buttons', () => {
    const activities = render('late-reply');
    assert.equal(activities.length, 1);
    assert.equal(title(activities[0]), 'Te laat ingediend: Wonen');
    assert.deepEqual(buttons(activities[0]), []);
  });

  it("weekly digest: the week's Monday in the title, the week's meetings (the CLI's occurrence line), no buttons", () => {
    const [a] = render('weekly-digest');
    assert.equal(title(a), 'Deze week (maandag 30 november)');
    assert.ok(
      cardOf(a).body.some((b) => b.text === 'SG-overleg: vrijdag 4 december 2026, 16:00-17:00 · pitches uiterlijk donderdag 3 december 12:00'),
      JSON.stringify(cardOf(a).body),
    );
    assert.deepEqual(buttons(a), []);
  });

  it('action item reminder: the item and its due date, one button that marks it done', () => {
    const [a] = render('action-personal');
    assert.equal(title(a), 'Actiepunt 1 van het SG-overleg');
    assert.match(JSON.stringify(cardOf(a).body), /Uiterlijk maandag 7 december/);
    assert.deepEqual(buttons(a), [`Action.Submit Klaar ${VERBS.actionDone}`]);
    assert.deepEqual(cardOf(a).actions![0].data, { verb: VERBS.actionDone, item: 'sg|1', lang: 'nl' });
  });

  it("the coordinators' unreachable notice: a text naming the group", () => {
    const [a] = render('unreachable-notice');
    assert.equal(a.attachments, undefined);
    assert.match(String(a.text), /^Ik kan niet meer posten in .*Planning SG.*Werkgroep Halsema.* \(SG-overleg\)/);
    assert.doesNotMatch(String(a.text), /19:|@thread/, 'never a Teams id');
  });

  it('builds each card anew: rendering one post twice gives equal cards that share no actions', () => {
    const [a] = render('meeting-reminder');
    const [b] = render('meeting-reminder');
    assert.deepEqual(cardOf(a), cardOf(b));
    assert.notEqual(cardOf(a).actions, cardOf(b).actions);
  });
});
