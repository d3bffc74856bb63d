/**
 * «Добавить адрес журнала» in a real Chromium: a journal Parta does not list, on its own address.
 * The test profile already holds the browser's grant for that one origin (written into the
 * profile as the browser itself stores a grant: a headless browser cannot click its permission
 * prompt), so the options page's request resolves at once, as it does for a teacher who clicked
 * «Разрешить». Then: the journal script runs there after registration, again after a browser
 * restart, and not any more after «Убрать», which gives the permission back.
 */
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { fixture, launch, type Harness } from './harness';

const ORIGIN = 'https://ej.school42.ru';
const JOURNAL = `${ORIGIN}/teacher/study-process/journal/my`;

/** A real regional «Сетевой город» server Parta does not list (sites.md, fourth round). */
const SGO = 'https://sgo.rso23.ru';

let harness: Harness;

/** Writes the browser's own record of a granted optional host permission into the profile. */
function grantInProfile(profile: string, extensionId: string, pattern: string): void {
  const file = path.join(profile, 'Default', 'Preferences');
  const prefs = JSON.parse(fs.readFileSync(file, 'utf8'));
  const extension = prefs.extensions.settings[extensionId];
  for (const key of ['granted_permissions', 'active_permissions']) {
    extension[key] ??= {};
    extension[key].explicit_host = [...(extension[key].explicit_host ?? []), pattern];
  }
  fs.writeFileSync(file, JSON.stringify(prefs));
}

async function restart(): Promise<void> {
  const profile = harness.profile;
  await harness.close({ keepProfile: true });
  harness = await launch({ profile });
  harness.serve(JOURNAL, fixture('mesh/journal-my.html'));
}

/** The popup on the journal tab: the checklist's health line, the offer to read it, or the «not a supported page» note. */
async function popupSays(journal: Page): Promise<string> {
  const popup = await harness.openPopup(journal);
  const said = popup.getByTestId('health').or(popup.getByTestId('not-supported')).or(popup.getByTestId('journal-offer'));
  await said.first().waitFor();
  const text = (await said.first().textContent()) ?? '';
  await popup.close();
  return text;
}

beforeAll(async () => {
  harness = await launch();
  const { extensionId, profile } = harness;
  await harness.close({ keepProfile: true });
  grantInProfile(profile, extensionId, `${ORIGIN}/*`);
  grantInProfile(profile, extensionId, `${SGO}/*`);
  harness = await launch({ profile });
  harness.serve(JOURNAL, fixture('mesh/journal-my.html'));
});

afterAll(async () => {
  const stray = harness?.strayRequests ?? [];
  await harness?.close();
  expect(stray).toEqual([]);
});

test('an added journal address is read after adding and after a restart; «Убрать» stops it and gives the permission back', async () => {
  // Before: Parta does not run there; the page looks like МЭШ, so the popup offers it.
  let journal = await harness.open(JOURNAL);
  expect(await popupSays(journal)).toContain('Похоже, это электронный журнал МЭШ / «Моя школа» / ЭПОС (ej.school42.ru)');

  const options = await harness.openOptions();
  // The grant is there but the address is not in the list: shown, to give back if not needed.
  await expect(options.getByTestId('journal-address-strays').locator(`[data-origin="${ORIGIN}"]`).textContent()).resolves.toContain('но этого адреса нет в списке');
  await options.getByLabel('Адрес журнала').fill('ej.school42.ru/teacher');
  await options.getByLabel('Какой это журнал').selectOption({ label: 'МЭШ / «Моя школа» / ЭПОС' });
  await options.getByRole('button', { name: 'Добавить адрес журнала' }).click();
  await options.getByTestId('journal-address-message').filter({ hasText: `Добавлено: ${ORIGIN}` }).waitFor();
  await options.getByTestId('journal-address-list').locator(`[data-origin="${ORIGIN}"]`).waitFor();
  await expect.poll(() => options.getByTestId('journal-address-strays').locator(`[data-origin="${ORIGIN}"]`).count()).toBe(0);
  await options.close();
  // The script registered runs on that one origin, nothing wider.
  await expect.poll(() => registeredMatches(), { timeout: 10_000 }).toEqual([[`${ORIGIN}/*`]]);

  // The tab that was already open is read too, without the teacher reloading it.
  expect(await popupSays(journal)).toContain('Страница журнала распознана: классов 3');
  // A second look does not start a second reader in the tab (one answer, the same one).
  expect(await popupSays(journal)).toContain('Страница журнала распознана: классов 3');
  await journal.close();

  // The journal script is registered at run time: a newly opened journal page is read.
  await expect
    .poll(async () => {
      const page = await harness.open(JOURNAL);
      const said = await popupSays(page);
      await page.close();
      return said;
    }, { timeout: 15_000 })
    .toContain('Страница журнала распознана: классов 3');

  // A browser restart: still so — the registration itself outlives it.
  await restart();
  await expect.poll(() => registeredMatches(), { timeout: 10_000 }).toEqual([[`${ORIGIN}/*`]]);
  journal = await harness.open(JOURNAL);
  await expect.poll(() => popupSays(journal), { timeout: 15_000 }).toContain('Страница журнала распознана: классов 3');
  await journal.close();

  // «Убрать»: the address goes, the permission is given back, the script no longer runs there.
  const again = await harness.openOptions();
  await again.getByRole('button', { name: `Убрать ${ORIGIN}` }).click();
  await again.getByTestId('journal-address-message').filter({ hasText: `Убрано: ${ORIGIN}` }).waitFor();
  type Chrome = {
    permissions: { contains(p: { origins: string[] }): Promise<boolean> };
    scripting: { getRegisteredContentScripts(): Promise<{ id: string; matches?: string[] }[]> };
  };
  const after = await harness.worker.evaluate(async (pattern) => {
    const { chrome } = globalThis as unknown as { chrome: Chrome };
    return { granted: await chrome.permissions.contains({ origins: [pattern] }), registered: await chrome.scripting.getRegisteredContentScripts() };
  }, `${ORIGIN}/*`);
  // Without the grant the browser injects nothing there (and shows the tab's address to no one).
  expect(after).toEqual({ granted: false, registered: [] });
});

test('a wrong address is refused with a reason, and nothing is asked or added', async () => {
  const options = await harness.openOptions();
  for (const [typed, reason] of [
    ['http://ej.school42.ru', 'https://'],
    ['https://school.mos.ru', 'уже знает'],
    ['192.168.0.5', 'внутри компьютера'],
    ['*.ru', 'без звёздочек'],
    ['web.max.ru.', 'точки в конце'],
    ['https://web.max.ru%2e', 'знаков «%»'],
    ['web.max.ru', 'мессенджера'],
  ]) {
    await options.getByLabel('Адрес журнала').fill(typed);
    await options.getByRole('button', { name: 'Добавить адрес журнала' }).click();
    await options.getByRole('alert').filter({ hasText: reason }).waitFor();
  }
  expect(await options.getByTestId('journal-address-list').count()).toBe(0);
});

test('an address stored by anything but the form (an old version, a broken write) that is not a plain host is never registered', async () => {
  await harness.worker.evaluate(async () => {
    type Chrome = { storage: { local: { set(items: object): Promise<void> } } };
    const { chrome } = globalThis as unknown as { chrome: Chrome };
    await chrome.storage.local.set({
      customJournals: [
        { origin: 'https://*.ru', kind: 'other', addedAt: 1 },
        { origin: 'https://web.max.ru.', kind: 'other', addedAt: 2 },
        { origin: 'https://a*b.ru', kind: 'other', addedAt: 3 },
      ],
    });
  });
  // The list is synced on every change of the key: what stays registered is nothing at all.
  await new Promise((resolve) => setTimeout(resolve, 500));
  await expect.poll(() => registeredMatches(), { timeout: 10_000 }).toEqual([]);
  const options = await harness.openOptions();
  await options.getByLabel('Адрес журнала').waitFor();
  await expect(options.getByTestId('journal-address-list').count()).resolves.toBe(0);
});

/** The match patterns of every script registered at run time. */
async function registeredMatches(): Promise<string[][]> {
  return harness.worker.evaluate(async () => {
    type Chrome = { scripting: { getRegisteredContentScripts(): Promise<{ matches?: string[] }[]> } };
    const { chrome } = globalThis as unknown as { chrome: Chrome };
    return (await chrome.scripting.getRegisteredContentScripts()).map((script) => script.matches ?? []);
  });
}

test('a page that looks like a journal Parta knows, on an address it does not read, is offered in one click and read at once', async () => {
  harness.serve(`${SGO}/app/school/journal/`, fixture('netschool/journal.html'));
  harness.serve(`${SGO}/about`, '<!doctype html><html lang="ru"><body><h1>О системе</h1><p>Классы 5А и 6Б</p></body></html>');
  // Not a journal page: no offer, the usual note.
  const about = await harness.open(`${SGO}/about`);
  const plain = await harness.openPopup(about);
  await plain.getByTestId('not-supported').waitFor();
  await expect(plain.getByTestId('journal-offer').count()).resolves.toBe(0);
  await plain.close();
  await about.close();

  const journal = await harness.open(`${SGO}/app/school/journal/`);
  const popup = await harness.openPopup(journal);
  const offer = popup.getByTestId('journal-offer');
  await offer.waitFor();
  await expect(offer.textContent()).resolves.toContain('Похоже, это электронный журнал «Сетевой город» (sgo.rso23.ru)');
  await offer.getByRole('button', { name: 'Разрешить Парте читать sgo.rso23.ru' }).click();
  // Read at once: the checklist of its classes replaces the offer.
  await expect(popup.getByTestId('health').textContent()).resolves.toContain('Страница журнала распознана: классов 3');
  await expect(offer.count()).resolves.toBe(0);
  await popup.close();
  // Kept as an added address, of the family the page showed.
  const options = await harness.openOptions();
  await expect(options.getByTestId('journal-address-list').locator(`[data-origin="${SGO}"]`).textContent()).resolves.toContain('«Сетевой город»');
  await options.close();
  await journal.close();
});

test('the journal script injected into a tab that has gone elsewhere (a messenger) stands down there', async () => {
  harness.serve('https://web.max.ru/-68900000444', fixture('max/chat.html'));
  const messenger = await harness.open('https://web.max.ru/-68900000444');
  type Chrome = {
    tabs: { query(query: object): Promise<{ id?: number; url?: string }[]> };
    scripting: { executeScript(injection: object): Promise<{ result?: unknown }[]> };
  };
  // As the popup does for a journal tab, landing on the page the tab shows now.
  const tabId = await harness.worker.evaluate(async () => {
    const { chrome } = globalThis as unknown as { chrome: Chrome };
    const tab = (await chrome.tabs.query({})).find((candidate) => candidate.url === 'https://web.max.ru/-68900000444')!;
    await chrome.scripting.executeScript({ target: { tabId: tab.id }, files: ['/content-scripts/journal.js'] });
    return tab.id!;
  });
  // A look into the extension's own world of that page: is a journal reader running there? (It marks
  // itself at once, and takes the mark back once it has read where it is.)
  const running = () =>
    harness.worker.evaluate(async (id) => {
      const { chrome } = globalThis as unknown as { chrome: Chrome };
      const [answer] = await chrome.scripting.executeScript({ target: { tabId: id }, func: () => typeof (globalThis as { partaJournalRunning?: unknown }).partaJournalRunning });
      return answer?.result;
    }, tabId);
  await expect.poll(running, { timeout: 5_000 }).toBe('undefined');
  await messenger.close();
});
