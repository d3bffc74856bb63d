/**
 * Chats seen in the messenger, stored (fake-indexeddb): seen again updates, old ones are forgotten.
 */
import 'fake-indexeddb/auto';
import { describe, expect, test } from 'vitest';
import { MAX_CHATS_PER_SITE, forgetChatsSeenBefore, listChats, recordChats } from '../../../lib/classes/chat-store';
import { openPartaDb } from '../../../lib/db/open';

let counter = 0;
const freshName = () => `parta-test-${++counter}-${Math.random().toString(36).slice(2)}`;

const T0 = Date.UTC(2026, 9, 1);
describe('chats seen', () => {
  test('seeing a chat again updates when it was last seen and never duplicates it', async () => {
    const db = await openPartaDb({ name: freshName() });
    expect(await recordChats(db, 'max', ['Родители 5А', '5А ученики', 'Родители 5А', '  '], T0)).toBe(2);
    expect(await recordChats(db, 'max', ['Родители 5А', 'Учительская'], T0 + 60_000)).toBe(1);
    expect(await recordChats(db, 'vk', ['Родители 5А'], T0 + 1)).toBe(1); // another messenger: another chat
    const { records } = await listChats(db);
    expect(records.map((chat) => [chat.key, chat.firstSeen, chat.lastSeen]).sort()).toEqual([
      ['max:5А ученики', T0, T0],
      ['max:Родители 5А', T0, T0 + 60_000],
      ['max:Учительская', T0 + 60_000, T0 + 60_000],
      ['vk:Родители 5А', T0 + 1, T0 + 1],
    ]);
    // Forgetting: chats last seen before the cutoff go, the others stay.
    expect(await forgetChatsSeenBefore(db, T0 + 2)).toBe(2);
    expect((await listChats(db)).records.map((chat) => chat.key).sort()).toEqual(['max:Родители 5А', 'max:Учительская']);
    db.close();
  });
});

describe('bounded growth from a page', () => {
  test('a page that shows thousands of titles keeps at most so many per messenger, the longest unseen going first; other messengers untouched', async () => {
    const db = await openPartaDb({ name: `chats-cap-${Math.random()}` });
    await recordChats(db, 'vk', ['Родители 5А'], 1);
    // A hostile page: 500 titles a batch, each batch a moment later.
    for (let batch = 0; batch < 4; batch++) {
      await recordChats(db, 'max', Array.from({ length: 500 }, (_, index) => `Чат ${batch * 500 + index} 5А`), 10 + batch);
    }
    const { records } = await listChats(db);
    const max = records.filter((record) => record.site === 'max');
    expect(max).toHaveLength(MAX_CHATS_PER_SITE);
    // The newest two batches stay; the first two went.
    expect(max.some((record) => record.title === 'Чат 0 5А')).toBe(false);
    expect(max.some((record) => record.title === 'Чат 1999 5А')).toBe(true);
    expect(records.filter((record) => record.site === 'vk').map((record) => record.title)).toEqual(['Родители 5А']);
    // A title seen again is not new and removes nothing.
    expect(await recordChats(db, 'max', ['Чат 1999 5А'], 20)).toBe(0);
    expect((await listChats(db)).records.filter((record) => record.site === 'max')).toHaveLength(MAX_CHATS_PER_SITE);
    db.close();
  });
});
