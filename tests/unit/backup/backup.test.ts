/**
 * The backup of everything: reading files (current, older invitations-only, broken), merging
 * without losing newer work, and writing all stores in one transaction or not at all.
 */
import 'fake-indexeddb/auto';
import { describe, expect, test } from 'vitest';
import { makeBackup, planIsEmpty, planRestore, readBackupFile, type Everything } from '../../../lib/backup/backup';
import { addInvite, listInvites, updateInvite } from '../../../lib/invites/store';
import { ChangedSinceError } from '../../../lib/db/revision';
import { listChats } from '../../../lib/classes/chat-store';
import { openPartaDb } from '../../../lib/db/open';
import { applyRestore } from '../../../lib/backup/restore';
import { createInvite, exportRegister, type InviteRecord } from '../../../lib/invites/index';
import { DEFAULT_SETTINGS } from '../../../lib/settings/index';

const T0 = Date.UTC(2026, 10, 1);
function invite(link: string, id: string): InviteRecord {
  const result = createInvite({ link, className: '5А', chatTitle: 'Родители 5А', chatPurpose: 'parents', role: 'parent', recipients: '' }, T0, id);
  if (!result.ok) throw new Error(link);
  return result.record;
}
const A = invite('https://vk.me/join/AAAAAAAAAA01', 'a');
const B = invite('https://vk.me/join/AAAAAAAAAA02', 'b');

const everything = (overrides: Partial<Everything> = {}): Everything => ({
  settings: DEFAULT_SETTINGS,
  invites: [A],
  chats: [{ v: 1, key: 'max:Родители 5А', site: 'max', title: 'Родители 5А', firstSeen: T0, lastSeen: T0 + 10 }],
  classes: [{ v: 1, key: '5А', name: '5 «А»', source: 'manual', updatedAt: T0, own: true, subjects: [] }],
  overrides: [{ v: 1, id: 'not-required:5А:class-teachers:', kind: 'not-required', classKey: '5А', requirementId: 'class-teachers', createdAt: T0 }],
  classSizes: [{ v: 1, key: '5А', size: 27, source: 'manual', updatedAt: T0 }],
  violations: [{ v: 1, id: 'violation-1', site: 'max', chat: '5А Ученики', person: 'Пётр Сидоров', at: T0, rule: 2, note: 'грубость' }],
  blocks: [{ v: 1, id: 'block-1', site: 'max', chat: '5А Ученики', person: 'Пётр Сидоров', at: T0, until: '2026-12-01', reason: 'пять нарушений' }],
  leavers: [{ v: 1, id: 'leaver-1', name: 'Иванов Иван', kind: 'student', classKey: '5А', addedAt: T0, seen: [{ site: 'max', chat: '5А Ученики', at: T0 + 1 }] }],
  drafts: [{ v: 1, id: '5А|class-students|', classKey: '5А', className: '5А', chatTitle: 'Ученики 5А', chatPurpose: 'students', role: 'student', requirementId: 'class-students', createdAt: T0 }],
  ...overrides,
});

describe('reading backup files', () => {
  test('a backup reads back as what was saved', () => {
    const read = readBackupFile(JSON.stringify(makeBackup(everything(), T0)));
    expect(read).toMatchObject({ ok: true, kind: 'everything', file: everything() });
  });

  test('an older invitations-only export is still accepted', () => {
    expect(readBackupFile(JSON.stringify(exportRegister([A, B], T0)))).toEqual({ ok: true, kind: 'invites', invites: [A, B] });
  });

  test('bad settings, a bad record or a duplicate refuse the whole file', () => {
    const file = makeBackup(everything(), T0);
    const badSettings = readBackupFile(JSON.stringify({ ...file, settings: { ...file.settings, staleDays: 0 } }));
    expect(badSettings.ok === false && badSettings.problem.kind).toBe('invalid');
    const badChat = readBackupFile(JSON.stringify({ ...file, chats: [{ ...file.chats[0], site: 'telegram' }] }));
    expect(badChat.ok === false && badChat.problem.kind).toBe('invalid');
    expect(readBackupFile(JSON.stringify({ ...file, chats: [file.chats[0], file.chats[0]] }))).toEqual({
      ok: false,
      problem: { kind: 'duplicate', url: 'max:Родители 5А' },
    });
    expect(readBackupFile(JSON.stringify({ ...file, version: 2 }))).toEqual({ ok: false, problem: { kind: 'newer-version', version: 2 } });
    expect(readBackupFile('{"format":"other"}')).toEqual({ ok: false, problem: { kind: 'foreign' } });
  });
});

describe('planning a restore', () => {
  test('a record dated in the future refuses the whole file (it would win every merge and never be forgotten); a block\'s last day may be ahead', () => {
    const later = Date.UTC(2099, 0, 1);
    for (const forged of [
      everything({ violations: [{ ...everything().violations[0], at: later }] }),
      everything({ leavers: [{ ...everything().leavers[0], seen: [{ site: 'max', chat: '5А Ученики', at: later }] }] }),
      everything({ chats: [{ ...everything().chats[0], lastSeen: later }] }),
    ]) {
      const read = readBackupFile(JSON.stringify(makeBackup(forged, T0)), T0);
      expect(read).toEqual({ ok: false, problem: { kind: 'future', at: later } });
    }
    const longBlock = everything({ blocks: [{ ...everything().blocks[0], until: '2099-01-01' }] });
    expect(readBackupFile(JSON.stringify(makeBackup(longBlock, T0)), T0).ok).toBe(true);
    // A few hours ahead (another computer's clock) is not the future.
    expect(readBackupFile(JSON.stringify(makeBackup(everything({ chats: [{ ...everything().chats[0], lastSeen: T0 + 3 * 3600_000 }] }), T0)), T0).ok).toBe(true);
  });

  test('a backup as large as the format allows (100,000 invitations) is read, not refused', () => {
    const invites = Array.from({ length: 100_000 }, (_, index) => ({ ...A, id: `i${index}`, url: `https://vk.me/join/Bulk${String(index).padStart(20, '0')}` }));
    const text = JSON.stringify(makeBackup(everything({ invites }), T0));
    expect(text.length).toBeGreaterThan(20 * 1024 * 1024);
    const read = readBackupFile(text, T0);
    expect(read.ok && read.kind === 'everything' ? read.file.invites.length : read).toBe(100_000);
  });

  test('nothing new in a file of the same data', () => {
    const read = readBackupFile(JSON.stringify(makeBackup(everything(), T0)));
    if (!read.ok) throw new Error('readable');
    expect(planIsEmpty(planRestore(everything(), read))).toBe(true);
  });

  test('newer work is never rolled back; new records and changed settings are taken', () => {
    const stored = everything({
      chats: [{ v: 1, key: 'max:Родители 5А', site: 'max', title: 'Родители 5А', firstSeen: T0 + 5, lastSeen: T0 + 50 }],
      classes: [{ v: 1, key: '5А', name: '5А', source: 'manual', updatedAt: T0 + 99, own: true, subjects: [] }],
    });
    const file = everything({
      invites: [A, B],
      settings: { ...DEFAULT_SETTINGS, staleDays: 3 },
      chats: [
        { v: 1, key: 'max:Родители 5А', site: 'max', title: 'Родители 5А', firstSeen: T0, lastSeen: T0 + 10 },
        { v: 1, key: 'vk:Учительская', site: 'vk', title: 'Учительская', firstSeen: T0, lastSeen: T0 },
      ],
    });
    const read = readBackupFile(JSON.stringify(makeBackup(file, T0)));
    if (!read.ok) throw new Error('readable');
    const plan = planRestore(stored, read);
    expect(plan.invites.add.map((record) => record.id)).toEqual(['b']);
    expect(plan.chats).toEqual([
      { v: 1, key: 'max:Родители 5А', site: 'max', title: 'Родители 5А', firstSeen: T0, lastSeen: T0 + 50 },
      { v: 1, key: 'vk:Учительская', site: 'vk', title: 'Учительская', firstSeen: T0, lastSeen: T0 },
    ]);
    expect(plan.added.chats).toBe(1);
    expect(plan.classes).toEqual([]); // the stored class is newer
    expect(plan.settings?.staleDays).toBe(3);
  });

  test('the moderation log merges: new violations added, a block ended in the file ends here, a leaver seen since is taken; a file without it keeps ours', () => {
    const stored = everything();
    const [block] = stored.blocks;
    const [leaver] = stored.leavers;
    const file = everything({
      violations: [...stored.violations, { ...stored.violations[0], id: 'violation-2', at: T0 + 5 }],
      blocks: [{ ...block, endedAt: T0 + 9, ended: 'early', endReason: 'извинился' }],
      leavers: [{ ...leaver, seen: [{ ...leaver.seen[0], removedAt: T0 + 9 }] }],
    });
    const read = readBackupFile(JSON.stringify(makeBackup(file, T0)));
    if (!read.ok) throw new Error('readable');
    const plan = planRestore(stored, read);
    expect(plan.moderation.violations.map((record) => record.id)).toEqual(['violation-2']);
    expect(plan.moderation.blocks).toEqual([file.blocks[0]]);
    expect(plan.moderation.leavers).toEqual([file.leavers[0]]);
    // Back the other way: our ended block and removal are not undone by the older file.
    const older = readBackupFile(JSON.stringify(makeBackup(stored, T0)));
    if (!older.ok) throw new Error('readable');
    const none = planRestore(file, older);
    expect([none.moderation.violations, none.moderation.blocks, none.moderation.leavers]).toEqual([[], [], []]);
    // A file from before the moderation log existed.
    const { violations: _v, blocks: _b, leavers: _l, ...before } = makeBackup(stored, T0);
    const readBefore = readBackupFile(JSON.stringify(before));
    expect(readBefore).toMatchObject({ ok: true, kind: 'everything', file: { violations: [], blocks: [], leavers: [] } });
  });
});

describe('writing a restore', () => {
  test('a leaver in both is merged chat by chat: the later state of each, nothing seen here lost', () => {
    const leaver = everything().leavers[0];
    // Here: seen in the students' chat, and since in the parents' chat too.
    const stored = everything({
      leavers: [{ ...leaver, seen: [{ site: 'max', chat: '5А Ученики', at: T0 + 1 }, { site: 'max', chat: 'Родители 5А', at: T0 + 20 }] }],
    });
    // The file (another computer): removed from the students' chat later; seen in a VK chat.
    const file = everything({
      leavers: [{ ...leaver, seen: [{ site: 'max', chat: '5А Ученики', at: T0 + 1, removedAt: T0 + 10 }, { site: 'vk', chat: '5А Родители', at: T0 + 5 }] }],
    });
    const read = readBackupFile(JSON.stringify(makeBackup(file, T0 + 30)));
    if (!read.ok) throw new Error('unreadable');
    const [merged] = planRestore(stored, read).moderation.leavers;
    expect(merged.seen).toEqual([
      { site: 'max', chat: '5А Ученики', at: T0 + 1, removedAt: T0 + 10 },
      { site: 'vk', chat: '5А Родители', at: T0 + 5 },
      { site: 'max', chat: 'Родители 5А', at: T0 + 20 },
    ]);
    // A file that knows less changes nothing here.
    const older = readBackupFile(JSON.stringify(makeBackup(everything(), T0 + 30)));
    if (!older.ok) throw new Error('unreadable');
    expect(planRestore(stored, older).moderation.leavers).toEqual([]);
  });

  test('all stores in one transaction: a clash in one leaves every store as it was', async () => {
    const db = await openPartaDb({ name: `backup-${Math.random()}` });
    await addInvite(db, A);
    const read = readBackupFile(JSON.stringify(makeBackup(everything({ invites: [B] }), T0)));
    if (!read.ok) throw new Error('readable');
    const plan = planRestore(everything({ invites: [A], chats: [], classes: [], overrides: [] }), read);
    // Meanwhile B's link was added under another id: writing the plan clashes on the unique link.
    await addInvite(db, { ...B, id: 'other' });
    await expect(applyRestore(db, plan)).rejects.toThrow();
    expect((await listChats(db)).records).toEqual([]);
    expect((await listInvites(db)).records.map((record) => record.id).sort()).toEqual(['a', 'other']);
    db.close();
  });

  test('work done after the preview is never overwritten: the plan is refused as changed since, nothing written', async () => {
    const db = await openPartaDb({ name: `backup-${Math.random()}` });
    await addInvite(db, A);
    const stored = { ...everything({ invites: [A], chats: [], classes: [], overrides: [], classSizes: [], violations: [], blocks: [], leavers: [], drafts: [] }) };
    // The file: A as it was when the backup was made, and a chat.
    const read = readBackupFile(JSON.stringify(makeBackup(everything(), T0)), T0);
    if (!read.ok) throw new Error('readable');
    const plan = planRestore(stored, read);
    // Meanwhile, in the popup: A marked «Отправлено».
    const sent = await updateInvite(db, A.id, { type: 'send' }, T0 + 100);
    expect(sent.ok).toBe(true);
    await expect(applyRestore(db, plan)).rejects.toBeInstanceOf(ChangedSinceError);
    const afterRefusal = (await listInvites(db)).records[0];
    expect(afterRefusal.sentAt).toBe(T0 + 100);
    expect((await listChats(db)).records).toEqual([]);
    // Planned again on what is there now, it applies.
    const again = planRestore({ ...stored, invites: (await listInvites(db)).records }, read);
    await applyRestore(db, again);
    expect((await listChats(db)).records).toHaveLength(1);
    db.close();
  });

  test('a valid plan writes every store', async () => {
    const db = await openPartaDb({ name: `backup-${Math.random()}` });
    const read = readBackupFile(JSON.stringify(makeBackup(everything(), T0)));
    if (!read.ok) throw new Error('readable');
    await applyRestore(db, planRestore({ settings: DEFAULT_SETTINGS, invites: [], chats: [], classes: [], overrides: [], classSizes: [], violations: [], blocks: [], leavers: [], drafts: [] }, read));
    expect((await listInvites(db)).records).toEqual([A]);
    expect((await listChats(db)).records).toHaveLength(1);
    expect(await db.count('classes')).toBe(1);
    expect(await db.count('overrides')).toBe(1);
    expect([await db.count('violations'), await db.count('blocks'), await db.count('leavers'), await db.count('drafts')]).toEqual([1, 1, 1, 1]);
    db.close();
  });

  test('the connector\'s restore puts the settings back when the records fail: nothing half-written', async () => {
    const { fakeBrowser } = await import('wxt/testing/fake-browser');
    fakeBrowser.reset();
    const { browserConnector } = await import('../../../lib/connector/browser');
    const { connection } = await import('../../../lib/db/open');
    const before = { ...DEFAULT_SETTINGS, staleDays: 5, allowlist: ['school.ru'] };
    await fakeBrowser.storage.local.set({ settings: before });
    const db = await connection()();
    await addInvite(db, A);
    const read = readBackupFile(JSON.stringify(makeBackup(everything({ invites: [B], settings: { ...DEFAULT_SETTINGS, staleDays: 30 } }), T0)));
    if (!read.ok) throw new Error('readable');
    const plan = planRestore(everything({ invites: [A], chats: [], classes: [], overrides: [], settings: before }), read);
    expect(plan.settings).not.toBeNull();
    // The same link, stored meanwhile under another id: the records' transaction fails.
    await addInvite(db, { ...B, id: 'other' });
    await expect(browserConnector.restore(plan)).rejects.toThrow();
    expect((await fakeBrowser.storage.local.get('settings')).settings).toEqual(before);
    expect((await listInvites(db)).records.map((record) => record.id).sort()).toEqual(['a', 'other']);
  });
});
