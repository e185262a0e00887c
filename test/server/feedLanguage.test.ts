import { strict as assert } from 'node:assert';
import { message, USERS } from '../helpers/activities';
import { startTestApp, TestApp } from '../helpers/appHarness';
import { cardOf, makeHarness } from '../helpers/botHarness';

describe('the served calendar feed in Dutch and English (real server)', () => {
  let app: TestApp;
  before(async () => {
    app = await startTestApp();
  });
  after(() => app.close());
  const calName = (text: string) => [...new Set(text.split(/\r?\n/).filter((l) => l.startsWith('X-WR-CALNAME:')))];

  it('names the feed from the catalogue: Dutch by default, English with ?lang=en', async () => {
    const nl = await app.get('/calendar/all.ics');
    assert.equal(nl.status, 200);
    assert.deepEqual(calName(nl.text), ['X-WR-CALNAME:overlegbot: alle overleggen']);
    assert.ok(nl.text.includes('SUMMARY:Deadline pitches SG-overleg'));
    const en = await app.get('/calendar/all.ics?lang=en');
    assert.deepEqual(calName(en.text), ['X-WR-CALNAME:overlegbot: all meetings']);
    assert.ok(en.text.includes('SUMMARY:Pitch deadline SG-overleg'));
    assert.deepEqual(calName((await app.get('/calendar/sg.ics?lang=en')).text), ['X-WR-CALNAME:overlegbot: SG-overleg']);
  });

  it("hands an English reader the English feed's link", async () => {
    const h = makeHarness();
    const [en] = await h.send(message('when is the next SG meeting?', USERS.member));
    assert.equal((cardOf(en)!.actions as { url: string }[])[0].url, 'https://overlegbot.example/calendar/sg.ics?token=geheim&lang=en');
    const [nl] = await h.send(message('wanneer is het volgende SG-overleg?', USERS.member));
    assert.equal((cardOf(nl)!.actions as { url: string }[])[0].url, 'https://overlegbot.example/calendar/sg.ics?token=geheim');
  });
});
