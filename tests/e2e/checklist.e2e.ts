/**
 * The required-chats checklist in a real Chromium: the teacher visits the messenger (its chat list
 * is read) and the e-journal (its classes are read); the popup on the journal tab shows ✓/✗ per
 * class; an override changes it; the CSV export says what the screen says; a redesigned journal
 * is «не распознана» and still usable.
 */
import Papa from 'papaparse';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Locator, Page } from 'playwright-core';
import { fixture, launch, seedMemberCounts, type Harness } from './harness';

const MAX_URL = 'https://web.max.ru/-68912345678';
// МЭШ: «Мои журналы» lists the classes taught, «Журналы класса» the class the teacher leads.
const JOURNAL_URL = 'https://school.mos.ru/teacher/study-process/journal/my';
const MENTOR_URL = 'https://school.mos.ru/teacher/mentor/journals';
const REDESIGNED_URL = 'https://school.mos.ru/teacher/study-process/journal/v2';

let harness: Harness;

beforeAll(async () => {
  harness = await launch();
  harness.serve(MAX_URL, fixture('max/chat.html'));
  harness.serve(JOURNAL_URL, fixture('mesh/journal-my.html'));
  harness.serve(MENTOR_URL, fixture('mesh/mentor.html'));
  harness.serve(REDESIGNED_URL, fixture('mesh/redesigned.html'));
  // The teacher has the messenger open: Parta reads the chat list.
  const messenger = await harness.open(MAX_URL);
  await messenger.waitForSelector('parta-warning');
  // …and once opened «Журналы класса», which says the class they lead.
  await harness.open(MENTOR_URL);
});

afterAll(async () => {
  const stray = harness?.strayRequests ?? [];
  await harness?.close();
  expect(stray).toEqual([]);
});

/** The popup on the journal tab, once it shows the checklist with the chats read from the messenger. */
async function checklistPopup(journal: Page, ready: (popup: Page) => Promise<boolean> = async () => true): Promise<Page> {
  for (let attempt = 0; attempt < 20; attempt++) {
    const popup = await harness.openPopup(journal);
    await popup.getByRole('heading', { name: 'Обязательные чаты' }).waitFor();
    await popup.getByTestId('progress').or(popup.getByText('Классов пока нет')).first().waitFor();
    if ((await popup.getByTestId('chats-age').count()) > 0 && (await ready(popup))) return popup;
    await popup.close(); // the background has not stored the chat list yet
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error('the chat list never reached the checklist');
}

/** ✓/✗ per requirement as the screen shows it: «5А Чат с родителями» → «✓ «Родители 5А»». */
async function screen(popup: Page): Promise<Record<string, string>> {
  const rows: Record<string, string> = {};
  for (const section of await popup.getByTestId('checklist-class').all()) {
    const classKey = (await section.getAttribute('data-class')) || 'Школа';
    for (const item of await section.getByTestId('requirement').all()) {
      const label = (await item.locator('strong').textContent()) ?? '';
      rows[`${classKey} ${label}`] = await state(item);
    }
  }
  return rows;
}

async function state(item: Locator): Promise<string> {
  const status = await item.getAttribute('data-status');
  if (status === 'ok') return `✓ ${await item.getByTestId('matched-chat').textContent()}`;
  return status === 'missing' ? '✗' : '—';
}

describe('required-chats checklist', () => {
  test('after visiting messenger and journal, the popup on the journal tab shows what exists and what is missing', async () => {
    const journal = await harness.open(JOURNAL_URL);
    // The led class comes from the other page, stored by the background: wait until it is there.
    const popup = await checklistPopup(journal, async (candidate) => (await candidate.locator('[data-requirement="class-students"]').count()) > 0);
    await popup.getByTestId('health').filter({ hasText: 'Страница журнала распознана: классов 3' }).waitFor();
    await popup.getByTestId('chats-age').filter({ hasText: 'сегодня' }).waitFor();
    // Default profile: class teacher of 5 «А» (from «Журналы класса»).
    expect(await screen(popup)).toEqual({
      '5А Чат с учениками': '✓ «5А ученики»',
      '5А Чат с родителями': '✓ «Родители 5А»',
      '5А Чат учителей класса': '✗',
    });
    await expect(popup.getByTestId('progress').textContent()).resolves.toBe('Готово 2 из 3');
  });

  test('the toolbar button on the journal tab opens the popup on that page: no address given, the active tab is read', async () => {
    const journal = await harness.open(JOURNAL_URL);
    await journal.waitForSelector('body');
    const popup = await harness.openToolbarPopup(journal);
    await expect.poll(async () => (await popup.read())?.text ?? '', { timeout: 10_000 }).toContain('✓ Страница журнала распознана: классов 3');
    const seen = await popup.read();
    expect(seen?.url).toBe(`chrome-extension://${harness.extensionId}/popup.html`);
    expect(seen?.text).toContain('Журнал: МЭШ / «Моя школа» / ЭПОС');
    await popup.close();
    await journal.close();
  });

  test('overrides change the result and can be undone', async () => {
    const journal = await harness.open(JOURNAL_URL);
    const popup = await checklistPopup(journal);
    const teachers = popup.locator('[data-requirement="class-teachers"]');

    await teachers.getByRole('button', { name: 'Не требуется' }).click();
    await popup.getByTestId('progress').filter({ hasText: 'Готово 2 из 2' }).waitFor();
    await expect(teachers.getAttribute('data-status')).resolves.toBe('not-required');
    await teachers.getByRole('button', { name: 'Отменить' }).click();
    await popup.getByTestId('progress').filter({ hasText: 'Готово 2 из 3' }).waitFor();

    // «This chat is the teachers' chat of 5А»: the teacher's word beats the title.
    await teachers.getByRole('combobox').selectOption('Родители 5А');
    await popup.getByTestId('progress').filter({ hasText: 'Готово 2 из 3' }).waitFor();
    await expect.poll(() => screen(popup)).toEqual({
      '5А Чат с учениками': '✓ «5А ученики»',
      '5А Чат с родителями': '✗',
      '5А Чат учителей класса': '✓ «Родители 5А»',
    });
    // Still so in a new popup (stored), until undone.
    const again = await checklistPopup(journal);
    await expect(again.locator('[data-requirement="class-teachers"]').getAttribute('data-status')).resolves.toBe('ok');
    await again.locator('[data-requirement="class-teachers"]').getByRole('button', { name: 'Отменить' }).click();
    await again.getByTestId('progress').filter({ hasText: 'Готово 2 из 3' }).waitFor();
    await expect.poll(() => again.locator('[data-requirement="class-parents"]').getAttribute('data-status')).toBe('ok');
  });

  test('a subject teacher sees a chat per subject and class; the CSV says what the screen says', async () => {
    const options = await harness.openOptions();
    await options.getByLabel('учитель-предметник').check();
    // Saved as it is made: «Сохранено» appears beside the change.
    await options.getByTestId('said').filter({ hasText: 'Сохранено' }).waitFor();

    const journal = await harness.open(JOURNAL_URL);
    const popup = await checklistPopup(journal);
    const shown = await screen(popup);
    expect(shown).toEqual({
      '5А Чат с учениками': '✓ «5А ученики»',
      '5А Чат с родителями': '✓ «Родители 5А»',
      '5А Чат учителей класса': '✗',
      '5А Чат по предмету: Математика': '✗',
      '7Б Чат по предмету: Алгебра': '✗',
      '7Б Чат по предмету: Геометрия': '✗',
      '9В Чат по предмету: Алгебра': '✗',
    });

    const [download] = await Promise.all([popup.waitForEvent('download'), popup.getByRole('button', { name: 'Таблица (CSV)' }).click()]);
    const chunks: Buffer[] = [];
    for await (const chunk of await download.createReadStream()) chunks.push(Buffer.from(chunk as Buffer));
    const [header, ...rows] = Papa.parse<string[]>(Buffer.concat(chunks).toString('utf8').replace(/^\uFEFF/, ''), { delimiter: ';' }).data.filter((row) => row.length > 1);
    expect(header).toEqual([
      'Класс',
      'Обязательный чат',
      'Есть',
      'Чат в MAX',
      'Чат в VK/Сферуме',
      'Участников (по заголовку)',
      'Вступили',
      'Учеников',
      'Охват, %',
      'Ниже порога',
      'Дата подсчёта',
      'Предлагаемое название',
    ]);
    const fromCsv = Object.fromEntries(rows.map(([classKey, label, present, chat]) => [`${classKey} ${label}`, present === 'есть' ? `✓ «${chat}»` : '✗']));
    expect(fromCsv).toEqual(shown);
    expect(rows.find((row) => row[1] === 'Чат по предмету: Геометрия')?.[11]).toBe('Геометрия 7Б');
    // The MAX header said «3 из 18 в сети»: the count is in the CSV, dated today.
    const parents = rows.find((row) => row[0] === '5А' && row[1] === 'Чат с родителями');
    expect(parents?.[5]).toBe('18');
    expect(parents?.[10]).toBe(new Date().toLocaleDateString('ru-RU', { day: '2-digit', month: '2-digit', year: 'numeric' }));

    // The printable report for the director: the same rows.
    const [report] = await Promise.all([harness.context.waitForEvent('page'), popup.getByRole('button', { name: 'Для печати' }).click()]);
    await report.getByTestId('report').locator('tbody tr').first().waitFor();
    const printed = await report.getByTestId('report').locator('tbody tr').evaluateAll((trs) =>
      trs.map((tr) => [...tr.querySelectorAll('td')].map((td) => td.textContent ?? '')),
    );
    expect(Object.fromEntries(printed.map(([classKey, label, present, chat]) => [`${classKey} ${label}`, present.startsWith('✓') ? `✓ ${chat.replace(/^MAX: /, '')}` : '✗']))).toEqual(shown);
  });

  test('a redesigned journal is «не распознана»: the classes found are shown, and typed classes work', async () => {
    const journal = await harness.open(REDESIGNED_URL);
    const popup = await checklistPopup(journal);
    await popup.getByTestId('health').filter({ hasText: 'Страница не распознана' }).waitFor();
    await popup.getByTestId('health').filter({ hasText: 'классов: 3' }).waitFor();
    // The classes found are shown by name and taken in one click.
    const found = popup.getByTestId('found-classes');
    await expect(found.textContent()).resolves.toMatch(/^Найдено: [^,]+, [^,]+, [^,]+\./);
    await found.getByRole('button', { name: 'Это мои классы' }).click();
    await popup.getByTestId('said').filter({ hasText: 'Классы сохранены' }).waitFor();
    // Kept as her classes: «Ваши классы» now lists them, to correct.
    await expect.poll(() => popup.getByLabel(/Через запятую/).inputValue()).toMatch(/^[^,\n]+, [^,\n]+, [^,\n]+$/);
    // The picker does not say which class the teacher leads: typed, the checklist follows.
    await popup.getByLabel('Класс, где вы классный руководитель (куратор)').fill('5 «А»');
    await popup.getByLabel(/Через запятую/).fill('5А, 7Б, не класс');
    await popup.getByRole('button', { name: 'Сохранить классы' }).click();
    await popup.getByRole('alert').filter({ hasText: 'Не похоже на класс: не класс' }).waitFor();
    await popup.getByLabel(/Через запятую/).fill('5А, 7Б');
    await popup.getByRole('button', { name: 'Сохранить классы' }).click();
    await popup.getByTestId('progress').filter({ hasText: 'Готово 2 из 3' }).waitFor();
    expect(await screen(popup)).toEqual({
      '5А Чат с учениками': '✓ «5А ученики»',
      '5А Чат с родителями': '✓ «Родители 5А»',
      '5А Чат учителей класса': '✗',
    });
  });

  test('how joining moved: the parents\' chat read today, and a week and two weeks ago, shows «+6 за неделю»', async () => {
    // Earlier readings, as the background kept them on those days.
    await seedMemberCounts(harness, 'max:Родители 5А', [
      [15, 10],
      [8, 12],
    ]);
    // Today's reading: the chat opened in MAX (18 members in its header).
    const messenger = await harness.open(MAX_URL);
    await messenger.waitForSelector('parta-warning');
    const journal = await harness.open(JOURNAL_URL);
    const popup = await checklistPopup(journal, async (candidate) => (await candidate.getByTestId('trend').count()) > 0);
    const parents = popup.locator('[data-requirement="class-parents"]');
    await expect(parents.getByTestId('trend').textContent()).resolves.toBe(' · +6 за неделю');
    await messenger.close();
  });

  test('a chat switched off in options is no longer required', async () => {
    const options = await harness.openOptions();
    await options.getByTestId('policy').getByLabel(/Чат учителей класса — в вашем классе/).uncheck();
    // Saved as it is made: «Сохранено» appears beside the change.
    await options.getByTestId('said').filter({ hasText: 'Сохранено' }).waitFor();
    const journal = await harness.open(JOURNAL_URL);
    const popup = await checklistPopup(journal);
    const shown = await screen(popup);
    expect(shown['5А Чат с родителями']).toBe('✓ «Родители 5А»');
    expect(Object.keys(shown)).not.toContain('5А Чат учителей класса');
  });
});
