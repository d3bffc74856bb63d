/**
 * The director's «Сводка по школе» in headless Chromium: from choosing the files to the summary's
 * first screen (read, validated, kept, merged, the grid's first rows drawn; the rest of the grid and
 * the classes' tables follow in steps, timed too), with 100 teachers' report files (4,000 rows) against one
 * file in the same run (median of seven each). Each load starts from an empty summary.
 */
import type { Page } from 'playwright-core';
import { launch } from '../e2e/harness';
import { schoolReports } from './school-corpus';

/** Milliseconds from choosing the files to the first screen of the summary, and to every class drawn. */
async function loadFiles(page: Page, files: { name: string; mimeType: string; buffer: Buffer }[]): Promise<{ first: number; complete: number }> {
  // An empty summary each time: what a director sees the first time they load the files.
  await page.evaluate(
    () =>
      new Promise<void>((resolve, reject) => {
        const request = indexedDB.open('parta');
        request.onsuccess = () => {
          const transaction = request.result.transaction('reports', 'readwrite');
          transaction.objectStore('reports').clear();
          transaction.oncomplete = () => {
            request.result.close();
            resolve();
          };
          transaction.onerror = () => reject(transaction.error);
        };
        request.onerror = () => reject(request.error);
      }),
  );
  await page.reload();
  await page.getByText('Отчётов пока нет.').waitFor();
  // The empty page's own drawing is marked too: timed from the files only once it has been.
  await page.waitForFunction(() => performance.getEntriesByName('parta:school-rendered').length > 0);
  await page.getByTestId('school-files').setInputFiles(files);
  await page.waitForFunction(
    () => {
      const files = performance.getEntriesByName('parta:school-files')[0];
      return files !== undefined && performance.getEntriesByName('parta:school-complete').some((mark) => mark.startTime > files.startTime);
    },
    undefined,
    { timeout: 60_000 },
  );
  return page.evaluate(() => {
    const files = performance.getEntriesByName('parta:school-files')[0].startTime;
    const after = (name: string) => performance.getEntriesByName(name).filter((mark) => mark.startTime > files)[0].startTime - files;
    return { first: after('parta:school-rendered'), complete: after('parta:school-complete') };
  });
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

export async function benchSchool(): Promise<Record<string, number>> {
  const now = Date.now();
  const reports = schoolReports(100, now);
  const files = reports.map((report, index) => ({ name: `report-${index}.json`, mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(report)) }));
  const harness = await launch();
  try {
    const page = await harness.context.newPage();
    await page.goto(`chrome-extension://${harness.extensionId}/school.html`);
    const one: { first: number; complete: number }[] = [];
    const hundred: { first: number; complete: number }[] = [];
    // Alternated, so a busy moment of the machine falls on both.
    for (let run = 0; run < 7; run++) {
      one.push(await loadFiles(page, files.slice(0, 1)));
      hundred.push(await loadFiles(page, files));
    }
    const rows = await page.getByTestId('school-row').count();
    const first = (runs: typeof one) => median(runs.map((run) => run.first));
    return {
      teachers: reports.length,
      rowsInFiles: reports.reduce((sum, report) => sum + report.rows.length, 0),
      rowsOnPage: rows,
      oneFileMs: first(one),
      hundredFilesMs: first(hundred),
      ratio: first(hundred) / first(one),
      hundredFilesCompleteMs: median(hundred.map((run) => run.complete)),
    };
  } finally {
    await harness.close();
  }
}
