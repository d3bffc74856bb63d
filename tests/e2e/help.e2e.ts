/**
 * Help inside the extension (packaged, no network): each screen's «?» opens it at the heading that
 * screen is about — the popup on a journal page at «missing chat», the options at «what Parta
 * does», a moderation log at «record a violation» — in Russian, with English one click away.
 */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { fixture, launch, type Harness } from './harness';

const JOURNAL_URL = 'https://school.mos.ru/teacher/study-process/journal/my';
let harness: Harness;

beforeAll(async () => {
  harness = await launch();
  harness.serve(JOURNAL_URL, fixture('mesh/journal-my.html'));
});

afterAll(async () => {
  const stray = harness?.strayRequests ?? [];
  await harness?.close();
  expect(stray).toEqual([]);
});

/** Clicks «?» on `page`; resolves the help tab once it shows the heading it was opened at. */
async function openHelp(page: Page, name: RegExp, topic: string): Promise<Page> {
  const [help] = await Promise.all([harness.context.waitForEvent('page'), page.getByRole('button', { name }).first().click()]);
  await help.getByTestId('help').waitFor();
  expect(new URL(help.url()).hash).toBe(`#${topic}`);
  const heading = help.locator(`h2#${topic}`);
  await heading.waitFor();
  // Landed there: the heading is the address's target and in view.
  await expect(heading.evaluate((element) => element.matches(':target'))).resolves.toBe(true);
  await expect.poll(() => heading.evaluate((element) => element.getBoundingClientRect().top)).toBeLessThan(200);
  return help;
}

describe('help', () => {
  test('from the popup on a journal page: the steps from a missing chat to a sent invitation', async () => {
    const journal = await harness.open(JOURNAL_URL);
    const popup = await harness.openPopup(journal);
    await popup.getByTestId('today').waitFor();
    const help = await openHelp(popup, /^Помощь: Не хватает чата/, 'missing');
    await expect(help.locator('section[aria-labelledby="missing"] ol.steps li').count()).resolves.toBe(6);
    await expect(help.locator('section[aria-labelledby="what"]').textContent()).resolves.toContain('ничего никуда не отправляет');
    // English one click away.
    await help.getByRole('button', { name: 'English' }).click();
    await help.getByRole('heading', { name: 'Help: how Parta works' }).waitFor();
    await help.close();
    await popup.close();
  });

  test('from the options and the violations page', async () => {
    const options = await harness.openOptions();
    const fromOptions = await openHelp(options, /^Помощь: Что делает Парта/, 'what');
    // The keys as this browser names its pages; the shortcut that opens Parta's window; no developer words.
    const keys = await fromOptions.locator('section[data-topic="keys"]').textContent();
    expect(keys).toContain('Окно Парты открывается сочетанием Alt+Shift+K');
    expect(keys).toContain('на странице браузера chrome://extensions/shortcuts');
    expect(await fromOptions.locator('main').textContent()).not.toMatch(/PRIVACY\.md|репозитори|\{\w+\}/);
    await fromOptions.close();
    const log = await harness.context.newPage();
    await log.goto(`chrome-extension://${harness.extensionId}/moderation.html`);
    const fromLog = await openHelp(log, /^Помощь: Записать нарушение/, 'violation');
    await fromLog.close();
  });

  test('the privacy policy in full, inside the extension: from the help and from the options', async () => {
    const options = await harness.openOptions();
    const help = await openHelp(options, /^Помощь: Что делает Парта/, 'what');
    const [policy] = await Promise.all([harness.context.waitForEvent('page'), help.locator('section[data-topic="privacy"]').getByTestId('privacy-link').click()]);
    await policy.getByTestId('privacy').waitFor();
    await policy.getByRole('heading', { name: 'Парта — политика конфиденциальности' }).waitFor();
    await policy.getByRole('heading', { name: 'Parta — privacy policy' }).waitFor();
    await expect(policy.locator('table').count()).resolves.toBe(2);
    await policy.close();
    const [fromOptions] = await Promise.all([harness.context.waitForEvent('page'), options.getByTestId('privacy-link').first().click()]);
    await fromOptions.getByTestId('privacy').waitFor();
    expect(new URL(fromOptions.url()).pathname).toBe('/privacy.html');
    await fromOptions.close();
    await help.close();
    await options.close();
  });
});
