/**
 * A school's policy in Firefox: the managed-storage file a school's IT puts in place — README «Для
 * школы»'s sample, as written there — under a temporary HOME (`~/.mozilla/managed-storage/
 * parta@parta.school.json`) reaches the extension; the options show the school's values as set by the
 * school, locked, and the teacher's own are kept.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import puppeteer, { type Browser } from 'puppeteer-core';
import { afterAll, beforeAll, expect, test } from 'vitest';

const FIREFOX = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';
const BUILD = path.resolve('.output/firefox-mv2');
const GECKO_ID = 'parta@parta.school';
const UUID = '11111111-2222-3333-4444-555555555556';
const home = fs.mkdtempSync(path.join(os.tmpdir(), 'parta-managed-home-'));
let browser: Browser;

beforeAll(async () => {
  if (!fs.existsSync(path.join(BUILD, 'manifest.json'))) throw new Error(`No Firefox build at ${BUILD}: run "npm run test:e2e".`);
  const folder = path.join(home, '.mozilla', 'managed-storage');
  fs.mkdirSync(folder, { recursive: true });
  const readme = fs.readFileSync(path.resolve('README.md'), 'utf8');
  const section = readme.slice(readme.indexOf('## Для школы'), readme.indexOf('## Для издателя'));
  const sample = [...section.matchAll(/```json\n([\s\S]*?)```/g)].map((match) => match[1] as string).find((text) => text.includes('"type": "storage"'));
  if (!sample) throw new Error('README «Для школы» has no managed-storage sample');
  fs.writeFileSync(path.join(folder, `${GECKO_ID}.json`), sample);
  browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: FIREFOX,
    headless: true,
    protocol: 'webDriverBiDi',
    args: ['--remote-allow-system-access'],
    env: { ...process.env, HOME: home },
    extraPrefsFirefox: { 'extensions.webextensions.uuids': JSON.stringify({ [GECKO_ID]: UUID }) },
  });
  await browser.installExtension(BUILD);
});

afterAll(async () => {
  await browser?.close();
  fs.rmSync(home, { recursive: true, force: true });
});

test('the school’s values are shown in the options as set by the school, locked', async () => {
  const options = await browser.newPage();
  void options.goto(`moz-extension://${UUID}/options.html`).catch(() => undefined);
  let state: { name: string; disabled: boolean; notes: number; threshold: string; thresholdDisabled: boolean } | null = null;
  for (let attempt = 0; attempt < 100 && !state?.notes; attempt++) {
    state = await options
      .evaluate(() => {
        const name = document.querySelector<HTMLInputElement>('[data-testid="school-name"]');
        const threshold = document.querySelector<HTMLInputElement>('#coverage-threshold');
        if (!name || !threshold) return null;
        return { name: name.value, disabled: name.disabled, notes: document.querySelectorAll('[data-testid="managed-note"]').length, threshold: threshold.value, thresholdDisabled: threshold.disabled };
      })
      .catch(() => null);
    if (!state?.notes) await new Promise((resolve) => setTimeout(resolve, 100));
  }
  expect(state).toEqual({ name: 'ГБОУ Школа № 1500', disabled: true, notes: 3, threshold: '95', thresholdDisabled: true });
});
