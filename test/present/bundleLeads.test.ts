import { strict as assert } from 'node:assert';
import { summarise } from '../../src/domain/attendance';
import { buildBundle, leadMissing, leadPresence } from '../../src/domain/bundle';
import { messagesFor } from '../../src/i18n/catalogue';
import { bundleCards } from '../../src/present/cards/bundleCards';
import { bundleView } from '../../src/present/pitchViews';

const members = [
  { id: 'sanne@x', name: 'Sanne', organisation: 'SZW' },
  { id: 'bram@x', name: 'Bram', organisation: 'BZK' },
  { id: 'eva@x', name: 'Eva', organisation: 'VWS' },
  { id: 'noor@x', name: 'Noor', organisation: 'VNG' },
];
const change = (person: string, answer: { kind: 'present' } | { kind: 'apologies'; deputy?: { name: string } }) => ({
  person,
  answer,
  at: '2026-12-01T08:00:00.000Z',
  by: person,
  byName: person,
});
const answers = [
  change('sanne@x', { kind: 'apologies' }),
  change('bram@x', { kind: 'apologies', deputy: { name: 'Daan' } }),
  change('eva@x', { kind: 'present' }),
];
const summary = summarise(
  { groupId: 'sg', originalDate: '2026-12-04', answers: Object.fromEntries(answers.map((a) => [a.person, a])), history: answers },
  members,
);

describe('the pitch bundle: whether each theme lead attends', () => {
  it('tells present, apologies with and without a deputy, no answer, and nothing for a non-member', () => {
    assert.deepEqual(leadPresence('Eva@x', summary), { kind: 'present' });
    assert.deepEqual(leadPresence('bram@x', summary), { kind: 'apologies', deputy: 'Daan' });
    assert.deepEqual(leadPresence('sanne@x', summary), { kind: 'apologies' });
    assert.deepEqual(leadPresence('noor@x', summary), { kind: 'no-answer' });
    assert.equal(leadPresence('someone@else', summary), undefined);
    assert.equal(leadMissing(leadPresence('sanne@x', summary)), true);
    assert.equal(leadMissing(leadPresence('bram@x', summary)), false);
  });

  it('flags a lead who sent apologies without a deputy on the bundle card, in Dutch and English', () => {
    const themes = [
      { id: 'schulden', name: 'Schulden', department: 'SZW', leadName: 'Sanne' },
      { id: 'wonen', name: 'Wonen', department: 'BZK', leadName: 'Bram' },
    ];
    const answersOf = { situation: 's', goal: 'g', approach: 'a', needs: 'n', whom: 'w' };
    const pitch = (theme: string) => ({
      groupId: 'sg',
      originalDate: '2026-12-04',
      theme,
      status: 'submitted',
      answers: answersOf,
      submittedAt: '2026-12-02T10:00:00.000Z',
      submittedBy: 'x',
      revisions: [],
    });
    const bundle = buildBundle('sg', '2026-12-04', themes, new Map(themes.map((t) => [t.id, pitch(t.id) as never])));
    const leads = new Map([
      ['schulden', leadPresence('sanne@x', summary)!],
      ['wonen', leadPresence('bram@x', summary)!],
    ]);
    for (const lang of ['nl', 'en'] as const) {
      const view = bundleView(bundle, 'SG-overleg', 'vr 4 dec', messagesFor(lang), 'Europe/Amsterdam', lang, undefined, leads);
      assert.deepEqual(
        view.pitches.map((p) => p.lead?.flagged),
        [true, false],
      );
      const json = JSON.stringify(bundleCards(view));
      assert.ok(json.includes(lang === 'nl' ? 'Trekker afgemeld, zonder plaatsvervanger' : 'The lead sent apologies without a deputy'), json);
      assert.ok(json.includes(lang === 'nl' ? 'Daan presenteert' : 'Daan presents'));
      assert.ok(json.includes('"color":"Attention"'));
    }
    assert.equal(bundleView(bundle, 'SG', 'vr', messagesFor('nl'), 'Europe/Amsterdam', 'nl').pitches[0].lead, undefined);
  });
});
