// @vitest-environment happy-dom
/**
 * Privacy: which chat titles are kept — school chats, or ones the teacher named in a
 * correction; never a one-to-one dialog named after a person or a phone number — and «Что
 * хранится» names every place Parta keeps anything, no more, no less.
 */
import 'fake-indexeddb/auto';
import { h, render } from 'preact';
import { act } from 'preact/test-utils';
import { describe, expect, test } from 'vitest';
import { mockConnector } from '../../../lib/connector/connector';
import { StoredData } from '../../../entrypoints/options/StoredData';
import { isSchoolChatTitle } from '../../../lib/classes/school-chat';
import { chatKeeper, forgetChatsWhere, listChats, recordChats } from '../../../lib/classes/chat-store';
import { STORES } from '../../../lib/db/erase';
import { openPartaDb } from '../../../lib/db/open';
import { saveOverride } from '../../../lib/classes/override-store';
import { translator } from '../../../lib/i18n/index';
import { UI_MESSAGES } from '../../../lib/i18n/ui';

describe('which chat titles are kept', () => {
  test.each([
    '5А', '5 «А» Родители', 'Родители 7Б', 'Математика 8А', 'Учителя 9В', 'Учительская', 'Сотрудники школы',
    'Администрация', 'Родительский совет', 'Совет обучающихся', 'Преподаватели', 'Группы', 'ИСП-22-1', 'Наш класс',
  ])('%s: a school chat, kept', (title) => {
    expect(isSchoolChatTitle(title)).toBe(true);
  });

  test.each(['Анна Петровна', 'Иван Иванов', '+7 900 123-45-67', '89001234567', 'Мама', 'Петя', 'Olga', 'Школа №5 — новости', 'Избранное'])(
    '%s: not kept',
    (title) => {
      expect(isSchoolChatTitle(title)).toBe(false);
    },
  );

  test('a title the teacher named in a correction is kept; personal dialogs stored before are forgotten', async () => {
    const db = await openPartaDb({ name: `privacy-${Math.random()}` });
    await saveOverride(db, { kind: 'chat', title: 'Наши любимые', classKey: '5А', audience: 'parents' }, 1);
    const keep = await chatKeeper(db);
    const titles = ['Родители 5А', 'Анна Петровна', '+7 900 123-45-67', 'Наши любимые'];
    await recordChats(db, 'max', titles.filter(keep), 2);
    expect((await listChats(db)).records.map((chat) => chat.title).sort()).toEqual(['Наши любимые', 'Родители 5А']);
    // An earlier version kept everything: the cleanup forgets what should not be there.
    await recordChats(db, 'vk', ['Иван Иванов'], 3);
    expect(await forgetChatsWhere(db, (record) => !keep(record.title))).toBe(1);
    expect((await listChats(db)).records.map((chat) => chat.title).sort()).toEqual(['Наши любимые', 'Родители 5А']);
    db.close();
  });
});

test('«Что хранится» has one line per place Parta keeps anything: the settings, the added journal addresses, every database store', async () => {
  const container = document.createElement('div');
  await act(async () => {
    render(h(StoredData, { connector: mockConnector(), t: translator(UI_MESSAGES, 'ru'), onErased: () => undefined, version: 0 }), container);
  });
  await act(async () => {
    await new Promise((resolve) => setTimeout(resolve, 0)); // the counts are read asynchronously
  });
  const listed = [...container.querySelectorAll('[data-testid="stored-data"] li')].map((item) => item.getAttribute('data-store'));
  expect(new Set(listed)).toEqual(new Set(['settings', 'customJournals', ...STORES]));
  expect(listed).toHaveLength(STORES.length + 2);
  const text = container.textContent ?? '';
  expect(text).toContain('личных переписок');
  const lines = [...container.querySelectorAll('[data-testid="stored-data"] li')].map((item) => item.textContent ?? '');
  expect(lines.filter((line) => line.includes(': …'))).toEqual([]); // every count arrived
});
