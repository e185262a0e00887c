import { strict as assert } from 'node:assert';
import { StoreItems } from 'botbuilder';
import { MemoryConditionalStorage } from '../../src/store/conditionalStorage';
import { message, TestUser, USERS } from '../helpers/activities';
import { makeHarness } from '../helpers/botHarness';

/** MemoryConditionalStorage that counts its calls (each is one round trip to a remote store such as Blob Storage). */
class CountingStorage extends MemoryConditionalStorage {
  calls: string[] = [];
  override async read(keys: string[]): Promise<StoreItems> {
    this.calls.push(`read ${keys.join(',')}`);
    return super.read(keys);
  }
  override async write(changes: StoreItems): Promise<void> {
    this.calls.push(`write ${Object.keys(changes).join(',')}`);
    return super.write(changes);
  }
  override async delete(keys: string[]): Promise<void> {
    this.calls.push(`delete ${keys.join(',')}`);
    return super.delete(keys);
  }
  override async list(prefix: string): Promise<string[]> {
    this.calls.push(`list ${prefix}`);
    return super.list(prefix);
  }
  override async create(key: string, item: Parameters<MemoryConditionalStorage['create']>[1]): Promise<boolean> {
    this.calls.push(`create ${key}`);
    return super.create(key, item);
  }
}

// Store calls per chat turn, once the conversation is known (its reference is stored and unchanged). On a
// remote store every call is a round trip, so a question must cost a few, not one per document. The bounds
// are what the turn needs today; raising one should be a decision, not an accident.
// Today: one read of the user's settings, the binding and the follow-up context; one of the groups' changes
// (when the answer needs the calendar); one write of the follow-up context.
const BOUNDS: [text: string, max: number][] = [
  ['volgende overleg', 3],
  ['wanneer is het volgende SG-overleg?', 3],
  ['wat is de deadline voor het SG-overleg?', 3],
  ['overleggen in januari', 3],
  ['help', 2],
];

// Attendance and action items, asked by the people they are for. "mijn actiepunten": the turn's read and one read
// of the action items of every group the person is a member of (three groups for the lead), not one per group.
// "wie komen er vrijdag?": the turn's read, one of the changes of all the coordinator's groups, the attendance and the
// context. "ik kan vrijdag niet": the same, plus the group read again when the answer is stored (the meeting is checked
// against the latest state) and the attendance document's create.
const AS: [text: string, user: TestUser, max: number][] = [
  ['wie komen er vrijdag?', USERS.coordinator, 4],
  ['ik kan vrijdag niet', USERS.lead, 6],
  ['mijn actiepunten', USERS.lead, 2],
  // "pitch" for a lead with open pitches in several meetings: the changes, every agenda and every pitch, one read each.
  ['pitch', USERS.lead, 4],
  ['openstaande actiepunten van het SG-overleg', USERS.coordinator, 3],
];

describe('store round trips per chat turn (counted on the storage port)', () => {
  for (const [text, user, max] of AS) {
    it(`"${text}" (${user.name}) costs at most ${max} store calls`, async () => {
      const storage = new CountingStorage();
      const h = makeHarness({ storage });
      await h.send(message('hallo', user));
      storage.calls = [];
      const replies = await h.send(message(text, user));
      assert.ok(replies.length > 0, 'the bot answered');
      assert.ok(storage.calls.length <= max, `${storage.calls.length} calls:\n${storage.calls.join('\n')}`);
    });
  }

  for (const [text, max] of BOUNDS) {
    it(`"${text}" costs at most ${max} store calls`, async () => {
      const storage = new CountingStorage();
      const h = makeHarness({ storage });
      await h.send(message('hallo', USERS.member)); // the first turn stores the conversation reference
      storage.calls = [];
      const replies = await h.send(message(text, USERS.member));
      assert.ok(replies.length > 0, 'the bot answered');
      assert.ok(storage.calls.length <= max, `${storage.calls.length} calls:\n${storage.calls.join('\n')}`);
      assert.ok(!storage.calls.some((c) => c.startsWith('write convref')), 'an unchanged conversation reference is not written again');
    });
  }

  it('writes the conversation reference again when it changed (another name for the user, say)', async () => {
    const storage = new CountingStorage();
    const h = makeHarness({ storage });
    await h.send(message('hallo', USERS.member));
    storage.calls = [];
    await h.send({ ...message('volgende overleg', USERS.member), from: { ...USERS.member, name: 'Een Andere Naam' } });
    assert.ok(
      storage.calls.some((c) => c.startsWith('write convref')),
      storage.calls.join('\n'),
    );
  });
});
