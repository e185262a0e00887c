import { strict as assert } from 'node:assert';
import { featureMessages } from '../../src/features/catalogue';
import { FEATURES } from '../../src/features/registry';
import { message, USERS } from '../helpers/activities';
import { makeHarness, visibleText } from '../helpers/botHarness';

/** Help is generated from the registry: a coordinator, who may use every feature, sees each one's entry. */
describe('help shows every registered feature', () => {
  for (const [lang, ask] of [
    ['nl', 'help'],
    ['en', 'what can you do?'],
  ] as const) {
    it(`lists every feature's help title for a coordinator (${lang})`, async () => {
      const h = makeHarness();
      const text = (await h.send(message(ask, USERS.coordinator))).map(visibleText).join('\n');
      const msgs = featureMessages(lang);
      for (const f of FEATURES.filter((x) => x.id !== 'help'))
        assert.ok(text.includes(f.help(msgs).title), `${f.id}: "${f.help(msgs).title}" missing from\n${text}`);
    });
  }
});
