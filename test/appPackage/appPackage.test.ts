import { AppManifestUtils } from '@microsoft/app-manifest';
import AjvDraft04 from 'ajv-draft-04';
import addFormats from 'ajv-formats';
import JSZip from 'jszip';
import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PNG } from 'pngjs';
import { understanderFor } from '../../src/features/understanding';
import { loadSchedule } from '../../src/schedule/loadSchedule';
import { DEFAULT_SCHEDULE, REPO_ROOT } from '../helpers/schedules';

const { buildPackage } = require(join(REPO_ROOT, 'scripts', 'packageApp.js')) as { buildPackage(env: string): Promise<string> };
const SCHEMAS = join(REPO_ROOT, 'node_modules', '@microsoft', 'app-manifest', 'build', 'json-schemas', 'teams', 'v1.22');
const schema = (name: string) => JSON.parse(readFileSync(join(SCHEMAS, name), 'utf8')) as never;

interface Manifest {
  manifestVersion: string;
  bots: { commandLists: { scopes: string[]; commands: { title: string; description: string }[] }[] }[];
  localizationInfo: { defaultLanguageTag: string; additionalLanguages: { languageTag: string; file: string }[] };
}

describe('the Teams app package', () => {
  for (const env of ['local', 'dev', 'playground']) {
    it(`builds for ${env}, with every placeholder filled and a manifest valid against the official 1.22 schema (offline)`, async () => {
      const zip = await JSZip.loadAsync(readFileSync(await buildPackage(env)));
      assert.deepEqual(Object.keys(zip.files).sort(), ['color.png', 'en.json', 'manifest.json', 'outline.png']);
      const manifestText = await zip.file('manifest.json')!.async('string');
      assert.doesNotMatch(manifestText, /\$\{\{/, 'no placeholder left');
      const manifest = JSON.parse(manifestText) as Manifest;
      assert.deepEqual(await AppManifestUtils.validateAgainstSchema(manifest as never, schema('MicrosoftTeams.schema.json')), []);
      const en = JSON.parse(await zip.file('en.json')!.async('string')) as Record<string, string>;
      // The localization schema's patterns are not valid as unicode regexes, which AppManifestUtils' ajv insists on.
      const ajv = new AjvDraft04({ allErrors: true, strictTypes: false, unicodeRegExp: false });
      addFormats(ajv, ['uri', 'email', 'regex']);
      const validate = ajv.compile(schema('MicrosoftTeams.Localization.schema.json'));
      assert.ok(validate(en), JSON.stringify(validate.errors));
      assert.equal(manifest.localizationInfo.defaultLanguageTag, 'nl');
      assert.deepEqual(manifest.localizationInfo.additionalLanguages, [{ languageTag: 'en', file: 'en.json' }]);
    });
  }

  it('refuses to build when a placeholder has no value, naming it', async () => {
    const { fill } = require(join(REPO_ROOT, 'scripts', 'packageApp.js')) as { fill(t: string, v: Record<string, string>, f: string): string };
    assert.throws(() => fill('{"id": "${{TEAMS_APP_ID}}"}', {}, 'manifest.json'), /manifest\.json: no value for TEAMS_APP_ID/);
  });

  it('has a 192x192 color icon and a 32x32 outline icon that is white on transparent', () => {
    const color = PNG.sync.read(readFileSync(join(REPO_ROOT, 'appPackage', 'color.png')));
    assert.deepEqual([color.width, color.height], [192, 192]);
    const outline = PNG.sync.read(readFileSync(join(REPO_ROOT, 'appPackage', 'outline.png')));
    assert.deepEqual([outline.width, outline.height], [32, 32]);
    let white = 0;
    for (let i = 0; i < outline.data.length; i += 4) {
      const [r, g, b, a] = outline.data.subarray(i, i + 4);
      if (a === 0) continue;
      assert.deepEqual([r, g, b], [255, 255, 255], `pixel ${i / 4} is not white`);
      white++;
    }
    assert.ok(white > 50 && white < 32 * 32 - 50, 'a drawing, not an empty or full square');
  });

  it('lists at most 10 commands per list, and the bot understands every one of them, in Dutch and English', () => {
    const manifest = JSON.parse(readFileSync(join(REPO_ROOT, 'appPackage', 'manifest.json'), 'utf8')) as Manifest;
    const en = JSON.parse(readFileSync(join(REPO_ROOT, 'appPackage', 'en.json'), 'utf8')) as Record<string, string>;
    const schedule = loadSchedule(DEFAULT_SCHEDULE);
    const understander = understanderFor(schedule);
    const lists = manifest.bots[0].commandLists;
    assert.deepEqual(
      lists.map((l) => l.scopes),
      [['personal'], ['team', 'groupChat']],
    );
    lists.forEach((list, li) => {
      assert.ok(list.commands.length <= 10);
      list.commands.forEach((c, ci) => {
        const english = en[`bots[0].commandLists[${li}].commands[${ci}].title`];
        for (const [lang, title] of [
          ['nl', c.title],
          ['en', english],
        ]) {
          assert.ok(title, `${lang} title of command ${li}/${ci}`);
          assert.ok(title.length <= 32, `"${title}" fits Teams' 32 characters`);
          assert.notEqual(understander.understand(title, { today: '2026-12-01' }).intent, 'unknown', `the bot understands "${title}" (${lang})`);
        }
      });
    });
  });
});
