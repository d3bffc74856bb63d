/**
 * Member counts on the stored chat records (fake-indexeddb): a count and its date, per school chat.
 */
import 'fake-indexeddb/auto';
import { describe, expect, test } from 'vitest';
import { listChats, recordChats, recordMembers } from '../../../lib/classes/chat-store';
import { openPartaDb } from '../../../lib/db/open';

let counter = 0;
const fresh = () => openPartaDb({ name: `parta-14-${++counter}-${Math.random().toString(36).slice(2)}` });
const T0 = Date.UTC(2026, 8, 3, 9);
describe('member counts', () => {
  test('a count is kept with its date; seeing the chat list again keeps it', async () => {
    const db = await fresh();
    await recordChats(db, 'max', ['5А Родители'], T0);
    expect(await recordMembers(db, 'max', '5А Родители', 26, T0 + 1)).toBe(true);
    await recordChats(db, 'max', ['5А Родители'], T0 + 2);
    const [record] = (await listChats(db)).records;
    expect(record).toMatchObject({ title: '5А Родители', members: 26, membersAt: T0 + 1, lastSeen: T0 + 2 });
    // An open chat not yet seen in the list is added with its count.
    await recordMembers(db, 'vk', '7Б Родители', 27, T0 + 3);
    expect((await listChats(db)).records.find((chat) => chat.site === 'vk')).toMatchObject({ members: 27, firstSeen: T0 + 3 });
    db.close();
  });
});
