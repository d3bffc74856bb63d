/**
 * The keyboard alone: in a MAX group chat, Tab reaches the «⚑ Нарушение правил» step on the warning
 * beside a message with a banned link, Enter opens the form; in the form the rule is chosen with
 * the arrow keys, the violation recorded with Enter, and Escape closes the window. No mouse.
 * (Headless Chromium does not fire the manifest's shortcut, Alt+Shift+V: its handler is unit-tested.)
 */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { closedShadowTexts, fixture, launch, type Harness } from './harness';

const GROUP_URL = 'https://web.max.ru/-70000000015';
let harness: Harness;

beforeAll(async () => {
  harness = await launch();
  harness.serve(GROUP_URL, fixture('max/group.html'));
});

afterAll(async () => {
  const stray = harness?.strayRequests ?? [];
  await harness?.close();
  expect(stray).toEqual([]);
});

/** Presses Tab until `wanted` is in focus (at most `limit` times); false when it never is. */
async function tabTo(page: Page, wanted: (element: Element | null) => boolean, limit = 60): Promise<boolean> {
  for (let step = 0; step < limit; step++) {
    await page.keyboard.press('Tab');
    if (await page.evaluate(`(${wanted.toString()})(document.activeElement)`)) return true;
  }
  return false;
}

describe('keyboard only', () => {
  test('from the warning to a recorded violation and back, without a mouse', async () => {
    const page = await harness.open(GROUP_URL);
    await page.locator('.bubbleContent', { hasText: 'Скиньте ответы' }).waitFor();
    await page.evaluate(() => {
      const item = document.querySelector('#history .item:last-child')!.cloneNode(true) as HTMLElement;
      item.querySelector('.header .text')!.textContent = 'Анна Козлова';
      item.querySelector('span.text:not(.header .text)')!.textContent = 'Ответы тут: t.me/otvety5a';
      document.getElementById('history')!.append(item);
    });
    await page.locator('parta-step[data-parta-step="report"]').waitFor({ state: 'attached' });
    expect(await tabTo(page, (element) => element?.localName === 'parta-step' && element.getAttribute('data-parta-step') === 'report')).toBe(true);
    const [form] = await Promise.all([harness.context.waitForEvent('page'), page.keyboard.press('Enter')]);
    await form.getByTestId('violation-form').waitFor();
    await expect(form.getByTestId('violation-person').inputValue()).resolves.toBe('Анна Козлова');
    // The rules: Tab into the group, the arrow to point 2.
    expect(await tabTo(form, (element) => element instanceof HTMLInputElement && element.type === 'radio')).toBe(true);
    await form.keyboard.press('ArrowDown');
    await expect(form.getByRole('radio', { name: /^2\. Пишем вежливо/ }).isChecked()).resolves.toBe(true);
    expect(await tabTo(form, (element) => element?.getAttribute('data-testid') === 'violation-record')).toBe(true);
    await form.keyboard.press('Enter');
    await form.getByRole('status').filter({ hasText: 'Нарушений у участника в этом чате: 1.' }).waitFor();
    await Promise.all([form.waitForEvent('close'), form.keyboard.down('Escape').catch(() => undefined)]);
    await expect.poll(async () => (await closedShadowTexts(page, 'parta-mark')).map((mark) => mark.text)).toContain('⚑ нарушений: 1');
  });

  test('a message with no warning: Tab from its link reaches «⚑ Нарушение правил» for its sender next', async () => {
    const page = await harness.open(GROUP_URL);
    await page.locator('.bubbleContent', { hasText: 'Скиньте ответы' }).waitFor();
    await page.evaluate(() => {
      const item = document.querySelector('#history .item:last-child')!.cloneNode(true) as HTMLElement;
      item.querySelector('.header .text')!.textContent = 'Ольга Павлова';
      const text = item.querySelector('span.text:not(.header .text)')!;
      text.textContent = 'Расписание на неделю: ';
      const link = document.createElement('a');
      link.href = 'https://school1500.mos.ru/raspisanie';
      link.textContent = 'school1500.mos.ru/raspisanie';
      text.append(link);
      document.getElementById('history')!.append(item);
    });
    expect(await tabTo(page, (element) => element instanceof HTMLAnchorElement && element.href.includes('raspisanie'))).toBe(true);
    // No warning here (an allowed link), yet the very next Tab is Parta's action for this sender.
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.localName)).toBe('parta-moderation');
    const [form] = await Promise.all([harness.context.waitForEvent('page'), page.keyboard.press('Enter')]);
    await form.getByTestId('violation-form').waitFor();
    await expect(form.getByTestId('violation-person').inputValue()).resolves.toBe('Ольга Павлова');
    await form.close();
  });
});
