/**
 * Coverage in a real Chromium: a MAX and a VK group chat are opened (their headers' member counts
 * are read), the teacher types the class size → the checklist on the journal tab shows how many
 * joined, on which platform, and what to create where; the new school year is previewed, applied
 * and undone; two teachers' report files are merged into one school table (a bad file refused).
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { axeViolations, fixture, launch, seedMemberCounts, type Harness } from './harness';
import { mergeReports, type TeacherReport } from '../../lib/school-report/report';
import { schoolReports } from '../bench/school-corpus';

const MAX_URL = 'https://web.max.ru/-68912345678';
const VK_URL = 'https://vk.ru/im/convo/2000000011';
const JOURNAL_URL = 'https://school.mos.ru/teacher/study-process/journal/my';
const MENTOR_URL = 'https://school.mos.ru/teacher/mentor/journals';
const CLASS_JOURNAL_URL = 'https://school.mos.ru/teacher/study-process/journal/grade/77001';

let harness: Harness;
let folder: string;

beforeAll(async () => {
  folder = fs.mkdtempSync(path.join(os.tmpdir(), 'parta-coverage-'));
  harness = await launch();
  // MAX: «Родители 5А», its header «3 из 18 в сети»; «5А ученики» in the list, no count seen.
  harness.serve(MAX_URL, fixture('max/chat.html'));
  // VK: the open chat «5А Родители» («27 участников»), and «Учителя 5А» in the list (VK only).
  harness.serve(VK_URL, fixture('vk/convo-vk-ru.html').replaceAll('7Б Родители', '5А Родители').replaceAll('7Б Ученики', 'Учителя 5А'));
  harness.serve(JOURNAL_URL, fixture('mesh/journal-my.html'));
  harness.serve(MENTOR_URL, fixture('mesh/mentor.html'));
  harness.serve(CLASS_JOURNAL_URL, fixture('mesh/class-journal.html'));
  await harness.open(MAX_URL);
  await harness.open(VK_URL);
  await harness.open(MENTOR_URL);
});

afterAll(async () => {
  const stray = harness?.strayRequests ?? [];
  await harness?.close();
  fs.rmSync(folder, { recursive: true, force: true });
  expect(stray).toEqual([]);
});

/** The popup on the journal tab once both chats' counts have reached the checklist. */
async function checklist(journal: Page, ready: (popup: Page) => Promise<boolean>): Promise<Page> {
  for (let attempt = 0; attempt < 30; attempt++) {
    const popup = await harness.openPopup(journal);
    await popup.getByTestId('progress').or(popup.getByText('Классов пока нет')).first().waitFor();
    if (await ready(popup)) return popup;
    await popup.close();
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error('the counts never reached the checklist');
}

const lines = (popup: Page, requirement: string) =>
  popup.locator(`[data-requirement="${requirement}"]`).getByTestId('platform').evaluateAll((items) => items.map((item) => item.textContent?.trim() ?? ''));

/** A change in the options is saved as it is made: «Сохранено» appears beside it. */
async function saved(options: Page, at: string): Promise<void> {
  await options.locator(`[data-testid="said"][data-at="${at}"]`).filter({ hasText: 'Сохранено' }).waitFor();
}

describe('how many have joined', () => {
  test('counts from a MAX and a VK header, the class size typed: coverage per platform, and what to create in MAX', async () => {
    const journal = await harness.open(JOURNAL_URL);
    // Ready once both chats' counts are stored (the chat list comes first, the headers' counts after it).
    const popup = await checklist(journal, async (candidate) => (await lines(candidate, 'class-parents')).filter((line) => / \d+ участник/.test(line)).length === 2);
    await popup.getByTestId('platforms-hint').filter({ hasText: 'Чаты должны быть: в MAX. Порог: 90% класса.' }).waitFor();
    // No class size yet: the counts are shown as read, and the teacher is asked for the size.
    expect(await lines(popup, 'class-parents')).toEqual([
      'MAX: «Родители 5А» 18 участников — укажите, сколько учеников в классе',
      'VK/Сферум: «5А Родители» 27 участников — укажите, сколько учеников в классе',
    ]);
    expect(await lines(popup, 'class-students')).toEqual([
      'MAX: «5А ученики» число участников не видно — откройте этот чат в мессенджере, Парта прочтёт его из заголовка',
    ]);
    // «Учителя 5А» exists only in VK: an action, with its name to copy.
    const teachers = popup.locator('[data-requirement="class-teachers"]');
    await expect(teachers.getAttribute('data-status')).resolves.toBe('missing');
    await expect(teachers.getByTestId('only-on').textContent()).resolves.toBe('есть только в VK/Сферум — создайте чат в MAX');

    const classRow = popup.locator('[data-testid="checklist-class"][data-class="5А"]');
    // Typed, and saved as typed: a wrong number is refused beside the field, a right one is kept.
    await classRow.getByTestId('class-size').fill('0');
    await classRow.getByRole('alert').filter({ hasText: 'целое число от 1 до 200' }).waitFor();
    await expect(classRow.getByTestId('class-size').getAttribute('aria-invalid')).resolves.toBe('true');
    await classRow.getByTestId('class-size').fill('27');
    await classRow.getByTestId('said').filter({ hasText: 'Сохранено' }).waitFor();
    await expect(classRow.getByRole('alert').count()).resolves.toBe(0);
    const today = new Date().toLocaleDateString('ru-RU', { day: 'numeric', month: 'short' });
    await expect.poll(() => lines(popup, 'class-parents')).toEqual([
      // 18 members, one of them staff: 17 of 27 — under the 90% threshold.
      `MAX: «Родители 5А» семей 17 из 27 (62%) · подсчитано ${today} · ⚠ меньше 90%`,
      `VK/Сферум: «5А Родители» семей 26 из 27 (96%) · подсчитано ${today}`,
    ]);
    await expect(popup.locator('[data-requirement="class-parents"] [data-platform="max"]').getAttribute('data-coverage')).resolves.toBe('low');
    // Per class, pupils and families each on their own (the students' chat has no count yet): never one sum.
    await expect(classRow.getByTestId('class-fill').textContent()).resolves.toBe('Родители: семей 17 из 27 (62%) · ⚠ меньше 90%');

    // The printable report shows the same.
    const [report] = await Promise.all([harness.context.waitForEvent('page'), popup.getByRole('button', { name: 'Для печати' }).click()]);
    await report.getByTestId('report-coverage').first().waitFor();
    await expect(report.getByTestId('report').textContent()).resolves.toContain('MAX: семей 17 из 27 (62%) · подсчитано');
    await expect(report.getByTestId('report').textContent()).resolves.toContain('⚠ меньше 90%');
    await expect(report.getByTestId('report-class-fill').textContent()).resolves.toBe('Родители: семей 17 из 27 (62%) · ⚠ меньше 90%');
    await report.close();
  });

  test('a class size read from the class’s journal page reaches the coverage; a typed size wins, the journal’s shown beside it', async () => {
    // The earlier test typed 27 for 5А. The class's journal lists 20 pupils (read by the rows' shape).
    let page = await harness.open(CLASS_JOURNAL_URL);
    let popup = await harness.openPopup(page);
    await expect(popup.getByTestId('pupils-read').textContent()).resolves.toBe(
      'На этой странице журнала учеников в 5А: 20. Посчитано по строкам с именами — проверьте число в строке класса ниже.',
    );
    const row = popup.locator('[data-testid="checklist-class"][data-class="5А"]');
    await expect(row.getByTestId('class-size').inputValue()).resolves.toBe('27');
    await expect(row.getByTestId('journal-size').textContent()).resolves.toContain('ваше число; в журнале — 20');
    // The teacher clears their number: the journal's is used from the next reading of the page.
    await row.getByTestId('class-size').fill('');
    await row.getByTestId('said').filter({ hasText: 'Сохранено' }).waitFor();
    await popup.close();
    await page.close();
    page = await harness.open(CLASS_JOURNAL_URL);
    popup = await checklist(page, async (candidate) => (await candidate.locator('[data-class="5А"]').getByTestId('class-size').inputValue()) === '20');
    const again = popup.locator('[data-testid="checklist-class"][data-class="5А"]');
    await expect(again.textContent()).resolves.toContain('из журнала');
    expect((await lines(popup, 'class-parents'))[0]).toMatch(/^MAX: «Родители 5А» семей 17 из 20 \(85%\) · подсчитано .* · ⚠ меньше 90%$/);
    // Back to the teacher's number for the tests after this one.
    await again.getByTestId('class-size').fill('27');
    await again.getByTestId('said').filter({ hasText: 'Сохранено' }).waitFor();
    await popup.close();
    await page.close();
  });

  test('chats required in VK: the VK count decides, and MAX-only chats become the action', async () => {
    const options = await harness.openOptions();
    await options.getByTestId('platforms').getByLabel('в VK/Сферуме', { exact: true }).check();
    await saved(options, 'platforms');
    const journal = await harness.open(JOURNAL_URL);
    const popup = await checklist(journal, async (candidate) => (await candidate.getByTestId('platforms-hint').textContent())?.includes('в VK/Сферуме') ?? false);
    await expect(popup.locator('[data-requirement="class-teachers"]').getAttribute('data-status')).resolves.toBe('ok');
    await expect(popup.locator('[data-requirement="class-students"]').getByTestId('only-on').textContent()).resolves.toBe(
      'есть только в MAX — создайте чат в VK/Сферум',
    );
    await expect(popup.locator('[data-testid="checklist-class"][data-class="5А"]').getByTestId('class-fill').textContent()).resolves.toBe(
      'Родители: семей 26 из 27 (96%)',
    );
    await options.getByTestId('platforms').getByLabel('в MAX', { exact: true }).check();
    await saved(options, 'platforms');
  });
});

describe('the school-wide report', () => {
  test('two teachers’ files merge into one table; the newer count wins; a bad file changes nothing', async () => {
    // MAX's parents' chat was read two and one weeks ago too (12, then 15); today its header says 18.
    await seedMemberCounts(harness, 'max:Родители 5А', [
      [14, 12],
      [7, 15],
    ]);
    const journal = await harness.open(JOURNAL_URL);
    const popup = await checklist(journal, async (candidate) => (await lines(candidate, 'class-parents')).length === 2);
    await popup.getByTestId('teacher-name').fill('Иванова И. И.');
    const [download] = await Promise.all([popup.waitForEvent('download'), popup.getByRole('button', { name: 'Отчёт для директора (файл)' }).click()]);
    const mine = path.join(folder, 'ivanova.json');
    await download.saveAs(mine);
    const report = JSON.parse(fs.readFileSync(mine, 'utf8')) as TeacherReport;
    expect(report).toMatchObject({ format: 'parta-coverage-report', version: 3, teacher: 'Иванова И. И.' });
    expect(report.rows.find((row) => row.requirementId === 'class-parents')).toMatchObject({ classKey: '5А', joined: 17, size: 27 });
    // The weekly counts travel with the chat: numbers by week, nothing else.
    expect(report.rows.find((row) => row.requirementId === 'class-parents')?.max?.weeks?.map((week) => week.members)).toEqual([12, 15, 18]);

    // A colleague's older count of the same chat, and a class of their own.
    const day = 24 * 60 * 60 * 1000;
    const parents = report.rows.find((row) => row.requirementId === 'class-parents')!;
    const colleague: TeacherReport = {
      ...report,
      teacher: 'Петрова А. А.',
      exportedAt: report.exportedAt - day,
      rows: [
        { ...parents, joined: 10, seenAt: report.exportedAt - 3 * day },
        { ...parents, classKey: '7Б', max: { chat: 'Родители 7Б', members: 26, seenAt: report.exportedAt - 2 * day }, joined: 25, size: 26, seenAt: report.exportedAt - 2 * day },
        // Her Parta had not seen MAX's whole chat list: 7Б's pupils' chat is not known either way.
        { classKey: '7Б', requirementId: 'class-students', audience: 'students', status: 'unchecked', joined: null, size: null, seenAt: null },
      ],
    };
    const theirs = path.join(folder, 'petrova.json');
    fs.writeFileSync(theirs, JSON.stringify(colleague));
    const bad = path.join(folder, 'bad.json');
    fs.writeFileSync(bad, JSON.stringify({ ...colleague, teacher: 'Сидоров', rows: [{ classKey: '5А', joined: -3 }] }));

    const school = await harness.context.newPage();
    await school.goto(`chrome-extension://${harness.extensionId}/school.html`);
    await school.getByText('Отчётов пока нет.').waitFor();
    await school.getByTestId('school-files').setInputFiles([mine, theirs, bad]);
    const messages = school.getByTestId('school-messages');
    await messages.getByText('Загружены отчёты (2): Иванова И. И., Петрова А. А.').waitFor();
    await messages.getByText(/^bad\.json: не отчёт Парты или испорчен — ничего не изменилось\./).waitFor();
    await expect(school.getByTestId('school-teachers').textContent()).resolves.not.toContain('Сидоров');

    const row = (classKey: string) => school.locator(`[data-testid="school-row"][data-class="${classKey}"]`).filter({ hasText: 'Чат с родителями' });
    await expect(row('5А').getByTestId('school-coverage').textContent()).resolves.toMatch(/^семей 17 из 27 \(62%\) · ⚠ меньше 90%/);
    // Two teachers reported the same chat: the newer count counts, and the row shows the other one — who, how many, when.
    await expect(row('5А').getByTestId('school-teacher').textContent()).resolves.toMatch(/^Иванова И\. И\. · ⚠ в отчётах расходятся: ещё Петрова А\. А\.: 10 \(/);
    await expect(row('7Б').getByTestId('school-coverage').textContent()).resolves.toMatch(/^семей 25 из 26 \(96%\) · /);
    await expect(row('7Б').getByTestId('school-teacher').textContent()).resolves.toBe('Петрова А. А.');
    // The grid: 5А's parents amber (17 of 27, under 90%), 7Б's green (25 of 26), with its legend.
    const grid = school.getByTestId('school-grid');
    const cells = await grid.locator('td[data-state]').evaluateAll((tds) => tds.map((td) => `${td.closest('tr')!.querySelector('th')!.textContent}:${td.getAttribute('data-state')}`));
    expect(cells).toContain('5А:low');
    expect(cells).toContain('7Б:ok');
    // Not checked is said as such — neither «нет» nor a grey «число не известно».
    expect(cells.filter((cell) => cell.startsWith('7Б:'))).toContain('7Б:unchecked');
    await expect(school.getByTestId('grid-legend').textContent()).resolves.toContain('зелёный — вступили не меньше 90% класса');
    await expect(school.getByTestId('grid-blank').textContent()).resolves.toContain('пустая клетка — об этом чате в этом классе не сообщил ни один учитель');
    // The page leads with what the school lacks, above the grid and the tables.
    const gaps = school.getByTestId('school-gaps');
    await expect(gaps.getByTestId('gaps-unchecked').textContent()).resolves.toContain('Не проверено: 1');
    await expect(gaps.getByTestId('gaps-unchecked').textContent()).resolves.toContain('7Б — Чат с учениками (Петрова А. А.)');
    await expect(gaps.getByTestId('gaps-low').textContent()).resolves.toContain('5А — Чат с родителями (Иванова И. И.)');
    const order = await school.evaluate(() => {
      const gapsBox = document.querySelector('[data-testid="school-gaps"]')!;
      const gridBox = document.querySelector('[data-testid="school-grid"]')!;
      return Boolean(gapsBox.compareDocumentPosition(gridBox) & Node.DOCUMENT_POSITION_FOLLOWING);
    });
    expect(order).toBe(true);

    // How the chats filled, week by week: 5А's MAX chat 12 → 15 → 18 (+6); VK's read once (no change yet).
    // The colleague's file places the same VK chat for 7Б too: shown there, counted once in the school's 18 + 27.
    const movement = school.getByTestId('school-movement');
    const moved = movement.locator('[data-testid="movement-row"][data-class="5А"]');
    await expect(moved.filter({ hasText: 'MAX' }).locator('td').allTextContents()).resolves.toEqual([
      'Чат с родителями: «Родители 5А» (MAX)',
      ...Array(5).fill('—'),
      '12',
      '15',
      '18',
      '+6',
    ]);
    await expect(moved.filter({ hasText: 'VK/Сферум' }).getByTestId('movement-change').textContent()).resolves.toBe('—');
    await expect(movement.getByTestId('movement-total').locator('td').last().textContent()).resolves.toBe('+6');
    await expect(movement.getByTestId('movement-total').locator('th').textContent()).resolves.toBe('Вся школа (2 чата)');
    // The summary with its grid and the movement table: no control unnamed, every table readable.
    expect(await axeViolations(school)).toEqual([]);
    await expect(movement.getByTestId('movement-total').locator('td').nth(7).textContent()).resolves.toBe('45');

    // Kept: the page opened again shows the same table.
    await school.reload();
    await row('7Б').waitFor();
    await expect(school.getByTestId('school-row').count()).resolves.toBe(report.rows.length + 2);

    // A forged file «from the year 275760» in her name is refused and outranks nothing.
    const forged = path.join(folder, 'forged.json');
    fs.writeFileSync(forged, JSON.stringify({ ...report, exportedAt: 8_640_000_000_000_000, rows: [{ ...parents, joined: 0, seenAt: 8_640_000_000_000_000 }] }));
    await school.getByTestId('school-files').setInputFiles(forged);
    await school.getByTestId('school-messages').getByText(/^forged\.json: .*дата из будущего \(275760\).*Проверьте дату на том компьютере/).waitFor();
    // A file of thousands of made-up requirements and classes is refused before anything is drawn.
    const huge = path.join(folder, 'huge.json');
    fs.writeFileSync(huge, JSON.stringify({ ...report, rows: Array.from({ length: 5000 }, (_, index) => ({ ...parents, classKey: `${index}Я`, requirementId: `req-${index}` })) }));
    await school.getByTestId('school-files').setInputFiles(huge);
    await school.getByTestId('school-messages').getByText(/^huge\.json: .*обязательный чат, которого эта Парта не знает \(req-0\)/).waitFor();
    await expect(row('5А').getByTestId('school-coverage').textContent()).resolves.toMatch(/^семей 17 из 27/);

    // Her own newer file: the director sees what it changes and decides.
    const newer = path.join(folder, 'ivanova-newer.json');
    fs.writeFileSync(newer, JSON.stringify({ ...report, exportedAt: report.exportedAt + 60_000, rows: report.rows.map((candidate) => (candidate.requirementId === 'class-parents' ? { ...candidate, joined: 18 } : candidate)) }));
    await school.getByTestId('school-files').setInputFiles(newer);
    const ask = school.getByTestId('school-replace');
    await ask.getByText('Если заменить: изменится строк 1, новых 0, пропадут 0.', { exact: false }).waitFor();
    await expect(row('5А').getByTestId('school-coverage').textContent()).resolves.toMatch(/^семей 17 из 27/);
    // Another batch meanwhile (a refused file): the question not yet answered stays.
    const another = path.join(folder, 'another.json');
    fs.copyFileSync(huge, another);
    await school.getByTestId('school-files').setInputFiles(another);
    await school.getByTestId('school-messages').getByText(/^another\.json: /).waitFor();
    await expect(ask.count()).resolves.toBe(1);
    await ask.getByRole('button', { name: 'Заменить' }).click();
    await school.getByTestId('school-messages').getByText('Загружен отчёт: Иванова И. И.').waitFor();
    await expect.poll(() => row('5А').getByTestId('school-coverage').textContent()).toMatch(/^семей 18 из 27/);

    // A teacher's report removed: her class leaves the summary, the other teacher's rows stay. The way
    // to remove one comes before anything the files drew (whatever a file holds, it can be taken out).
    const before = await school.evaluate(() => {
      const remove = [...document.querySelectorAll('summary')].find((summary) => summary.textContent === 'Убрать отчёт учителя')!;
      const drawn = document.querySelector('[data-testid="school-gaps"], [data-testid="school-grid"], [data-testid="school-table"]')!;
      return Boolean(remove.compareDocumentPosition(drawn) & Node.DOCUMENT_POSITION_FOLLOWING);
    });
    expect(before).toBe(true);
    await school.getByText('Убрать отчёт учителя').click();
    await school.getByRole('button', { name: 'Убрать: Петрова А. А.' }).click();
    await expect.poll(() => school.getByTestId('school-teachers').textContent()).not.toContain('Петрова');
    await expect(row('7Б').count()).resolves.toBe(0);
    await expect(row('5А').getByTestId('school-teacher').textContent()).resolves.toBe('Иванова И. И.');
  });
});

describe('a whole school’s files', () => {
  test('a hundred teachers: the first classes at once, every class soon after and all before printing; agreeing counts summed up, differing ones named', async () => {
    const school = await launch();
    try {
      const reports = schoolReports(100, Date.now());
      const merged = mergeReports(reports);
      const total = merged.length;
      const classCount = new Set(merged.flatMap((row) => (row.classKey === null ? [] : [row.classKey]))).size;
      const page = await school.context.newPage();
      await page.goto(`chrome-extension://${school.extensionId}/school.html`);
      await page.getByText('Отчётов пока нет.').waitFor();
      await page.getByTestId('school-files').setInputFiles(reports.map((report, index) => ({ name: `r${index}.json`, mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(report)) })));
      await page.getByTestId('school-messages').getByText(/^Загружены отчёты \(100\): Учитель 001 И\. О\., /).waitFor();
      await expect.poll(() => page.getByTestId('school-row').count(), { timeout: 20_000 }).toBe(total);
      await expect.poll(() => page.getByTestId('school-grid').locator('tbody tr').count()).toBe(classCount);
      // Everyone reports the staff room, most with the same count: counted, not listed.
      const staff = page.locator('[data-testid="school-row"][data-class=""]').getByTestId('school-teacher');
      await expect(staff.getByTestId('school-agree').textContent()).resolves.toMatch(/то же число ещё в отчётах: \d+/);
      await expect(staff.getByTestId('school-conflict').textContent()).resolves.toMatch(/в отчётах расходятся: ещё (?:[^;]+; ){2}[^;]+; и ещё \d+ \(все — в CSV\)/);

      // Opened again, the page draws in steps; «Печать» draws every class before the print dialog.
      // The grid's rows at its first drawing, seen by an observer before any later step can run.
      await page.addInitScript(() => {
        new MutationObserver((_records, observer) => {
          const grid = document.querySelector('[data-testid="school-grid"]');
          if (!grid) return;
          document.documentElement.dataset.firstGridRows = String(grid.querySelectorAll('tbody tr').length);
          observer.disconnect();
        }).observe(document, { childList: true, subtree: true });
      });
      await page.reload();
      await page.getByTestId('school-grid').waitFor();
      const drawn = await page.evaluate(
        () =>
          new Promise<{ before: number; printed: number; gridFirst: number; gridPrinted: number }>((resolve) => {
            const rows = () => document.querySelectorAll('[data-testid="school-row"]').length;
            const gridRows = () => document.querySelectorAll('[data-testid="school-grid"] tbody tr').length;
            const before = rows();
            const gridFirst = Number(document.documentElement.dataset.firstGridRows);
            window.print = () => resolve({ before, printed: rows(), gridFirst, gridPrinted: gridRows() });
            [...document.querySelectorAll('button')].find((button) => button.textContent === 'Печать')?.click();
          }),
      );
      expect(drawn.before).toBeLessThan(total);
      expect(drawn.printed).toBe(total);
      // The grid too: its first rows at once, every class's row before the print dialog.
      expect(drawn.gridFirst).toBeGreaterThan(0);
      expect(drawn.gridFirst).toBeLessThan(classCount);
      expect(drawn.gridPrinted).toBe(classCount);
    } finally {
      await school.close();
    }
  });

  test('the director’s path: «Сводка по школе» is one click from the popup and in the options’ menu once the role is ticked', async () => {
    const options = await harness.openOptions();
    const role = options.locator('#about').getByLabel('администрация школы');
    const journal = await harness.open(JOURNAL_URL);
    let popup = await harness.openPopup(journal);
    await popup.getByTestId('today').waitFor();
    // Not a director yet: the popup stays a teacher's.
    await expect(popup.getByTestId('open-school').count()).resolves.toBe(0);
    await popup.close();
    await role.check();
    await options.getByTestId('said').filter({ hasText: 'Сохранено' }).first().waitFor();
    popup = await harness.openPopup(journal);
    const [school] = await Promise.all([harness.context.waitForEvent('page'), popup.getByTestId('open-school').click()]);
    await school.waitForURL(/\/school\.html$/);
    await school.getByRole('heading', { name: 'Сводка по школе', level: 1 }).waitFor();
    // And in the options' menu, leading to its section.
    await options.getByTestId('options-toc').getByRole('link', { name: 'Сводка по школе' }).click();
    await expect(options.evaluate(() => location.hash)).resolves.toBe('#school-summary');
    await role.uncheck();
    await options.getByTestId('said').filter({ hasText: 'Сохранено' }).first().waitFor();
    await Promise.all([school.close(), popup.close(), options.close()]);
  });
});

describe('the new school year', () => {
  test('offered only for classes known before it began; applied, a journal still showing last year’s names is said and the undo stays; undone', async () => {
    // Only the options page stays open: an open journal tab would read its classes again.
    for (const page of harness.context.pages()) await page.close();
    // December, the classes read this school year: nothing to move, and the page says why.
    const now = await harness.openOptions();
    const today = now.getByTestId('school-year');
    await today.getByTestId('year-not-due').waitFor();
    await today.getByRole('button', { name: 'Показать, что изменится' }).click();
    await today.getByTestId('year-nothing').waitFor();
    await expect(today.getByTestId('year-this-year').textContent()).resolves.toBe('Не переводятся — Парта узнала их уже в этом учебном году, они и так этого года: 5-А, 7-Б, 9-В.');
    await now.close();

    // Next September: the same classes are last year's now.
    const september = new Date(new Date().getFullYear() + 1, 8, 3, 10).getTime();
    const options = await harness.context.newPage();
    await options.clock.setFixedTime(september);
    await options.goto(`chrome-extension://${harness.extensionId}/options.html`);
    const section = options.getByTestId('school-year');
    await section.getByTestId('year-due').waitFor();
    await section.getByRole('button', { name: 'Показать, что изменится' }).click();
    const preview = section.getByTestId('year-preview');
    await expect(preview.getByTestId('year-moves').locator('li').allTextContents()).resolves.toEqual(['5-А → 6-А', '7-Б → 8-Б', '9-В → 10-В']);
    await expect(preview.getByTestId('year-renames').locator('li').allTextContents()).resolves.toEqual([
      '«5А Родители» → «6А Родители» Копировать новое название',
      '«5А ученики» → «6А ученики» Копировать новое название',
      '«Родители 5А» → «Родители 6А» Копировать новое название',
      '«Учителя 5А» → «Учителя 6А» Копировать новое название',
    ]);
    await preview.getByTestId('year-apply').click();
    await section.getByTestId('year-message').filter({ hasText: 'Классы переведены.' }).waitFor();
    await section.getByTestId('year-taken').waitFor();
    await options.close();

    // An hour later the teacher opens the journal, which still shows last year's names.
    await harness.worker.evaluate((at: number) => {
      const offset = at - Date.now();
      const realNow = Date.now.bind(Date);
      Date.now = () => realNow() + offset;
    }, september + 60 * 60 * 1000);
    const journal = await harness.open(JOURNAL_URL);
    await journal.waitForSelector('body');
    const later = await harness.context.newPage();
    await later.clock.setFixedTime(september + 2 * 60 * 60 * 1000);
    await later.goto(`chrome-extension://${harness.extensionId}/options.html`);
    const again = later.getByTestId('school-year');
    // Said in words, and the undo is still there: the journal's reading is not the teacher's change.
    await expect
      .poll(async () => {
        await later.reload();
        await again.getByTestId('year-taken').waitFor();
        return (await again.getByTestId('year-stale').count()) > 0 ? again.getByTestId('year-stale').textContent() : '';
      }, { timeout: 15_000 })
      .toContain('Электронный журнал после перевода всё ещё показывает 5-А');
    await again.getByTestId('year-undo').click();
    await again.getByTestId('year-message').filter({ hasText: 'Перевод отменён' }).waitFor();
    await again.getByRole('button', { name: 'Показать, что изменится' }).click();
    await expect(again.getByTestId('year-moves').locator('li').first().textContent()).resolves.toBe('5-А → 6-А');
  });
});
