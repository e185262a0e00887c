import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { TALKING_END, TALKING_START, talkingMarkdown, withTalkingSection } from '../../src/features/helpMarkdown';
import { featureMessages } from '../../src/features/catalogue';
import { FEATURES } from '../../src/features/registry';
import { REPO_ROOT } from '../helpers/schedules';

/** README's "Talking to the bot" is generated from the registry: it must be what `npm run docs` writes today. */
describe("README's 'Talking to the bot'", () => {
  const readme = readFileSync(join(REPO_ROOT, 'README.md'), 'utf8');

  it('is the table generated from the registry (run `npm run docs` after changing a feature)', () => {
    assert.equal(withTalkingSection(readme, talkingMarkdown(FEATURES)), readme);
  });

  it("names every registered feature's English help title and its first Dutch example", () => {
    const section = readme.slice(readme.indexOf(TALKING_START), readme.indexOf(TALKING_END));
    for (const f of FEATURES) {
      assert.ok(section.includes(`**${f.help(featureMessages('en')).title}**`), `${f.id}: title missing`);
      assert.ok(section.includes(`\`${f.help(featureMessages('nl')).examples[0]}\``), `${f.id}: Dutch example missing`);
    }
  });
});
