import { strict as assert } from 'node:assert';
import { occurrencesBetween } from '../../src/domain/occurrences';
import {
  DEFAULT_SETTINGS,
  duePosts,
  MeetingContext,
  minutesToStartIfToday,
  PlannedPost,
  planChangeNotices,
  planDigests,
  planLateReplies,
  planMeetingPosts,
  planUnreachableNotices,
  postGroups,
  postKeys,
  unhandledKind,
} from '../../src/domain/reminders';
import { lastSubmission, recordPitch } from '../../src/domain/pitches';
import { enMessages } from '../../src/i18n/en';
import { nlMessages } from '../../src/i18n/nl';
import { isoWithOffset } from '../../src/domain/zonedTime';
import { dutchCalendar, sgSeries, ZONE } from '../helpers/schedules';

const cal = dutchCalendar({ recesses: [{ name: 'Kerstreces', from: '2026-12-19', to: '2027-01-03' }] });

function meeting(date: string, overrides: Partial<MeetingContext> = {}, series = sgSeries()): MeetingContext {
  const [occurrence] = occurrencesBetween(series, cal, date, date);
  return {
    groupId: 'sg',
    occurrence,
    channels: ['19:sg'],
    themes: [
      { id: 'schulden', delivered: false, people: ['sanne', 'daan'] },
      { id: 'wonen', delivered: true, people: ['bram'] },
      { id: 'arbeidsmarkt', delivered: false, people: ['sanne'] },
    ],
    settings: DEFAULT_SETTINGS,
    ...overrides,
  };
}

const show = (posts: ReturnType<typeof planMeetingPosts>) =>
  posts.map(
    (p) =>
      `${isoWithOffset(p.at, ZONE)} ${p.kind} ${p.offset} ${p.target.kind === 'channel' ? p.target.conversationId : p.target.person}${p.kind === 'deadline-personal' ? ` ${p.themes.join(',')}` : ''}`,
  );

describe('reminder planning', () => {
  it('plans each default post of the Friday SG meeting at its Europe/Amsterdam time', () => {
    assert.deepEqual(show(planMeetingPosts([meeting('2026-12-04')], cal, ZONE)), [
      '2026-12-01T12:00:00+01:00 deadline-channel D-2wd 19:sg',
      '2026-12-02T12:00:00+01:00 deadline-personal D-24h daan schulden',
      '2026-12-02T12:00:00+01:00 deadline-personal D-24h sanne schulden,arbeidsmarkt',
      '2026-12-03T09:00:00+01:00 deadline-channel D-3h 19:sg',
      '2026-12-03T09:00:00+01:00 meeting-reminder M-1wd@09:00 19:sg',
      '2026-12-03T10:00:00+01:00 deadline-personal D-2h daan schulden',
      '2026-12-03T10:00:00+01:00 deadline-personal D-2h sanne schulden,arbeidsmarkt',
      '2026-12-03T12:00:00+01:00 bundle D 19:sg',
    ]);
  });

  it('sends no personal reminder to people who delivered', () => {
    const m = meeting('2026-12-04', { themes: [{ id: 'wonen', delivered: true, people: ['bram'] }] });
    assert.equal(planMeetingPosts([m], cal, ZONE).filter((p) => p.kind === 'deadline-personal').length, 0);
  });

  it('counts working days around Ascension: Wednesday deadline, Monday reminder, meeting reminder on Wednesday', () => {
    const posts = show(planMeetingPosts([meeting('2026-05-15', { themes: [] })], cal, ZONE));
    assert.ok(posts.includes('2026-05-11T12:00:00+02:00 deadline-channel D-2wd 19:sg'), posts.join('\n'));
    assert.ok(posts.includes('2026-05-13T09:00:00+02:00 meeting-reminder M-1wd@09:00 19:sg'), posts.join('\n'));
    assert.ok(posts.includes('2026-05-13T12:00:00+02:00 bundle D 19:sg'), posts.join('\n'));
  });

  it('plans nothing for cancelled or skipped meetings, and moves posts with a moved meeting', () => {
    const cancelled = sgSeries({ exceptions: [{ kind: 'cancelled', originalDate: '2026-12-11' }] });
    assert.deepEqual(planMeetingPosts([meeting('2026-12-11', {}, cancelled)], cal, ZONE), []);
    assert.deepEqual(planMeetingPosts([meeting('2026-12-25')], cal, ZONE), []);
    const moved = sgSeries({ exceptions: [{ kind: 'moved', originalDate: '2026-12-18', to: { date: '2026-12-17', startTime: '15:00', endTime: '16:00' } }] });
    const bundle = planMeetingPosts([meeting('2026-12-17', {}, moved)], cal, ZONE).find((p) => p.kind === 'bundle')!;
    assert.equal(isoWithOffset(bundle.at, ZONE), '2026-12-16T12:00:00+01:00');
    assert.equal(bundle.key, 'sg/2026-12-18/bundle/D/channel:19:sg', 'the key keeps the rule date, so a move does not resend');
  });

  it('respects switched-off kinds', () => {
    const m = meeting('2026-12-04', { settings: { ...DEFAULT_SETTINGS, personal: false, meetingReminder: false } });
    assert.deepEqual([...new Set(planMeetingPosts([m], cal, ZONE).map((p) => p.kind))].sort(), ['bundle', 'deadline-channel']);
  });

  it('after downtime: drops deadline reminders whose deadline passed, still sends the bundle until the meeting ends', () => {
    const posts = planMeetingPosts([meeting('2026-12-04')], cal, ZONE);
    const { due, expired } = duePosts(posts, new Date('2026-12-04T10:00:00+01:00'));
    assert.deepEqual(
      due.map((p) => p.kind),
      ['meeting-reminder', 'bundle'],
    );
    assert.ok(expired.every((p) => p.kind === 'deadline-channel' || p.kind === 'deadline-personal'));
    assert.equal(duePosts(posts, new Date('2026-12-04T17:00:00+01:00')).due.length, 0, 'nothing after the meeting');
  });

  it('plans a Monday 09:00 digest per channel, skipping Easter Monday and recesses', () => {
    const channels = [{ conversationId: '19:sg', groupIds: ['sg'] }];
    const mondays = (from: string, to: string) => planDigests(channels, from, to, cal, ZONE).map((p) => isoWithOffset(p.at, ZONE));
    assert.deepEqual(mondays('2026-12-01', '2027-01-12'), [
      '2026-12-07T09:00:00+01:00',
      '2026-12-14T09:00:00+01:00',
      '2027-01-04T09:00:00+01:00',
      '2027-01-11T09:00:00+01:00',
    ]);
    assert.deepEqual(mondays('2027-03-22', '2027-04-05'), ['2027-03-22T09:00:00+01:00', '2027-04-05T09:00:00+02:00']);
  });

  it('sends only the latest of several offsets of one reminder that are due at once, at every tick', () => {
    const posts = planMeetingPosts([meeting('2026-12-04')], cal, ZONE);
    for (const at of ['2026-12-03T10:00:00+01:00', '2026-12-03T11:59:00+01:00']) {
      const { due, superseded } = duePosts(posts, new Date(at));
      assert.deepEqual(
        due
          .filter((p) => p.kind.startsWith('deadline-'))
          .map((p) => `${p.kind} ${p.offset} ${p.target.kind === 'channel' ? p.target.conversationId : p.target.person}`),
        ['deadline-channel D-3h 19:sg', 'deadline-personal D-2h daan', 'deadline-personal D-2h sanne'],
      );
      assert.deepEqual(superseded.map((s) => `${s.post.offset}→${s.by.offset}`).sort(), ['D-24h→D-2h', 'D-24h→D-2h', 'D-2wd→D-3h']);
    }
    // One offset due alone is sent as it is.
    const tuesday = duePosts(posts, new Date('2026-12-01T12:00:00+01:00'));
    assert.deepEqual(
      tuesday.due.map((p) => p.offset),
      ['D-2wd'],
    );
    assert.equal(tuesday.superseded.length, 0);
  });

  it('builds every post key in one place, the same as the planner', () => {
    const bundle = planMeetingPosts([meeting('2026-12-04')], cal, ZONE).find((p) => p.kind === 'bundle')!;
    assert.equal(postKeys.bundle('sg', '2026-12-04', '19:sg'), bundle.key);
    assert.equal(bundle.reminder, 'sg/2026-12-04/bundle/channel:19:sg');
  });

  it("counts down a meeting reminder only on the meeting's own day, never to 0 minutes", () => {
    const start = new Date('2026-12-04T16:00:00+01:00');
    assert.equal(minutesToStartIfToday(start, new Date('2026-12-03T09:00:00+01:00'), ZONE), undefined);
    assert.equal(minutesToStartIfToday(start, new Date('2026-12-04T15:59:00+01:00'), ZONE), 1);
    assert.equal(minutesToStartIfToday(start, new Date('2026-12-04T15:59:50+01:00'), ZONE), 1);
    assert.equal(minutesToStartIfToday(start, new Date('2026-12-04T13:55:00+01:00'), ZONE), 125);
    assert.equal(minutesToStartIfToday(start, new Date('2026-12-04T16:00:00+01:00'), ZONE), undefined);
  });

  it('says how soon a meeting starts in Dutch and English', () => {
    assert.equal(nlMessages.meetingStartsIn('16:00', 1), 'Begint om 16:00, over 1 minuut.');
    assert.equal(nlMessages.meetingStartsIn('16:00', 25), 'Begint om 16:00, over 25 minuten.');
    assert.equal(nlMessages.meetingStartsIn('16:00', 120), 'Begint om 16:00, over 2 uur.');
    assert.equal(nlMessages.meetingStartsIn('16:00', 125), 'Begint om 16:00, over 2 uur en 5 minuten.');
    assert.equal(enMessages.meetingStartsIn('16:00', 1), 'Starts at 16:00, in 1 minute.');
    assert.equal(enMessages.meetingStartsIn('16:00', 61), 'Starts at 16:00, in 1 hour and 1 minute.');
    assert.equal(enMessages.reminderMeetingTitle('SG meeting', 'Friday 4 December'), 'Reminder: SG meeting of Friday 4 December');
    assert.equal(nlMessages.reminderMeetingTitle('SG-overleg', 'vrijdag 4 december'), 'Herinnering: SG-overleg van vrijdag 4 december');
  });

  describe('late-pitch replies, derived from sent bundles and stored pitches', () => {
    const bundle = (conversationId: string) => ({
      groupId: 'sg',
      originalDate: '2026-12-04',
      conversationId,
      rootId: `root-${conversationId}`,
      asOf: new Date('2026-12-03T12:00:00+01:00'),
    });
    const end = new Date('2026-12-04T12:00:00+01:00');
    const at = (iso: string) => new Date(iso);

    it("plans one reply per channel for a pitch submitted after the bundle's state, keyed per revision, due until the meeting ends", () => {
      const posts = planLateReplies(
        [bundle('19:a'), bundle('19:b')],
        [
          {
            groupId: 'sg',
            originalDate: '2026-12-04',
            end,
            submitted: [
              { themeId: 'schulden', at: at('2026-12-03T14:00:00+01:00'), revision: 3 },
              { themeId: 'wonen', at: at('2026-12-03T11:00:00+01:00'), revision: 1 },
            ],
          },
        ],
      );
      assert.deepEqual(
        posts.map((p) => [p.key, p.kind, p.thread, p.theme, p.revision, p.expiresAt.toISOString()]),
        [
          [postKeys.lateReply('sg', '2026-12-04', 'schulden', 3, '19:a'), 'late-reply', 'root-19:a', 'schulden', 3, end.toISOString()],
          [postKeys.lateReply('sg', '2026-12-04', 'schulden', 3, '19:b'), 'late-reply', 'root-19:b', 'schulden', 3, end.toISOString()],
        ],
      );
      assert.equal(posts[0].key, 'late/sg/2026-12-04/schulden/3/19:a', 'the layout claims were stored under before');
      assert.deepEqual(planLateReplies([bundle('19:a')], []), [], 'nothing without the meeting');
    });

    it('counts drafts in the revision number, and takes the latest submission', () => {
      const base = {
        groupId: 'sg',
        originalDate: '2026-12-04',
        themeId: 'schulden',
        answers: { problem: 'p', acceleration: 'a', dilemmas: 'd', needs: 'n', whom: 'w' },
        by: 'x',
        byName: 'x',
        deadline: at('2026-12-03T12:00:00+01:00'),
      };
      let pitch = recordPitch(undefined, { ...base, kind: 'draft', at: at('2026-12-03T10:00:00+01:00') });
      assert.equal(lastSubmission(pitch), undefined);
      pitch = recordPitch(pitch, { ...base, kind: 'submitted', at: at('2026-12-03T13:00:00+01:00') });
      pitch = recordPitch(pitch, { ...base, kind: 'draft', at: at('2026-12-03T14:00:00+01:00') });
      assert.deepEqual(lastSubmission(pitch), { at: at('2026-12-03T13:00:00+01:00'), revision: 2 });
    });
  });

  it('plans one notice per coordinator for an unreachable conversation, naming every group, for a week', () => {
    const since = new Date('2026-12-01T12:00:00+01:00');
    const coordinators: Record<string, string[]> = { sg: ['Co@x.nl', 'ann@x.nl'], wg: ['co@x.nl'] };
    const where = { kind: 'channel' as const, names: { channel: 'Planning', team: 'Werkgroep' } };
    const posts = planUnreachableNotices([{ conversationId: '19:a', since, groupIds: ['sg', 'wg'], where }], (g) => coordinators[g] ?? []);
    assert.deepEqual(
      posts.map((p) => [p.key, p.kind, p.groups, p.about, p.conversationId, p.expiresAt.getTime() - since.getTime()]),
      [
        ['notice/unreachable/19:a/person:ann@x.nl', 'unreachable-notice', ['sg'], where, '19:a', 7 * 86_400_000],
        ['notice/unreachable/19:a/person:co@x.nl', 'unreachable-notice', ['sg', 'wg'], where, '19:a', 7 * 86_400_000],
      ],
    );
  });

  it('plans one weekly digest per channel with the list of its groups', () => {
    const [d] = planDigests([{ conversationId: '19:a', groupIds: ['sg', 'wg'] }], '2026-12-07', '2026-12-07', cal, ZONE);
    assert.deepEqual(d.groups, ['sg', 'wg']);
    assert.equal(d.monday, '2026-12-07');
    assert.ok(!('groupId' in d), 'a digest is about a list of groups, not one');
    assert.equal(d.key, 'digest/2026-12-07/channel:19:a');
  });

  it('makes a switch over post kinds that forgets a kind fail to compile, and each kind carry what it needs', () => {
    const forgetful = (p: PlannedPost): string => {
      switch (p.kind) {
        case 'bundle':
          return p.originalDate;
        default:
          // @ts-expect-error -- every other kind is unhandled here, so `p` is not `never` (tsc fails if this stops being an error)
          return unhandledKind(p);
      }
    };
    const posts = planMeetingPosts([meeting('2026-12-04')], cal, ZONE);
    assert.equal(forgetful(posts.find((p) => p.kind === 'bundle')!), '2026-12-04');
    assert.throws(() => forgetful(posts.find((p) => p.kind === 'meeting-reminder')!), /unhandled post kind meeting-reminder/);
    const [digest] = planDigests([{ conversationId: '19:a', groupIds: ['sg', 'wg'] }], '2026-12-07', '2026-12-07', cal, ZONE);
    assert.deepEqual(postGroups(digest), ['sg', 'wg']);
    assert.deepEqual(postGroups(posts[0]), ['sg']);
  });
});

describe('planChangeNotices: a cancelled or moved meeting, told to whoever had answered', () => {
  it('one notice per person per change, due from the change until the meeting; a later change is a new key of the same reminder', () => {
    const base = { groupId: 'sg', originalDate: '2026-12-18', expiresAt: new Date('2026-12-17T14:00:00Z'), people: ['a@x', 'b@x', 'a@x'] };
    const first = planChangeNotices([{ ...base, changedAt: new Date('2026-12-01T08:00:00Z') }]);
    assert.deepEqual(
      first.map((p) => p.key),
      ['change/sg/2026-12-18/2026-12-01T08:00:00.000Z/person:a@x', 'change/sg/2026-12-18/2026-12-01T08:00:00.000Z/person:b@x'],
    );
    const second = planChangeNotices([{ ...base, changedAt: new Date('2026-12-02T08:00:00Z') }]);
    assert.equal(second[0].reminder, first[0].reminder);
    assert.notEqual(second[0].key, first[0].key);
    assert.equal(duePosts(first, new Date('2026-12-01T07:59:00Z')).due.length, 0, 'not before the change');
    assert.equal(duePosts(first, new Date('2026-12-10T00:00:00Z')).due.length, 2);
    assert.equal(duePosts(first, new Date('2026-12-17T14:00:00Z')).expired.length, 2, 'pointless once the meeting has begun');
  });
});
