/**
 * The invite register in IndexedDB. Every operation is one transaction: a failure (a clash, an
 * invalid record, a closed browser) leaves the stored data exactly as it was.
 */
import { applyInviteAction, type InviteAction } from './lifecycle';
import { inviteRecordSchema, type InviteRecord } from './schema';
import type { PartaDatabase } from '../db/open';
import { readValid } from '../db/records';
import { upgradeInvite } from './check';

export interface InviteList {
  records: InviteRecord[];
  /** Stored records that fail validation: kept in the database, not shown, counted for the UI. */
  damaged: number;
}

export async function listInvites(db: PartaDatabase): Promise<InviteList> {
  return readValid(await db.getAll('invites'), upgradeInvite);
}

export type AddResult = { ok: true; record: InviteRecord } | { ok: false; error: 'duplicate'; existing: InviteRecord | null };

/** Adds a new invitation unless its link is already in the register. */
export async function addInvite(db: PartaDatabase, record: InviteRecord): Promise<AddResult> {
  const valid = inviteRecordSchema.parse(record);
  const tx = db.transaction('invites', 'readwrite');
  const existing = await tx.store.index('url').get(valid.url);
  if (existing !== undefined) {
    await tx.done;
    const upgraded = upgradeInvite(existing);
    return { ok: false, error: 'duplicate', existing: upgraded.ok ? upgraded.record : null };
  }
  await tx.store.add(valid);
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
  const tx = db.transaction('invites', 'readwrite');
  const stored = await tx.store.get(id);
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
  await tx.store.put(inviteRecordSchema.parse(result.record));
  await tx.done;
  return result;
}

export async function deleteInvite(db: PartaDatabase, id: string): Promise<void> {
  await db.delete('invites', id);
}
