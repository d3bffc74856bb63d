/**
 * Privacy: which chat titles are kept — school chats, or ones the teacher named in a
 * correction; never a one-to-one dialog named after a person or a phone number.
 */
import 'fake-indexeddb/auto';
import { describe, expect, test } from 'vitest';
import { isSchoolChatTitle } from '../../../lib/classes/school-chat';
import { chatKeeper, forgetChatsWhere, listChats, recordChats } from '../../../lib/classes/chat-store';
import { openPartaDb } from '../../../lib/db/open';
import { saveOverride } from '../../../lib/classes/override-store';

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
