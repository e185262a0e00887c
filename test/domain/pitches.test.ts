import { strict as assert } from 'node:assert';
import { buildBundle } from '../../src/domain/bundle';
import { cleanAnswers, emptyAnswers, pitchStatus, recordPitch, validatePitch } from '../../src/domain/pitches';
import { looksLikePitch, parsePitchText } from '../../src/domain/pitchText';

const full = { problem: 'p', acceleration: 'a', dilemmas: 'd', needs: 'n', whom: 'w' };

describe('pitches', () => {
  it('requires all five answers for a submission, not for a draft', () => {
    assert.deepEqual(validatePitch({ ...full, dilemmas: '' }, 'submitted'), [{ question: 'dilemmas', problem: 'required' }]);
    assert.deepEqual(validatePitch({ ...emptyAnswers(), problem: 'x' }, 'draft'), []);
  });

  it('names the answer that is too long, with the limit, counting characters not bytes', () => {
    assert.deepEqual(validatePitch({ ...full, needs: 'é'.repeat(2001) }, 'draft'), [{ question: 'needs', problem: 'too-long', max: 2000, length: 2001 }]);
    assert.deepEqual(validatePitch({ ...full, needs: 'é'.repeat(2000) }, 'submitted'), []);
  });

  it('keeps every revision and marks a submission after the deadline as late', () => {
    const deadline = new Date('2026-12-03T11:00:00Z');
    const base = { groupId: 'sg', originalDate: '2026-12-04', themeId: 'schulden', answers: full, by: 'u', byName: 'U', deadline };
    const draft = recordPitch(undefined, { ...base, kind: 'draft', at: new Date('2026-12-01T09:00:00Z') });
    assert.equal(pitchStatus(draft), 'draft');
    const onTime = recordPitch(draft, { ...base, kind: 'submitted', at: new Date('2026-12-03T10:59:00Z') });
    assert.equal(pitchStatus(onTime), 'submitted');
    const edited = recordPitch(onTime, { ...base, answers: { ...full, whom: 'iedereen' }, kind: 'submitted', at: new Date('2026-12-03T11:30:00Z') });
    assert.equal(pitchStatus(edited), 'late');
    assert.deepEqual(
      edited.revisions.map((r) => [r.kind, r.late]),
      [
        ['draft', false],
        ['submitted', false],
        ['submitted', true],
      ],
    );
    const laterDraft = recordPitch(onTime, { ...base, kind: 'draft', at: new Date('2026-12-02T09:00:00Z') });
    assert.equal(pitchStatus(laterDraft), 'submitted', 'a draft does not withdraw a submission');
    assert.equal(pitchStatus(undefined), 'missing');
  });

  it('cleans answers: trims, normalises line ends, ignores unknown fields and non-strings', () => {
    assert.deepEqual(cleanAnswers({ problem: '  a\r\nb ', needs: 5, extra: 'x' }), { ...emptyAnswers(), problem: 'a\nb' });
  });

  it('bundles in agenda order, with asks side by side and the missing ones named', () => {
    const themes = [
      { id: 'wonen', name: 'Wonen', department: 'BZK', leadName: 'Bram' },
      { id: 'schulden', name: 'Schulden', department: 'SZW', leadName: 'Sanne' },
    ];
    const p = recordPitch(undefined, {
      groupId: 'sg',
      originalDate: '2026-12-04',
      themeId: 'schulden',
      answers: full,
      kind: 'submitted',
      by: 'u',
      byName: 'Sanne',
      at: new Date('2026-12-01T09:00:00Z'),
      deadline: null,
    });
    const b = buildBundle('sg', '2026-12-04', themes, new Map([['schulden', p]]));
    assert.deepEqual(
      b.items.map((i) => [i.theme.id, i.status]),
      [
        ['wonen', 'missing'],
        ['schulden', 'submitted'],
      ],
    );
    assert.deepEqual(b.asks, [{ theme: themes[1], needs: 'n', whom: 'w' }]);
    assert.deepEqual(b.missing, [themes[0]]);
  });
});

describe('pitches pasted as text', () => {
  const rows: [string, string, Record<string, string>][] = [
    [
      'numbered Dutch, questions in full, as in the e-mail',
      "1) Wat is het probleem?\nJongeren raken hun bijbaan kwijt.\nKansen liggen in de wijk.\n2) Waar zie je mogelijkheden voor een 'coronaversnelling'?\nOmscholing.\n3) Wat zijn je dilemma's?\nGeld.\n4) Wat heb je hiervoor nodig? Ruimte in regels.\n5) Wie heb je hiervoor nodig?\nGemeenten, UWV",
      {
        problem: 'Jongeren raken hun bijbaan kwijt.\nKansen liggen in de wijk.',
        acceleration: 'Omscholing.',
        dilemmas: 'Geld.',
        needs: 'Ruimte in regels.',
        whom: 'Gemeenten, UWV',
      },
    ],
    [
      'named Dutch headings with colons, bold from Word',
      "**Probleem:** schulden stijgen\n**Versnelling:** collectieve regeling\n**Dilemma's:** privacy\n**Wat heb je nodig:** mandaat\n**Wie heb je nodig:** banken",
      { problem: 'schulden stijgen', acceleration: 'collectieve regeling', dilemmas: 'privacy', needs: 'mandaat', whom: 'banken' },
    ],
    [
      'English headings on their own lines',
      'What is the problem?\nYoung people lose jobs.\n\nRoom for acceleration\nRetraining.\nDilemmas\nMoney.\nWhat do you need?\nRules.\nWhom do you need?\nMunicipalities.',
      { problem: 'Young people lose jobs.', acceleration: 'Retraining.', dilemmas: 'Money.', needs: 'Rules.', whom: 'Municipalities.' },
    ],
    [
      'HTML entities in pasted text, decoded',
      '1. Sport &amp; Cultuur &lt;jong&gt;\n2. Flitsplan\n3. Grond&nbsp;en geld\n4. Regelruimte\n5. Corporaties',
      { problem: 'Sport & Cultuur <jong>', acceleration: 'Flitsplan', dilemmas: 'Grond\u00a0en geld', needs: 'Regelruimte', whom: 'Corporaties' },
    ],
    [
      'numbers only, no wording',
      '1. Te weinig woningen\n2. Flitsplan\n3. Grond\n4. Regelruimte\n5. Corporaties',
      { problem: 'Te weinig woningen', acceleration: 'Flitsplan', dilemmas: 'Grond', needs: 'Regelruimte', whom: 'Corporaties' },
    ],
  ];
  for (const [name, text, want] of rows) {
    it(`reads ${name}`, () => {
      const got = parsePitchText(text);
      assert.deepEqual(got.answers, want);
      assert.ok(looksLikePitch(text));
    });
  }

  it('does not mistake a question or a short message for a pitch', () => {
    assert.equal(looksLikePitch('wat is het probleem met de planning?'), false);
    assert.equal(looksLikePitch('volgende overleg'), false);
    assert.equal(looksLikePitch('Probleem: x\nnog iets'), false);
  });
});
