import { strict as assert } from 'node:assert';
import { CHANNEL, message, personal, USERS } from '../helpers/activities';
import { startTestApp, TestApp, tempDir } from '../helpers/appHarness';
import { visibleText } from '../helpers/botHarness';
import { StandInConnector } from '../helpers/standInConnector';

const LEAD = { ...USERS.lead, aadObjectId: 'aad-sanne' };
const KEY = (offset: string) => `action/sg/1/2026-12-07/${offset}/person:sanne.devries@overlegbot.example`;

describe('action item reminders through the scheduler (real app, SQLite, stand-in connector)', () => {
  let connector: StandInConnector;
  const apps: TestApp[] = [];
  beforeEach(async () => {
    connector = await new StandInConnector().start();
    connector.roster.set(USERS.coordinator.id, { id: USERS.coordinator.id, email: 'coordinator@overlegbot.example' });
    connector.roster.set(LEAD.id, { id: LEAD.id, email: 'sanne.devries@overlegbot.example' });
  });
  afterEach(async () => {
    await Promise.all(apps.splice(0).map((a) => a.close()));
    await connector.stop();
  });
  const via = <T>(a: T) => ({ ...a, serviceUrl: connector.url });
  const toLead = () =>
    connector
      .activities()
      .filter(
        (a) =>
          a.path.startsWith(`/v3/conversations/${encodeURIComponent(personal(LEAD).id)}/activities`) ||
          a.path.startsWith(`/v3/conversations/${personal(LEAD).id}/activities`),
      );

  it('reminds the owner the working day before at 09:00 and on the due date, each once, across a restart and with two schedulers', async () => {
    const dataDir = tempDir();
    const a = await startTestApp({ dataDir });
    apps.push(a);
    await a.post(via(message('hulp', LEAD)));
    await a.post(via(message('actiepunt SG-overleg: Sanne de Vries belt de VNG voor maandag 7 december', USERS.coordinator)));
    connector.requests.length = 0;

    // Monday 7 December: the working day before is Friday 4 December.
    const friday = await a.app.scheduler.tick(new Date('2026-12-04T09:01:00+01:00'));
    assert.ok(friday.sent.includes(KEY('A-1wd@09:00')), friday.sent.join('\n'));
    const [reminder] = toLead();
    assert.match(visibleText(reminder.activity), /^Actiepunt 1 van het SG-overleg$/m);
    assert.match(
      visibleText(reminder.activity),
      /^Sanne de Vries belt de VNG voor maandag 7 december\. Uiterlijk maandag 7 december; meld het als het klaar is\.$/m,
    );
    assert.match(visibleText(reminder.activity), /\[Klaar\]/);
    assert.ok(!(await a.app.scheduler.tick(new Date('2026-12-04T09:06:00+01:00'))).sent.some((k) => k.startsWith('action/')), 'not twice');

    // A restart on the same store, and two schedulers ticking at once on the due date: one reminder.
    const b = await startTestApp({ dataDir });
    apps.push(b);
    const at = new Date('2026-12-07T09:01:00+01:00');
    const [ra, rb] = await Promise.all([a.app.scheduler.tick(at), b.app.scheduler.tick(at)]);
    const sent = [...ra.sent, ...rb.sent].filter((k) => k.startsWith('action/'));
    assert.deepEqual(sent, [KEY('A@09:00')]);
    assert.equal(toLead().length, 2);
    assert.match(visibleText(toLead()[1].activity), /Vandaag is de dag/);
  });

  it('sends nothing for an item that was done before its reminder', async () => {
    const a = await startTestApp({ dataDir: tempDir() });
    apps.push(a);
    await a.post(via(message('hulp', LEAD)));
    await a.post(via(message('actiepunt SG-overleg: Sanne de Vries belt de VNG voor maandag 7 december', USERS.coordinator)));
    await a.post(via(message('actiepunt 1 is klaar', LEAD)));
    connector.requests.length = 0;
    const r = await a.app.scheduler.tick(new Date('2026-12-04T09:01:00+01:00'));
    assert.ok(!r.sent.some((k) => k.startsWith('action/')), r.sent.join('\n'));
    assert.equal(toLead().length, 0);
  });

  it("lists overdue items in the next meeting's reminder and in the weekly digest", async () => {
    const a = await startTestApp({ dataDir: tempDir() });
    apps.push(a);
    await a.post(via(message('koppel dit kanaal aan het SG-overleg', USERS.coordinator, CHANNEL)));
    await a.post(via(message('actiepunt SG-overleg: BZK levert input aan voor woensdag 2 december', USERS.coordinator)));
    connector.requests.length = 0;
    const toChannel = () => connector.activities().filter((x) => x.path.includes(encodeURIComponent(CHANNEL.id)) || x.path.includes(CHANNEL.id));
    const r = await a.app.scheduler.tick(new Date('2026-12-03T09:01:00+01:00'));
    assert.ok(r.sent.includes(`sg/2026-12-04/meeting-reminder/M-1wd@09:00/channel:${CHANNEL.id}`), r.sent.join('\n'));
    const reminder = toChannel()
      .map((x) => visibleText(x.activity))
      .find((t) => /1 actiepunt over de datum/.test(t));
    assert.ok(
      reminder,
      toChannel()
        .map((x) => visibleText(x.activity))
        .join('\n---\n'),
    );
    assert.match(reminder!, /^#1 BZK: BZK levert input aan voor woensdag 2 december \(uiterlijk woensdag 2 december\)$/m);
    connector.requests.length = 0;
    await a.app.scheduler.tick(new Date('2026-12-07T09:01:00+01:00'));
    const digest =
      toChannel()
        .map((x) => visibleText(x.activity))
        .find((t) => /^Week/m.test(t) || /weekoverzicht/i.test(t)) ??
      toChannel()
        .map((x) => visibleText(x.activity))
        .join('\n');
    assert.match(digest, /1 actiepunt over de datum/);
  });
});
