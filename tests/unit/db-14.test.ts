/**
 * Issue 14's stores on fake-indexeddb: member counts on chat records, class sizes (the teacher's
 * number wins), the new school year written in one transaction and undone until the next change,
 * the director's reports (a teacher's newer file replaces the older).
 */
import 'fake-indexeddb/auto';
import { describe, expect, test } from 'vitest';
import { listChats, recordChats, recordMembers } from '../../lib/classes/chat-store';
import { listClasses, replaceClasses } from '../../lib/classes/class-store';
import { addInvite, listInvites } from '../../lib/invites/store';
import { openPartaDb } from '../../lib/db/open';
import { listOverrides, saveOverride } from '../../lib/classes/override-store';
import { listReports, saveReports } from '../../lib/school-report/store';
import { applyRollover, canUndoRollover, readRollover, undoRollover } from '../../lib/school-year/store';
import { listClassSizes, saveClassSizes } from '../../lib/classes/size-store';
import { eraseDatabase, countStores } from '../../lib/db/erase';
import { createInvite } from '../../lib/invites/index';
import { planRollover } from '../../lib/school-year/plan';
import type { TeacherReport } from '../../lib/school-report/report';

let counter = 0;
const fresh = () => openPartaDb({ name: `parta-14-${++counter}-${Math.random().toString(36).slice(2)}` });
const T0 = Date.UTC(2026, 8, 3, 9);
const YEAR_START = new Date(2026, 8, 1).getTime();

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

describe('class sizes', () => {
  test('a typed size wins over the journal’s; typing nothing forgets it', async () => {
    const db = await fresh();
    await saveClassSizes(db, 'journal', [{ key: '5А', size: 26 }], T0);
    await saveClassSizes(db, 'manual', [{ key: '5А', size: 27 }], T0 + 1);
    await saveClassSizes(db, 'journal', [{ key: '5А', size: 25 }], T0 + 2);
    expect((await listClassSizes(db)).map((record) => [record.key, record.size, record.source])).toEqual([['5А', 27, 'manual']]);
    await saveClassSizes(db, 'manual', [{ key: '5А', size: null }], T0 + 3);
    expect(await listClassSizes(db)).toEqual([]);
    await expect(saveClassSizes(db, 'manual', [{ key: '5А', size: 0 }], T0)).rejects.toThrow();
    db.close();
  });
});

async function lastYear() {
  const db = await fresh();
  await replaceClasses(db, 'manual', [{ key: '5А', name: '5А', own: true, subjects: [] }], T0 - 300 * 86_400_000);
  await saveClassSizes(db, 'manual', [{ key: '5А', size: 27 }], T0 - 300 * 86_400_000);
  await saveOverride(db, { kind: 'not-required', classKey: '5А', requirementId: 'class-teachers' }, 1);
  const created = createInvite(
    { link: 'https://vk.me/join/AJQ1dLastYear01', className: '5А', chatTitle: 'Родители 5А', chatPurpose: 'parents', role: 'parent', recipients: '' },
    YEAR_START - 86_400_000,
    'old',
  );
  if (!created.ok) throw new Error('link');
  await addInvite(db, created.record);
  const plan = async () =>
    planRollover({
      classes: await listClasses(db),
      sizes: await listClassSizes(db),
      overrides: await listOverrides(db),
      invites: (await listInvites(db)).records,
      chats: [],
      yearStart: YEAR_START,
      now: T0,
    });
  return { db, plan };
}

describe('the new school year, written and undone', () => {
  test('applied in one step; undone, everything is as before', async () => {
    const { db, plan } = await lastYear();
    const before = { classes: await listClasses(db), sizes: await listClassSizes(db), overrides: await listOverrides(db), invites: (await listInvites(db)).records };
    await applyRollover(db, await plan(), YEAR_START, T0);
    expect((await listClasses(db)).map((record) => record.key)).toEqual(['6А']);
    expect((await listClassSizes(db)).map((record) => record.key)).toEqual(['6А']);
    expect((await listOverrides(db)).map((record) => record.id)).toEqual(['not-required:6А:class-teachers:']);
    expect((await listInvites(db)).records[0].archivedAt).toBe(T0);
    expect(await readRollover(db)).toMatchObject({ yearStart: YEAR_START, appliedAt: T0 });
    expect(await canUndoRollover(db)).toBe(true);

    expect(await undoRollover(db)).toEqual({ ok: true });
    expect(await listClasses(db)).toEqual(before.classes);
    expect(await listClassSizes(db)).toEqual(before.sizes);
    expect(await listOverrides(db)).toEqual(before.overrides);
    expect((await listInvites(db)).records).toEqual(before.invites);
    expect(await readRollover(db)).toBeNull(); // offered again
    expect(await undoRollover(db)).toEqual({ ok: false, reason: 'nothing' });
    db.close();
  });

  test('after a later change the undo is refused and nothing is lost', async () => {
    const { db, plan } = await lastYear();
    await applyRollover(db, await plan(), YEAR_START, T0);
    await saveClassSizes(db, 'manual', [{ key: '6А', size: 28 }], T0 + 1);
    expect(await canUndoRollover(db)).toBe(false);
    expect(await undoRollover(db)).toEqual({ ok: false, reason: 'changed-since' });
    expect((await listClassSizes(db))[0]).toMatchObject({ key: '6А', size: 28 });
    expect((await listClasses(db)).map((record) => record.key)).toEqual(['6А']);
    db.close();
  });

  test('a journal re-reading the same classes is not a change', async () => {
    const { db, plan } = await lastYear();
    await applyRollover(db, await plan(), YEAR_START, T0);
    const classes = await listClasses(db);
    await replaceClasses(db, 'manual', classes.map(({ key, name, own, subjects }) => ({ key, name, own: own ?? false, subjects: subjects ?? [] })), T0 + 5);
    expect(await canUndoRollover(db)).toBe(true);
    db.close();
  });
});

describe('the director’s reports', () => {
  const report = (teacher: string, exportedAt: number): TeacherReport => ({ format: 'parta-coverage-report', version: 1, teacher, exportedAt, platforms: 'max', threshold: 90, rows: [] });
  test('one per teacher, the newest file; erased with everything', async () => {
    const db = await fresh();
    expect(await saveReports(db, [report('Иванова', T0), report('Петрова', T0)])).toEqual([true, true]);
    expect(await saveReports(db, [report('иванова ', T0 - 1), report('Иванова', T0 + 1)])).toEqual([false, true]);
    expect((await listReports(db)).map((entry) => [entry.teacher, entry.exportedAt]).sort()).toEqual([
      ['Иванова', T0 + 1],
      ['Петрова', T0],
    ]);
    await eraseDatabase(db);
    expect(Object.values(await countStores(db)).every((count) => count === 0)).toBe(true);
    db.close();
  });
});
