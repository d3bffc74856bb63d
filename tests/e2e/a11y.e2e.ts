/**
 * Accessibility: axe-core finds no violation on the popup (with invitations, on a messenger tab
 * and on a journal tab) and on the options page.
 */
import fs from 'node:fs';
import { createRequire } from 'node:module';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { fixture, launch, type Harness } from './harness';

const AXE_SOURCE = fs.readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const MAX_URL = 'https://web.max.ru/-68912345678';
const JOURNAL_URL = 'https://school.mos.ru/teacher/study-process/journal/my';

let harness: Harness;

beforeAll(async () => {
  harness = await launch();
  harness.serve(MAX_URL, fixture('max/chat.html'));
  harness.serve(JOURNAL_URL, fixture('mesh/journal-my.html'));
});

afterAll(async () => {
  const stray = harness?.strayRequests ?? [];
  await harness?.close();
  expect(stray).toEqual([]);
});

interface Violation {
  id: string;
  help: string;
  nodes: { target: string[] }[];
}

/** axe-core in the page (evaluated over the protocol: extension pages' CSP forbids inline scripts). */
async function violations(page: Page): Promise<string[]> {
  await page.evaluate(AXE_SOURCE);
  const found = await page.evaluate(async () => {
    const axe = (globalThis as unknown as { axe: { run(context: Document, options: object): Promise<{ violations: Violation[] }> } }).axe;
    const result = await axe.run(document, { resultTypes: ['violations'] });
    return result.violations;
  });
  return found.map((violation) => `${violation.id}: ${violation.help} — ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`);
}

describe('accessibility (axe-core)', () => {
  test('popup with invitations, on a messenger tab', async () => {
    const messenger = await harness.open(MAX_URL);
    await messenger.waitForSelector('parta-warning');
    const popup = await harness.openPopup(messenger);
    await popup.getByTestId('health').waitFor();
    await popup.getByRole('button', { name: /Добавить/ }).click();
    expect(await violations(popup)).toEqual([]); // the add form open
    await popup.getByLabel('Ссылка-приглашение').fill('https://vk.me/join/AJQ1d0uWzyC/DNvIowlP2mLB');
    await popup.getByLabel('Класс или группа').fill('5А');
    await popup.getByRole('button', { name: 'Сохранить' }).click();
    await popup.getByTestId('invite').waitFor();
    expect(await violations(popup)).toEqual([]);
  });

  test('popup on a journal tab (the checklist)', async () => {
    const journal = await harness.open(JOURNAL_URL);
    const popup = await harness.openPopup(journal);
    await popup.getByTestId('progress').waitFor();
    expect(await violations(popup)).toEqual([]);
  });

  test('the check itself sees a violation when there is one', async () => {
    const options = await harness.openOptions();
    await options.getByRole('heading', { name: 'Настройки Парты' }).waitFor();
    await options.evaluate(() => document.body.append(document.createElement('input')));
    expect((await violations(options)).some((violation) => violation.startsWith('label:'))).toBe(true);
  });

  test('options page', async () => {
    const options = await harness.openOptions();
    await options.getByRole('heading', { name: 'Настройки Парты' }).waitFor();
    expect(await violations(options)).toEqual([]);
  });
});
