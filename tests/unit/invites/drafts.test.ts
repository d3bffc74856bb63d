/**
 * Invitation drafts: one per checklist row, which draft a messenger chat is (by what its title
 * classifies to, not its exact words), which invitation a row has, the row's next step, and the
 * store's one transaction that turns a draft into an invitation.
 */
import 'fake-indexeddb/auto';
import { describe, expect, test } from 'vitest';
import { completeDraft, listDrafts, saveDraft } from '../../../lib/invites/draft-store';
import { draftForRow, draftId, draftsForChat, inviteFromDraft, newestFirst, rowInvite, rowStep, type DraftRecord, type RowChat } from '../../../lib/invites/drafts';
import { listInvites } from '../../../lib/invites/store';
import { openPartaDb } from '../../../lib/db/open';
import { act, created, MAX_CODE, T0, VK_CODE } from './records';

const row = (overrides: Partial<RowChat> = {}): RowChat => ({ classKey: '5А', requirementId: 'class-students', audience: 'students', title: 'Ученики 5А', ...overrides });
const students5 = draftForRow(row(), T0);
const parents5 = draftForRow(row({ requirementId: 'class-parents', audience: 'parents', title: 'Родители 5А' }), T0 + 1);
const students6 = draftForRow(row({ classKey: '6Б', title: 'Ученики 6Б' }), T0 + 2);
const algebra7 = draftForRow(row({ classKey: '7В', requirementId: 'subject', audience: 'subject', subject: 'Алгебра', title: 'Алгебра 7В' }), T0 + 3);
const geometry7 = draftForRow(row({ classKey: '7В', requirementId: 'subject', audience: 'subject', subject: 'Геометрия', title: 'Геометрия 7В' }), T0 + 4);
const all = [students5, parents5, students6, algebra7, geometry7];

describe('a draft per row', () => {
  test('knows the class, the chat name, whom it is for; the same row always has the same draft', () => {
    expect(students5).toMatchObject({ classKey: '5А', className: '5А', chatTitle: 'Ученики 5А', chatPurpose: 'students', role: 'student' });
    expect(parents5.role).toBe('parent');
    expect(draftForRow(row(), T0 + 99).id).toBe(students5.id);
    expect(algebra7.id).not.toBe(geometry7.id);
    expect(draftId({ classKey: null, requirementId: 'school-staff-room' })).toBe('|school-staff-room|');
  });

  test('becomes an invitation with its link, without a word retyped', () => {
    const made = inviteFromDraft(parents5, `https://vk.me/join/${VK_CODE}`, T0 + 10, 'inv');
    expect(made.ok && made.record).toMatchObject({ className: '5А', chatTitle: 'Родители 5А', chatPurpose: 'parents', role: 'parent', status: 'new', platform: 'vk' });
    expect(inviteFromDraft(parents5, 'https://t.me/+abc', T0, 'x').ok).toBe(false);
  });
});

describe('which draft a messenger chat is', () => {
  test('by the class and audience its title classifies to, however it is written', () => {
    expect(draftsForChat(all, '5А ученики')).toEqual([students5]);
    expect(draftsForChat(all, '5 «А» — родители')).toEqual([parents5]);
    expect(draftsForChat(all, 'Чат 6Б класса')).toEqual([students6]);
    expect(draftsForChat(all, 'Геометрия, 7В')).toEqual([geometry7]);
  });

  test('none for a chat of another class, audience or subject, or one that names no audience', () => {
    expect(draftsForChat(all, 'Ученики 5Б')).toEqual([]);
    expect(draftsForChat(all, 'Учителя 5А')).toEqual([]);
    expect(draftsForChat(all, 'Физика 7В')).toEqual([]);
    expect(draftsForChat(all, 'Поход в субботу')).toEqual([]);
  });

  test('several when several fit (the teacher is asked), newest first', () => {
    const again = { ...students5, id: 'other-students-5А', createdAt: T0 + 50 };
    expect(newestFirst(draftsForChat([...all, again], 'Ученики 5А'))).toEqual([again, students5]);
  });
});

describe("a row's invitation and next step", () => {
  const parentsInvite = created({ className: '5А', chatTitle: 'Родители 5А', chatPurpose: 'parents', role: 'parent' });
  const sent = act(parentsInvite, { type: 'send' }, T0 + 5);
  const algebraInvite = created({ link: `https://max.ru/join/${MAX_CODE}`, className: '7В', chatTitle: 'Алгебра 7В', chatPurpose: 'subject', role: 'student' }, T0, 'alg');

  test('the open invitation of the same class and audience (and subject), not an archived or closed one', () => {
    const parentsRow = { classKey: '5А', audience: 'parents' as const };
    expect(rowInvite([parentsInvite], parentsRow)).toBe(parentsInvite);
    expect(rowInvite([parentsInvite], { classKey: '6Б', audience: 'parents' })).toBeUndefined();
    expect(rowInvite([parentsInvite], { classKey: '5А', audience: 'students' })).toBeUndefined();
    expect(rowInvite([act(parentsInvite, { type: 'annul' }, T0 + 1)], parentsRow)).toBeUndefined();
    expect(rowInvite([{ ...parentsInvite, archivedAt: T0 }], parentsRow)).toBeUndefined();
    expect(rowInvite([algebraInvite], { classKey: '7В', audience: 'subject', subject: 'Алгебра' })).toBe(algebraInvite);
    expect(rowInvite([algebraInvite], { classKey: '7В', audience: 'subject', subject: 'Геометрия' })).toBeUndefined();
    // A subject Parta does not know by name: its pasted link still belongs to its row (no dead end after the paste).
    const draft = draftForRow(row({ classKey: '7В', requirementId: 'subject', audience: 'subject', subject: 'Основы финансовой грамотности', title: 'Основы финансовой грамотности 7В' }), T0);
    const made = inviteFromDraft(draft, `https://max.ru/join/${MAX_CODE}`, T0, 'ofg');
    if (!made.ok) throw new Error('invalid test link');
    const subjectRow = { classKey: '7В', audience: 'subject' as const, subject: 'Основы финансовой грамотности' };
    expect(rowInvite([made.record], subjectRow)).toBe(made.record);
    expect(rowStep({ status: 'missing', lowCoverage: false, draft: undefined, invite: rowInvite([made.record], subjectRow) }).kind).toBe('send');
    expect(rowInvite([made.record], { ...subjectRow, subject: 'Алгебра' })).toBeUndefined();
  });

  test('missing chat: create → paste the link → send the message → wait for the chat; a chat seen with few joined: remind', () => {
    const base = { status: 'missing' as const, lowCoverage: false, draft: undefined, invite: undefined };
    expect(rowStep(base).kind).toBe('create');
    expect(rowStep({ ...base, draft: parents5 })).toEqual({ kind: 'link', draft: parents5 });
    expect(rowStep({ ...base, draft: parents5, invite: parentsInvite })).toEqual({ kind: 'send', invite: parentsInvite });
    expect(rowStep({ ...base, invite: sent }).kind).toBe('wait');
    expect(rowStep({ ...base, status: 'ok', invite: parentsInvite }).kind).toBe('send');
    expect(rowStep({ ...base, status: 'ok', invite: sent }).kind).toBe('done');
    expect(rowStep({ ...base, status: 'ok', invite: sent, lowCoverage: true })).toEqual({ kind: 'remind', invite: sent });
    expect(rowStep({ ...base, status: 'ok', lowCoverage: true }).kind).toBe('remind');
    // The chat was created and seen before its link came: the link is still wanted.
    expect(rowStep({ ...base, status: 'ok', draft: parents5 }).kind).toBe('link');
    expect(rowStep({ ...base, status: 'not-required' }).kind).toBe('done');
  });
});

describe('the drafts store', () => {
  const fresh = () => openPartaDb({ name: `drafts-${Math.random().toString(36).slice(2)}` });

  test('a completed draft is gone and its invitation kept, in one step; a link already kept changes nothing', async () => {
    const db = await fresh();
    await saveDraft(db, students5);
    await saveDraft(db, parents5);
    expect((await listDrafts(db)).map((draft: DraftRecord) => draft.id).sort()).toEqual([parents5.id, students5.id].sort());
    const made = inviteFromDraft(students5, `https://max.ru/join/${MAX_CODE}`, T0 + 10, 'inv-1');
    if (!made.ok) throw new Error('valid');
    expect((await completeDraft(db, students5.id, made.record)).ok).toBe(true);
    expect((await listDrafts(db)).map((draft) => draft.id)).toEqual([parents5.id]);
    const again = inviteFromDraft(parents5, `https://max.ru/join/${MAX_CODE}`, T0 + 11, 'inv-2');
    if (!again.ok) throw new Error('valid');
    const duplicate = await completeDraft(db, parents5.id, again.record);
    expect(duplicate).toMatchObject({ ok: false, error: 'duplicate', existing: { id: 'inv-1' } });
    expect((await listDrafts(db)).map((draft) => draft.id)).toEqual([parents5.id]);
    expect((await listInvites(db)).records.map((record) => record.id)).toEqual(['inv-1']);
    db.close();
  });

  test('one draft completed from two windows at once makes one invitation; the other window is told', async () => {
    const db = await fresh();
    await saveDraft(db, students5);
    const first = inviteFromDraft(students5, `https://max.ru/join/${MAX_CODE}`, T0 + 10, 'inv-1');
    const second = inviteFromDraft(students5, 'https://max.ru/join/Zx9yW8vU7tS6rQ5pO4nM3lK2jI1hG0fEdCbA987', T0 + 11, 'inv-2');
    if (!first.ok || !second.ok) throw new Error('valid');
    const results = await Promise.all([completeDraft(db, students5.id, first.record), completeDraft(db, students5.id, second.record)]);
    expect(results.map((result) => (result.ok ? 'saved' : result.error)).sort()).toEqual(['draft-gone', 'saved']);
    expect((await listInvites(db)).records).toHaveLength(1);
    expect(await listDrafts(db)).toEqual([]);
    db.close();
  });

  test('a damaged stored draft is left in place and not shown; an invalid one is never written', async () => {
    const db = await fresh();
    await db.put('drafts', { id: 'broken', v: 1 });
    await saveDraft(db, parents5);
    expect(await listDrafts(db)).toEqual([parents5]);
    expect(await db.count('drafts')).toBe(2);
    await expect(saveDraft(db, { ...parents5, chatTitle: '' })).rejects.toThrow();
    db.close();
  });
});
