/**
 * The new school year written in one transaction (fake-indexeddb) and undone until the teacher
 * changes their classes again.
 */
import 'fake-indexeddb/auto';
import { describe, expect, test } from 'vitest';
import { listClasses, replaceClasses } from '../../../lib/classes/class-store';
import { addInvite, listInvites, updateInvite } from '../../../lib/invites/store';
import { openPartaDb } from '../../../lib/db/open';
import { listOverrides, saveOverride } from '../../../lib/classes/override-store';
import { ChangedSinceError } from '../../../lib/db/revision';
import { applyRollover, canUndoRollover, forgetStaleUndo, readRollover, staleJournalNames, undoRollover } from '../../../lib/school-year/store';
import { listClassSizes, saveClassSizes } from '../../../lib/classes/size-store';
import { createInvite } from '../../../lib/invites/index';
import { planRollover } from '../../../lib/school-year/plan';

let counter = 0;
const fresh = () => openPartaDb({ name: `parta-14-${++counter}-${Math.random().toString(36).slice(2)}` });
const T0 = Date.UTC(2026, 8, 3, 9);
const YEAR_START = new Date(2026, 8, 1).getTime();

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

  test('work done after the preview is never overwritten: the step is refused as changed since, nothing written', async () => {
    const { db, plan } = await lastYear();
    const preview = await plan();
    // Meanwhile: last year's invitation marked sent, and a correction made.
    const [invite] = (await listInvites(db)).records;
    expect((await updateInvite(db, invite.id, { type: 'send' }, T0 + 5)).ok).toBe(true);
    await expect(applyRollover(db, preview, YEAR_START, T0 + 10)).rejects.toBeInstanceOf(ChangedSinceError);
    expect((await listInvites(db)).records[0]).toMatchObject({ sentAt: T0 + 5 });
    expect((await listInvites(db)).records[0].archivedAt).toBeUndefined();
    expect((await listClasses(db)).map((record) => record.key)).toEqual(['5А']);
    expect(await readRollover(db)).toBeNull();
    // The preview made again applies.
    await applyRollover(db, await plan(), YEAR_START, T0 + 20);
    expect((await listClasses(db)).map((record) => record.key)).toEqual(['6А']);
    expect((await listInvites(db)).records[0]).toMatchObject({ sentAt: T0 + 5, archivedAt: T0 });
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

  test('the copy kept for the undo goes once the undo cannot happen; while it can, it stays', async () => {
    const { db, plan } = await lastYear();
    await applyRollover(db, await plan(), YEAR_START, T0);
    expect(await forgetStaleUndo(db)).toBe(false);
    expect((await readRollover(db))!.before.classes.map((record) => record.key)).toEqual(['5А']);
    await saveClassSizes(db, 'manual', [{ key: '6А', size: 28 }], T0 + 1);
    expect(await forgetStaleUndo(db)).toBe(true);
    const record = (await readRollover(db))!;
    expect([record.undoable, record.before]).toEqual([false, { classes: [], sizes: [], overrides: [] }]);
    // The step itself stays remembered (not offered again this year); the classes are as the teacher left them.
    expect(record.yearStart).toBe(YEAR_START);
    expect((await listClassSizes(db))[0]).toMatchObject({ key: '6А', size: 28 });
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

  test('a record that does not validate (a newer version’s, a damaged one) is not the step’s: left untouched by the step and its undo', async () => {
    const { db, plan } = await lastYear();
    const newer = { v: 99, key: '7Б', name: '7Б', source: 'manual', updatedAt: T0, own: false, subjects: [], fromTheFuture: true };
    await db.put('classes', newer as never);
    await applyRollover(db, await plan(), YEAR_START, T0);
    expect((await listClasses(db)).map((record) => record.key)).toEqual(['6А']);
    expect(await db.get('classes', '7Б')).toEqual(newer);
    expect(await undoRollover(db)).toEqual({ ok: true });
    expect((await listClasses(db)).map((record) => record.key)).toEqual(['5А']);
    expect(await db.get('classes', '7Б')).toEqual(newer);
  });
});

describe('the journal is not the teacher', () => {
  test('a journal visit after the step still showing last year’s names is said by name, and the undo stays open; the teacher’s own change closes it', async () => {
    const { db, plan } = await lastYear();
    await applyRollover(db, await plan(), YEAR_START, T0);
    // The journal, not yet moved up, still says 5А.
    await replaceClasses(db, 'journal', [{ key: '5А', name: '5 «А»', own: true, subjects: [] }], T0 + 60_000);
    const record = (await readRollover(db))!;
    expect(staleJournalNames(record, await listClasses(db))).toEqual(['5 «А»']);
    expect(await canUndoRollover(db)).toBe(true);
    // The teacher types a class: that is a change of theirs — the undo would throw it away.
    await replaceClasses(db, 'manual', [{ key: '6А', name: '6А', own: true, subjects: [] }, { key: '8В', name: '8В', own: false, subjects: [] }], T0 + 120_000);
    expect(await canUndoRollover(db)).toBe(false);
  });

  test('a class read again keeps since when Parta has known it', async () => {
    const db = await fresh();
    await replaceClasses(db, 'journal', [{ key: '5А', name: '5А', own: false, subjects: [] }], T0 - 300 * 86_400_000);
    await replaceClasses(db, 'journal', [{ key: '5А', name: '5 «А»', own: false, subjects: [] }], T0);
    expect(await listClasses(db)).toMatchObject([{ key: '5А', updatedAt: T0, since: T0 - 300 * 86_400_000 }]);
  });
});
