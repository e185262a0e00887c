import { strict as assert } from 'node:assert';
import { join } from 'node:path';
import { createActionItem } from '../../src/domain/actionItems';
import { recordPitch } from '../../src/domain/pitches';
import { Repositories } from '../../src/store/repositories';
import { SqliteStorage } from '../../src/store/sqliteStorage';
import { tempDir } from '../helpers/appHarness';
import { runCli } from '../helpers/runCli';

interface PostJson {
  kind: string;
  at: string;
  offset: string;
  target: { kind: string; conversationId?: string | null; person?: string };
  themes?: string[];
}

describe('overlegbot plan (dry run of the reminder planning)', () => {
  it('lists what the bot will post from the config alone, with the unbound channel as a placeholder', async () => {
    const r = await runCli(['plan', '--from', '2026-12-01', '--to', '2026-12-03', '--group', 'sg', '--json', '--data-dir', tempDir()]);
    assert.equal(r.code, 0, r.stderr);
    const posts = JSON.parse(r.stdout) as PostJson[];
    assert.deepEqual(
      posts.map((p) => `${p.at} ${p.kind} ${p.offset} ${p.target.kind === 'channel' ? p.target.conversationId : p.target.person}`),
      [
        '2026-12-01T12:00:00+01:00 deadline-channel D-2wd null',
        '2026-12-02T12:00:00+01:00 deadline-personal D-24h bram.jansen@overlegbot.example',
        '2026-12-02T12:00:00+01:00 deadline-personal D-24h sanne.devries@overlegbot.example',
        '2026-12-03T09:00:00+01:00 deadline-channel D-3h null',
        '2026-12-03T09:00:00+01:00 meeting-reminder M-1wd@09:00 null',
        '2026-12-03T10:00:00+01:00 deadline-personal D-2h bram.jansen@overlegbot.example',
        '2026-12-03T10:00:00+01:00 deadline-personal D-2h sanne.devries@overlegbot.example',
        '2026-12-03T12:00:00+01:00 bundle D null',
      ],
    );
  });

  it('uses the stored state: bound channels, and no personal reminder to a lead who delivered', async () => {
    const dataDir = tempDir();
    const storage = new SqliteStorage(join(dataDir, 'overlegbot.sqlite'));
    const repos = new Repositories(storage);
    await repos.bind('19:sg@thread.tacv2', 'sg', 'Carla', new Date('2026-11-30T09:00:00Z'));
    const answers = { problem: 'p', acceleration: 'a', dilemmas: 'd', needs: 'n', whom: 'w' };
    await repos.updatePitch('sg', '2026-12-04', 'schulden', (c) =>
      recordPitch(c, {
        groupId: 'sg',
        originalDate: '2026-12-04',
        themeId: 'schulden',
        answers,
        kind: 'submitted',
        by: 'x',
        byName: 'Sanne',
        at: new Date('2026-12-01T09:00:00Z'),
        deadline: null,
      }),
    );
    storage.close();
    const r = await runCli(['plan', '--from', '2026-12-02', '--to', '2026-12-02', '--group', 'sg', '--json', '--data-dir', dataDir]);
    const posts = JSON.parse(r.stdout) as PostJson[];
    assert.deepEqual(
      posts.map((p) => p.target.person ?? p.target.conversationId),
      ['bram.jansen@overlegbot.example'],
    );
    const text = await runCli(['plan', '--from', '2026-12-03', '--to', '2026-12-03', '--group', 'sg', '--data-dir', dataDir]);
    assert.match(text.stdout, /^2026-12-03 12:00 {2}pitchbundel \(D\) {2}SG-overleg {2}→ 19:sg@thread\.tacv2$/m);
  });

  it("lists the personal reminders of open action items (the owning organisation's members), in the text listing too", async () => {
    const dataDir = tempDir();
    const storage = new SqliteStorage(join(dataDir, 'overlegbot.sqlite'));
    const repos = new Repositories(storage);
    await repos.updateActionItems(
      'sg',
      (c) =>
        createActionItem(
          c,
          { groupId: 'sg', meeting: '2026-11-27', text: 'BZK levert input aan', owner: { kind: 'organisation', name: 'BZK' }, due: '2026-12-08' },
          { id: 'carla', name: 'Carla' },
          new Date('2026-11-27T17:00:00Z'),
          'Europe/Amsterdam',
        ).doc,
    );
    storage.close();
    const r = await runCli(['plan', '--from', '2026-12-07', '--to', '2026-12-08', '--group', 'sg', '--json', '--data-dir', dataDir]);
    assert.equal(r.code, 0, r.stderr);
    const posts = (JSON.parse(r.stdout) as PostJson[]).filter((p) => p.kind === 'action-personal');
    assert.deepEqual(
      posts.map((p) => `${p.at} ${p.offset} ${p.target.person}`),
      ['2026-12-07T09:00:00+01:00 A-1wd@09:00 bram.jansen@overlegbot.example', '2026-12-08T09:00:00+01:00 A@09:00 bram.jansen@overlegbot.example'],
    );
    const text = await runCli(['plan', '--from', '2026-12-07', '--to', '2026-12-08', '--group', 'sg', '--data-dir', dataDir]);
    assert.match(text.stdout, /^2026-12-07 09:00 {2}herinnering actiepunt \(A-1wd@09:00\) {2}SG-overleg {2}→ bram\.jansen@overlegbot\.example$/m);
    const en = await runCli(['plan', '--from', '2026-12-07', '--to', '2026-12-08', '--group', 'sg', '--lang', 'en', '--data-dir', dataDir]);
    assert.match(en.stdout, /^2026-12-07 09:00 {2}action item reminder \(A-1wd@09:00\) {2}SG-overleg {2}→ bram\.jansen@overlegbot\.example$/m);
  });

  it('words the listing from the catalogue, in Dutch by default and in English with --lang en (real process)', async () => {
    const nl = await runCli(['plan', '--from', '2026-12-03', '--to', '2026-12-03', '--group', 'sg']);
    assert.equal(nl.code, 0, nl.stderr);
    assert.match(nl.stdout, /pitchbundel \(D\) {2}SG-overleg {2}→ kanaal van het SG-overleg \(nog niet gekoppeld\)$/m);
    const en = await runCli(['plan', '--from', '2026-12-03', '--to', '2026-12-03', '--group', 'sg', '--lang', 'en']);
    assert.match(en.stdout, /pitch bundle \(D\) {2}SG-overleg {2}→ channel of the SG-overleg \(not linked yet\)$/m);
    const none = await runCli(['plan', '--from', '2026-12-26', '--to', '2026-12-26', '--group', 'rijk', '--lang', 'en']);
    assert.equal(none.stdout, 'I will send nothing in this period.\n');
    const bad = await runCli(['plan', '--from', '2026-12-03', '--to', '2026-12-03', '--lang', 'fr']);
    assert.equal(bad.code, 2);
  });
});
