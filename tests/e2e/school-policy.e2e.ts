/**
 * A school's policy as an administrator writes it, in real browsers: README «Для школы»'s Linux file
 * put in Chromium's policy folder (`/etc/chromium/policies/managed/`), and its Firefox policies.json in
 * Firefox ESR's `distribution` folder. The browser hands the values to Parta; the options show them
 * locked, the teacher's own kept under them; in the chat, the policy's messengers are flagged whatever
 * the teacher's settings say. These folders are the machine's own: the files are removed afterwards,
 * and a machine where they cannot be written (not root) reports the tests skipped — never in CI.
 */
import fs from 'node:fs';
import path from 'node:path';
import puppeteer from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { closedShadowText, closedShadowTexts, fixture, launch, type Harness } from './harness';
import { appendMaxMessage } from './page-scripts';

const README = fs.readFileSync(path.resolve('README.md'), 'utf8');
const SECTION = README.slice(README.indexOf('## Для школы'), README.indexOf('## Для издателя'));
const [LINUX_SAMPLE, FIREFOX_SAMPLE] = [...SECTION.matchAll(/```json\n([\s\S]*?)```/g)].map((match) => match[1] as string);
const CHROMIUM_POLICY = '/etc/chromium/policies/managed/parta-e2e-policy.json';
const FIREFOX_DISTRIBUTION = path.join(path.dirname(fs.realpathSync(process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr')), 'distribution');
const FIREFOX_POLICY = path.join(FIREFOX_DISTRIBUTION, 'policies.json');
const MAX_URL = 'https://web.max.ru/-68912345678';

/** Whether `file` can be written: its folder is writable and no file but ours (a run cut short) is there. */
function writable(file: string, ours: string): boolean {
  try {
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.accessSync(path.dirname(file), fs.constants.W_OK);
    return !fs.existsSync(file) || fs.readFileSync(file, 'utf8') === ours;
  } catch {
    return false;
  }
}

const canWrite = writable(CHROMIUM_POLICY, LINUX_SAMPLE as string) && writable(FIREFOX_POLICY, FIREFOX_SAMPLE as string);
if (!canWrite && process.env.CI === 'true') throw new Error(`CI must be able to write ${CHROMIUM_POLICY} and ${FIREFOX_POLICY} (run as root)`);

describe.skipIf(!canWrite)('Chromium reads the README\'s policy file', () => {
  let harness: Harness;
  beforeAll(async () => {
    fs.writeFileSync(CHROMIUM_POLICY, LINUX_SAMPLE as string);
    harness = await launch();
    harness.serve(MAX_URL, fixture('max/chat.html'));
  });
  afterAll(async () => {
    const stray = harness?.strayRequests ?? [];
    await harness?.close();
    fs.rmSync(CHROMIUM_POLICY, { force: true });
    expect(stray).toEqual([]);
  });

  test('the options show the school\'s values locked, the rules kind by kind', async () => {
    const options = await harness.openOptions();
    await expect.poll(() => options.getByTestId('school-name').inputValue()).toBe('ГБОУ Школа № 1500');
    await expect(options.getByTestId('school-name').isDisabled()).resolves.toBe(true);
    await expect(options.locator('input[name="messenger-telegram"]').isDisabled()).resolves.toBe(true);
    await expect(options.locator('input[name="messenger-viber"]').isDisabled()).resolves.toBe(false);
    await expect(options.locator('#allowlist').inputValue()).resolves.toBe('school1500.ru');
    await expect(options.locator('#allowlist').isDisabled()).resolves.toBe(true);
    await expect(options.getByTestId('rules-parents').isDisabled()).resolves.toBe(true);
    await expect(options.getByTestId('rules-students').isDisabled()).resolves.toBe(false);
    await expect(options.getByTestId('rules-parents').inputValue()).resolves.toContain('Только по делу');
    // The school names what is allowed: the mode is set and locked.
    await expect(options.locator('input[name="link-mode"][value="allowlist"]').isChecked()).resolves.toBe(true);
    await expect(options.locator('input[name="link-mode"][value="banned"]').isDisabled()).resolves.toBe(true);
    await options.close();
  });

  test('in the chat, a service the school\'s list does not name is marked (its allowlist mode)', async () => {
    const page = await harness.open(MAX_URL);
    await page.evaluate(appendMaxMessage, 'Урок пройдёт в Zoom: https://zoom.us/j/123456, материалы на school1500.ru/lesson');
    await expect.poll(() => closedShadowTexts(page, 'parta-fraud').then((marks) => marks.map((mark) => mark.around.includes('zoom.us'))), { timeout: 15_000 }).toEqual([true]);
    expect(await closedShadowText(page, 'parta-fraud')).toContain('Ссылка на Zoom: этого сервиса нет в списке разрешённых школой');
    await page.close();
  });

  test('in the chat, Telegram is flagged although the teacher\'s stored settings turned it off', async () => {
    await harness.worker.evaluate(async () => {
      type Storage = { storage: { local: { get(key: string): Promise<Record<string, unknown>>; set(items: object): Promise<void> } } };
      const { storage } = (globalThis as unknown as { chrome: Storage }).chrome;
      const stored = ((await storage.local.get('settings')).settings ?? { version: 1 }) as { messengers?: object };
      await storage.local.set({ settings: { ...stored, messengers: { ...stored.messengers, telegram: false } } });
    });
    const page = await harness.open(MAX_URL);
    await page.locator('parta-warning[data-parta-warning="telegram"]').waitFor({ state: 'attached' });
    await page.close();
  });
});

describe.skipIf(!canWrite)('Firefox reads the README\'s policies.json', () => {
  const GECKO_ID = 'parta@parta.school';
  const UUID = '11111111-2222-3333-4444-555555555557';
  let browser: Awaited<ReturnType<typeof puppeteer.launch>>;
  beforeAll(async () => {
    fs.writeFileSync(FIREFOX_POLICY, FIREFOX_SAMPLE as string);
    browser = await puppeteer.launch({
      browser: 'firefox',
      executablePath: process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr',
      headless: true,
      protocol: 'webDriverBiDi',
      args: ['--remote-allow-system-access'],
      extraPrefsFirefox: { 'extensions.webextensions.uuids': JSON.stringify({ [GECKO_ID]: UUID }) },
    });
    await browser.installExtension(path.resolve('.output/firefox-mv2'));
  });
  afterAll(async () => {
    await browser?.close();
    fs.rmSync(FIREFOX_POLICY, { force: true });
  });

  test('the options show the school\'s name and platforms locked', async () => {
    const options = await browser.newPage();
    void options.goto(`moz-extension://${UUID}/options.html`).catch(() => undefined);
    let state: { name: string; disabled: boolean; telegramLocked: boolean } | null = null;
    for (let attempt = 0; attempt < 100 && !state?.disabled; attempt++) {
      state = await options
        .evaluate(() => {
          const name = document.querySelector<HTMLInputElement>('[data-testid="school-name"]');
          const telegram = document.querySelector<HTMLInputElement>('input[name="messenger-telegram"]');
          return name && telegram ? { name: name.value, disabled: name.disabled, telegramLocked: telegram.disabled } : null;
        })
        .catch(() => null);
      if (!state?.disabled) await new Promise((resolve) => setTimeout(resolve, 100));
    }
    expect(state).toEqual({ name: 'ГБОУ Школа № 1500', disabled: true, telegramLocked: true });
  });
});
