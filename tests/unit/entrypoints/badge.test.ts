/**
 * The toolbar badge counts what «Сегодня» lists: the same function of the same stored records
 * (WXT's fake browser, fake-indexeddb), counted again when the background sees a new chat.
 */
import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, test } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { refreshBadge } from '../../../entrypoints/background/badge';
import { chatHandlers } from '../../../entrypoints/background/chats';
import { database } from '../../../entrypoints/background/context';
import { saveDraft } from '../../../lib/invites/draft-store';
import { draftForRow } from '../../../lib/invites/drafts';
import { addInvite } from '../../../lib/invites/store';
import { eraseDatabase } from '../../../lib/db/erase';
import { recordChatList } from '../../../lib/classes/chat-store';
import { DEFAULT_SETTINGS } from '../../../lib/settings/index';
import { settingsItem } from '../../../lib/settings/store';
import { readTodayData } from '../../../lib/today/store';
import { todayTasks } from '../../../lib/today/tasks';
import { act, created } from '../invites/records';

const DAY = 24 * 60 * 60 * 1000;

beforeEach(async () => {
  fakeBrowser.reset();
  await eraseDatabase(await database());
});

async function tasksNow() {
  const { settings } = await settingsItem.load();
  return todayTasks(await readTodayData(await database()), settings, Date.now());
}

describe('the toolbar badge', () => {
  test('shows as many as «Сегодня» lists, and its tooltip names the kinds', async () => {
    const db = await database();
    await settingsItem.save({ ...DEFAULT_SETTINGS, profiles: ['class-teacher'] });
    await db.put('classes', { v: 1, key: '5А', name: '5А', source: 'journal', updatedAt: Date.now(), own: true, subjects: [] });
    await saveDraft(db, draftForRow({ classKey: '5А', requirementId: 'class-parents', audience: 'parents', title: 'Родители 5А' }, Date.now()));
    await addInvite(db, act(created({ className: '6Б', chatTitle: 'Родители 6Б' }, Date.now() - 30 * DAY, 'stale'), { type: 'send' }, Date.now() - 20 * DAY));
    // MAX's whole chat list was seen, with none of 5А's chats in it.
    await recordChatList(db, 'max', { rows: 12, whole: true }, Date.now());
    await refreshBadge();
    const tasks = await tasksNow();
    expect(tasks).toHaveLength(4); // annul one link; 5А: students' chat to create, parents' link to paste, teachers' chat to create
    expect(await fakeBrowser.action.getBadgeText({})).toBe(String(tasks.length));
    expect(await fakeBrowser.action.getTitle({})).toBe('Парта: аннулировать ссылки: 1; создать чаты: 2; вставить ссылки новых чатов: 1');
  });

  test('before the messenger’s chat list was seen the badge asks for it once, not for a chat per missing one', async () => {
    const db = await database();
    await db.put('classes', { v: 1, key: '5А', name: '5А', source: 'journal', updatedAt: Date.now(), own: true, subjects: [] });
    await db.put('classes', { v: 1, key: '7Б', name: '7Б', source: 'journal', updatedAt: Date.now(), own: false, subjects: ['Математика'] });
    await refreshBadge();
    expect(await fakeBrowser.action.getBadgeText({})).toBe('1');
    expect(await fakeBrowser.action.getTitle({})).toBe('Парта: откройте мессенджер: Парта проверит, какие чаты уже есть');
    // Only part of the list (the teacher has not scrolled to its end): still nothing proved missing.
    await chatHandlers['chats/seen']({ type: 'chats/seen', site: 'max', titles: ['5А Ученики'], list: { rows: 20, whole: false } });
    await expect.poll(async () => (await tasksNow()).map((task) => task.kind)).toEqual(['check']);
    expect(await fakeBrowser.action.getBadgeText({})).toBe('1');
  });

  test('a chat the messenger shows for the first time is one task fewer at once; nothing to do is no badge', async () => {
    const db = await database();
    await db.put('classes', { v: 1, key: '5А', name: '5А', source: 'journal', updatedAt: Date.now(), own: true, subjects: [] });
    await chatHandlers['chats/seen']({ type: 'chats/seen', site: 'max', titles: [], list: { rows: 9, whole: true } });
    await expect.poll(() => fakeBrowser.action.getBadgeText({})).toBe('3');
    await chatHandlers['chats/seen']({ type: 'chats/seen', site: 'max', titles: ['5А Ученики', '5А Родители'], list: { rows: 11, whole: true } });
    await expect.poll(() => fakeBrowser.action.getBadgeText({})).toBe('1');
    await chatHandlers['chats/seen']({ type: 'chats/seen', site: 'max', titles: ['Учителя 5А'], list: { rows: 12, whole: true } });
    await expect.poll(() => fakeBrowser.action.getBadgeText({})).toBe('');
    expect(await fakeBrowser.action.getTitle({})).toBe('Парта');
  });
});
