/**
 * «Кто ещё не в чате» in a real Chromium: the teacher opens it from the checklist's class, reads what
 * is kept and turns the check on, pastes the class list and the parents' chat's member panel, and sees
 * who is in, whom to ask about, who is missing and who is on no list; copies a reminder for a missing
 * family, records how they were told, answers a question; turns the check off and the names are gone.
 * The chat list comes from the MAX fixture (tests/fixtures/max/chat.html: «Родители 5А», «5А ученики»).
 */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { axeViolations, fixture, launch, readClipboard, seedMemberCounts, serveClipboardProbe, type Harness } from './harness';

const MAX_URL = 'https://web.max.ru/-68912345678';
/** МЭШ, one class's journal listing 5А's 20 pupils (tests/fixtures/mesh/class-journal.html). */
const CLASS_JOURNAL_URL = 'https://school.mos.ru/teacher/study-process/journal/grade/77001';
/** МЭШ «Мои журналы» (tests/fixtures/mesh/journal-my.html): 5А among the teacher's classes. */
const JOURNALS_URL = 'https://school.mos.ru/teacher/study-process/journal/my';
/** МЭШ «Журналы класса» (tests/fixtures/mesh/mentor.html): the class the teacher leads, 5А. */
const MENTOR_URL = 'https://school.mos.ru/teacher/mentor/journals';
const CLASS_LIST = ['№\tФИО', '1\tБелых Артём', '2\tИванов Пётр', '3\tИванова Анна', '4\tКим Алексей', '5\tСмирнова Дарья', 'Орлов'].join('\n');
const PANEL = ['Участники', '6 участников', 'Вы', 'администратор', 'Иванова Елена', 'была в сети вчера', 'Мама Даши Смирновой 🌸', 'в сети', 'Папа Лёши Ким', 'Петров Сергей', 'заходил недавно'].join('\n');

let harness: Harness;
let page: Page;

beforeAll(async () => {
  harness = await launch();
  harness.serve(MAX_URL, fixture('max/chat.html'));
  harness.serve(CLASS_JOURNAL_URL, fixture('mesh/class-journal.html'));
  harness.serve(JOURNALS_URL, fixture('mesh/journal-my.html'));
  harness.serve(MENTOR_URL, fixture('mesh/mentor.html'));
  await serveClipboardProbe(harness);
  const messenger = await harness.open(MAX_URL);
  await messenger.waitForSelector('parta-warning');
});

afterAll(async () => {
  const stray = harness?.strayRequests ?? [];
  await harness?.close();
  expect(stray).toEqual([]);
});

/** The page for 5А, once the chat list read from MAX has reached the database. */
async function openFamilies(): Promise<Page> {
  const opened = await harness.context.newPage();
  await opened.goto(`chrome-extension://${harness.extensionId}/families.html?class=${encodeURIComponent('5А')}`);
  await opened.getByTestId('families').waitFor();
  return opened;
}

describe('who is not in the chat yet', () => {
  test('turned on after reading what is kept; the journal\'s names kept only from then on; a pasted list wins', async () => {
    // The class's journal open before the check is on: its names are not kept.
    const journal = await harness.open(CLASS_JOURNAL_URL);
    page = await openFamilies();
    await expect(page.getByTestId('families-disclosure').textContent()).resolves.toContain('забывается в конце учебного года');
    await page.getByRole('button', { name: 'Сверять состав чатов 5А' }).click();
    await expect(page.getByTestId('families-list-count').textContent()).resolves.toBe('Списка класса пока нет.');
    // Opened again with the check on: the journal's 20 pupils are the class list.
    await journal.reload();
    for (let attempt = 0; attempt < 20 && (await page.getByTestId('families-list-count').textContent()) !== 'В списке 20 учеников.'; attempt++) {
      await new Promise((resolve) => setTimeout(resolve, 200));
      await page.reload();
      await page.getByTestId('families-list-count').waitFor();
    }
    await expect(page.getByTestId('families-list-count').textContent()).resolves.toBe('В списке 20 учеников.');
    await journal.close();
    await page.getByLabel(/Вставьте список класса/).fill(CLASS_LIST);
    await page.getByRole('button', { name: 'Сохранить список' }).click();
    const said = page.locator('[data-testid="said"][data-at="list"]');
    await said.waitFor();
    await expect(said.textContent()).resolves.toBe('Список сохранён: 5 учеников. Не похоже на «Фамилия Имя», пропущено: 7 («Орлов»).');
    await expect(page.getByTestId('families-list-count').textContent()).resolves.toBe('В списке 5 учеников.');
  });

  test('the parents\' chat\'s member panel pasted: who is in, whom to ask about, who is missing, who is on no list', async () => {
    // A reading from two weeks ago: the chart shows how the count moved (18 today, from the MAX header).
    await seedMemberCounts(harness, 'max:Родители 5А', [[14, 12]]);
    // The chat list from MAX reaches the page (read by the background once the messenger was open).
    for (let attempt = 0; attempt < 20 && (await page.getByTestId('families-chat').count()) === 0; attempt++) {
      await page.reload();
      await page.getByTestId('families').waitFor();
    }
    const parents = page.locator('[data-testid="families-chat"][data-chat="Родители 5А"]');
    await parents.getByLabel(/Вставьте список участников/).fill(PANEL);
    await parents.getByRole('button', { name: 'Сохранить участников' }).click();
    await parents.getByTestId('families-summary').waitFor();
    await expect(parents.getByTestId('families-summary').textContent()).resolves.toBe('В чате: 2 из 5. Не нашли: 1. Уточните: 2.');
    await expect(parents.getByTestId('families-missing').textContent()).resolves.toContain('Артём Белых');
    await expect(parents.getByTestId('families-question').allTextContents()).resolves.toEqual([
      'Иванова Елена — это родитель: Пётр Иванов? Да Нет',
      'Иванова Елена — это родитель: Анна Иванова? Да Нет',
    ]);
    await expect(parents.getByTestId('families-strangers').textContent()).resolves.toBe('Петров Сергей');
    // The count by week: a line drawn by Parta, and the same numbers as a table for screen readers.
    const chart = parents.getByTestId('count-chart');
    await expect(chart.locator('svg circle').count()).resolves.toBe(2);
    await expect(chart.getByRole('table', { name: 'Участников в «Родители 5А» по неделям' }).locator('tbody td:nth-child(2)').allTextContents()).resolves.toEqual([
      'не смотрели', 'не смотрели', 'не смотрели', 'не смотрели', 'не смотрели', '12', 'не смотрели', '18',
    ]);
    expect(await axeViolations(page)).toEqual([]);
  });

  /** What «Сегодня» says of 5А's families, in the popup over the MAX tab (empty when nothing). */
  async function todayFamilies(): Promise<string> {
    const messenger = await harness.open(MAX_URL);
    const popup = await harness.openPopup(messenger);
    await popup.getByTestId('today').waitFor();
    const text = (await popup.getByTestId('today-families').count()) > 0 ? ((await popup.getByTestId('today-families').textContent()) ?? '') : '';
    await popup.close();
    await messenger.close();
    await page.bringToFront();
    return text;
  }

  /** The toolbar button's tooltip, as the background set it. */
  const badgeTitle = () =>
    harness.worker.evaluate(async () => {
      type Action = { action: { getTitle(details: object): Promise<string> } };
      return (globalThis as unknown as { chrome: Action }).chrome.action.getTitle({});
    });

  test('a reminder for the missing family, «Сообщили» recorded; an answer about a member remembered', async () => {
    expect(await todayFamilies()).toContain('5А: 1 семьи нет в чатах класса, и им ещё не сообщили.');
    // The badge counted it as soon as the member list was saved.
    await expect.poll(badgeTitle).toContain('сообщить семьям, которых нет в чатах: 1 класс');
    const parents = page.locator('[data-testid="families-chat"][data-chat="Родители 5А"]');
    const missing = parents.getByTestId('families-missing-pupil').filter({ hasText: 'Артём Белых' });
    await missing.getByRole('button', { name: 'Скопировать напоминание' }).click();
    await missing.getByRole('status').filter({ hasText: 'Напоминание скопировано' }).waitFor();
    const reminder = await readClipboard(harness, page);
    expect(reminder).toContain('чат для родителей «Родители 5А» в MAX');
    expect(reminder).toContain('Семьи ученика Артём Белых в нём пока нет.');
    await missing.getByRole('combobox', { name: 'Как сообщили: Артём Белых' }).selectOption({ label: 'записка на бумаге' });
    await missing.getByRole('button', { name: 'Сообщили' }).click();
    await parents.getByTestId('families-missing-pupil').filter({ hasText: 'Сообщили: записка на бумаге' }).waitFor();
    // The teacher's record for the director, printable: who, which chat, how, when — on paper without buttons.
    const log = page.getByTestId('families-told-log');
    await expect(log.locator('tbody tr').allTextContents()).resolves.toEqual([expect.stringMatching(/^Артём БелыхРодители 5Азаписка на бумаге\d/)]);
    await page.emulateMedia({ media: 'print' });
    await expect(page.getByTestId('print-header').isVisible()).resolves.toBe(true);
    await expect(log.isVisible()).resolves.toBe(true);
    await expect(page.getByRole('button', { name: 'Печать' }).isVisible()).resolves.toBe(false);
    await page.emulateMedia({ media: 'screen' });
    // Told: «Сегодня» and the badge ask nothing more of 5А.
    expect(await todayFamilies()).toBe('');
    await expect.poll(badgeTitle).not.toContain('сообщить семьям');

    // «Иванова Елена» is Petya's mother: he is in; Anna stays to check until answered.
    await parents.getByTestId('families-question').first().getByRole('button', { name: 'Да' }).click();
    await expect.poll(() => parents.getByTestId('families-summary').textContent()).toBe('В чате: 3 из 5. Не нашли: 1. Уточните: 1.');
    await page.reload();
    await parents.getByTestId('families-summary').waitFor();
    await expect(parents.getByTestId('families-summary').textContent()).resolves.toBe('В чате: 3 из 5. Не нашли: 1. Уточните: 1.');
  });

  test('the director\'s report file carries none of the names', async () => {
    // The class she leads (its required chats make the report), then her journals.
    const mentor = await harness.open(MENTOR_URL);
    const journal = await harness.open(JOURNALS_URL);
    // The journal's classes reach the checklist once the background has stored them.
    let popup = await harness.openPopup(journal);
    for (let attempt = 0; attempt < 20 && !(await popup.getByTestId('teacher-name').isVisible()); attempt++) {
      await popup.close();
      await new Promise((resolve) => setTimeout(resolve, 250));
      popup = await harness.openPopup(journal);
      await popup.getByRole('heading', { name: 'Обязательные чаты' }).waitFor();
    }
    await popup.getByTestId('teacher-name').fill('Учитель Т. Т.');
    const [download] = await Promise.all([popup.waitForEvent('download'), popup.getByRole('button', { name: 'Отчёт для директора (файл)' }).click()]);
    const chunks: Buffer[] = [];
    for await (const chunk of await download.createReadStream()) chunks.push(Buffer.from(chunk as Buffer));
    const file = Buffer.concat(chunks).toString('utf8');
    expect(JSON.parse(file)).toMatchObject({ format: 'parta-coverage-report', rows: expect.arrayContaining([expect.objectContaining({ classKey: '5А' })]) });
    for (const name of ['Белых', 'Иванов', 'Смирнов', 'Ким', 'Елена', 'Петров', 'Фёдоров', 'Артём']) expect(file).not.toContain(name);
    await popup.close();
    await journal.close();
    await mentor.close();
    await page.bringToFront();
  });

  test('forgotten from «Что хранится» one class at a time, or turned off on the page', async () => {
    const options = await harness.openOptions();
    const line = options.getByTestId('stored-data').locator('[data-store="classLists"]');
    await line.getByRole('button', { name: 'Забыть имена 5А' }).click();
    await options.getByText('Имена учеников 5А, ответы и «Сообщили» забыты.').waitFor();
    await line.filter({ hasText: ': 0' }).waitFor();
    await page.reload();
    await page.getByTestId('families-disclosure').waitFor();
    // On again, then off from the page itself.
    await page.getByRole('button', { name: 'Сверять состав чатов 5А' }).click();
    await page.getByRole('button', { name: 'Выключить сверку и забыть имена' }).click();
    await page.getByTestId('families-disclosure').waitFor();
    await options.reload();
    await options.getByTestId('stored-data').locator('[data-store="classLists"]').filter({ hasText: ': 0' }).waitFor();
    await options.close();
  });
});
