/**
 * The invite register in a real Chromium: adding in the popup, one-click copying (read back from
 * the clipboard), the register surviving a browser restart, the annul reminder with the clock
 * moved forward (popup flag and toolbar badge), capture from a messenger page, and imports that
 * must change nothing when the file is bad.
 */
import Papa from 'papaparse';
import { afterAll, afterEach, beforeEach, describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { fixture, launch, readClipboard, serveClipboardProbe, type Harness, toolbarBadge } from './harness';

const MAX_URL = 'https://web.max.ru/-68912345678';
const MAX_INVITE = 'https://max.ru/join/Zx9yW8vU7tS6rQ5pO4nM3lK2jI1hG0fEdCbA987';
const VK_INVITE = 'https://vk.me/join/AJQ1d0uWzyC/DNvIowlP2mLB';
const DAY = 24 * 60 * 60 * 1000;

let harness: Harness;
const stray: string[] = [];

async function start(profile?: string): Promise<Harness> {
  const started = await launch({ profile });
  started.serve(MAX_URL, fixture('max/chat.html'));
  await serveClipboardProbe(started);
  return started;
}

beforeEach(async () => {
  harness = await start();
});

afterEach(async () => {
  stray.push(...(harness?.strayRequests ?? []));
  await harness?.close();
});

afterAll(() => {
  // No request may have left for the network, in any test of this file.
  expect(stray).toEqual([]);
});

async function openPopup(options: { now?: number } = {}): Promise<Page> {
  const page = await harness.context.newPage();
  if (options.now) await page.clock.setFixedTime(options.now);
  await page.goto(`chrome-extension://${harness.extensionId}/popup.html`);
  await page.getByRole('heading', { name: 'Приглашения' }).waitFor();
  return page;
}

async function addInvite(popup: Page, fields: { link: string; className: string; chat: string; purpose?: string }) {
  await popup.getByRole('button', { name: /Добавить/ }).click();
  await popup.getByLabel('Ссылка-приглашение').fill(fields.link);
  await popup.getByLabel('Класс или группа').fill(fields.className);
  await popup.getByLabel('Название чата').fill(fields.chat);
  if (fields.purpose) await popup.getByLabel('Какой это чат').selectOption({ label: fields.purpose });
  await popup.getByRole('button', { name: 'Сохранить' }).click();
}

/** What the teacher would paste: read in another tab, then back to the popup. */
const clipboard = (popup: Page) => readClipboard(harness, popup);

const badgeText = () => toolbarBadge(harness);

describe('invite register', () => {
  test('a teacher adds an invitation, copies link and message, and finds it after a browser restart', async () => {
    const popup = await openPopup();
    await popup.getByText('Приглашений пока нет').waitFor();

    // A Telegram link is refused with the reason, and nothing is saved.
    await popup.getByRole('button', { name: /Добавить/ }).click();
    await popup.getByLabel('Ссылка-приглашение').fill('https://t.me/+Ab3dEfGh1jKl');
    await popup.getByRole('button', { name: 'Сохранить' }).click();
    await popup.getByRole('alert').filter({ hasText: 'Это ссылка на Telegram' }).waitFor();
    await popup.getByRole('button', { name: 'Отмена' }).click();

    await addInvite(popup, { link: ` «vk.me/join/AJQ1d0uWzyC/DNvIowlP2mLB». `, className: '5 «А»', chat: 'Родители 5А', purpose: 'Чат с родителями' });
    await popup.getByTestId('said').filter({ hasText: 'Приглашение сохранено' }).waitFor();
    const row = popup.getByTestId('invite');
    await expect.poll(() => row.count()).toBe(1);
    await expect(popup.getByRole('heading', { name: /^5А/ }).count()).resolves.toBe(1);
    await expect(row.locator('code').textContent()).resolves.toBe(VK_INVITE);

    // The same link again, spelled differently: refused as a duplicate.
    await addInvite(popup, { link: 'https://vk.me/join/AJQ1d0uWzyC%2FDNvIowlP2mLB', className: '5А', chat: 'ещё раз' });
    await popup.getByTestId('form-error').filter({ hasText: 'уже в списке' }).waitFor();
    await popup.getByRole('button', { name: 'Отмена' }).click();
    await expect(popup.getByTestId('invite').count()).resolves.toBe(1);

    await row.getByRole('button', { name: 'Копировать ссылку' }).click();
    await popup.getByTestId('said').filter({ hasText: 'Ссылка скопирована' }).waitFor();
    expect(await clipboard(popup)).toBe(VK_INVITE);

    await row.getByRole('button', { name: 'Копировать сообщение' }).click();
    await popup.getByTestId('said').filter({ hasText: 'отмечено отправленным' }).waitFor();
    const message = await clipboard(popup);
    expect(message).toContain('«Родители 5А» (5 «А») для родителей');
    expect(message).toContain(VK_INVITE);
    expect(message).toContain('Правила чата');
    await expect(row.getAttribute('data-status')).resolves.toBe('sent');

    // Restart the browser on the same profile: the register is still there.
    const profile = harness.profile;
    stray.push(...harness.strayRequests);
    await harness.close({ keepProfile: true });
    harness = await start(profile);
    const again = await openPopup();
    const restored = again.getByTestId('invite');
    await restored.first().waitFor();
    await expect(restored.count()).resolves.toBe(1);
    await expect(restored.getAttribute('data-status')).resolves.toBe('sent');
    await expect(restored.locator('code').textContent()).resolves.toBe(VK_INVITE);
  });

  test('with the clock moved past the limit, sent invitations are flagged «аннулировать» and counted on the badge', async () => {
    const popup = await openPopup();
    await addInvite(popup, { link: VK_INVITE, className: '5А', chat: 'Родители 5А' });
    await addInvite(popup, { link: MAX_INVITE, className: '7Б', chat: 'Ученики 7Б' });
    const rows = popup.getByTestId('invite');
    await expect.poll(() => rows.count()).toBe(2);
    for (const button of await popup.getByRole('button', { name: 'Копировать сообщение' }).all()) await button.click();
    await popup.locator('[data-status="sent"]').nth(1).waitFor();
    // One of the two gets used: it must not be flagged later.
    await popup.getByRole('combobox', { name: /Действие: Ученики 7Б/ }).selectOption({ label: 'Вступили все' });
    await popup.locator('[data-status="done"]').waitFor();
    expect(await badgeText()).toBe('');

    // Eight days later (the default limit is seven): the popup flags the unused one...
    const later = Date.now() + 8 * DAY;
    const future = await openPopup({ now: later });
    await future.getByTestId('stale-flag').waitFor();
    await expect(future.getByTestId('stale-flag').count()).resolves.toBe(1);
    await expect(future.locator('[data-stale="true"]').getAttribute('aria-label')).resolves.toBe('Родители 5А');
    await future.getByTestId('stale-banner').filter({ hasText: 'Пора аннулировать: 1' }).waitFor();

    // ...and the background's hourly check puts the count on the toolbar badge.
    await harness.worker.evaluate((offset: number) => {
      const realNow = Date.now.bind(Date);
      Date.now = () => realNow() + offset;
      type Alarms = { alarms: { create(name: string, info: object): void } };
      // Fires at once for an unpacked extension: the same alarm the hourly check uses.
      (globalThis as unknown as { chrome: Alarms }).chrome.alarms.create('parta-stale-check', { when: realNow() + 50 });
    }, 8 * DAY);
    await expect.poll(badgeText, { timeout: 10_000 }).toBe('1');

    // Annulling it clears the flag and the badge, and records when.
    await future.getByRole('combobox', { name: /Действие: Родители 5А/ }).selectOption({ label: 'Аннулировано' });
    await expect.poll(() => future.getByTestId('stale-flag').count()).toBe(0);
    await expect.poll(badgeText, { timeout: 10_000 }).toBe('');
  });

  test('the «Запомнить приглашение» button opens the form with the link; the page\'s chat title is only a suggestion', async () => {
    const page = await harness.open(MAX_URL);
    // The button beside the message that holds the link (which link it is for, the page cannot read).
    const button = page.locator('.bubbleContent', { has: page.locator(`a[href="${MAX_INVITE}"]`) }).locator('parta-invite');
    await button.waitFor();
    await expect(page.locator('parta-invite').count()).resolves.toBe(1);
    const [form] = await Promise.all([harness.context.waitForEvent('page'), button.click()]);
    await form.getByTestId('invite-form').waitFor();
    // The teacher's own message: said so, no warning.
    await expect(form.getByTestId('capture-poster').textContent()).resolves.toBe('Ссылку прислали вы.');
    // The window's address (kept in the browser's history) holds neither the link nor the chat.
    expect(form.url()).toMatch(/popup\.html\?capture=[0-9a-f-]{36}$/);
    await expect(form.getByLabel('Ссылка-приглашение').inputValue()).resolves.toBe(MAX_INVITE);
    // Page text is not taken unseen: shown, and taken with the teacher's click.
    await expect(form.getByLabel('Название чата').inputValue()).resolves.toBe('');
    await expect(form.getByTestId('suggested-chat').textContent()).resolves.toContain('Родители 5А');
    await form.getByRole('button', { name: 'Взять это название' }).click();
    await expect(form.getByLabel('Название чата').inputValue()).resolves.toBe('Родители 5А');
    await expect(form.getByLabel('Класс или группа').inputValue()).resolves.toBe('5А');
    await expect(form.getByLabel('Какой это чат').inputValue()).resolves.toBe('parents');
    await form.getByRole('button', { name: 'Сохранить' }).click();
    await form.getByTestId('invite').waitFor();
    await expect(form.getByTestId('invite').locator('code').textContent()).resolves.toBe(MAX_INVITE);
  });

  test('a link a member posted: the window names who posted it, asks plainly, and no button waits for an Enter', async () => {
    const url = 'https://web.max.ru/-68912345670';
    // The same chat, the invitation posted by a member (Мама Пети's run) instead of the teacher.
    harness.serve(url, fixture('max/chat.html').replace('<div class="messageWrapper messageWrapper--isOut svelte-1x2y3z"><div class="message">\n      <div data-bubbles-variant="outgoing">', '<div class="messageWrapper svelte-1x2y3z"><div class="message">\n      <div data-bubbles-variant="incoming">'));
    const page = await harness.open(url);
    const button = page.locator('.bubbleContent', { has: page.locator(`a[href="${MAX_INVITE}"]`) }).locator('parta-invite');
    await button.waitFor();
    const [form] = await Promise.all([harness.context.waitForEvent('page'), button.click()]);
    const poster = form.getByTestId('capture-poster');
    await poster.waitFor();
    await expect(poster.textContent()).resolves.toContain('Эту ссылку прислал(а) Мама Пети, а не вы.');
    await expect(poster.textContent()).resolves.toContain('Сохраняйте её, только если это ссылка-приглашение, которую создали вы или администратор чата класса');
    await expect(form.evaluate(() => document.activeElement?.localName ?? '')).resolves.not.toBe('button');
    await form.close();
    await page.close();
  });

  test('a broken or foreign import file changes nothing; a good one shows a preview first', async () => {
    const popup = await openPopup();
    await addInvite(popup, { link: VK_INVITE, className: '5А', chat: 'Родители 5А' });
    await popup.getByTestId('invite').waitFor();

    const options = await harness.openOptions();
    const upload = options.getByLabel('Загрузить из файла…');
    const message = options.getByTestId('backup-message');

    // Export first: the JSON file is the backup of everything, the CSV a table with Russian headers.
    const [json] = await Promise.all([options.waitForEvent('download'), options.getByRole('button', { name: 'Сохранить всё в файл (JSON)' }).click()]);
    const exported = JSON.parse(await streamText(await json.createReadStream()));
    expect(exported).toMatchObject({ format: 'parta-backup', version: 1, settings: { staleDays: 7 }, invites: [{ url: VK_INVITE, className: '5А' }] });
    const [csv] = await Promise.all([options.waitForEvent('download'), options.getByRole('button', { name: 'Таблица приглашений (CSV)' }).click()]);
    const table = Papa.parse<string[]>((await streamText(await csv.createReadStream())).replace(/^\uFEFF/, ''), { delimiter: ';' }).data;
    expect(table[0].slice(0, 3)).toEqual(['Класс', 'Чат', 'Вид чата']);
    expect(table[1].slice(0, 3)).toEqual(['5А', 'Родители 5А', 'Чат с родителями']);

    await upload.setInputFiles({ name: 'broken.json', mimeType: 'application/json', buffer: Buffer.from('{"format":"parta-invites","version":1,"invites":[{') });
    await message.filter({ hasText: 'Ничего не изменено' }).waitFor();
    await upload.setInputFiles({ name: 'contacts.json', mimeType: 'application/json', buffer: Buffer.from('{"contacts":[]}') });
    await message.filter({ hasText: 'Это не файл Парты' }).waitFor();
    // One bad record among good ones: the whole file is refused.
    const good = { ...exported.invites[0], id: 'other', url: MAX_INVITE, platform: 'max', className: '7Б' };
    const mixed = { ...exported, invites: [good, { ...good, id: 'bad', url: 'https://max.ru/join/x', status: 'lost' }] };
    await upload.setInputFiles({ name: 'mixed.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(mixed)) });
    await message.filter({ hasText: 'В файле ошибки' }).waitFor();

    const unchanged = await openPopup();
    await unchanged.getByTestId('invite').first().waitFor();
    await expect(unchanged.getByTestId('invite').count()).resolves.toBe(1);

    // A good file: a preview of the change, then the change. Its settings would switch Telegram's
    // warnings off: the preview says so, and without the teacher's tick the current settings stay.
    const valid = {
      ...exported,
      invites: [exported.invites[0], good],
      settings: { ...exported.settings, messengers: { ...exported.settings.messengers, telegram: false } },
    };
    await upload.setInputFiles({ name: 'good.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(valid)) });
    await options.getByTestId('import-preview').filter({ hasText: 'Будет добавлено: 1, обновлено: 0, без изменений: 1' }).waitFor();
    await options.getByTestId('settings-changes').filter({ hasText: 'перестанет предупреждать о ссылках на Telegram' }).waitFor();
    // Untouched settings would be taken from a file — but not ones that warn about less: advised against, not ticked.
    await options.getByTestId('settings-advice').filter({ hasText: 'ослабят проверку' }).waitFor();
    await expect(options.getByLabel('Взять настройки из файла (иначе останутся ваши)').isChecked()).resolves.toBe(false);
    await options.getByRole('button', { name: 'Загрузить', exact: true }).click();
    await message.filter({ hasText: 'Загружено. Добавлено: 1' }).waitFor();
    const telegramOn = await harness.worker.evaluate(async () => {
      type Storage = { storage: { local: { get(key: string): Promise<Record<string, { messengers?: { telegram?: boolean } } | undefined>> } } };
      const stored = (await (globalThis as unknown as { chrome: Storage }).chrome.storage.local.get('settings')).settings;
      return stored?.messengers?.telegram ?? true;
    });
    expect(telegramOn).toBe(true);
    const after = await openPopup();
    await after.getByTestId('invite').first().waitFor();
    await expect.poll(() => after.getByTestId('invite').count()).toBe(2);
  });
});

async function streamText(stream: NodeJS.ReadableStream): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(Buffer.from(chunk as Buffer));
  return Buffer.concat(chunks).toString('utf8');
}

describe('what is stored', () => {
  test('the options page counts what is kept, and «Стереть всё» (confirmed) erases it all', async () => {
    const popup = await openPopup();
    await addInvite(popup, { link: VK_INVITE, className: '5А', chat: 'Родители 5А' });
    await popup.getByTestId('invite').waitFor();
    const options = await harness.openOptions();
    const stored = options.getByTestId('stored-data');
    await stored.filter({ hasText: 'Приглашения: 1' }).waitFor();
    // Change a setting so that erasing visibly resets it.
    await options.getByLabel('Напоминать аннулировать неиспользованную ссылку через, дней').fill('3');
    // Saved as it is made: «Сохранено» appears beside the change.
    await options.getByTestId('said').filter({ hasText: 'Сохранено' }).waitFor();

    await options.getByRole('button', { name: 'Стереть всё…' }).click();
    await options.getByRole('button', { name: 'Отмена' }).click();
    await stored.filter({ hasText: 'Приглашения: 1' }).waitFor();
    await options.getByRole('button', { name: 'Стереть всё…' }).click();
    await options.getByRole('button', { name: 'Да, стереть всё' }).click();
    await options.getByTestId('data-message').filter({ hasText: 'Всё стёрто' }).waitFor();
    await stored.filter({ hasText: 'Приглашения: 0' }).waitFor();
    await expect(options.getByLabel('Напоминать аннулировать неиспользованную ссылку через, дней').inputValue()).resolves.toBe('7');

    const after = await openPopup();
    await after.getByText('Приглашений пока нет').waitFor();
  });
});
