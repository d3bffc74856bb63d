/**
 * A chat switch in MAX whose header repaints its count before its title: for a moment the header
 * shows the next chat's count under the previous chat's title. Parta does not trust the previous
 * chat's title with a count for a moment after the address changed, and stores a count only when
 * two readings agree — the previous chat keeps its own count.
 */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { fixture, launch, type Harness } from './harness';

const MAX_URL = 'https://web.max.ru/-68912345678';
const SECOND_URL = 'https://web.max.ru/-68912340001';

let harness: Harness;
let reader: Page;

beforeAll(async () => {
  harness = await launch();
  harness.serve(MAX_URL, fixture('max/chat.html'));
  harness.serve(SECOND_URL, fixture('max/chat.html'));
  reader = await harness.openOptions();
});

afterAll(async () => {
  const stray = harness?.strayRequests ?? [];
  await harness?.close();
  expect(stray).toEqual([]);
});

/** The member counts Parta keeps, by chat title (read in an extension page, where its database is). */
function storedCounts(): Promise<Record<string, number | null>> {
  return reader.evaluate(
    () =>
      new Promise<Record<string, number | null>>((resolve, reject) => {
        const open = indexedDB.open('parta');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const request = open.result.transaction('chats').objectStore('chats').getAll();
          request.onsuccess = () => {
            const counts: Record<string, number | null> = {};
            for (const record of request.result as { title: string; members?: number }[]) counts[record.title] = record.members ?? null;
            open.result.close();
            resolve(counts);
          };
          request.onerror = () => reject(request.error);
        };
      }),
  );
}

describe('a chat switch', () => {
  test('the count painted before the title is not stored under the previous chat', async () => {
    const page = await harness.open(MAX_URL);
    await expect.poll(async () => (await storedCounts())['Родители 5А'], { timeout: 10_000 }).toBe(18);
    // The switch (MAX changes the address by pushState): the count first, the title a second and a
    // half later (a slow repaint).
    await page.evaluate(() => {
      history.pushState(null, '', '/-68900000555');
      document.querySelector('.openedChat .topbar .subtitle')!.textContent = '27 участников';
      setTimeout(() => {
        document.querySelector('.openedChat .topbar .title .name .text')!.textContent = 'Ученики 5А';
        document.getElementById('main-header-title')!.textContent = 'Ученики 5А';
      }, 1500);
    });
    await expect.poll(async () => (await storedCounts())['Ученики 5А'], { timeout: 15_000 }).toBe(27);
    expect((await storedCounts())['Родители 5А']).toBe(18);
  });

  test('«Запомнить приглашение» on a message drawn in one chat names that chat, even clicked under the next chat’s header', async () => {
    const page = await harness.open(SECOND_URL);
    const button = page.locator('parta-invite');
    await button.first().waitFor();
    // The switch repaints the header while the previous chat's messages still stand.
    await page.evaluate(() => {
      history.pushState(null, '', '/-68900000777');
      document.querySelector('.openedChat .topbar .title .name .text')!.textContent = 'Учителя 7В';
      document.getElementById('main-header-title')!.textContent = 'Учителя 7В';
    });
    const [form] = await Promise.all([harness.context.waitForEvent('page'), button.first().click()]);
    await form.getByTestId('invite-form').waitFor();
    await expect(form.getByTestId('suggested-chat').textContent()).resolves.toContain('Родители 5А');
    await expect(form.getByTestId('suggested-chat').textContent()).resolves.not.toContain('Учителя 7В');
    await form.close();
  });
});
