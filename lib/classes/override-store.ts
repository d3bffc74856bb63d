/** The teacher's corrections to the required-chats check, one record per chat title or requirement. */
import type { Override } from './matcher';
import type { PartaDatabase } from '../db/open';
import { readValid } from '../db/records';
import { OVERRIDE_RECORD_VERSION, overrideRecordSchema, upgradeOverride, type OverrideRecord } from './records';

export function overrideId(override: Override): string {
  return override.kind === 'chat'
    ? `chat:${override.title.trim()}`
    : `not-required:${override.classKey ?? ''}:${override.requirementId}:${override.subject ?? ''}`;
}

export async function saveOverride(db: PartaDatabase, override: Override, now: number): Promise<void> {
  const base = { v: OVERRIDE_RECORD_VERSION as typeof OVERRIDE_RECORD_VERSION, id: overrideId(override), createdAt: now };
  const record: OverrideRecord =
    override.kind === 'chat'
      ? { ...base, kind: 'chat', title: override.title.trim(), classKey: override.classKey, audience: override.audience, ...(override.subject ? { subject: override.subject } : {}) }
      : { ...base, kind: 'not-required', classKey: override.classKey, requirementId: override.requirementId, ...(override.subject ? { subject: override.subject } : {}) };
  await db.put('overrides', overrideRecordSchema.parse(record));
}

export async function deleteOverride(db: PartaDatabase, id: string): Promise<void> {
  await db.delete('overrides', id);
}

export async function listOverrides(db: PartaDatabase): Promise<OverrideRecord[]> {
  return readValid(await db.getAll('overrides'), upgradeOverride).records;
}

/** The matcher's view of a stored record. */
export function toOverride(record: OverrideRecord): Override {
  return record.kind === 'chat'
    ? { kind: 'chat', title: record.title, classKey: record.classKey, audience: record.audience, ...(record.subject ? { subject: record.subject } : {}) }
    : { kind: 'not-required', classKey: record.classKey, requirementId: record.requirementId, ...(record.subject ? { subject: record.subject } : {}) };
}
