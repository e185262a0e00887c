import { strict as assert } from 'node:assert';
import { SchemaVersionError } from '../../src/store/codecs';
import { MemoryConditionalStorage } from '../../src/store/conditionalStorage';
import { keys } from '../../src/store/keys';
import { Repositories } from '../../src/store/repositories';

/**
 * Each aggregate's repository reads its documents through its codec on every path: a single read, the batch
 * reads of the tick and the turn, the listings of the exports, and the read of a read-modify-write. A document
 * a newer release wrote (schemaVersion 99) is refused on each of them, and a write refused that way changes
 * nothing, so a path that skipped the codec (and could drop the newer release's fields) fails here.
 */
const d = '2026-12-04';
const t = new Date('2026-12-01T10:00:00Z');
const future = {
  schemaVersion: 99,
  conversationId: '19:c',
  groupId: 'sg',
  originalDate: d,
  themeId: 'wonen',
  exceptions: [],
  themes: [],
  digest: true,
  mutedThemes: [],
};

const paths: [string, string, (r: Repositories) => Promise<unknown>][] = [
  ['binding: get', keys.binding('19:c'), (r) => r.getBinding('19:c')],
  ['binding: list', keys.binding('19:c'), (r) => r.listBindings()],
  ['binding: turn state', keys.binding('19:c'), (r) => r.turnState('19:c', 'u')],
  ['binding: plan inputs', keys.binding('19:c'), (r) => r.planInputs(['sg'])],
  ['binding: bind', keys.binding('19:c'), (r) => r.bind('19:c', 'rijk', 'x', t)],
  ['exceptions: get', keys.seriesExceptions('sg'), (r) => r.getExceptions('sg')],
  ['exceptions: versioned', keys.seriesExceptions('sg'), (r) => r.getExceptionsVersioned(['sg'])],
  ['exceptions: plan inputs', keys.seriesExceptions('sg'), (r) => r.planInputs(['sg'])],
  ['exceptions: update', keys.seriesExceptions('sg'), (r) => r.updateExceptions('sg', (c) => c)],
  ['pitch: one meeting', keys.pitch('sg', d, 'wonen'), (r) => r.getPitches('sg', d, ['wonen'])],
  ['pitch: many meetings', keys.pitch('sg', d, 'wonen'), (r) => r.pitchesOf([{ groupId: 'sg', originalDate: d, themeIds: ['wonen'] }])],
  ['pitch: list', keys.pitch('sg', d, 'wonen'), (r) => r.listPitches('sg')],
  ['pitch: update', keys.pitch('sg', d, 'wonen'), (r) => r.updatePitch('sg', d, 'wonen', (p) => p!)],
  ['agenda: get', keys.agenda('sg', d), (r) => r.getAgenda('sg', d)],
  ['agenda: many meetings', keys.agenda('sg', d), (r) => r.agendas([{ groupId: 'sg', originalDate: d }])],
  ['agenda: update', keys.agenda('sg', d), (r) => r.updateAgenda('sg', d, 'x', t, () => ['zorg'])],
  ['attendance: get', keys.attendance('sg', d), (r) => r.getAttendance('sg', d)],
  ['attendance: many meetings', keys.attendance('sg', d), (r) => r.attendanceOf([{ groupId: 'sg', originalDate: d }])],
  ['attendance: list', keys.attendance('sg', d), (r) => r.listAttendance('sg')],
  ['attendance: update', keys.attendance('sg', d), (r) => r.updateAttendance('sg', d, (a) => a!)],
  ['action items: get', keys.actionItems('sg'), (r) => r.getActionItems('sg')],
  ['action items: many groups', keys.actionItems('sg'), (r) => r.actionItemsOf(['sg'])],
  ['action items: update', keys.actionItems('sg'), (r) => r.updateActionItems('sg', (a) => a!)],
  ['settings: get', keys.groupSettings('sg'), (r) => r.getGroupSettings('sg')],
  ['settings: plan inputs', keys.groupSettings('sg'), (r) => r.planInputs(['sg'])],
  ['settings: update', keys.groupSettings('sg'), (r) => r.updateGroupSettings('sg', (s) => ({ ...s, digest: false }))],
  ['prefs: get', keys.userPrefs('u'), (r) => r.getUserPrefs('u')],
  ['prefs: many people', keys.userPrefs('u'), (r) => r.userPrefsOf(['u'])],
  ['prefs: turn state', keys.userPrefs('u'), (r) => r.turnState('19:c', 'u')],
  ['prefs: mute', keys.userPrefs('u'), (r) => r.setRemindersMuted('u', true)],
  ['prefs: language', keys.userPrefs('u'), (r) => r.setLanguage('u', 'en')],
  ['context: turn state', keys.conversationContext('19:c', 'u'), (r) => r.turnState('19:c', 'u')],
];

describe('every repository reads its documents through its codec', () => {
  for (const [name, key, run] of paths) {
    it(`${name} refuses a document from a newer release and writes nothing`, async () => {
      const storage = new MemoryConditionalStorage();
      await storage.write({ [key]: { ...future } });
      const before = JSON.stringify((await storage.read([key]))[key]);
      await assert.rejects(run(new Repositories(storage)), (e: unknown) => e instanceof SchemaVersionError && e.key === key && e.version === 99);
      assert.equal(JSON.stringify((await storage.read([key]))[key]), before);
    });
  }
});
