// @vitest-environment happy-dom
/**
 * «Что хранится» and «Стереть всё» against the stores the database really has: one line per
 * place Parta keeps anything, with its count, and erasing leaves every store empty — a store added
 * to the database is shown and erased without being listed anywhere by hand.
 */
import 'fake-indexeddb/auto';
import { openDB } from 'idb';
import { h, render } from 'preact';
import { act } from 'preact/test-utils';
import { expect, test, vi } from 'vitest';
import { mockConnector } from '../../../lib/connector/connector';
import { StoredData } from '../../../entrypoints/options/StoredData';
import { recordChats } from '../../../lib/classes/chat-store';
import { saveOverride } from '../../../lib/classes/override-store';
import { countStores, eraseDatabase } from '../../../lib/db/erase';
import { openPartaDb, type PartaDatabase } from '../../../lib/db/open';
import { translator } from '../../../lib/i18n/index';
import { UI_MESSAGES } from '../../../lib/i18n/ui';

const settle = () => act(async () => void (await new Promise((resolve) => setTimeout(resolve, 5))));
/** The counts are read from IndexedDB asynchronously: wait until the list shows them. */
const counted = (container: HTMLElement, expected?: string) =>
  vi.waitFor(async () => {
    await settle();
    const text = container.querySelector('[data-testid="stored-data"]')?.textContent ?? '';
    if (text.includes('…') || (expected && !container.textContent?.includes(expected))) throw new Error(`not counted yet: ${text}`);
  }, { timeout: 10_000 }); // a busy machine: fake-indexeddb is slow when the e2e browsers run beside it

async function shown(db: PartaDatabase): Promise<HTMLElement> {
  const container = document.createElement('div');
  document.body.append(container);
  const connector = { ...mockConnector(), storedCounts: () => countStores(db), eraseEverything: () => eraseDatabase(db) };
  await act(async () => {
    render(h(StoredData, { connector, t: translator(UI_MESSAGES, 'ru'), onErased: () => undefined, version: 0 }), container);
  });
  await counted(container);
  return container;
}

const lines = (container: HTMLElement) => [...container.querySelectorAll('[data-testid="stored-data"] li')];
const storesListed = (container: HTMLElement) => lines(container).map((line) => line.getAttribute('data-store'));
const countOf = (container: HTMLElement, store: string) => {
  const line = lines(container).find((item) => item.getAttribute('data-store') === store);
  return Number(/: (\d+)/.exec(line?.textContent ?? '')?.[1]);
};

async function eraseConfirmed(container: HTMLElement): Promise<void> {
  const button = (name: string) => [...container.querySelectorAll('button')].find((candidate) => candidate.textContent === name)!;
  await act(async () => button('Стереть всё…').click());
  await act(async () => button('Да, стереть всё').click());
  await counted(container, 'Всё стёрто');
}

test('one line per place: the settings, the journal addresses, then every store of the database with its count; erased, each says 0', async () => {
  const db = await openPartaDb({ name: `stored-${Math.random()}` });
  await recordChats(db, 'max', ['Родители 5А', 'Ученики 5А'], 1);
  await saveOverride(db, { kind: 'chat', title: 'Наши любимые', classKey: '5А', audience: 'parents' }, 1);
  const container = await shown(db);
  const listed = storesListed(container);
  expect(listed.slice(0, 2)).toEqual(['settings', 'customJournals']);
  expect([...listed.slice(2)].sort()).toEqual([...db.objectStoreNames].sort());
  expect(lines(container).filter((line) => line.textContent?.includes('…'))).toEqual([]); // every count arrived
  expect(lines(container).filter((line) => line.textContent?.startsWith('Другие записи'))).toEqual([]); // each store named in words
  expect(countOf(container, 'chats')).toBe(2);
  expect(countOf(container, 'overrides')).toBe(1);
  expect(container.textContent).toContain('личных переписок');

  await eraseConfirmed(container);
  for (const store of db.objectStoreNames) expect(countOf(container, store)).toBe(0);
  expect(Object.values(await countStores(db))).toEqual([...db.objectStoreNames].map(() => 0));
  db.close();
});

test('a store that no line names is still shown, counted and erased', async () => {
  const name = `stored-extra-${Math.random()}`;
  const raw = await openDB(name, 1, {
    upgrade(database) {
      database.createObjectStore('invites', { keyPath: 'id' });
      database.createObjectStore('notes', { keyPath: 'id' });
    },
  });
  await raw.put('notes', { id: 'a' });
  await raw.put('notes', { id: 'b' });
  const db = raw as unknown as PartaDatabase;
  const container = await shown(db);
  expect(storesListed(container)).toEqual(['settings', 'customJournals', 'invites', 'notes']);
  expect(lines(container)[3].textContent).toBe('Другие записи («notes»): 2.');
  await eraseConfirmed(container);
  expect(await raw.count('notes')).toBe(0);
  expect(lines(container)[3].textContent).toBe('Другие записи («notes»): 0.');
  raw.close();
});

test('before erasing, the teacher reads every kind of data that goes, with how much there is', async () => {
  const db = await openPartaDb({ name: `stored-erase-${Math.random()}` });
  await recordChats(db, 'max', ['Родители 5А'], 1);
  const container = await shown(db);
  const button = [...container.querySelectorAll('button')].find((candidate) => candidate.textContent === 'Стереть всё…')!;
  await act(async () => button.click());
  const listed = [...container.querySelectorAll('[data-testid="erase-list"] li')];
  // Every store of the database, the added journal addresses and the settings: nothing erased unnamed.
  expect(listed.map((line) => line.getAttribute('data-store')).sort()).toEqual([...db.objectStoreNames, 'customJournals', 'settings'].sort());
  const text = listed.map((line) => line.textContent).join('\n');
  for (const kind of ['записи о нарушениях: 0', 'блокировки: 0', 'список выбывших: 0', 'число учеников в классах: 0', 'загруженные отчёты учителей', 'перевод классов на новый учебный год', 'названия чатов из мессенджера: 1', 'настройки']) {
    expect(text).toContain(kind);
  }
  db.close();
});
