/**
 * The moderator's duties in a real Chromium, on a MAX group chat (tests/fixtures/max/group.html): the teacher
 * records four violations from the «Нарушение правил» action on a pupil's messages, sees the advice
 * (more than three: a block of up to one month) and records a block; with the clock moved past its
 * end the popup and the badge remind them, and «Разблокировал(а)» ends it. A pupil on the list of
 * people who left is marked in the chat and listed in the popup until marked removed. «Правила»
 * puts the rules into the composer without sending them. What the page forges does nothing.
 */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { closedShadowTexts, fixture, launch, storedRecords, type Harness, toolbarBadge } from './harness';

const GROUP_URL = 'https://web.max.ru/-70000000015';
const VK_URL = 'https://vk.ru/im/convo/2000000011';
const DAY = 24 * 60 * 60 * 1000;

let harness: Harness;

beforeAll(async () => {
  harness = await launch();
  harness.serve(GROUP_URL, fixture('max/group.html'));
  harness.serve(VK_URL, fixture('vk/convo-vk-ru.html'));
  // The class's chats are school chats Parta keeps: «5А Ученики» is one by its name.
});

afterAll(async () => {
  const stray = harness?.strayRequests ?? [];
  await harness?.close();
  expect(stray).toEqual([]);
});

const badgeText = () => toolbarBadge(harness);

const badgeTitle = () =>
  harness.worker.evaluate(async () => {
    type Action = { action: { getTitle(details: object): Promise<string> } };
    return (globalThis as unknown as { chrome: Action }).chrome.action.getTitle({});
  });

/** A message of the open chat by its words. */
const message = (page: Page, words: string) => page.locator('.bubbleContent', { hasText: words });

/**
 * The marks Parta put beside names, as their text — read from inside their closed shadow roots (a
 * test-only path); and every time, that no host shows the page anything of what they say.
 */
async function marks(page: Page): Promise<string[]> {
  const found = await closedShadowTexts(page, 'parta-mark');
  for (const { text, attributes } of found) {
    for (const part of text.split(' · ')) expect(attributes.some((value) => value.includes(part))).toBe(false);
    expect(attributes.some((value) => /нарушени|заблокирован|выбыл/u.test(value))).toBe(false);
  }
  return found.map((mark) => mark.text);
}

/** Hovers a message and clicks the floating action as a hand does; resolves the window it opens. */
async function reportFrom(page: Page, words: string): Promise<Page> {
  await message(page, words).hover();
  const action = page.locator('parta-moderation');
  await expect.poll(() => action.evaluate((host) => (host as HTMLElement).style.display)).toBe('block');
  const box = await action.boundingBox();
  if (!box) throw new Error('the action is not visible');
  const [form] = await Promise.all([harness.context.waitForEvent('page'), page.mouse.click(box.x + box.width / 2, box.y + box.height / 2)]);
  await form.getByTestId('violation-form').waitFor();
  return form;
}

async function popupAt(page: Page, now?: number): Promise<Page> {
  const tabId = await harness.worker.evaluate(async (target: string) => {
    type Tabs = { tabs: { query(query: object): Promise<{ id?: number; url?: string }[]> } };
    const tabs = await (globalThis as unknown as { chrome: Tabs }).chrome.tabs.query({});
    return tabs.find((tab) => tab.url === target)?.id ?? null;
  }, page.url());
  const popup = await harness.context.newPage();
  if (now) await popup.clock.setFixedTime(now);
  await popup.goto(`chrome-extension://${harness.extensionId}/popup.html?tab=${tabId}`);
  await popup.getByRole('heading', { name: 'Приглашения' }).waitFor();
  return popup;
}

describe('the moderator’s duties', () => {
  test('a pupil who left is marked in the chat and listed in the popup until marked removed', async () => {
    const options = await harness.openOptions();
    const section = options.getByTestId('moderation-settings');
    await section.getByTestId('leavers-text').fill('Иванов И. И.\nПетрова Мария Сергеевна');
    await section.getByTestId('leavers-class').fill('5 «А»');
    await section.getByTestId('leavers-add').click();
    await section.getByRole('status').filter({ hasText: 'Добавлено: 2; уже были в списке: 0.' }).waitFor();
    // A bad class is said in words and adds nobody.
    await section.getByTestId('leavers-text').fill('Сидоров Пётр');
    await section.getByTestId('leavers-class').fill('ква');
    await section.getByTestId('leavers-add').click();
    await section.getByRole('alert').filter({ hasText: 'Не похоже на класс: «ква»' }).waitFor();
    await expect(section.getByTestId('leavers-list').locator('li').count()).resolves.toBe(2);

    const page = await harness.open(GROUP_URL);
    // «Иванов Иван» in the chat is «Иванов И. И.» of the list.
    await expect.poll(() => marks(page)).toEqual(['выбыл(а) — удалите из чата']);
    await expect(message(page, 'я теперь в другой школе').locator('parta-mark').count()).resolves.toBe(1);
    // A message arriving later from them is marked too.
    await page.evaluate(() => {
      const item = document.querySelector('#history .item:last-child')!.cloneNode(true) as HTMLElement;
      item.querySelector('.header .text')!.textContent = 'Иванов Иван';
      item.querySelector('span.text:not(.header .text)')!.textContent = 'Ещё одно сообщение';
      document.getElementById('history')!.append(item);
    });
    await expect.poll(() => marks(page)).toEqual(['выбыл(а) — удалите из чата', 'выбыл(а) — удалите из чата']);

    const popup = await popupAt(page);
    const still = popup.getByTestId('leavers-still');
    await expect(still.getAttribute('data-class')).resolves.toBe('5А');
    await expect(still.locator('li').textContent()).resolves.toBe('Иванов И. И. — «5А Ученики» (MAX) Удалён(а)');
    // A pupil leaves with their parents (2.9): whom Parta cannot name is asked for in words.
    await still.getByText('Удалите и родителей выбывших учеников из родительского чата 5А (Положение об этике общения, п. 2.9).').waitFor();
    await still.getByRole('button', { name: 'Удалён(а)' }).click();
    await popup.getByRole('status').filter({ hasText: 'Отмечено: Иванов И. И. удалён(а) из «5А Ученики».' }).waitFor();
    await expect.poll(() => popup.getByTestId('leavers-still').count()).toBe(0);
    await popup.close();
    await options.close();
    await page.close();
  });

  test('VK: a leaver brought in by a service line is marked on it and listed; one whose line says they left is not', async () => {
    const options = await harness.openOptions();
    const section = options.getByTestId('moderation-settings');
    await section.getByRole('radio', { name: 'сотрудники' }).check();
    await section.getByTestId('leavers-text').fill('Павлова Ольга Андреевна\nИванов Пётр');
    await section.getByTestId('leavers-add').click();
    await section.getByRole('status').filter({ hasText: 'Добавлено: 2' }).waitFor();
    const page = await harness.open(VK_URL);
    // «Ольга Павлова присоединилась к чату по ссылке»: marked; «Пётр Иванов вышел из чата»: gone already.
    const joined = page.locator('.ServiceMessage', { hasText: 'Ольга Павлова' });
    await expect.poll(() => joined.locator('parta-mark').count()).toBe(1);
    await expect(page.locator('.ServiceMessage', { hasText: 'Пётр Иванов' }).locator('parta-mark').count()).resolves.toBe(0);
    // VK's messages span the column: the action sits over the message's corner, inside the window.
    await page.locator('.ConvoMessage', { hasText: 'Спасибо, открыл.' }).hover();
    const action = page.locator('parta-moderation');
    await expect.poll(() => action.evaluate((host) => (host as HTMLElement).style.display)).toBe('block');
    const box = await action.boundingBox();
    const viewport = page.viewportSize();
    expect(box && viewport && box.x >= 0 && box.x + box.width <= viewport.width).toBe(true);
    const [form] = await Promise.all([harness.context.waitForEvent('page'), page.mouse.click(box!.x + box!.width / 2, box!.y + box!.height / 2)]);
    await expect(form.getByTestId('violation-person').inputValue()).resolves.toBe('Папа Коли');
    // His reply's own words: the message he quoted is someone else's and is neither shown nor kept.
    await expect(form.getByTestId('violation-quote').textContent()).resolves.toBe('Спасибо, открыл.');
    await expect(form.getByTestId('moderation-chat').textContent()).resolves.toBe('Чат «7Б Родители» (VK/Сферум)');
    // A parents' chat cites the parents' rules (here the default, as none were written).
    await form.getByRole('radio', { name: /^1\. В чат вступают/ }).waitFor();
    await form.close();

    // The sighting is stored by the background after the mark is drawn: the popup reads it once it has landed.
    await expect.poll(async () => (await storedRecords(harness, 'leavers')).some((record) => ((record as { seen?: unknown[] }).seen ?? []).length > 0)).toBe(true);
    const popup = await popupAt(page);
    const still = popup.locator('[data-testid="leavers-still"][data-class=""]');
    await expect.poll(() => still.locator('li').allTextContents()).toEqual(['Павлова Ольга Андреевна — «7Б Родители» (VK) Удалён(а)']);
    await popup.close();
    await options.close();
    await page.close();
  });

  test('four violations → the advice and a block → past its end a reminder (popup and badge) → unblocked', async () => {
    const page = await harness.open(GROUP_URL);
    await message(page, 'Скиньте ответы').waitFor();
    // A click the page makes on the action opens nothing: the teacher's click after it opens exactly one form.
    await message(page, 'Скиньте ответы').hover();
    const opened: Page[] = [];
    const onPage = (candidate: Page) => opened.push(candidate);
    harness.context.on('page', onPage);
    await page.evaluate(() => (document.querySelector('parta-moderation') as HTMLElement).click());
    const form = await reportFrom(page, 'Скиньте ответы');
    harness.context.off('page', onPage);
    expect(opened).toEqual([form]);
    // The window's address holds neither the name nor the words.
    expect(form.url()).toMatch(/moderation\.html\?report=[0-9a-f-]{36}$/);
    await expect(form.getByTestId('moderation-chat').textContent()).resolves.toBe('Чат «5А Ученики» (MAX)');
    await expect(form.getByTestId('violation-person').inputValue()).resolves.toBe('Пётр Сидоров');
    // Without a rule chosen nothing is recorded.
    await form.getByTestId('violation-record').click();
    await form.getByRole('alert').filter({ hasText: 'Выберите, какой пункт правил нарушен' }).waitFor();
    await form.getByRole('radio', { name: /^2\. Пишем вежливо/ }).check();
    await form.getByTestId('violation-keep-quote').check();
    await form.getByTestId('violation-note').fill('раз 1');
    // A double click is one press: one record.
    await form.getByTestId('violation-record').dblclick();
    await form.getByRole('status').filter({ hasText: 'Нарушений у участника в этом чате: 1.' }).waitFor();
    // This message is recorded: the form says so instead of recording it again.
    await form.getByTestId('violation-already').waitFor();
    await expect(form.getByTestId('violation-record').count()).resolves.toBe(0);
    // His three earlier ones, from messages no longer on the screen: recorded by hand.
    await form.goto(form.url().replace(/\?report=.*$/, ''));
    const manual = form.getByTestId('manual-report');
    await manual.locator('summary').click();
    await manual.getByLabel('Чат (название):').fill('5А Ученики');
    await manual.getByLabel('Участник (имя, как в чате):').fill('Пётр Сидоров');
    await manual.getByRole('button', { name: 'Открыть форму' }).click();
    for (let count = 2; count <= 4; count++) {
      await form.getByRole('radio', { name: /^2\. Пишем вежливо/ }).check();
      await form.getByTestId('violation-note').fill(`раз ${count}`);
      await form.getByTestId('violation-record').click();
      await form.getByRole('status').filter({ hasText: `Нарушений у участника в этом чате: ${count}.` }).waitFor();
      if (count === 3) await expect(form.getByTestId('block-advice').count()).resolves.toBe(0);
    }
    const items = form.getByTestId('person-violations').locator('li');
    await expect(items.count()).resolves.toBe(4);
    await expect(items.first().textContent()).resolves.toContain('п. 2 правил · раз 1 Кто сделал домашку? Скиньте ответы.');
    await expect(items.nth(1).textContent()).resolves.not.toContain('Скиньте ответы');

    // More than three: the rules allow a block of up to one month, ending no later than a month on.
    const latest = await form.getByTestId('block-until').inputValue();
    const expected = await form.evaluate(() => {
      const now = new Date();
      const last = new Date(now.getFullYear(), now.getMonth() + 2, 0).getDate();
      const day = Math.min(now.getDate(), last);
      const month = new Date(now.getFullYear(), now.getMonth() + 1, 1);
      return `${month.getFullYear()}-${String(month.getMonth() + 1).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
    });
    expect(latest).toBe(expected);
    await expect(form.getByTestId('block-advice').textContent()).resolves.toContain('Нарушений: 4 — больше трёх. Положение об этике общения (п. 2.6) позволяет заблокировать участника на срок до одного месяца');
    await expect(form.getByTestId('block-reason').inputValue()).resolves.toBe('Нарушения правил чата: 4 (п. 2)');
    // A date past the month is refused in words.
    const tooLate = await form.evaluate((day: string) => {
      const date = new Date(`${day}T12:00:00`);
      date.setDate(date.getDate() + 1);
      return date.toISOString().slice(0, 10);
    }, latest);
    await form.getByTestId('block-until').fill(tooLate);
    await form.getByTestId('block-record').click();
    await form.getByRole('alert').filter({ hasText: 'не позже' }).waitFor();
    await form.getByTestId('block-until').fill(latest);
    await form.getByTestId('block-record').click();
    await form.getByTestId('block-state').filter({ hasText: 'Пётр Сидоров заблокирован(а) в «5А Ученики» (MAX) до' }).waitFor();
    await form.close();

    // The chat shows the count and the block beside his name (once, on his run's first message).
    await page.reload();
    await expect.poll(() => marks(page)).toContain(`⚑ нарушений: 4 · заблокирован(а) до ${latest.split('-').reverse().join('.')}`);
    await expect(message(page, 'Скиньте ответы').locator('parta-mark').count()).resolves.toBe(1);
    await expect(message(page, 'жалко что ли').locator('parta-mark').count()).resolves.toBe(0);
    // The badge counts every open task (the earlier tests' leaver too); the block adds none yet.
    const before = await badgeText();
    expect(await badgeTitle()).not.toContain('снять блокировки');

    // The day after the block's end: the popup reminds, and so does the badge.
    const after = new Date(`${latest}T12:00:00`).getTime() + DAY;
    const popup = await popupAt(page, after);
    const reminder = popup.getByTestId('block-state');
    await reminder.filter({ hasText: 'Пора снять блокировку: Пётр Сидоров в чате «5А Ученики»' }).waitFor();
    await harness.worker.evaluate((offset: number) => {
      const realNow = Date.now.bind(Date);
      Date.now = () => realNow() + offset;
      type Alarms = { alarms: { create(name: string, info: object): void } };
      (globalThis as unknown as { chrome: Alarms }).chrome.alarms.create('parta-stale-check', { when: realNow() + 50 });
    }, after - Date.now());
    await expect.poll(badgeText, { timeout: 10_000 }).toBe(String(Number(before) + 1));
    expect(await badgeTitle()).toContain('снять блокировки: 1');

    await reminder.getByRole('button', { name: 'Разблокировал(а)' }).click();
    await popup.getByRole('status').filter({ hasText: 'Записано: блокировка Пётр Сидоров снята.' }).waitFor();
    await expect.poll(() => popup.getByTestId('block-state').count()).toBe(0);
    await expect.poll(badgeText, { timeout: 10_000 }).toBe(before);
    expect(await badgeTitle()).not.toContain('снять блокировки');

    // The log keeps every step with its date and reason, for the director.
    const log = await harness.context.newPage();
    await log.goto(`chrome-extension://${harness.extensionId}/moderation.html`);
    const rows = log.getByTestId('moderation-log').locator('tbody tr');
    await expect.poll(() => rows.count()).toBe(6);
    await expect(rows.nth(4).locator('td').nth(4).textContent()).resolves.toBe('блокировка');
    await expect(rows.nth(5).locator('td').nth(4).textContent()).resolves.toBe('снята блокировка (в срок)');
    await log.close();
    await popup.close();
    await page.close();
  });

  test('«Правила» puts the chat’s rules into the composer; the teacher sends them', async () => {
    const page = await harness.open(GROUP_URL);
    const rules = page.locator('parta-rules');
    await rules.waitFor();
    // A click the page makes inserts nothing: after the teacher's click the rules are there once.
    await page.evaluate(() => (document.querySelector('parta-rules') as HTMLElement).click());
    await rules.click();
    await expect.poll(() => page.locator('[role="textbox"]').innerText()).toContain('Правила чата:');
    const text = await page.locator('[role="textbox"]').innerText();
    expect(text.split('Правила чата:').length - 1).toBe(1);
    expect(text).toContain('1. В чат вступают только по собственному желанию');
    expect(text).toContain('7. Кто нарушил правила больше трёх раз');
    expect(await page.evaluate(() => (window as unknown as { __sent?: string[] }).__sent ?? [])).toEqual([]);
    await page.close();
  });
  test('a banned link in the chat: its warning offers «Напомнить правила» and «Нарушение правил»; the count shows at once, no reload', async () => {
    const page = await harness.open(GROUP_URL);
    await message(page, 'Скиньте ответы').waitFor();
    // A pupil posts a Telegram link.
    await page.evaluate(() => {
      const item = document.querySelector('#history .item:last-child')!.cloneNode(true) as HTMLElement;
      item.querySelector('.header .text')!.textContent = 'Анна Козлова';
      item.querySelector('span.text:not(.header .text)')!.textContent = 'Все ответы тут: t.me/otvety5a';
      document.getElementById('history')!.append(item);
    });
    const warning = message(page, 'otvety5a').locator('parta-warning');
    await warning.waitFor();
    await expect(warning.getAttribute('aria-label')).resolves.toContain('Ссылка на Telegram');

    // A click the page makes does nothing; the teacher's click puts the rules into the composer.
    const rules = warning.locator('parta-step[data-parta-step="rules"]');
    await page.evaluate(() => (document.querySelector('parta-step[data-parta-step="rules"]') as HTMLElement).click());
    await rules.click();
    await expect.poll(() => page.locator('[role="textbox"]').innerText()).toContain('Правила чата:');
    expect((await page.locator('[role="textbox"]').innerText()).split('Правила чата:').length - 1).toBe(1);

    // «Нарушение правил» from the warning: the form for the sender of that message.
    const [form] = await Promise.all([harness.context.waitForEvent('page'), warning.locator('parta-step[data-parta-step="report"]').click()]);
    await form.getByTestId('violation-form').waitFor();
    await expect(form.getByTestId('violation-person').inputValue()).resolves.toBe('Анна Козлова');
    await form.getByRole('radio', { name: /^2\. Пишем вежливо/ }).check();
    await form.getByTestId('violation-record').click();
    await form.getByRole('status').filter({ hasText: 'Нарушений у участника в этом чате: 1.' }).waitFor();
    // The form is still open and the chat was not reloaded: the mark is there already.
    await expect.poll(async () => (await closedShadowTexts(page, 'parta-mark')).filter((mark) => mark.around.includes('otvety5a')).map((mark) => mark.text)).toEqual(['⚑ нарушений: 1']);
    // Escape closes the form opened from the chat.
    // (The window is gone before the key comes up: only the key press is sent.)
    await Promise.all([form.waitForEvent('close'), form.keyboard.down('Escape').catch(() => undefined)]);
    await page.close();
  });

  test('system lines are not posts: a rename holding a banned link is neither flagged nor counted; a join line feeds the leavers', async () => {
    const options = await harness.openOptions();
    const section = options.getByTestId('moderation-settings');
    await section.getByRole('radio', { name: 'сотрудники' }).check();
    await section.getByTestId('leavers-text').fill('Кузнецова Ольга');
    await section.getByTestId('leavers-add').click();
    await section.getByRole('status').filter({ hasText: 'Добавлено: 1' }).waitFor();
    await options.close();

    // MAX: rows with no bubble — a date, «… присоединился(-ась) к чату по ссылке», a rename.
    const page = await harness.open(GROUP_URL);
    const join = page.locator('#history .item', { hasText: 'присоединился(-ась) к чату' });
    await expect.poll(() => join.locator('parta-mark').count()).toBe(1);
    const rename = page.locator('#history .item', { hasText: 'изменил(-а) название' });
    await expect(rename.locator('parta-warning, parta-mark').count()).resolves.toBe(0);
    // The banned link elsewhere is flagged as ever: the page was read, and the rename was skipped.
    const popup = await popupAt(page);
    await expect(popup.getByTestId('working').textContent()).resolves.toContain('(6 на экране)');
    await popup.close();
    await page.close();

    // VK: a service line whose words sit in a message-like span is still not a post.
    const vk = await harness.open(VK_URL);
    await vk.locator('.ServiceMessage').first().waitFor();
    await vk.evaluate(() => {
      const line = document.createElement('div');
      line.className = 'ServiceMessage';
      const actor = document.createElement('a');
      actor.className = 'ServiceMessage__link';
      actor.href = '/id7';
      actor.textContent = 'Пётр Иванов';
      const title = document.createElement('span');
      title.className = 'MessageText';
      title.textContent = '«Ответы: t.me/otvety»';
      line.append(actor, ' изменил название беседы на ', title);
      document.querySelector('.ConvoHistory__flow')!.append(line);
    });
    // A post with a banned link added after it is flagged: the page was read past the line.
    await vk.evaluate(() => {
      const post = document.querySelector('.ConvoHistory__flow .VirtualScrollItem')!.cloneNode(true) as HTMLElement;
      post.querySelector('.MessageText')!.textContent = 'Сюда: t.me/klass7b';
      document.querySelector('.ConvoHistory__flow')!.append(post);
    });
    await vk.locator('.VirtualScrollItem', { hasText: 't.me/klass7b' }).locator('parta-warning').waitFor();
    await expect(vk.locator('.ServiceMessage').locator('parta-warning').count()).resolves.toBe(0);
    await vk.close();
  });
});
