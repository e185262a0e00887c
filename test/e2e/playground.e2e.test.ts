import { strict as assert } from 'node:assert';
import { ChildProcess, spawn } from 'node:child_process';
import { existsSync, mkdirSync, rmSync } from 'node:fs';
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

  before(async function () {
    if (!CHROMIUM) {
      if (process.env.CI) throw new Error('Debian chromium is not installed (.ci/run installs it with apt-get)');
      console.log('      (skipped: install Debian chromium, e.g. apt-get install chromium, to run the end-to-end test)');
      this.skip();
    }
    rmSync(SHOTS, { recursive: true, force: true });
    mkdirSync(SHOTS, { recursive: true });
    const botPort = await freePort();
    const playgroundPort = await freePort();
    children.push(
      await start(
        ['--disable-warning=DEP0111', join(REPO_ROOT, 'dist', 'src', 'index.js')],
        { PORT: String(botPort), HOST: '127.0.0.1', BOT_ID: '', BOT_PASSWORD: '', DATA_DIR: tempDir(), LOG_LEVEL: 'info' },
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

  async function say(text: string): Promise<void> {
    const box = page.locator('[data-lexical-editor="true"]').first();
    await box.click();
    await page.keyboard.type(text);
    await page.keyboard.press('Enter');
  }

  it('answers "wanneer is het volgende SG-overleg?" with the right date', async () => {
    const schedule = loadSchedule(DEFAULT_SCHEDULE);
    const sg = schedule.groups.find((g) => g.id === 'sg')!;
    const next = upcoming(sg.series, schedule.calendar, new Date(), { count: 1 })
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
});
