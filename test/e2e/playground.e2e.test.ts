import { strict as assert } from 'node:assert';
import { ChildProcess, spawn } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { Browser, chromium, Page } from 'playwright-core';
import { loadSchedule } from '../../src/schedule/loadSchedule';
import { upcoming } from '../../src/domain/occurrences';
import { messagesFor } from '../../src/i18n/catalogue';
import { tempDir } from '../helpers/appHarness';
import { DEFAULT_SCHEDULE, REPO_ROOT } from '../helpers/schedules';

/**
 * As a person would: the bot and Microsoft 365 Agents Playground run as real processes on loopback, and
 * real headless Chromium (Debian's, never a downloaded browser) types into the Playground's chat.
 * Screenshots of every step go to test-output/e2e/.
 */
const SHOTS = join(REPO_ROOT, 'test-output', 'e2e');
/**
 * The bot's clock (botProcessMain: real speed from this instant): Thursday 3 December 2026, 10:00 in Amsterdam. The
 * next SG-overleg is Friday 4 December 16:00, its pitches are due Thursday 12:00, and its meeting reminder (the working
 * day before at 09:00) is due as soon as a channel is linked. So the test does not depend on today's date.
 */
const NOW = '2026-12-03T10:00:00+01:00';

/** The shipped schedule with Carla Coördinator (the Playground's user) also on the SG member list, so she can sign off. */
function e2eSchedule(): string {
  const text = readFileSync(DEFAULT_SCHEDULE, 'utf8').replace(
    /(members: &sgMembers\n)/,
    '$1      - { id: coordinator@overlegbot.example, name: Carla Coördinator, organisation: BZK }\n',
  );
  assert.match(text, /name: Carla Coördinator, organisation: BZK/);
  const file = join(tempDir(), 'schedule.yaml');
  writeFileSync(file, text);
  return file;
}
const CHROMIUM = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/chromium-headless-shell'].find(
  (p) => p && existsSync(p),
);

function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const s = createServer();
    s.listen(0, '127.0.0.1', () => {
      const port = (s.address() as { port: number }).port;
      s.close(() => resolve(port));
    });
  });
}

function start(args: string[], env: NodeJS.ProcessEnv, ready: RegExp, timeoutMs = 60_000): Promise<ChildProcess> {
  const child = spawn(process.execPath, args, { cwd: REPO_ROOT, env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
  let out = '';
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`not ready within ${timeoutMs} ms: ${args.join(' ')}\n${out}`)), timeoutMs);
    const onData = (d: Buffer) => {
      out += String(d);
      if (ready.test(out)) {
        clearTimeout(timer);
        resolve(child);
      }
    };
    child.stdout!.on('data', onData);
    child.stderr!.on('data', onData);
    child.on('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`exited with ${code}: ${args.join(' ')}\n${out}`));
    });
  });
}

describe('end to end in Microsoft 365 Agents Playground with headless Chromium', function () {
  this.timeout(180_000);
  const children: ChildProcess[] = [];
  let browser: Browser | undefined;
  let page: Page;
  const started = Date.now();
  let scheduleFile: string;

  before(async function () {
    if (!CHROMIUM) {
      if (process.env.CI) throw new Error('Debian chromium is not installed (.ci/run installs it with apt-get)');
      console.log('      (skipped: install Debian chromium, e.g. apt-get install chromium, to run the end-to-end test)');
      this.skip();
    }
    rmSync(SHOTS, { recursive: true, force: true });
    mkdirSync(SHOTS, { recursive: true });
    scheduleFile = e2eSchedule();
    const botPort = await freePort();
    const playgroundPort = await freePort();
    children.push(
      await start(
        // The production composition with a settable clock; the scheduler ticks every 5 s.
        ['--disable-warning=DEP0111', join(REPO_ROOT, 'dist', 'test', 'helpers', 'botProcessMain.js')],
        {
          PORT: String(botPort),
          HOST: '127.0.0.1',
          BOT_ID: '',
          BOT_PASSWORD: '',
          DATA_DIR: tempDir(),
          LOG_LEVEL: 'info',
          TEST_NOW: NOW,
          OVERLEGBOT_CONFIG: scheduleFile,
          SCHEDULER_INTERVAL_SECONDS: '5',
        },
        /"event":"listening"/,
      ),
    );
    const cli = join(REPO_ROOT, 'node_modules', '@microsoft', 'm365agentsplayground', 'cli.js');
    children.push(
      await start(
        [cli, 'start', '-e', `http://127.0.0.1:${botPort}/api/messages`, '-c', 'msteams', '-p', String(playgroundPort), '--disable-telemetry'],
        { TEAMSAPPTESTER_BROWSER: 'none' },
        new RegExp(`Listening on ${playgroundPort}`),
      ),
    );
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    });
    page = await browser.newPage({ viewport: { width: 1280, height: 1400 } });
    await page.goto(`http://127.0.0.1:${playgroundPort}`, { waitUntil: 'networkidle' });
  });

  after(async () => {
    await browser?.close();
    for (const c of children) c.kill('SIGTERM');
    console.log(`      screenshots: ${SHOTS}  (end-to-end took ${((Date.now() - started) / 1000).toFixed(1)} s)`);
  });

  /** Types a message and sends it; in a group chat the bot only hears an @mention, picked from the Playground's menu. */
  async function say(text: string, options: { mention?: boolean } = {}): Promise<void> {
    const box = page.locator('[data-lexical-editor="true"]').first();
    await box.click();
    if (options.mention) {
      await page.keyboard.type('@overl');
      await page.getByRole('menuitem', { name: 'overlegbot' }).click();
      await page.keyboard.type(' ');
    }
    await page.keyboard.type(text);
    await page.keyboard.press('Enter');
  }

  it('answers "wanneer is het volgende SG-overleg?" with the right date', async () => {
    const schedule = loadSchedule(scheduleFile);
    const sg = schedule.groups.find((g) => g.id === 'sg')!;
    const next = upcoming(sg.series, schedule.calendar, new Date(NOW), { count: 1 })
      .filter((o) => o.status === 'scheduled' || o.status === 'moved')
      .at(-1)!;
    const expected = messagesFor('nl').meetingWhen(next, { zone: schedule.timezone });
    await say('wanneer is het volgende SG-overleg?');
    await page.getByText(expected, { exact: true }).first().waitFor({ timeout: 20_000 });
    await page.screenshot({ path: join(SHOTS, '1-next-sg-meeting.png') });
  });

  it('opens the pitch card in the personal chat, takes the five answers, and confirms the submission', async () => {
    // As coordinator, first put a theme on the next SG agenda, so the test does not depend on today's date.
    await say('zet schulden op de agenda');
    await page
      .getByText(/heeft nu: .*Schulden/)
      .first()
      .waitFor({ timeout: 20_000 });
    await say('pitch voor schulden');
    const openButton = page.getByRole('button', { name: 'Openen' });
    const form = page.getByText('Pitch: Schulden').first();
    await Promise.race([openButton.last().waitFor({ timeout: 20_000 }), form.waitFor({ timeout: 20_000 })]);
    if (await openButton.count()) await openButton.last().click();
    await form.waitFor({ timeout: 20_000 });
    const boxes = page.locator('textarea');
    assert.ok((await boxes.count()) >= 5, 'five answer fields');
    const answers = [
      'Schulden stapelen zich op bij jongeren.',
      'Collectieve schuldregeling.',
      'Privacy tegenover vroegsignalering.',
      'Mandaat.',
      'Banken en gemeenten.',
    ];
    const n = await boxes.count();
    for (let i = 0; i < 5; i++) await boxes.nth(n - 5 + i).fill(answers[i]);
    await page.screenshot({ path: join(SHOTS, '2-pitch-card-filled.png') });
    await page.getByRole('button', { name: 'Indienen' }).last().click();
    await page
      .getByText(/^Ingediend om \d{2}:\d{2}/)
      .first()
      .waitFor({ timeout: 20_000 });
    await page.screenshot({ path: join(SHOTS, '3-pitch-submitted.png') });
  });

  it('shows the submitted pitch in "status"', async () => {
    await say('status');
    await page
      .getByText(/^Schulden \(SZW, Sanne de Vries\): (?:te laat )?ingediend door Carla Coördinator/)
      .first()
      .waitFor({ timeout: 20_000 })
      .catch(async (e: unknown) => {
        await page.screenshot({ path: join(SHOTS, '4-status-failed.png') });
        throw e;
      });
    await page.screenshot({ path: join(SHOTS, '4-status.png') });
  });
  /** Waits for a text, with a screenshot named after the step when it does not come. */
  async function shows(text: string | RegExp, shot: string, timeout = 20_000): Promise<void> {
    await page
      .getByText(text, typeof text === 'string' ? { exact: true } : {})
      .first()
      .waitFor({ timeout })
      .catch(async (e: unknown) => {
        await page.screenshot({ path: join(SHOTS, `${shot}-failed.png`) });
        throw e;
      });
  }

  it('signs off for the next SG meeting from the reminder card in the linked group chat; the coordinator\'s "wie komen er?" shows it', async () => {
    await page.getByRole('treeitem', { name: 'Trekkers SG-overleg' }).click();
    await say('koppel dit kanaal aan het SG-overleg', { mention: true });
    await shows(/^Dit kanaal is nu gekoppeld aan het SG-overleg/, '5-bound');
    // The scheduler's next tick posts Friday's meeting reminder here, with the attendance buttons.
    await shows('Herinnering: SG-overleg van vrijdag 4 december', '5-reminder', 40_000);
    await page.screenshot({ path: join(SHOTS, '5-meeting-reminder.png') });
    await page.getByRole('button', { name: 'Ik meld me af' }).last().click();
    await page.getByLabel('Reden (niet verplicht)').last().fill('werkbezoek');
    await page.getByRole('button', { name: 'Afmelden', exact: true }).last().click();
    await shows(
      'Genoteerd: Carla Coördinator heeft zich afgemeld voor het SG-overleg van vrijdag 4 december 2026, 16:00-17:00 (reden: werkbezoek).',
      '6-signed-off',
    );
    await page.screenshot({ path: join(SHOTS, '6-signed-off.png') });
    await page.getByRole('treeitem', { name: 'Personal Chat' }).click();
    await say('wie komen er naar het SG-overleg?');
    await shows('Afgemeld: Carla Coördinator (werkbezoek)', '7-attendance');
    await page.screenshot({ path: join(SHOTS, '7-attendance.png') });
  });

  it('records an action item and shows it in "mijn actiepunten"', async () => {
    await say('actiepunt SG-overleg: Carla Coördinator stuurt de cijfers rond over twee weken');
    await shows(/^Actiepunt 1 genoteerd voor Carla Coördinator, uiterlijk donderdag 17 december/, '8-action-recorded');
    await say('mijn actiepunten');
    await shows(/^#1 Carla Coördinator: Carla Coördinator stuurt de cijfers rond over twee weken \(uiterlijk donderdag 17 december\)$/, '9-my-actions');
    await page.screenshot({ path: join(SHOTS, '9-my-actions.png') });
  });
});
