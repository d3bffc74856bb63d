/**
 * First run: installing opens a short welcome in the options page; finishing it saves the roles and
 * the typed classes; skipping it leaves the defaults. Nothing else is needed for Parta to work.
 */
import { afterEach, describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { launch, type Harness } from './harness';

let harness: Harness | undefined;

afterEach(async () => {
  const stray = harness?.strayRequests ?? [];
  await harness?.close();
  harness = undefined;
  expect(stray).toEqual([]);
});

async function welcomePage(started: Harness): Promise<Page> {
  const isWelcome = (page: Page) => page.url().endsWith('/options.html?welcome');
  return started.context.pages().find(isWelcome) ?? (await started.context.waitForEvent('page', { predicate: isWelcome }));
}

describe('first run', () => {
  test('the welcome opens once on install; finishing it saves roles and classes', async () => {
    harness = await launch({ keepWelcome: true });
    const welcome = await welcomePage(harness);
    await welcome.getByTestId('welcome').waitFor();
    await welcome.getByRole('heading', { name: 'Добро пожаловать в Парту' }).waitFor();
    const section = welcome.getByTestId('welcome');
    // The welcome is the options' own «О вас» fields, not a copy: each is on the page once.
    for (const label of ['классный руководитель', 'Школа (для печати):', 'Ваше имя (для печати и отчёта директору):']) {
      await expect(welcome.getByLabel(label, { exact: true }).count()).resolves.toBe(1);
    }
    await expect(welcome.getByLabel('Напоминать аннулировать неиспользованную ссылку через, дней').count()).resolves.toBe(1);
    // A curator's natural first click: «классный руководитель» off, then «куратор группы» on.
    await section.getByLabel('классный руководитель', { exact: true }).uncheck();
    await section.locator('[data-testid="said"][data-at="profiles"]').filter({ hasText: 'Отметьте свою роль' }).waitFor();
    await expect(section.getByLabel('классный руководитель', { exact: true }).isChecked()).resolves.toBe(false);
    await section.getByLabel('куратор группы (колледж, ЭПОС)').check();
    // Saved as it is made, like everywhere in the options.
    await section.locator('[data-testid="said"][data-at="profiles"]').filter({ hasText: 'Сохранено' }).waitFor();
    // From now on a college's words.
    await section.getByLabel('Ваши группы (если журнал их не покажет)').fill('ИСП-22-1, ИСП-22-2');
    await section.getByLabel('Группа, где вы куратор').fill('исп-22-1');
    await expect(welcome.getByTestId('policy').textContent()).resolves.toContain('Чат преподавателей группы — в вашей группе');
    await welcome.getByLabel('Напоминать аннулировать неиспользованную ссылку через, дней').fill('10');
    await welcome.locator('[data-testid="said"][data-at="stale-days"]').filter({ hasText: 'Сохранено' }).waitFor();
    await section.getByRole('button', { name: 'Готово' }).click();
    await section.waitFor({ state: 'detached' });
    expect(welcome.url()).not.toContain('welcome');
    // It ends with the next step in words, and the journals Parta knows.
    const next = welcome.getByTestId('welcome-next');
    await expect(next.textContent()).resolves.toContain('Откройте электронный журнал и нажмите значок Парты');
    await expect(next.textContent()).resolves.toContain('обязательные чаты ваших групп');
    await expect(next.getByTestId('welcome-next-school').count()).resolves.toBe(0);
    await expect(next.textContent()).resolves.toContain('МЭШ / «Моя школа» / ЭПОС, «Сетевой город», Дневник.ру, ЭлЖур');
    await next.getByRole('button', { name: 'Понятно' }).click();
    await next.waitFor({ state: 'detached' });
    await expect(welcome.getByLabel('куратор группы (колледж, ЭПОС)').first().isChecked()).resolves.toBe(true);
    await expect(welcome.getByLabel('классный руководитель', { exact: true }).first().isChecked()).resolves.toBe(false);
    await welcome.getByTestId('stored-data').filter({ hasText: 'Классы: 2' }).waitFor();
    await expect(welcome.getByLabel('Напоминать аннулировать неиспользованную ссылку через, дней').inputValue()).resolves.toBe('10');
  });

  test('skipping leaves the defaults', async () => {
    harness = await launch({ keepWelcome: true });
    const welcome = await welcomePage(harness);
    await welcome.getByRole('button', { name: 'Пропустить' }).click();
    await welcome.getByTestId('welcome').waitFor({ state: 'detached' });
    await expect(welcome.getByLabel('классный руководитель', { exact: true }).first().isChecked()).resolves.toBe(true);
    await welcome.getByTestId('stored-data').filter({ hasText: 'Классы: 0' }).waitFor();
  });
});
