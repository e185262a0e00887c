import { strict as assert } from 'node:assert';
import ICAL from 'ical.js';
import { ActionItem, confirmNewDate, createActionItem, markDone, requestNewDate } from '../../src/domain/actionItems';
import { actionItemUid, buildFeed } from '../../src/ics/buildFeed';
import { testSchedule } from '../helpers/botHarness';

const ZONE = 'Europe/Amsterdam';
const carla = { id: 'aad-coordinator', name: 'Carla' };

function items(): ActionItem[] {
  let doc = createActionItem(
    undefined,
    { groupId: 'sg', meeting: '2026-12-04', text: 'BZK levert input aan', owner: { kind: 'organisation', name: 'BZK' }, due: '2026-12-08' },
    carla,
    new Date('2026-12-04T17:00:00Z'),
    ZONE,
  ).doc;
  doc = createActionItem(
    doc,
    { groupId: 'sg', meeting: '2026-12-04', text: 'afgerond', owner: { kind: 'organisation', name: 'VWS' }, due: '2026-12-09' },
    carla,
    new Date('2026-12-04T17:00:00Z'),
    ZONE,
  ).doc;
  doc = markDone(doc, 2, carla, new Date('2026-12-05T09:00:00Z')).doc;
  return doc.items;
}

function feedWith(list: readonly ActionItem[] | undefined): string {
  const schedule = testSchedule();
  return buildFeed(
    schedule.groups.filter((g) => g.id === 'sg'),
    schedule.calendar,
    {
      name: 'test',
      stamp: new Date('2026-12-01T00:00:00Z'),
      horizon: '2027-12-31',
      deadlinesFrom: '2026-11-01',
      zone: ZONE,
      ...(list ? { actionItems: list } : {}),
    },
  );
}

const actionEvents = (feed: string) =>
  new ICAL.Component(ICAL.parse(feed)).getAllSubcomponents('vevent').filter((e) => String(e.getFirstPropertyValue('uid')).startsWith('action-'));

describe('the ICS feed: action items as all-day events on their due dates', () => {
  it('one all-day event per open item, with a stable UID; done items are left out', () => {
    const feed = feedWith(items());
    const events = actionEvents(feed);
    assert.deepEqual(
      events.map((e) => e.getFirstPropertyValue('uid')),
      [actionItemUid('sg', 1)],
    );
    assert.equal(actionItemUid('sg', 1), 'action-sg-1@overlegbot');
    assert.match(feed, /\r\nDTSTART;VALUE=DATE:20261208\r\n/);
    assert.match(feed, /\r\nDTEND;VALUE=DATE:20261209\r\n/);
    assert.equal(events[0].getFirstPropertyValue('summary'), 'Actiepunt 1 SG-overleg: BZK');
    assert.equal(events[0].getFirstPropertyValue('description'), 'BZK levert input aan');
  });

  it('a confirmed new date moves the same event (same UID, higher SEQUENCE)', () => {
    const base = { groupId: 'sg', nextId: 3, items: items() };
    const moved = confirmNewDate(
      requestNewDate(base, 1, '2026-12-15', carla, new Date('2026-12-07T09:00:00Z'), ZONE).doc,
      1,
      carla,
      new Date('2026-12-07T10:00:00Z'),
    ).doc;
    const feed = feedWith(moved.items);
    const [event] = actionEvents(feed);
    assert.equal(event.getFirstPropertyValue('uid'), 'action-sg-1@overlegbot');
    assert.equal(event.getFirstPropertyValue('sequence'), 1);
    assert.match(feed, /\r\nDTSTART;VALUE=DATE:20261215\r\n/);
  });

  it('left out when not asked for', () => {
    assert.equal(actionEvents(feedWith(undefined)).length, 0);
  });
});
