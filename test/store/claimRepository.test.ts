import { strict as assert } from 'node:assert';
import { claimDecision } from '../../src/domain/claims';
import { Claims } from '../../src/store/claimRepository';
import { MemoryConditionalStorage } from '../../src/store/conditionalStorage';

const at = (iso: string) => new Date(iso);

describe('the claims repository', () => {
  it('lets exactly one of two instances take over an expired claim', async () => {
    const storage = new MemoryConditionalStorage();
    const a = new Claims(storage, 'a:1', 1_000);
    const b = new Claims(storage, 'b:2', 1_000);
    const c = new Claims(storage, 'c:3', 1_000);
    assert.ok(await a.claim('k', at('2026-12-03T11:00:00.000Z')));
    const later = at('2026-12-03T11:00:05.000Z');
    const [seenB, seenC] = [(await b.readMany(['k'])).get('k')!, (await c.readMany(['k'])).get('k')!];
    assert.equal(claimDecision(seenB, later, true, 1_000), 'take-over');
    const won = await Promise.all([b.takeOver(seenB, later), c.takeOver(seenC, later)]);
    assert.deepEqual(won.sort(), [false, true]);
    assert.equal(await a.renew('k', later), false, 'the first holder learns it lost the claim');
  });
});
