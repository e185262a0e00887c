import { strict as assert } from 'node:assert';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { MemoryConditionalStorage } from '../../src/store/conditionalStorage';
import { SqliteStorage } from '../../src/store/sqliteStorage';
import { storageContract } from '../helpers/storageContract';

const opened: SqliteStorage[] = [];
function sqliteAt(file: string): SqliteStorage {
  const s = new SqliteStorage(file);
  opened.push(s);
  return s;
}

describe('storage backends', () => {
  after(() => opened.forEach((s) => s.close()));

  storageContract('MemoryStorage with create()', () => new MemoryConditionalStorage());
  storageContract(
    'SqliteStorage',
    () => sqliteAt(join(mkdtempSync(join(tmpdir(), 'overlegbot-db-')), 'bot.sqlite')),
    (first) => sqliteAt((first as SqliteStorage).file),
  );

  it('SqliteStorage keeps its data across a close and reopen (a restart)', async () => {
    const file = join(mkdtempSync(join(tmpdir(), 'overlegbot-db-')), 'nested', 'bot.sqlite');
    const a = new SqliteStorage(file);
    await a.write({ k: { v: 'bewaard' } });
    a.close();
    const b = sqliteAt(file);
    assert.equal((await b.read(['k'])).k.v, 'bewaard');
  });

  it('SqliteStorage writes a batch all or nothing', async () => {
    const s = sqliteAt(join(mkdtempSync(join(tmpdir(), 'overlegbot-db-')), 'bot.sqlite'));
    await s.write({ a: { n: 1 } });
    const stale = (await s.read(['a'])).a;
    await s.write({ a: { ...stale, n: 2 } });
    await assert.rejects(s.write({ b: { n: 1 }, a: { ...stale, n: 3 } }));
    assert.deepEqual(Object.keys(await s.read(['a', 'b'])), ['a']);
  });

  it('SqliteStorage runs in WAL mode', () => {
    const s = sqliteAt(join(mkdtempSync(join(tmpdir(), 'overlegbot-db-')), 'bot.sqlite'));
    // eslint-disable-next-line @typescript-eslint/no-explicit-any
    assert.equal((s as any).db.pragma('journal_mode', { simple: true }), 'wal');
  });
});
