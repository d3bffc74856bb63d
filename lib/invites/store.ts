/**
 * The invite register in IndexedDB. Every operation is one transaction: a failure (a clash, an
 * invalid record, a closed browser) leaves the stored data exactly as it was.
 */
import { applyInviteAction, type InviteAction } from './lifecycle';
import { inviteRecordSchema, type InviteRecord } from './schema';
import type { PartaDatabase } from '../db/open';
import { upgradeInvite } from './check';
import { invitesToWrite, readRegister, type InviteList } from './register-copy';

export type { InviteList };

export async function listInvites(db: PartaDatabase): Promise<InviteList> {
  return readRegister(db);
}

export type AddResult = { ok: true; record: InviteRecord } | { ok: false; error: 'duplicate'; existing: InviteRecord | null };

/** Completing a draft: as adding, or its draft was completed meanwhile (in another window). */
export type CompleteResult = AddResult | { ok: false; error: 'draft-gone' };

/** Adds a new invitation unless its link is already in the register. */
export async function addInvite(db: PartaDatabase, record: InviteRecord): Promise<AddResult> {
  const valid = inviteRecordSchema.parse(record);
  const tx = db.transaction(['invites', 'caches'], 'readwrite');
  const existing = await tx.objectStore('invites').index('url').get(valid.url);
  if (existing !== undefined) {
    await tx.done;
    const upgraded = upgradeInvite(existing);
    return { ok: false, error: 'duplicate', existing: upgraded.ok ? upgraded.record : null };
  }
  await invitesToWrite(tx).add(valid);
  await tx.done;
  return { ok: true, record: valid };
}

export async function findInviteByUrl(db: PartaDatabase, url: string): Promise<InviteRecord | null> {
  const value = await db.getFromIndex('invites', 'url', url);
  if (value === undefined) return null;
  const upgraded = upgradeInvite(value);
  return upgraded.ok ? upgraded.record : null;
}

export type UpdateResult =
  | { ok: true; record: InviteRecord }
  | { ok: false; error: 'missing' | 'damaged' | 'closed' | 'not-closed' | 'unchanged' };

/** Applies a lifecycle action to the stored record, read and written in one transaction. */
export async function updateInvite(db: PartaDatabase, id: string, action: InviteAction, now: number): Promise<UpdateResult> {
  const tx = db.transaction(['invites', 'caches'], 'readwrite');
  const stored = await tx.objectStore('invites').get(id);
  if (stored === undefined) {
    await tx.done;
    return { ok: false, error: 'missing' };
  }
  const upgraded = upgradeInvite(stored);
  if (!upgraded.ok) {
    await tx.done;
    return { ok: false, error: 'damaged' };
  }
  const result = applyInviteAction(upgraded.record, action, now);
  if (!result.ok) {
    await tx.done;
    return result;
  }
  await invitesToWrite(tx).put(inviteRecordSchema.parse(result.record));
  await tx.done;
  return result;
}

export async function deleteInvite(db: PartaDatabase, id: string): Promise<void> {
  const tx = db.transaction(['invites', 'caches'], 'readwrite');
  await invitesToWrite(tx).delete(id);
  await tx.done;
}
