/**
 * Accessibility: axe-core finds no violation on the popup (with invitations, on a messenger tab
 * and on a journal tab, with a running block among its reminders), on the options page, and on the
 * violation form with its block advice.
 */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { axeViolations as violations, fixture, launch, type Harness } from './harness';

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

  test('the violation form with its block advice, and the popup with the running block', async () => {
    // The form opened from a message (its words offered), and then by hand (no message): one message is one record.
    const tokens = ['0b7e6a52-1c2d-4e5f-8a9b-0c1d2e3f4a5b', '1c8f7b63-2d3e-4f50-9b0c-1d2e3f4a5b6c'];
    await harness.worker.evaluate(async (keys: string[]) => {
      type Session = { storage: { session: { set(items: object): Promise<void> } } };
      await (globalThis as unknown as { chrome: Session }).chrome.storage.session.set({
        [`moderation:${keys[0]}`]: { site: 'max', chat: '5А Ученики', person: 'Пётр Сидоров', quote: 'сами вы такие' },
        [`moderation:${keys[1]}`]: { site: 'max', chat: '5А Ученики', person: 'Пётр Сидоров', quote: '' },
      });
    }, tokens);
    const form = await harness.context.newPage();
    await form.goto(`chrome-extension://${harness.extensionId}/moderation.html?report=${tokens[0]}`);
    await form.getByTestId('violation-form').waitFor();
    expect(await violations(form)).toEqual([]);
    await form.getByRole('radio', { name: /^1\. / }).check();
    await form.getByTestId('violation-record').click();
    await form.getByTestId('violation-already').waitFor();
    expect(await violations(form)).toEqual([]);
    await form.goto(`chrome-extension://${harness.extensionId}/moderation.html?report=${tokens[1]}`);
    await form.getByTestId('violation-form').waitFor();
    for (let count = 2; count <= 4; count++) {
      await form.getByRole('radio', { name: /^1\. / }).check();
      await form.getByTestId('violation-record').click();
      await form.getByRole('status').filter({ hasText: `в этом чате: ${count}.` }).waitFor();
    }
    await form.getByTestId('block-advice').waitFor();
    expect(await violations(form)).toEqual([]);
    await form.getByTestId('block-record').click();
    await form.getByTestId('block-state').waitFor();
    const messenger = await harness.open(MAX_URL);
    const popup = await harness.openPopup(messenger);
    await popup.getByTestId('block-state').waitFor();
    await popup.getByRole('button', { name: 'Снять досрочно' }).click();
    expect(await violations(popup)).toEqual([]);
    // The log, with the form for a violation recorded by hand open.
    const log = await harness.context.newPage();
    await log.goto(`chrome-extension://${harness.extensionId}/moderation.html`);
    await log.getByTestId('moderation-log').waitFor();
    await log.getByText('Записать нарушение вручную').click();
    expect(await violations(log)).toEqual([]);
  });

  test('options page', async () => {
    const options = await harness.openOptions();
    await options.getByRole('heading', { name: 'Настройки Парты' }).waitFor();
    expect(await violations(options)).toEqual([]);
  });
});

/** Every control of a page as the browser names it (Playwright's aria snapshot of the accessibility tree). */
async function controlNames(page: Page): Promise<{ unnamed: string[]; repeated: string[]; all: string[] }> {
  const snapshot = await page.locator('body').ariaSnapshot();
  const controls = snapshot
    .split('\n')
    // A whole role word: «radiogroup» is a group, not an unnamed radio.
    .map((line) => /^\s*- '?(button|textbox|combobox|checkbox|radio|spinbutton|searchbox|link|switch|slider)(?![a-z])(?: "((?:[^"\\]|\\.)*)")?/.exec(line))
    .filter((match): match is RegExpExecArray => match !== null);
  const all = controls.map((match) => `${match[1]} «${match[2] ?? ''}»`);
  const unnamed = controls.filter((match) => !match[2]?.trim()).map((match) => match[1]);
  const seen = new Map<string, number>();
  for (const name of all) seen.set(name, (seen.get(name) ?? 0) + 1);
  return { unnamed, repeated: [...seen].filter(([, count]) => count > 1).map(([name, count]) => `${name} ×${count}`), all };
}

describe('every control says what it acts on', () => {
  test('the popup on a journal page with three classes and the options: no control unnamed, no name twice', async () => {
    // A class teacher who also teaches: every class of the journal has its chats, and its controls.
    const options = await harness.openOptions();
    await options.getByLabel('учитель-предметник').first().check();
    // Saved as it is made: «Сохранено» appears beside the change.
    await options.getByTestId('said').filter({ hasText: 'Сохранено' }).waitFor();
    const journal = await harness.open(JOURNAL_URL);
    const popup = await harness.openPopup(journal);
    await expect.poll(() => popup.getByTestId('checklist-class').count(), { timeout: 15_000 }).toBe(3);
    const inPopup = await controlNames(popup);
    expect(inPopup.all.length).toBeGreaterThan(20);
    expect(inPopup.unnamed).toEqual([]);
    expect(inPopup.repeated).toEqual([]);
    // Names carry the row: the class and the chat.
    expect(inPopup.all).toContain('button «Создать чат: Чат по предмету: Алгебра, 7Б»');
    expect(inPopup.all).toContain('button «Не требуется: Чат по предмету: Геометрия, 7Б»');
    expect(inPopup.all).toContain('spinbutton «Учеников в классе 7Б»');
    await options.reload();
    await options.getByTestId('stored-data').waitFor();
    const inOptions = await controlNames(options);
    expect(inOptions.unnamed).toEqual([]);
    expect(inOptions.repeated).toEqual([]);
    await popup.close();
    await journal.close();
    await options.close();
  });
});
