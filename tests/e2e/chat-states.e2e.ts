/**
 * Parta says only what it has seen, as a class teacher of 5А meets it on a fresh install: her
 * journal first, the popup before she ever opened MAX (no «нет — создайте», one task to open MAX,
 * badge 1); then MAX with a long chat list she has not scrolled (still nothing proved missing); the
 * list scrolled to its end (now 5А's three chats are «нет — создайте»); the invitations made and
 * copied («ждём», not «Всё в порядке»); and the chats in MAX's list («Всё в порядке»).
 */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { fixture, launch, type Harness, toolbarBadge } from './harness';

const MENTOR_URL = 'https://school.mos.ru/teacher/mentor/journals';
const MAX_URL = 'https://web.max.ru/';
const CHATS = [
  { requirement: 'class-students', title: 'Ученики 5А', link: 'https://max.ru/join/Students5AsEeN01' },
  { requirement: 'class-parents', title: 'Родители 5А', link: 'https://max.ru/join/Parents5AsEeN0001' },
  { requirement: 'class-teachers', title: 'Учителя 5А', link: 'https://max.ru/join/Teachers5AsEeN001' },
] as const;

let harness: Harness;

/**
 * MAX's chat list holding `titles` (none of 5А's chats unless named), in a scroller of its own as
 * MAX draws it: `height` px high, so a long list needs scrolling to be seen whole.
 */
function maxWith(titles: readonly string[], height: number | null): string {
  const rows = titles
    .map((title) => `    <div class="item svelte-9k3j2h"><button class="cell svelte-4f5g6h"><h3 class="title"><span aria-label="группа, "></span><span class="name"><span class="text">${title}</span></span></h3></button></div>`)
    .join('\n');
  const style = height === null ? '' : ` style="height:${height}px;overflow-y:auto"`;
  return fixture('max/start.html')
    .split('\n')
    .filter((line) => !line.includes('<span class="text">'))
    .join('\n')
    .replace('<div class="scrollListScrollable svelte-9k3j2h">', `<div class="scrollListScrollable svelte-9k3j2h"${style}>\n${rows}`);
}

/** Forty other chats of a busy teacher: a personal one, colleagues, other classes. */
const OTHER_CHATS = Array.from({ length: 40 }, (_, index) => (index % 2 === 0 ? `Алгебра ${index + 5}Б` : `Иванова Мария ${index}`));

const badgeText = () => toolbarBadge(harness);

/** The popup over the journal, once «Сегодня» has drawn. */
async function popupOver(journal: Page): Promise<Page> {
  const popup = await harness.openPopup(journal);
  await popup.getByTestId('today').waitFor();
  await popup.locator('[data-testid="checklist-class"][data-class="5А"]').waitFor();
  return popup;
}

const rowStates = (popup: Page) =>
  popup.locator('[data-testid="checklist-class"][data-class="5А"] [data-testid="requirement"]').evaluateAll((rows) => rows.map((row) => row.getAttribute('data-state')));

beforeAll(async () => {
  harness = await launch();
  harness.serve(MENTOR_URL, fixture('mesh/mentor.html'));
});

afterAll(async () => {
  const stray = harness?.strayRequests ?? [];
  await harness?.close();
  expect(stray).toEqual([]);
});

describe('what Parta says of chats it has not seen', () => {
  test('from the journal before MAX, through a list seen in part and whole, to invitations waited for and chats in place', async () => {
    const journal = await harness.open(MENTOR_URL);

    // Before MAX was ever opened: nothing is called missing; one task says to open MAX, the badge counts it once.
    let popup = await popupOver(journal);
    const check = popup.getByTestId('today-check');
    await expect(check.innerText()).resolves.toContain('Откройте MAX — Парта проверит чаты классов 5А.');
    await expect(popup.getByTestId('today').innerText()).resolves.not.toContain('нет — создайте');
    await expect(popup.getByTestId('today-task').count()).resolves.toBe(0);
    await expect(rowStates(popup)).resolves.toEqual(['unchecked', 'unchecked', 'unchecked']);
    await expect(popup.locator('[data-testid="chat-list"][data-platform="max"]').getAttribute('data-list')).resolves.toBe('never');
    await expect.poll(badgeText, { timeout: 10_000 }).toBe('1');
    await popup.close();

    // MAX opened: a long list, not scrolled. Only its top was seen — it proves nothing yet.
    harness.serve(MAX_URL, maxWith(OTHER_CHATS, 150));
    const messenger = await harness.open(MAX_URL);
    popup = await popupOver(journal);
    await expect
      .poll(async () => {
        await popup.reload();
        await popup.getByTestId('today').waitFor();
        return popup.locator('[data-testid="chat-list"][data-platform="max"]').getAttribute('data-list');
      }, { timeout: 10_000 })
      .toBe('partial');
    await expect(popup.getByTestId('today-check').innerText()).resolves.toContain('видела только часть списка чатов MAX');
    await expect(rowStates(popup)).resolves.toEqual(['unchecked', 'unchecked', 'unchecked']);
    expect(await badgeText()).toBe('1');
    await popup.close();

    // Scrolled to its end: the whole list was seen, and 5А's chats are not in it.
    await messenger.bringToFront();
    await messenger.locator('.scrollListScrollable').evaluate((list) => list.scrollTo(0, list.scrollHeight));
    await expect.poll(badgeText, { timeout: 10_000 }).toBe('3');
    popup = await popupOver(journal);
    await expect(rowStates(popup)).resolves.toEqual(['missing', 'missing', 'missing']);
    await expect(popup.getByTestId('today-check').count()).resolves.toBe(0);
    for (const chat of CHATS) {
      const task = popup.locator(`[data-testid="today-class"][data-class="5А"] [data-task-requirement="${chat.requirement}"]`);
      await expect(task.innerText()).resolves.toContain('нет — создайте');
    }
    await expect(popup.locator('[data-testid="missing-seen"]').first().innerText()).resolves.toContain('чатов в списке: 40');

    // Each chat made in MAX, its link pasted, the invitation copied.
    for (const chat of CHATS) {
      const task = popup.locator(`[data-testid="today-class"][data-class="5А"] [data-task-requirement="${chat.requirement}"]`);
      await task.getByRole('button', { name: /^Создать чат/ }).click();
      await task.getByTestId('step-link').fill(chat.link);
      await task.getByRole('button', { name: /^Копировать сообщение/ }).click();
      await task.waitFor({ state: 'detached' });
    }
    // Nothing left to do today — but the chats are not seen yet: waited for by name, never «Всё в порядке».
    const waiting = popup.getByTestId('today-waiting');
    await waiting.waitFor();
    for (const chat of CHATS) await expect(waiting.innerText()).resolves.toContain(`«${chat.title}»`);
    await expect(popup.getByTestId('today-empty').count()).resolves.toBe(0);
    await expect(rowStates(popup)).resolves.toEqual(['waiting', 'waiting', 'waiting']);
    await expect.poll(badgeText, { timeout: 10_000 }).toBe('');
    await popup.close();

    // The chats appear in MAX's list: now, and only now, all is in order.
    harness.serve(MAX_URL, maxWith([...CHATS.map((chat) => chat.title), ...OTHER_CHATS], null));
    await messenger.reload();
    popup = await popupOver(journal);
    await expect
      .poll(async () => {
        await popup.reload();
        await popup.getByTestId('today').waitFor();
        return (await popup.getByTestId('today-empty').count()) > 0 ? popup.getByTestId('today-empty').innerText() : '';
      }, { timeout: 15_000 })
      .toContain('Всё в порядке: чаты 5А на месте');
    await expect(rowStates(popup)).resolves.toEqual(['exists', 'exists', 'exists']);
  }, 120_000);
});
