import { strict as assert } from 'node:assert';
import { renderPost } from '../../src/scheduler/postContent';
import { makeHarness } from '../helpers/botHarness';

describe("the meeting reminder's Teams link button", () => {
  for (const [lang, title] of [
    ['nl', 'Deelnemen in Teams'],
    ['en', 'Join in Teams'],
  ] as const) {
    it(`is worded from the catalogue (${lang})`, async () => {
      const h = makeHarness();
      const sg = h.deps.calendar.schedule.groups.find((g) => g.id === 'sg')!;
      (sg as { teamsLink?: string }).teamsLink = 'https://teams.microsoft.com/l/meetup-join/sg';
      const snapshot = await h.deps.planner.snapshot('2026-12-03', '2026-12-03', { groupIds: ['sg'], unboundAsPlaceholder: true });
      const post = snapshot.posts.find((p) => p.kind === 'meeting-reminder')!;
      const [activity] = renderPost(post, snapshot, { calendar: h.deps.calendar, links: h.deps.links }, lang, post.at);
      const actions = (activity.attachments![0].content as { actions: { type: string; title: string; url?: string }[] }).actions;
      const open = actions.find((a) => a.type === 'Action.OpenUrl')!;
      assert.deepEqual([open.title, open.url], [title, 'https://teams.microsoft.com/l/meetup-join/sg']);
    });
  }
});
