import { strict as assert } from 'node:assert';
import {
  ActionItemError,
  ActionOwner,
  confirmNewDate,
  createActionItem,
  GroupActionItems,
  isOverdue,
  markDone,
  MAX_ACTION_TEXT_LENGTH,
  ownedBy,
  requestNewDate,
  viewActionItems,
  viewPerMeeting,
} from '../../src/domain/actionItems';
import { planActionReminders } from '../../src/domain/reminders';
import { testSchedule } from '../helpers/botHarness';

const ZONE = 'Europe/Amsterdam';
/** A fake clock: every instant is passed in. */
const at = (iso: string) => new Date(iso);
const CARLA = { id: 'carla@x.nl', name: 'Carla' };
const BRAM = { id: 'bram@x.nl', name: 'Bram' };
const BZK: ActionOwner = { kind: 'organisation', name: 'BZK' };
const SANNE: ActionOwner = { kind: 'member', id: 'sanne@x.nl', name: 'Sanne', organisation: 'SZW' };

function withTwo(): GroupActionItems {
  const a = createActionItem(
    undefined,
    { groupId: 'sg', meeting: '2026-12-04', text: '  BZK levert   input aan ', owner: BZK, due: '2026-12-08' },
    CARLA,
    at('2026-12-04T17:00:00+01:00'),
    ZONE,
  );
  return createActionItem(
    a.doc,
    { groupId: 'sg', meeting: '2026-12-11', text: 'Sanne stuurt de notitie rond', owner: SANNE, due: '2026-12-15' },
    CARLA,
    at('2026-12-11T17:00:00+01:00'),
    ZONE,
  ).doc;
}

describe('action items: the lifecycle', () => {
  it('create: numbered per group from 1, text tidied, open, with who and when', () => {
    const doc = withTwo();
    assert.deepEqual(
      doc.items.map((i) => [i.id, i.text, i.status, i.due, i.meeting]),
      [
        [1, 'BZK levert input aan', 'open', '2026-12-08', '2026-12-04'],
        [2, 'Sanne stuurt de notitie rond', 'open', '2026-12-15', '2026-12-11'],
      ],
    );
    assert.equal(doc.nextId, 3);
    assert.deepEqual(doc.items[0].history, [{ kind: 'created', at: '2026-12-04T16:00:00.000Z', by: 'carla@x.nl', byName: 'Carla', due: '2026-12-08' }]);
  });

  it('create refuses an empty or too long text and a due date in the past (in Amsterdam, not UTC)', () => {
    const input = { groupId: 'sg', meeting: '2026-12-04', text: 'x', owner: BZK, due: '2026-12-04' };
    assert.throws(
      () => createActionItem(undefined, { ...input, text: '   ' }, CARLA, at('2026-12-04T12:00:00Z'), ZONE),
      (e: ActionItemError) => e.code === 'empty-text',
    );
    assert.throws(
      () => createActionItem(undefined, { ...input, text: 'x'.repeat(MAX_ACTION_TEXT_LENGTH + 1) }, CARLA, at('2026-12-04T12:00:00Z'), ZONE),
      (e: ActionItemError) => e.code === 'text-too-long',
    );
    // 23:30 UTC on 4 December is already 5 December in Amsterdam.
    assert.throws(
      () => createActionItem(undefined, input, CARLA, at('2026-12-04T23:30:00Z'), ZONE),
      (e: ActionItemError) => e.code === 'due-in-past',
    );
    assert.equal(createActionItem(undefined, input, CARLA, at('2026-12-04T22:30:00Z'), ZONE).item.due, '2026-12-04', 'due today is allowed');
  });

  it('markDone: done with who and when; twice is refused; an unknown number is refused', () => {
    const { doc, item } = markDone(withTwo(), 1, BRAM, at('2026-12-07T10:00:00+01:00'));
    assert.equal(item.status, 'done');
    assert.deepEqual(item.history.at(-1), { kind: 'done', at: '2026-12-07T09:00:00.000Z', by: 'bram@x.nl', byName: 'Bram' });
    assert.equal(doc.items[1].status, 'open', 'the other item is untouched');
    assert.throws(
      () => markDone(doc, 1, BRAM, at('2026-12-07T11:00:00+01:00')),
      (e: ActionItemError) => e.code === 'already-done',
    );
    assert.throws(
      () => markDone(doc, 9, BRAM, at('2026-12-07T11:00:00+01:00')),
      (e: ActionItemError) => e.code === 'unknown-item',
    );
  });

  it('requestNewDate is pending (the old date counts) until a coordinator confirms it', () => {
    const asked = requestNewDate(withTwo(), 1, '2026-12-18', BRAM, at('2026-12-07T10:00:00+01:00'), ZONE);
    assert.equal(asked.item.due, '2026-12-08');
    assert.equal(asked.item.requestedDue, '2026-12-18');
    assert.equal(isOverdue(asked.item, '2026-12-09'), true, 'still overdue on the old date while unconfirmed');
    const ok = confirmNewDate(asked.doc, 1, CARLA, at('2026-12-07T12:00:00+01:00'));
    assert.equal(ok.item.due, '2026-12-18');
    assert.equal(ok.item.requestedDue, undefined);
    assert.deepEqual(
      ok.item.history.map((c) => [c.kind, c.byName, c.due]),
      [
        ['created', 'Carla', '2026-12-08'],
        ['new-date-requested', 'Bram', '2026-12-18'],
        ['new-date-confirmed', 'Carla', '2026-12-18'],
      ],
    );
    assert.throws(
      () => confirmNewDate(ok.doc, 1, CARLA, at('2026-12-07T12:00:00+01:00')),
      (e: ActionItemError) => e.code === 'no-request',
    );
    assert.throws(
      () => requestNewDate(ok.doc, 1, '2026-12-01', BRAM, at('2026-12-07T12:00:00+01:00'), ZONE),
      (e: ActionItemError) => e.code === 'due-in-past',
    );
    assert.throws(
      () => requestNewDate(ok.doc, 1, '2026-12-18', BRAM, at('2026-12-07T12:00:00+01:00'), ZONE),
      (e: ActionItemError) => e.code === 'same-date',
    );
    const done = markDone(ok.doc, 1, BRAM, at('2026-12-08T12:00:00+01:00')).doc;
    assert.throws(
      () => requestNewDate(done, 1, '2026-12-20', BRAM, at('2026-12-08T12:00:00+01:00'), ZONE),
      (e: ActionItemError) => e.code === 'already-done',
    );
  });

  it('marking done drops a pending request', () => {
    const asked = requestNewDate(withTwo(), 1, '2026-12-18', BRAM, at('2026-12-07T10:00:00+01:00'), ZONE).doc;
    const { item } = markDone(asked, 1, BRAM, at('2026-12-07T11:00:00+01:00'));
    assert.equal(item.requestedDue, undefined);
  });
});

describe('action items: the view', () => {
  it('open / overdue / done per group: due today is open, due yesterday is overdue', () => {
    const doc = markDone(withTwo(), 2, BRAM, at('2026-12-12T10:00:00+01:00')).doc;
    const third = createActionItem(
      doc,
      { groupId: 'sg', meeting: '2026-12-11', text: 'VWS reageert', owner: { kind: 'organisation', name: 'VWS' }, due: '2026-12-14' },
      CARLA,
      at('2026-12-11T17:00:00+01:00'),
      ZONE,
    ).doc;
    const onThe9th = viewActionItems(third.items, '2026-12-09');
    assert.deepEqual([onThe9th.open.map((i) => i.id), onThe9th.overdue.map((i) => i.id), onThe9th.done.map((i) => i.id)], [[3], [1], [2]]);
    const onThe8th = viewActionItems(third.items, '2026-12-08');
    assert.deepEqual(
      onThe8th.open.map((i) => i.id),
      [1, 3],
      'soonest due first',
    );
  });

  it('per meeting: only the items of that meeting, most recent meeting first', () => {
    const doc = withTwo();
    assert.deepEqual(
      viewActionItems(doc.items, '2026-12-09', '2026-12-11').open.map((i) => i.id),
      [2],
    );
    assert.deepEqual(
      viewPerMeeting(doc.items, '2026-12-09').map((m) => [m.meeting, m.view.overdue.length, m.view.open.length]),
      [
        ['2026-12-11', 0, 1],
        ['2026-12-04', 1, 0],
      ],
    );
  });

  it('ownedBy: a member by id, an organisation through its members (case-insensitive)', () => {
    const [bzk, sanne] = withTwo().items;
    assert.equal(ownedBy(bzk, { id: 'bram@x.nl', organisation: 'bzk' }), true);
    assert.equal(ownedBy(bzk, { id: 'sanne@x.nl', organisation: 'SZW' }), false);
    assert.equal(ownedBy(sanne, { id: 'sanne@x.nl', organisation: 'SZW' }), true);
    assert.equal(ownedBy(sanne, { id: 'noor@x.nl', organisation: 'SZW' }), false, "a personal item is not the organisation's");
  });
});

describe('action items: reminders on working days', () => {
  const cal = testSchedule().calendar;
  const plan = (due: string) =>
    planActionReminders([{ groupId: 'sg', id: 1, due, people: ['sanne@x.nl', 'sanne@x.nl'] }], cal, ZONE).map((p) => [
      p.offset,
      p.at.toISOString(),
      p.expiresAt.toISOString(),
      p.key,
    ]);

  it('the working day before at 09:00 and the due date at 09:00, once per person, keys with the due date', () => {
    assert.deepEqual(plan('2026-12-08'), [
      ['A-1wd@09:00', '2026-12-07T08:00:00.000Z', '2026-12-08T08:00:00.000Z', 'action/sg/1/2026-12-08/A-1wd@09:00/person:sanne@x.nl'],
      ['A@09:00', '2026-12-08T08:00:00.000Z', '2026-12-08T23:00:00.000Z', 'action/sg/1/2026-12-08/A@09:00/person:sanne@x.nl'],
    ]);
  });

  it('skips the weekend, Christmas and Ascension (and 5 May 2027)', () => {
    assert.equal(plan('2026-12-28')[0][1], '2026-12-24T08:00:00.000Z', 'Monday 28 December: Thursday 24th, over Christmas and the weekend');
    assert.equal(plan('2027-05-07')[0][1], '2027-05-04T07:00:00.000Z', 'Friday after Ascension (6 May) and Bevrijdingsdag (5 May 2027): Tuesday 4 May');
  });
});
