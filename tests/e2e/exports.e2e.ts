/**
 * The four CSV exports, each downloaded in a real Chromium with a hostile cell in it — a chat title
 * read from the messenger, a chat typed into the invitation form, a participant's name in the
 * violation log, a teacher's name in a report file — and read back as Russian Excel reads them:
 * a BOM, no «sep=» line, `;` between cells, CRLF, dates «дд.мм.гггг». No cell, and no piece a
 * spreadsheet could split off a cell at a `;` or a line break, starts a formula. File names say
 * what and whose.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Papa from 'papaparse';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Download, Page } from 'playwright-core';
import { fixture, launch, type Harness } from './harness';

const MAX_URL = 'https://web.max.ru/';
const JOURNAL_URL = 'https://school.mos.ru/teacher/study-process/journal/my';
const MENTOR_URL = 'https://school.mos.ru/teacher/mentor/journals';
/** Anyone who can name a chat or a person can write this. */
const HOSTILE = 'x;=HYPERLINK("http://evil.example";"жми")';
const FORMULA = /^[=+\-@\t\r\n]/;
const TODAY = () => {
  const now = new Date();
  return `${String(now.getDate()).padStart(2, '0')}.${String(now.getMonth() + 1).padStart(2, '0')}.${now.getFullYear()}`;
};

let harness: Harness;
const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'parta-exports-'));

beforeAll(async () => {
  harness = await launch();
  // A chat in MAX whose title is the parents' chat of 5А — with a formula after a «;».
  harness.serve(MAX_URL, fixture('max/start.html').replace('<span class="text">Родители 5А</span>', `<span class="text">Родители 5А ${HOSTILE.replace(/"/g, '&quot;')}</span>`));
  harness.serve(JOURNAL_URL, fixture('mesh/journal-my.html'));
  harness.serve(MENTOR_URL, fixture('mesh/mentor.html'));
  await harness.open(MAX_URL);
  await harness.open(MENTOR_URL);
});

afterAll(async () => {
  const stray = harness?.strayRequests ?? [];
  await harness?.close();
  fs.rmSync(folder, { recursive: true, force: true });
  expect(stray).toEqual([]);
});

/** The downloaded file: its name and its rows as Excel splits them. */
async function readCsv(download: Download): Promise<{ name: string; rows: string[][]; raw: string }> {
  const target = path.join(folder, download.suggestedFilename());
  await download.saveAs(target);
  const raw = fs.readFileSync(target, 'utf8');
  expect(raw.charCodeAt(0)).toBe(0xfeff);
  expect(raw).not.toMatch(/^\uFEFF?sep=/);
  expect(raw.endsWith('\r\n')).toBe(true);
  // Every line break between rows is CRLF (a bare LF appears only inside a quoted cell).
  const rows = Papa.parse<string[]>(raw.slice(1, -2), { delimiter: ';', newline: '\r\n' }).data;
  expect(rows.length).toBeGreaterThan(1);
  // Every row as wide as the head: the «;» in a cell did not split it.
  for (const row of rows) expect(row.length).toBe(rows[0].length);
  for (const cell of rows.flat()) {
    for (const piece of cell.split(/[;\r\n]/)) expect(piece, `a cell piece «${piece}»`).not.toMatch(FORMULA);
  }
  return { name: download.suggestedFilename(), rows, raw };
}

/** The hostile text made safe: the same words, the formula after the «;» turned into text. */
const SAFE = HOSTILE.replace(';=', ";'=");

async function checklistPopup(journal: Page): Promise<Page> {
  for (let attempt = 0; attempt < 30; attempt++) {
    const popup = await harness.openPopup(journal);
    await popup.getByTestId('checklist-class').first().waitFor();
    if ((await popup.locator('[data-requirement="class-parents"][data-status="ok"]').count()) > 0) return popup;
    await popup.close();
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error('the hostile chat never reached the checklist');
}

describe('CSV exports as Russian Excel reads them', () => {
  test('the checklist: a chat title read from the messenger', async () => {
    const journal = await harness.open(JOURNAL_URL);
    const popup = await checklistPopup(journal);
    const [download] = await Promise.all([popup.waitForEvent('download'), popup.getByRole('button', { name: 'Таблица (CSV)' }).click()]);
    const { name, rows } = await readCsv(download);
    expect(name).toBe(`Парта — чаты 5А, 7Б, 9В — ${TODAY()}.csv`);
    const parents = rows.find((row) => row[0] === '5А' && row[1] === 'Чат с родителями');
    expect(parents?.[3]).toBe(`Родители 5А ${SAFE}`);
    await popup.close();
  });

  test('the invitations: a chat name typed into the form; dates дд.мм.гггг чч:мм', async () => {
    const popup = await harness.context.newPage();
    await popup.goto(`chrome-extension://${harness.extensionId}/popup.html`);
    await popup.getByRole('button', { name: /Добавить/ }).click();
    await popup.getByLabel('Ссылка-приглашение').fill('https://vk.me/join/AJQ1d0uWzyC/DNvIowlP2mLB');
    await popup.getByLabel('Класс или группа').fill('5А');
    await popup.getByLabel('Название чата').fill(HOSTILE);
    await popup.getByRole('button', { name: 'Сохранить' }).click();
    await popup.getByTestId('invite').waitFor();
    const options = await harness.openOptions();
    const [download] = await Promise.all([options.waitForEvent('download'), options.getByRole('button', { name: 'Таблица приглашений (CSV)' }).click()]);
    const { name, rows } = await readCsv(download);
    expect(name).toBe(`Парта — приглашения — ${TODAY()}.csv`);
    expect(rows[1][1]).toBe(SAFE);
    expect(rows[1][8]).toMatch(new RegExp(`^${TODAY().replace(/\./g, '\\.')} \\d{2}:\\d{2}$`));
    await popup.close();
    await options.close();
  });

  test('the violations and blocks: a participant’s name', async () => {
    const log = await harness.context.newPage();
    await log.goto(`chrome-extension://${harness.extensionId}/moderation.html`);
    const manual = log.getByTestId('manual-report');
    await manual.locator('summary').click();
    await manual.getByLabel('Чат (название):').fill('5А Ученики');
    await manual.getByLabel('Участник (имя, как в чате):').fill(HOSTILE);
    await manual.getByRole('button', { name: 'Открыть форму' }).click();
    const form = log.getByTestId('violation-form');
    await form.getByRole('radio', { name: /^2\. / }).check();
    await form.getByTestId('violation-record').click();
    await log.getByRole('status').filter({ hasText: 'Нарушений у участника в этом чате: 1.' }).waitFor();
    await log.goto(`chrome-extension://${harness.extensionId}/moderation.html`);
    const [download] = await Promise.all([log.waitForEvent('download'), log.getByTestId('moderation-csv').click()]);
    const { name, rows } = await readCsv(download);
    expect(name).toBe(`Парта — нарушения и блокировки — ${TODAY()}.csv`);
    expect(rows[1][0]).toBe(TODAY());
    expect(rows[1][3]).toBe(SAFE);
    await log.close();
  });

  test('the school summary: a teacher’s name in a report file', async () => {
    const report = {
      format: 'parta-coverage-report',
      version: 1,
      teacher: HOSTILE,
      exportedAt: Date.now(),
      platforms: 'max',
      threshold: 90,
      rows: [{ classKey: '5А', requirementId: 'class-parents', audience: 'parents', status: 'ok', max: { chat: 'Родители 5А', members: 20, seenAt: Date.now() }, joined: 19, size: 27, seenAt: Date.now() }],
    };
    const file = path.join(folder, 'report.json');
    fs.writeFileSync(file, JSON.stringify(report));
    const school = await harness.context.newPage();
    await school.goto(`chrome-extension://${harness.extensionId}/school.html`);
    await school.getByTestId('school-files').setInputFiles(file);
    await school.getByTestId('school-row').first().waitFor();
    const [download] = await Promise.all([school.waitForEvent('download'), school.getByRole('button', { name: 'Таблица (CSV)' }).click()]);
    const { name, rows } = await readCsv(download);
    expect(name).toBe(`Парта — сводка по школе — ${TODAY()}.csv`);
    const row = rows.find((cells) => cells[0] === '5А');
    expect(row?.[10]).toBe(SAFE);
    expect(row?.[9]).toBe(TODAY());
    await school.close();
  });
});
