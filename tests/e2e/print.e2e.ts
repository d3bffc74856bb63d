/**
 * Pages for the director, printed (print media emulated, and a real PDF from headless Chromium):
 * a header with what the page is, the school, the teacher and the date; no button on paper; table
 * headers repeated on every page; A4 portrait for the checklist, landscape for the wide school table.
 */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { fixture, launch, type Harness } from './harness';

const JOURNAL_URL = 'https://school.mos.ru/teacher/study-process/journal/my';
const MENTOR_URL = 'https://school.mos.ru/teacher/mentor/journals';
const MAX_URL = 'https://web.max.ru/-68912345678';
let harness: Harness;

beforeAll(async () => {
  harness = await launch();
  harness.serve(JOURNAL_URL, fixture('mesh/journal-my.html'));
  harness.serve(MENTOR_URL, fixture('mesh/mentor.html'));
  harness.serve(MAX_URL, fixture('max/chat.html'));
  await harness.open(MAX_URL);
  await harness.open(MENTOR_URL);
  // The school and the teacher, typed once in the options.
  const options = await harness.openOptions();
  await options.getByTestId('school-name').fill('ГБОУ Школа № 1500');
  await options.locator('[data-testid="said"][data-at="school-name"]').filter({ hasText: 'Сохранено' }).waitFor();
  await options.getByTestId('options-teacher-name').fill('Иванова М. И.');
  await options.locator('[data-testid="said"][data-at="teacher-name"]').filter({ hasText: 'Сохранено' }).waitFor();
  await options.close();
});

afterAll(async () => {
  const stray = harness?.strayRequests ?? [];
  await harness?.close();
  expect(stray).toEqual([]);
});

/** Pages in a PDF, and whether the first is landscape (from its MediaBox). */
function pdfPages(pdf: Buffer): { pages: number; landscape: boolean } {
  const text = pdf.toString('latin1');
  const box = /\/MediaBox\s*\[\s*0\s+0\s+([\d.]+)\s+([\d.]+)\s*\]/.exec(text);
  return { pages: (text.match(/\/Type\s*\/Page(?!s)/g) ?? []).length, landscape: box ? Number(box[1]) > Number(box[2]) : false };
}

async function printed(page: Page) {
  await page.emulateMedia({ media: 'print' });
  return page.evaluate(() => ({
    visibleButtons: [...document.querySelectorAll('button, input, select')].filter((element) => getComputedStyle(element).display !== 'none').length,
    header: document.querySelector('[data-testid="print-header"]')?.textContent ?? '',
    headerShown: getComputedStyle(document.querySelector('[data-testid="print-header"]')!).display !== 'none',
    theadRepeats: [...document.querySelectorAll('thead')].every((head) => getComputedStyle(head).display === 'table-header-group'),
  }));
}

describe('printed for the director', () => {
  test('the checklist: header with school, teacher and date, nothing to press, one A4 portrait page', async () => {
    const journal = await harness.open(JOURNAL_URL);
    const popup = await harness.openPopup(journal);
    await popup.getByTestId('progress').waitFor();
    const [report] = await Promise.all([harness.context.waitForEvent('page'), popup.getByRole('button', { name: 'Для печати' }).click()]);
    await report.getByTestId('report').locator('tbody tr').first().waitFor();
    const paper = await printed(report);
    expect(paper.visibleButtons).toBe(0);
    expect(paper.headerShown).toBe(true);
    expect(paper.header).toMatch(/^Обязательные чаты.*ГБОУ Школа № 1500 · Иванова М\. И\. · \d{2}\.\d{2}\.\d{4}$/);
    expect(paper.theadRepeats).toBe(true);
    expect(pdfPages(await report.pdf({ preferCSSPageSize: true }))).toEqual({ pages: 1, landscape: false });
    await report.close();
    await popup.close();
  });

  test('the violations log: no «Снять досрочно» on paper; landscape, the table head on every page', async () => {
    const log = await harness.context.newPage();
    await log.goto(`chrome-extension://${harness.extensionId}/moderation.html`);
    // A long log: forty violations recorded by hand.
    for (let index = 0; index < 40; index++) {
      await log.evaluate(async (at) => {
        const db = await new Promise<IDBDatabase>((resolve) => {
          const request = indexedDB.open('parta');
          request.onsuccess = () => resolve(request.result);
        });
        await new Promise((resolve) => {
          const tx = db.transaction('violations', 'readwrite');
          tx.objectStore('violations').put({ v: 1, id: `v-${at}`, site: 'max', chat: '5А Ученики', person: `Ученик ${at}`, at: Date.now() - at * 60_000, rule: 2, note: 'грубость в чате класса' });
          tx.oncomplete = resolve;
        });
      }, index);
    }
    await log.reload();
    await expect.poll(() => log.getByTestId('moderation-log').locator('tbody tr').count()).toBe(40);
    const paper = await printed(log);
    expect(paper.visibleButtons).toBe(0);
    expect(paper.header).toContain('Нарушения и блокировки в чатах');
    expect(paper.theadRepeats).toBe(true);
    const pdf = pdfPages(await log.pdf({ preferCSSPageSize: true }));
    expect(pdf.landscape).toBe(true);
    expect(pdf.pages).toBeGreaterThan(1);
    await log.close();
  });
});
