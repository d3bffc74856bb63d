/**
 * The moderation log's store on fake-indexeddb: — violations, blocks that end on time or
 * early with a reason, leavers seen in chats until marked removed — forgotten after the period,
 * erased with everything.
 */
import 'fake-indexeddb/auto';
import { describe, expect, test } from 'vitest';
import { countStores, eraseDatabase } from '../../../lib/db/erase';
import {
  addBlock,
  addLeavers,
  addViolation,
  endBlock,
  forgetModeration,
  markLeaverRemoved,
  readModeration,
  recordSightings,
} from '../../../lib/moderation/store';
import { openPartaDb } from '../../../lib/db/open';
import { dueUnblocks, stillInChats } from '../../../lib/moderation';
import { localDay } from '../../../lib/util/dates';

let counter = 0;
const fresh = () => openPartaDb({ name: `parta-15-${++counter}-${Math.random().toString(36).slice(2)}` });
const T0 = Date.UTC(2026, 10, 2, 9);
const DAY = 24 * 60 * 60 * 1000;
const violation = (person: string, at = T0) => ({ site: 'max' as const, chat: '5А Ученики', person, at, rule: 2, note: '' });

describe('violations and blocks', () => {
  test('violations are kept in order; a record the schema refuses is not written', async () => {
    const db = await fresh();
    await addViolation(db, violation('Пётр Сидоров', T0 + 2));
    await addViolation(db, { ...violation('Пётр Сидоров', T0 + 1), quote: 'сам такой' });
    await expect(addViolation(db, { ...violation(''), note: '' })).rejects.toThrow();
    await expect(addViolation(db, { ...violation('Пётр'), rule: 0 })).rejects.toThrow();
    const log = await readModeration(db);
    expect(log.violations.map((record) => record.at)).toEqual([T0 + 1, T0 + 2]);
    expect(log.violations[0].quote).toBe('сам такой');
    db.close();
  });

  test('a block ends once: on time, or early with its reason; the reminder stops', async () => {
    const db = await fresh();
    const block = await addBlock(db, { site: 'max', chat: '5А Ученики', person: 'Пётр Сидоров', at: T0, until: '2026-12-02', reason: 'четыре нарушения' });
    expect(dueUnblocks((await readModeration(db)).blocks, new Date(2026, 11, 2, 12).getTime())).toHaveLength(1);
    expect(await endBlock(db, block.id, 'early', 'извинился', T0 + DAY)).toBe(true);
    expect(await endBlock(db, block.id, 'on-time', '', T0 + 2 * DAY)).toBe(false);
    const [ended] = (await readModeration(db)).blocks;
    expect(ended).toMatchObject({ ended: 'early', endReason: 'извинился', endedAt: T0 + DAY, reason: 'четыре нарушения' });
    expect(dueUnblocks([ended], new Date(2026, 11, 2, 12).getTime())).toEqual([]);
    await expect(addBlock(db, { site: 'max', chat: 'x', person: 'y', at: T0, until: '2.12.2026', reason: '' })).rejects.toThrow();
    db.close();
  });

  test('a damaged record is counted and left in place', async () => {
    const db = await fresh();
    await db.put('violations', { id: 'broken', v: 1 });
    await addViolation(db, violation('Пётр'));
    const log = await readModeration(db);
    expect(log.damaged).toBe(1);
    expect(log.violations).toHaveLength(1);
    expect(await db.get('violations', 'broken')).toEqual({ id: 'broken', v: 1 });
    db.close();
  });
});

describe('leavers', () => {
  test('a pasted list adds each person once, whatever the name’s form', async () => {
    const db = await fresh();
    expect(await addLeavers(db, [
      { name: 'Иванов Иван', kind: 'student', classKey: '5А' },
      { name: '  иванов   иван ', kind: 'student', classKey: '5А' },
      { name: 'Мария Петрова', kind: 'staff', classKey: null },
      { name: '   ', kind: 'staff', classKey: null },
    ], T0)).toBe(2);
    expect(await addLeavers(db, [{ name: 'Иван Иванов', kind: 'student', classKey: '5А' }], T0)).toBe(0);
    expect((await readModeration(db)).leavers.map((leaver) => leaver.name)).toEqual(['Иванов Иван', 'Мария Петрова']);
    db.close();
  });

  test('the object of «пригласила Ивана Сидорова» is the leaver «Сидоров Иван»; the same words as a sender are someone else', async () => {
    const db = await fresh();
    await addLeavers(db, [{ name: 'Сидоров Иван', kind: 'student', classKey: '5А' }], T0);
    expect(await recordSightings(db, 'vk', '5А Ученики', [{ name: 'Ивана Сидорова' }], T0 + 1)).toBe(0);
    expect(await recordSightings(db, 'vk', '5А Ученики', [{ name: 'Ивана Сидорова', accusative: true }], T0 + 2)).toBe(1);
    expect(stillInChats((await readModeration(db)).leavers).map((entry) => entry.chat.chat)).toEqual(['5А Ученики']);
    db.close();
  });

  test('seen in a chat → listed until marked removed there; a «left» line closes it, a later message reopens it', async () => {
    const db = await fresh();
    await addLeavers(db, [{ name: 'Иванов И. И.', kind: 'student', classKey: '5А' }], T0);
    expect(await recordSightings(db, 'max', '5А Ученики', [{ name: 'Иван Иванов' }, { name: 'Ольга Павлова' }], T0 + 1)).toBe(1);
    expect(await recordSightings(db, 'max', '5А Ученики', [{ name: 'Иван Иванов' }], T0 + 2)).toBe(0);
    await recordSightings(db, 'vk', '5А Родители', [{ name: 'Ёлкина Анна' }, { name: 'Иван Иванов', left: true }], T0 + 3);
    let still = stillInChats((await readModeration(db)).leavers);
    expect(still.map((entry) => `${entry.chat.site}:${entry.chat.chat}`)).toEqual(['max:5А Ученики']);
    await recordSightings(db, 'vk', '5А Родители', [{ name: 'Иван Иванов', left: true }, { name: 'Иван Иванов' }], T0 + 4);
    still = stillInChats((await readModeration(db)).leavers);
    expect(still).toHaveLength(2);
    const [leaver] = (await readModeration(db)).leavers;
    expect(await markLeaverRemoved(db, leaver.id, 'max', '5А Ученики', T0 + 5)).toBe(true);
    await recordSightings(db, 'max', '5А Ученики', [{ name: 'Иван Иванов' }], T0 + 6);
    still = stillInChats((await readModeration(db)).leavers);
    expect(still.map((entry) => entry.chat.chat)).toEqual(['5А Родители']);
    db.close();
  });
});

describe('keeping no longer than needed', () => {
  test('old entries are forgotten — a block never lifted and a leaver never seen too; a running block and a leaver still in a chat stay; erase empties all', async () => {
    const db = await fresh();
    const cutoff = T0;
    await addViolation(db, violation('Старый', cutoff - DAY));
    await addViolation(db, violation('Новый', cutoff + DAY));
    const running = await addBlock(db, { site: 'max', chat: 'c', person: 'Старый', at: cutoff - 40 * DAY, until: '2099-01-01', reason: '' });
    const ended = await addBlock(db, { site: 'max', chat: 'c', person: 'Старый', at: cutoff - 40 * DAY, until: '2026-01-01', reason: '' });
    await endBlock(db, ended.id, 'on-time', '', cutoff - 2 * DAY);
    // Never lifted, its last day over before the cutoff: forgotten too; one whose last day is after it stays.
    await addBlock(db, { site: 'max', chat: 'c', person: 'Забытый', at: cutoff - 40 * DAY, until: localDay(cutoff - 10 * DAY), reason: '' });
    const lastDayAfter = await addBlock(db, { site: 'max', chat: 'c', person: 'Недавний', at: cutoff - 5 * DAY, until: localDay(cutoff + 2 * DAY), reason: '' });
    // Pasted last school year and never seen: forgotten; pasted since: kept.
    await addLeavers(db, [{ name: 'Ушедший Один', kind: 'staff', classKey: null }], cutoff - 40 * DAY);
    await addLeavers(db, [{ name: 'Ушедший Четыре', kind: 'staff', classKey: null }], cutoff + DAY);
    // Seen and still in the chat: kept.
    await addLeavers(db, [{ name: 'Ушедший Два', kind: 'staff', classKey: null }], cutoff - DAY);
    await recordSightings(db, 'max', 'c', [{ name: 'Ушедший Два' }], cutoff - DAY);
    // Seen, then removed from every chat, before the cutoff: forgotten.
    await addLeavers(db, [{ name: 'Ушедший Три', kind: 'staff', classKey: null }], cutoff - 40 * DAY);
    await recordSightings(db, 'max', 'c', [{ name: 'Ушедший Три' }], cutoff - 30 * DAY);
    const three = (await readModeration(db)).leavers.find((record) => record.name === 'Ушедший Три')!;
    await markLeaverRemoved(db, three.id, 'max', 'c', cutoff - 20 * DAY);
    expect(await forgetModeration(db, cutoff)).toBe(5);
    const log = await readModeration(db);
    expect(log.violations.map((record) => record.person)).toEqual(['Новый']);
    expect(log.blocks.map((record) => record.id).sort()).toEqual([running.id, lastDayAfter.id].sort());
    expect(log.leavers.map((record) => record.name).sort()).toEqual(['Ушедший Два', 'Ушедший Четыре']);
    await eraseDatabase(db);
    expect(Object.values(await countStores(db)).every((count) => count === 0)).toBe(true);
    db.close();
  });
});
