/**
 * A person's chat never leaves the messenger page, whatever it is called: of MAX's list only the
 * rows MAX marks as groups (its hidden «группа, » label, or a preview starting with its author) are
 * kept, and of VK's only group peers; a school-like row MAX does not mark keeps the list from
 * proving a chat missing. Checked on what the teacher can see: «Что хранится» and the checklist.
 */
import { afterAll, beforeAll, expect, test } from 'vitest';
import { fixture, launch, type Harness } from './harness';

const MENTOR_URL = 'https://school.mos.ru/teacher/mentor/journals';
const MAX_URL = 'https://web.max.ru/';
const VK_URL = 'https://vk.ru/im';

let harness: Harness;

/** MAX's start page with these rows in its list (each: its title and whether MAX marks it a group). */
function maxList(rows: readonly [string, boolean][]): string {
  const items = rows
    .map(([title, group]) => `    <div class="item"><button class="cell"><h3 class="title">${group ? '<span aria-label="группа, "></span>' : ''}<span class="name"><span class="text">${title}</span></span></h3></button></div>`)
    .join('\n');
  return fixture('max/start.html')
    .split('\n')
    .filter((line) => !line.includes('<span class="text">'))
    .join('\n')
    .replace('<div class="scrollListScrollable svelte-9k3j2h">', `<div class="scrollListScrollable svelte-9k3j2h">\n${items}`);
}

/** VK's list with these rows (title and peer). */
function vkList(rows: readonly [string, number][]): string {
  const items = rows
    .map(([title, peer]) => `<div class="VirtualScrollItem" data-itemkey="convo_${peer}"><button class="ConvoListItem" role="listitem" data-testid="vkme_convo_list_item" data-peer-id="${peer}"><h3 class="ConvoTitle"><span class="ConvoTitle__title">${title}</span></h3></button></div>`)
    .join('');
  return `<!doctype html><html lang="ru"><body><nav class="ConvoList">${items}</nav><main data-testid="me_main_content"></main></body></html>`;
}

/** The number «Что хранится» gives for the messenger's chat names. */
async function storedChats(): Promise<number> {
  const options = await harness.openOptions();
  const line = options.locator('[data-testid="stored-data"] [data-store="chats"]');
  await line.filter({ hasText: /\d/ }).waitFor();
  const count = Number(/: (\d+)/.exec((await line.textContent()) ?? '')?.[1]);
  await options.close();
  return count;
}

beforeAll(async () => {
  harness = await launch();
  harness.serve(MENTOR_URL, fixture('mesh/mentor.html'));
});

afterAll(async () => {
  const stray = harness?.strayRequests ?? [];
  await harness?.close();
  expect(stray).toEqual([]);
});

test('only group chats are kept; a school-like row MAX does not mark keeps the list from proving a chat missing', async () => {
  harness.serve(
    MAX_URL,
    maxList([
      ['Родители 5А', true],
      ['5А ученики', true],
      ['Петров Саша 7Б', false],
      ['Мама Пети Иванова 5А', false],
    ]),
  );
  const max = await harness.open(MAX_URL);
  // The four rows go in one reading: when the two groups are counted, the two others were passed over.
  await expect.poll(storedChats, { timeout: 15_000 }).toBeGreaterThanOrEqual(2);
  expect(await storedChats()).toBe(2);
  await max.close();

  harness.serve(
    VK_URL,
    vkList([
      ['Родители 7Б', 2000000011],
      ['Мама Пети Иванова 5А', 512345],
      ['Иванова О. (родитель)', 612345],
    ]),
  );
  const vk = await harness.open(VK_URL);
  await expect.poll(storedChats, { timeout: 15_000 }).toBeGreaterThanOrEqual(3);
  expect(await storedChats()).toBe(3);
  await vk.close();

  // The journal's class 5А: MAX's list was seen whole, but with rows it cannot tell: not proof.
  const journal = await harness.open(MENTOR_URL);
  const popup = await harness.openPopup(journal);
  const maxLine = popup.locator('[data-testid="chat-list"][data-platform="max"]');
  await maxLine.waitFor();
  await expect(maxLine.getAttribute('data-list')).resolves.not.toBe('whole');
  await popup.close();
  await journal.close();
});
