import { strict as assert } from 'node:assert';
import { createActionItem } from '../../src/domain/actionItems';
import { recordAnswer } from '../../src/domain/attendance';
import { recordPitch } from '../../src/domain/pitches';
import { Repositories } from '../../src/store/repositories';
import { Azurite, useAzurite } from '../helpers/azurite';
import { runCli } from '../helpers/runCli';

/**
 * The CLI with STORAGE=blob sees what the bot stored on Blob Storage (Azurite): the same factory as the server,
 * for every command that reads bot data. Written through the bot's own repositories.
 */
describe('the CLI on Blob Storage (Azurite)', function () {
  this.timeout(30_000);
  const azurite = useAzurite();
  const container = Azurite.containerName('cli');
  const now = new Date('2026-12-01T09:00:00Z');
  before(async () => {
    const repos = new Repositories(await azurite.current.storage(container));
    await repos.bind('19:sg-channel@thread.tacv2', 'sg', 'aad-coord', now);
    await repos.saveReference('19:sg-channel@thread.tacv2', {
      reference: { conversation: { id: '19:sg-channel@thread.tacv2' } as never, serviceUrl: 'https://smba.example' },
      kind: 'channel',
    });
    const answers = { problem: 'p', acceleration: 'a', dilemmas: 'd', needs: 'n', whom: 'w' };
    await repos.updatePitch('sg', '2026-12-04', 'schulden', (c) =>
      recordPitch(c, {
        groupId: 'sg',
        themeId: 'schulden',
        originalDate: '2026-12-04',
        answers,
        by: 'aad-lead',
        byName: 'Sanne de Vries',
        deadline: new Date('2026-12-03T11:00:00Z'),
        kind: 'submitted',
        at: now,
      }),
    );
    await repos.updateExceptions('sg', () => [
      { kind: 'cancelled', originalDate: '2026-12-11', reason: 'Begrotingsbehandeling', by: 'aad-coord', at: now.toISOString() },
    ]);
    await repos.updateActionItems(
      'sg',
      (c) =>
        createActionItem(
          c,
          { groupId: 'sg', meeting: '2026-11-27', text: 'BZK levert input aan', owner: { kind: 'organisation', name: 'BZK' }, due: '2026-12-08' },
          { id: 'aad-coord', name: 'Carla' },
          now,
          'Europe/Amsterdam',
        ).doc,
    );
    await repos.updateAttendance('sg', '2026-12-04', (c) =>
      recordAnswer(c, {
        groupId: 'sg',
        originalDate: '2026-12-04',
        person: 'bram.jansen@overlegbot.example',
        answer: { kind: 'apologies', reason: 'werkbezoek' },
        by: 'bram.jansen@overlegbot.example',
        byName: 'Bram Jansen',
        at: now,
        meetingStart: new Date('2026-12-04T15:00:00Z'),
        takesPlace: true,
      }),
    );
  });
  const cli = (args: string[]) => runCli(args, now, azurite.current.env(container));

  it('occurrences and ics show the change stored in chat; ics has the open action item', async () => {
    const occ = await cli(['occurrences', '--from', '2026-12-04', '--to', '2026-12-11', '--group', 'sg']);
    assert.equal(occ.code, 0, occ.stderr);
    assert.match(occ.stdout, /11 december: geen SG-overleg \(Begrotingsbehandeling\)/);
    const ics = await cli(['ics', '--group', 'sg']);
    assert.equal(ics.code, 0, ics.stderr);
    assert.match(ics.stdout, /UID:action-sg-1@overlegbot/);
    assert.match(ics.stdout, /EXDATE;TZID=Europe\/Amsterdam:20261211T160000/);
  });

  it('export-pitches, export-actions and export-attendance read the container', async () => {
    const pitches = await cli(['export-pitches', '--group', 'sg', '--from', '2026-12-01', '--to', '2026-12-31']);
    assert.equal(pitches.code, 0, pitches.stderr);
    assert.deepEqual(
      (JSON.parse(pitches.stdout) as { originalDate: string; themeId: string }[]).map((p) => [p.originalDate, p.themeId]),
      [['2026-12-04', 'schulden']],
    );
    const actions = await cli(['export-actions', '--group', 'sg', '--from', '2026-11-01', '--to', '2026-12-31']);
    assert.equal(actions.code, 0, actions.stderr);
    assert.match(actions.stdout, /BZK levert input aan/);
    const attendance = await cli(['export-attendance', '--group', 'sg', '--from', '2026-12-04', '--to', '2026-12-04', '--format', 'csv']);
    assert.equal(attendance.code, 0, attendance.stderr);
    assert.match(attendance.stdout, /"bram\.jansen@overlegbot\.example".*"apologies".*"werkbezoek"/);
  });

  it('plan posts to the channel bound on the container and lists the action item reminders', async () => {
    const plan = await cli(['plan', '--from', '2026-12-01', '--to', '2026-12-08', '--group', 'sg']);
    assert.equal(plan.code, 0, plan.stderr);
    assert.match(plan.stdout, /^2026-12-03 12:00 {2}pitchbundel \(D\) {2}SG-overleg {2}→ 19:sg-channel@thread\.tacv2$/m);
    assert.match(plan.stdout, /^2026-12-07 09:00 {2}herinnering actiepunt \(A-1wd@09:00\) {2}SG-overleg {2}→ bram\.jansen@overlegbot\.example$/m);
    assert.match(plan.stdout, /^2026-12-08 09:00 {2}herinnering actiepunt \(A@09:00\) {2}SG-overleg {2}→ bram\.jansen@overlegbot\.example$/m);
    // Sanne's pitch is in (stored on the container): no personal reminder for her.
    assert.doesNotMatch(plan.stdout, /sanne/);
  });

  it('a container that does not exist is no bot data (nothing is created)', async () => {
    const r = await runCli(['export-pitches', '--group', 'sg', '--from', '2026-12-01', '--to', '2026-12-31'], now, azurite.current.env('never-made'));
    assert.equal(r.code, 1);
    assert.match(r.stderr, /no bot data at .*never-made/);
    const { BlobServiceClient } = await import('@azure/storage-blob');
    assert.equal(await BlobServiceClient.fromConnectionString(azurite.current.connectionString).getContainerClient('never-made').exists(), false);
  });
});
