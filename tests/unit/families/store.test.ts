/**
 * The class lists and member lists in Parta's database: a class's names only while its check is on
 * (the journal never turns it on), answers replaced not repeated, «Сообщили» kept, everything of a
 * class gone when its check is turned off, the latest member list replacing the one before, and
 * last school year's lists forgotten.
 */
import 'fake-indexeddb/auto';
import { describe, expect, test } from 'vitest';
import { openPartaDb } from '../../../lib/db/open';
import { decide, forgetLastYearsLists, listClassLists, listMemberLists, recordTold, saveMemberList, savePupils, turnOffClassList, turnOnClassList } from '../../../lib/families/store';

const open = () => openPartaDb({ name: `families-${Math.random()}` });
const T0 = Date.UTC(2026, 10, 1);
const PUPILS = [
  { surname: 'Иванов', given: 'Пётр' },
  { surname: 'Иванова', given: 'Анна' },
];

describe('class lists', () => {
  test('names are kept only for a class whose check is on: the journal never turns it on', async () => {
    const db = await open();
    expect(await savePupils(db, '5А', PUPILS, 'journal', T0)).toBeNull();
    expect(await listClassLists(db)).toEqual([]);
    await turnOnClassList(db, '5А', T0);
    expect((await listClassLists(db))[0]).toMatchObject({ classKey: '5А', pupils: [], source: null });
    await savePupils(db, '5А', PUPILS, 'journal', T0 + 1);
    expect((await listClassLists(db))[0]).toMatchObject({ pupils: PUPILS, source: 'journal', updatedAt: T0 + 1 });
    // Turning it on again changes nothing.
    await turnOnClassList(db, '5А', T0 + 2);
    expect((await listClassLists(db))[0]?.pupils).toEqual(PUPILS);
    db.close();
  });

  test('a journal\'s reading never replaces a list the teacher pasted; a later paste does', async () => {
    const db = await open();
    await turnOnClassList(db, '5А', T0);
    await savePupils(db, '5А', PUPILS, 'paste', T0);
    expect(await savePupils(db, '5А', [{ surname: 'Орлов', given: 'Лев' }], 'journal', T0 + 1)).toBeNull();
    expect((await listClassLists(db))[0]?.pupils).toEqual(PUPILS);
    await savePupils(db, '5А', [{ surname: 'Орлов', given: 'Лев' }], 'paste', T0 + 2);
    expect((await listClassLists(db))[0]?.pupils).toEqual([{ surname: 'Орлов', given: 'Лев' }]);
    db.close();
  });

  test('an answer about the same member and pupil replaces the earlier one; «Сообщили» is kept beside the others', async () => {
    const db = await open();
    await turnOnClassList(db, '5А', T0);
    await decide(db, '5А', { member: 'иванова елена', pupil: 'иванов петр', same: true }, T0);
    await decide(db, '5А', { member: 'иванова елена', pupil: 'иванов петр', same: false }, T0 + 1);
    await decide(db, '5А', { member: 'иванова елена', pupil: 'иванова анна', same: true }, T0 + 2);
    await recordTold(db, '5А', { pupil: 'иванов петр', chat: 'Родители 5А', how: 'paper' }, T0 + 3);
    await recordTold(db, '5А', { pupil: 'иванов петр', chat: 'Родители 5А', how: 'phone' }, T0 + 4);
    const [record] = await listClassLists(db);
    expect(record?.decisions).toEqual([
      { member: 'иванова елена', pupil: 'иванов петр', same: false },
      { member: 'иванова елена', pupil: 'иванова анна', same: true },
    ]);
    expect(record?.told.map((told) => [told.how, told.at])).toEqual([['paper', T0 + 3], ['phone', T0 + 4]]);
    db.close();
  });

  test('turning the check off forgets the class\'s names, answers and «Сообщили» together', async () => {
    const db = await open();
    await turnOnClassList(db, '5А', T0);
    await savePupils(db, '5А', PUPILS, 'paste', T0);
    await recordTold(db, '5А', { pupil: 'иванов петр', chat: 'Родители 5А', how: 'paper' }, T0);
    await turnOffClassList(db, '5А');
    expect(await listClassLists(db)).toEqual([]);
    db.close();
  });

  test('a damaged record is left as it is, never written over', async () => {
    const db = await open();
    await db.put('classLists', { classKey: '5А', broken: true });
    expect(await savePupils(db, '5А', PUPILS, 'paste', T0)).toBeNull();
    expect(await db.get('classLists', '5А')).toEqual({ classKey: '5А', broken: true });
    db.close();
  });
});

describe('member lists', () => {
  test('the latest reading of a chat replaces the one before; blank names dropped', async () => {
    const db = await open();
    await saveMemberList(db, 'max', 'Родители 5А', ['Иванова Елена', 'Петров Сергей'], 'paste', T0);
    await saveMemberList(db, 'max', ' родители 5а ', ['Иванова Елена', '  ', 'Мама Даши'], 'page', T0 + 1);
    await saveMemberList(db, 'vk', 'Родители 5А', ['Папа Лёши'], 'paste', T0 + 2);
    const lists = await listMemberLists(db);
    expect(lists.map((list) => [list.key, list.members, list.source])).toEqual([
      ['max:родители 5а', ['Иванова Елена', 'Мама Даши'], 'page'],
      ['vk:родители 5а', ['Папа Лёши'], 'paste'],
    ]);
    db.close();
  });
});

test('last school year\'s class and member lists are forgotten; this year\'s stay', async () => {
  const db = await open();
  const yearStart = Date.UTC(2026, 8, 1);
  await turnOnClassList(db, '5А', yearStart - 1);
  await turnOnClassList(db, '6Б', yearStart + 1);
  await saveMemberList(db, 'max', 'Родители 5А', ['Иванова Елена'], 'paste', yearStart - 1);
  await saveMemberList(db, 'max', 'Родители 6Б', ['Петров Сергей'], 'paste', yearStart + 1);
  expect(await forgetLastYearsLists(db, yearStart)).toBe(2);
  expect((await listClassLists(db)).map((record) => record.classKey)).toEqual(['6Б']);
  expect((await listMemberLists(db)).map((record) => record.chat)).toEqual(['Родители 6Б']);
  db.close();
});
