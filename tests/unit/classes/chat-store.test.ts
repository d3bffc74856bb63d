/**
 * Chats seen in the messenger, stored (fake-indexeddb): seen again updates, old ones are forgotten.
 */
import 'fake-indexeddb/auto';
import { describe, expect, test } from 'vitest';
import { forgetChatsSeenBefore, listChats, recordChats } from '../../../lib/classes/chat-store';
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
