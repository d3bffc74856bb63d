/**
 * The invite register's transactions (fake-indexeddb): duplicates refused, updates, all-or-nothing
 * imports, damaged records kept and counted.
 */
import 'fake-indexeddb/auto';
import { describe, expect, test } from 'vitest';
import { addInvite, findInviteByUrl, listInvites, updateInvite } from '../../../lib/invites/store';
import { restoreBasis } from '../../../lib/backup/backup';
import { applyRestore } from '../../../lib/backup/restore';
import type { ImportPlan } from '../../../lib/invites/transfer';
import { openPartaDb } from '../../../lib/db/open';
import { createInvite, planImport, type InviteRecord } from '../../../lib/invites/index';

let counter = 0;
const freshName = () => `parta-test-${++counter}-${Math.random().toString(36).slice(2)}`;

const T0 = Date.UTC(2026, 9, 1);
function record(link: string, id: string, className = '5А'): InviteRecord {
  const result = createInvite(
    { link, className, chatTitle: `Родители ${className}`, chatPurpose: 'parents', role: 'parent', recipients: '' },
    T0,
    id,
  );
  if (!result.ok) throw new Error(link);
  return result.record;
}
/** An invitations-only restore (what loading an invitations file writes), planned on the register as it is. */
const applyImportPlan = async (db: Parameters<typeof applyRestore>[0], plan: ImportPlan) => {
  const basis = restoreBasis({ invites: (await listInvites(db)).records, chats: [], classes: [], overrides: [], classSizes: [], violations: [], blocks: [], leavers: [], drafts: [] });
  return applyRestore(db, { invites: plan, chats: [], classes: [], overrides: [], classSizes: [], moderation: { violations: [], blocks: [], leavers: [] }, drafts: [], settings: null, added: { chats: 0, classes: 0, overrides: 0 }, basis, settingsBasis: '' });
};

const A = 'https://vk.me/join/AAAAAAAAAAAA01';
const B = 'https://vk.me/join/AAAAAAAAAAAA02';
const C = 'https://vk.me/join/AAAAAAAAAAAA03';

describe('invite repository', () => {
  test('the same link is never stored twice, even when added twice at once', async () => {
    const db = await openPartaDb({ name: freshName() });
    const results = await Promise.all([addInvite(db, record(A, '1')), addInvite(db, record(A, '2'))]);
    expect(results.map((result) => result.ok).sort()).toEqual([false, true]);
    const duplicate = results.find((result) => !result.ok);
    expect(duplicate).toMatchObject({ error: 'duplicate', existing: { id: '1' } });
    expect((await listInvites(db)).records).toHaveLength(1);
    db.close();
  });

  test('an action is read, applied and written in one go; refused actions change nothing', async () => {
    const db = await openPartaDb({ name: freshName() });
    await addInvite(db, record(A, '1'));
    expect(await updateInvite(db, '1', { type: 'send' }, T0 + 5)).toMatchObject({ ok: true, record: { status: 'sent', sentAt: T0 + 5 } });
    expect(await updateInvite(db, '1', { type: 'annul' }, T0 + 6)).toMatchObject({ ok: true, record: { status: 'annulled' } });
    expect(await updateInvite(db, '1', { type: 'done' }, T0 + 7)).toEqual({ ok: false, error: 'closed' });
    expect(await updateInvite(db, 'nope', { type: 'done' }, T0 + 7)).toEqual({ ok: false, error: 'missing' });
    const stored = await findInviteByUrl(db, A);
    expect(stored).toMatchObject({ status: 'annulled', closedAt: T0 + 6 });
    expect(stored?.history.map((entry) => entry.action)).toEqual(['created', 'sent', 'annulled']);
    db.close();
  });

  test('a damaged record is counted, not shown, and left in place', async () => {
    const db = await openPartaDb({ name: freshName() });
    await addInvite(db, record(A, '1'));
    await db.put('invites', { id: 'junk', url: 'x', status: 42 });
    const list = await listInvites(db);
    expect(list.records.map((r) => r.id)).toEqual(['1']);
    expect(list.damaged).toBe(1);
    expect(await db.get('invites', 'junk')).toBeDefined();
    expect(await updateInvite(db, 'junk', { type: 'done' }, T0)).toEqual({ ok: false, error: 'damaged' });
    db.close();
  });

  test('an import is all or nothing: one failing record leaves the register as it was', async () => {
    const db = await openPartaDb({ name: freshName() });
    await addInvite(db, record(A, '1'));
    // A plan made earlier; meanwhile link C was added under another id: writing the plan clashes.
    const plan = planImport([record(A, '1')], [record(B, '2'), record(C, '3')]);
    await addInvite(db, record(C, '9'));
    await expect(applyImportPlan(db, plan)).rejects.toThrow();
    expect((await listInvites(db)).records.map((r) => r.id).sort()).toEqual(['1', '9']);
    db.close();
  });

  test('an invalid record in a plan is refused before anything is written', async () => {
    const db = await openPartaDb({ name: freshName() });
    const bad = { ...record(B, '2'), status: 'lost' } as unknown as InviteRecord;
    await expect(applyImportPlan(db, { add: [record(A, '1'), bad], update: [], keep: 0 })).rejects.toThrow();
    expect((await listInvites(db)).records).toEqual([]);
    db.close();
  });

  test('a valid import adds and updates', async () => {
    const db = await openPartaDb({ name: freshName() });
    await addInvite(db, record(A, '1'));
    const newerA = { ...record(A, 'x'), status: 'done' as const, closedAt: T0 + 9, updatedAt: T0 + 9 };
    const plan = planImport((await listInvites(db)).records, [newerA, record(B, '2')]);
    await applyImportPlan(db, plan);
    const { records } = await listInvites(db);
    expect(records.map((r) => [r.id, r.status]).sort()).toEqual([
      ['1', 'done'],
      ['2', 'new'],
    ]);
    db.close();
  });
});
