import { strict as assert } from 'node:assert';
import { UnderstandMemo } from '../../src/bot/understandMemo';
import { understanderFor } from '../../src/features/understanding';
import { loadSchedule } from '../../src/schedule/loadSchedule';
import { Understood } from '../../src/understand/slots';
import { UnderstandContext } from '../../src/understand/understand';
import { DEFAULT_SCHEDULE } from '../helpers/schedules';

describe('the understander memo (repeated messages are read once)', () => {
  const understander = understanderFor(loadSchedule(DEFAULT_SCHEDULE));
  const today = '2026-12-03';

  function counting() {
    const calls: string[] = [];
    const memo = new UnderstandMemo((text, ctx) => {
      calls.push(text);
      return understander.understand(text, ctx);
    }, 3);
    return { memo, calls };
  }

  it('answers exactly as the understander does, for commands, follow-ups and bound conversations', () => {
    const { memo } = counting();
    const contexts: UnderstandContext[] = [
      { today },
      { today, bound: true },
      { today, previous: { intent: 'next-meeting', groupId: 'sg' } },
      { today: '2027-01-15', previous: { intent: 'next-meeting', date: '2027-01-20' } },
    ];
    const texts = [
      'volgende overleg',
      'wanneer is het volgende SG-overleg?',
      'en daarna?',
      'help',
      'overleggen in januari',
      'wat is de deadline',
      'en voor het kabinet?',
    ];
    for (const ctx of contexts)
      for (const text of texts) {
        const direct = understander.understand(text, ctx);
        assert.deepEqual(memo.read(text, ctx), direct, `${text} ${JSON.stringify(ctx)}`);
        assert.deepEqual(memo.read(text, ctx), direct, `${text} ${JSON.stringify(ctx)}, the second time`);
      }
  });

  it('reads a repeated message once, and again on another day, binding or previous answer', () => {
    const { memo, calls } = counting();
    memo.read('volgende overleg', { today });
    memo.read('volgende overleg', { today });
    assert.equal(calls.length, 1);
    memo.read('volgende overleg', { today: '2026-12-04' });
    memo.read('volgende overleg', { today, bound: true });
    memo.read('volgende overleg', { today, previous: { intent: 'next-meeting', groupId: 'sg' } });
    assert.equal(calls.length, 4);
  });

  it('gives every caller its own copy', () => {
    const { memo } = counting();
    const first: Understood = memo.read('wanneer is het volgende SG-overleg?', { today });
    first.slots.group = { id: 'changed' };
    first.why.push('changed');
    const second = memo.read('wanneer is het volgende SG-overleg?', { today });
    assert.deepEqual(second, understander.understand('wanneer is het volgende SG-overleg?', { today }));
  });

  it('keeps at most its limit, dropping the least recently used', () => {
    const { memo, calls } = counting();
    for (const t of ['a', 'b', 'c']) memo.read(t, { today });
    memo.read('a', { today }); // a is now the most recent; b is the oldest
    memo.read('d', { today });
    assert.equal(memo.size, 3);
    calls.length = 0;
    memo.read('a', { today });
    memo.read('b', { today });
    assert.deepEqual(calls, ['b']);
  });

  it('does not keep long texts (pasted pitches)', () => {
    const { memo, calls } = counting();
    const long = `1. Probleem ${'x'.repeat(300)}`;
    memo.read(long, { today });
    memo.read(long, { today });
    assert.equal(calls.length, 2);
    assert.equal(memo.size, 0);
  });
});
