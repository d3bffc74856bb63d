/**
 * Invitation drafts in IndexedDB: kept across browser restarts until their link arrives. Turning a
 * draft into an invitation is one transaction over both stores: the invitation is added and the
 * draft removed together, or neither (a link already in the register changes nothing).
 */
import type { PartaDatabase } from '../db/open';
import { readValid, validate } from '../db/records';
import { draftRecordSchema, type DraftRecord } from './drafts';
import { inviteRecordSchema, type InviteRecord } from './schema';
import { upgradeInvite } from './check';
import { invitesToWrite } from './register-copy';
import type { CompleteResult } from './store';

export const upgradeDraft = (raw: unknown) => validate(draftRecordSchema, raw);

export async function listDrafts(db: PartaDatabase): Promise<DraftRecord[]> {
  return readValid(await db.getAll('drafts'), upgradeDraft).records;
}

/** Keeps the draft; pressing «Создать чат» again makes it the newest, with the same id. */
export async function saveDraft(db: PartaDatabase, draft: DraftRecord): Promise<void> {
  await db.put('drafts', draftRecordSchema.parse(draft));
}

export async function deleteDraft(db: PartaDatabase, id: string): Promise<void> {
  await db.delete('drafts', id);
}

/** The draft's invitation added and the draft gone, in one transaction; a known link changes nothing. */
export async function completeDraft(db: PartaDatabase, draftId: string, record: InviteRecord): Promise<CompleteResult> {
  const valid = inviteRecordSchema.parse(record);
  const tx = db.transaction(['invites', 'drafts', 'caches'], 'readwrite');
  // Two windows may complete one draft: the first makes the invitation, the second is told (in the
  // same transaction as the write, so never both).
  if ((await tx.objectStore('drafts').get(draftId)) === undefined) {
    await tx.done;
    return { ok: false, error: 'draft-gone' };
  }
  const existing = await tx.objectStore('invites').index('url').get(valid.url);
  if (existing !== undefined) {
    await tx.done;
    const upgraded = upgradeInvite(existing);
    return { ok: false, error: 'duplicate', existing: upgraded.ok ? upgraded.record : null };
  }
  await invitesToWrite(tx).add(valid);
  await tx.objectStore('drafts').delete(draftId);
  await tx.done;
  return { ok: true, record: valid };
}
