import { strict as assert } from 'node:assert';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ActionItemService } from '../../src/services/actionItemService';
import { CalendarService } from '../../src/services/calendarService';
import { keys } from '../../src/store/keys';
import { Repositories } from '../../src/store/repositories';
import { SqliteStorage } from '../../src/store/sqliteStorage';
import { testSchedule } from '../helpers/botHarness';

describe('action items in the store (SQLite)', () => {
  const file = join(mkdtempSync(join(tmpdir(), 'overlegbot-actions-')), 'bot.sqlite');
  const storage = new SqliteStorage(file);
  after(() => storage.close());
  const repos = new Repositories(storage);
  const calendar = new CalendarService(testSchedule(), repos);
  const service = new ActionItemService(calendar, repos);
  const sg = calendar.group('sg')!;
  const now = new Date('2026-12-04T18:00:00+01:00');
  const carla = { id: 'aad-coordinator', name: 'Carla' };

  it('records concurrently without losing one (eTag): every item its own number; schemaVersion written', async () => {
    const texts = Array.from({ length: 8 }, (_, i) => `punt ${i + 1}`);
    await Promise.all(texts.map((t) => service.record(sg, '2026-12-04', t, { kind: 'organisation', name: 'BZK' }, '2026-12-15', carla, now)));
    const items = await service.items('sg');
    assert.deepEqual(
      items.map((i) => i.id).sort((a, b) => a - b),
      [1, 2, 3, 4, 5, 6, 7, 8],
    );
    assert.deepEqual(new Set(items.map((i) => i.text)), new Set(texts));
    const raw = (await storage.read([keys.actionItems('sg')]))[keys.actionItems('sg')] as { schemaVersion?: number };
    assert.equal(raw.schemaVersion, 1);
  });

  it('survives a restart (a new store on the same file)', async () => {
    const again = new SqliteStorage(file);
    try {
      const items = await new ActionItemService(calendar, new Repositories(again)).items('sg');
      assert.equal(items.length, 8);
    } finally {
      again.close();
    }
  });

  it('finds the owner at the start of a sentence (organisation or member, longest first) and the most recent meeting', async () => {
    assert.deepEqual(service.ownerAt(sg, ['BZK', 'levert', 'input']), { owner: { kind: 'organisation', name: 'BZK' }, length: 1 });
    const bram = service.ownerAt(sg, ['Bram', 'Jansen', 'belt']);
    assert.equal(bram?.owner.kind === 'member' && bram.owner.name, 'Bram Jansen');
    assert.equal(bram?.length, 2);
    assert.equal(service.ownerAt(sg, ['iemand', 'belt']), undefined);
    const last = await service.meeting(sg, undefined, new Date('2026-12-09T10:00:00+01:00'));
    assert.equal(last?.originalDate, '2026-12-04');
  });
});
