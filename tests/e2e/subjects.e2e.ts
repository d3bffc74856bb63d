/**
 * A subject teacher on «Сетевой город»: the journal's subject filter names her subjects in the
 * chosen class, and the chats «Алгебра 9Б», «Геометрия 9Б» are required; for her other classes
 * Parta does not know her subjects and says so — «Сегодня» asks for them, with a field each, and
 * «Всё в порядке» is never said meanwhile. Typed, the class's subject chat is required at once.
 */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { fixture, launch, type Harness } from './harness';

const JOURNAL_URL = 'https://asurso.ru/app/school/journal/';
const MAX_URL = 'https://web.max.ru/';

let harness: Harness;

beforeAll(async () => {
  harness = await launch();
  harness.serve(JOURNAL_URL, fixture('netschool/journal.html'));
  // MAX's whole list (it fits on the screen), with no chat of her classes.
  harness.serve(MAX_URL, fixture('max/start.html'));
});

afterAll(async () => {
  const stray = harness?.strayRequests ?? [];
  await harness?.close();
  expect(stray).toEqual([]);
});

const subjectRows = (popup: Page) =>
  popup.locator('[data-testid="checklist-class"] [data-requirement="subject"] strong').evaluateAll((labels) =>
    labels.map((label) => `${label.closest('[data-testid="checklist-class"]')!.getAttribute('data-class')} ${label.textContent}`),
  );

describe('a subject teacher’s subjects', () => {
  test('read from the journal’s subject filter for the chosen class; asked for the others, and typed in place', async () => {
    const options = await harness.openOptions();
    await options.locator('#about').getByLabel('учитель-предметник').check();
    await options.locator('#about').getByLabel('классный руководитель', { exact: true }).uncheck();
    await options.locator('[data-testid="said"][data-at="profiles"]').filter({ hasText: 'Сохранено' }).waitFor();
    await options.close();
    await harness.open(MAX_URL);
    const journal = await harness.open(JOURNAL_URL);

    let popup = await harness.openPopup(journal);
    const asked = popup.getByTestId('today-subjects');
    await expect.poll(async () => {
      await popup.reload();
      await popup.getByTestId('today').waitFor();
      return (await asked.count()) > 0 ? asked.innerText() : '';
    }, { timeout: 15_000 }).toContain('Парта не знает ваших предметов в 6В, 8А — укажите их');
    await expect(subjectRows(popup)).resolves.toEqual(['9Б Чат по предмету: Алгебра', '9Б Чат по предмету: Геометрия']);
    await expect(popup.getByTestId('subjects-unknown').innerText()).resolves.toContain('6В, 8А');
    await expect(popup.getByTestId('today-empty').count()).resolves.toBe(0);

    // «Физика» in 8А, typed where she was asked.
    const form = asked.locator('[data-testid="subjects-form"][data-class="8А"]');
    await form.getByLabel('Предметы в 8А:').fill('Физика');
    await form.getByRole('button', { name: 'Сохранить' }).click();
    await popup.getByTestId('today').getByTestId('said').filter({ hasText: 'Сохранено: в 8А — Физика.' }).waitFor();
    await expect.poll(() => asked.innerText()).toContain('Парта не знает ваших предметов в 6В — укажите их');
    const physics = popup.locator('[data-testid="today-class"][data-class="8А"] [data-task-requirement="subject"]');
    await expect(physics.innerText()).resolves.toContain('Чат по предмету: Физика');
    // The chat she is asked to create is named by the subject and the class.
    await physics.getByRole('button', { name: /^Создать чат/ }).click();
    await physics.getByTestId('said').filter({ hasText: 'Название «Физика 8А» скопировано' }).waitFor();
    await popup.close();

    // Kept whatever the journal reads next.
    await journal.reload();
    popup = await harness.openPopup(journal);
    await popup.locator('[data-testid="checklist-class"][data-class="8А"]').waitFor();
    await expect(subjectRows(popup)).resolves.toContain('8А Чат по предмету: Физика');
  });
});
