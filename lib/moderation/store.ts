/**
 * The moderation log in IndexedDB: violations, blocks, people who left. Records are
 * validated on write and on read (a damaged one is left in place and counted, never dropped), and
 * forgotten after the teacher's period — a running block or a leaver still in a chat stays.
 */
import {
  BLOCK_RECORD_VERSION,
  LEAVER_RECORD_VERSION,
  VIOLATION_RECORD_VERSION,
  blockRecordSchema,
  blockDone,
  leaverDone,
  leaverRecordSchema,
  nameKey,
  sameName,
  violationRecordSchema,
  type BlockRecord,
  type LeaverRecord,
  type ViolationRecord,
} from './';
import type { PartaDatabase } from '../db/open';
import { readValid, validate, type Validated } from '../db/records';
import { compareRussian } from '../util/collate';

export const upgradeViolation = (raw: unknown): Validated<ViolationRecord> => validate(violationRecordSchema, raw);
export const upgradeBlock = (raw: unknown): Validated<BlockRecord> => validate(blockRecordSchema, raw);
export const upgradeLeaver = (raw: unknown): Validated<LeaverRecord> => validate(leaverRecordSchema, raw);

export interface ModerationLog {
  violations: ViolationRecord[];
  blocks: BlockRecord[];
  leavers: LeaverRecord[];
  /** Records that failed validation, left in place. */
  damaged: number;
}

export async function readModeration(db: PartaDatabase): Promise<ModerationLog> {
  const tx = db.transaction(['violations', 'blocks', 'leavers'], 'readonly');
  const [violations, blocks, leavers] = await Promise.all([
    tx.objectStore('violations').getAll(),
    tx.objectStore('blocks').getAll(),
    tx.objectStore('leavers').getAll(),
  ]);
  await tx.done;
  const v = readValid(violations, upgradeViolation);
  const b = readValid(blocks, upgradeBlock);
  const l = readValid(leavers, upgradeLeaver);
  // A stable order whatever the store's (random ids): by time, then by name.
  const byTime = <T extends { at: number; person: string }>(list: T[]) => list.sort((a, b) => a.at - b.at || compareRussian(a.person, b.person));
  const leaversInOrder = l.records.sort((a, b) => a.addedAt - b.addedAt || compareRussian(a.name, b.name));
  return { violations: byTime(v.records), blocks: byTime(b.records), leavers: leaversInOrder, damaged: v.damaged + b.damaged + l.damaged };
}

export const newId = (prefix: string) => `${prefix}-${crypto.randomUUID()}`;

export type NewViolation = Omit<ViolationRecord, 'v' | 'id'>;
export async function addViolation(db: PartaDatabase, violation: NewViolation): Promise<ViolationRecord> {
  const record = violationRecordSchema.parse({ ...violation, v: VIOLATION_RECORD_VERSION, id: newId('violation') });
  await db.add('violations', record);
  return record;
}

export async function deleteViolation(db: PartaDatabase, id: string): Promise<void> {
  await db.delete('violations', id);
}

export type NewBlock = Omit<BlockRecord, 'v' | 'id' | 'endedAt' | 'ended' | 'endReason'>;
export async function addBlock(db: PartaDatabase, block: NewBlock): Promise<BlockRecord> {
  const record = blockRecordSchema.parse({ ...block, v: BLOCK_RECORD_VERSION, id: newId('block') });
  await db.add('blocks', record);
  return record;
}

/** The teacher unblocked: on time, or early with its reason (2.7). False when no such running block. */
export async function endBlock(db: PartaDatabase, id: string, ended: 'on-time' | 'early', reason: string, now: number): Promise<boolean> {
  const tx = db.transaction('blocks', 'readwrite');
  const found = upgradeBlock(await tx.store.get(id));
  if (!found.ok || found.record.endedAt !== undefined) {
    await tx.done;
    return false;
  }
  const record: BlockRecord = { ...found.record, endedAt: now, ended, ...(reason ? { endReason: reason } : {}) };
  await tx.store.put(blockRecordSchema.parse(record));
  await tx.done;
  return true;
}

/** Adds people who left; a name already listed (same person by name) is not added twice. Returns how many were added. */
export async function addLeavers(
  db: PartaDatabase,
  people: readonly { name: string; kind: LeaverRecord['kind']; classKey: string | null }[],
  now: number,
): Promise<number> {
  const tx = db.transaction('leavers', 'readwrite');
  const known = readValid(await tx.store.getAll(), upgradeLeaver).records;
  const keys = new Set(known.map((leaver) => nameKey(leaver.name)));
  let added = 0;
  for (const person of people) {
    const key = nameKey(person.name);
    if (!key || keys.has(key)) continue;
    keys.add(key);
    const record: LeaverRecord = { v: LEAVER_RECORD_VERSION, id: newId('leaver'), name: person.name.trim(), kind: person.kind, classKey: person.classKey, addedAt: now, seen: [] };
    await tx.store.put(leaverRecordSchema.parse(record));
    added++;
  }
  await tx.done;
  return added;
}

export async function deleteLeaver(db: PartaDatabase, id: string): Promise<void> {
  await db.delete('leavers', id);
}

export interface Sighting {
  /** The name as the chat shows it (a sender, or the person of a service line). */
  name: string;
  /** A service line said they left or were removed: no action needed in that chat. */
  left?: boolean;
  /** The name is the object of a service line, in the accusative («пригласила Ивана Сидорова»). */
  accusative?: boolean;
}

/**
 * Leavers seen in a chat: each sighting matches a listed leaver by name (lib/moderation/names.ts)
 * and is kept once per chat. A «left» line closes that chat for them; a later message reopens it.
 * Returns the leavers changed.
 */
export async function recordSightings(db: PartaDatabase, site: LeaverRecord['seen'][number]['site'], chat: string, sightings: readonly Sighting[], now: number): Promise<number> {
  if (sightings.length === 0) return 0;
  const tx = db.transaction('leavers', 'readwrite');
  const leavers = readValid(await tx.store.getAll(), upgradeLeaver).records;
  let changed = 0;
  for (const leaver of leavers) {
    const mine = sightings.filter((sighting) => sameName(leaver.name, sighting.name, { bAccusative: sighting.accusative === true }));
    if (mine.length === 0) continue;
    // The chat's last word on them decides: a message after their «left» line means they are back.
    const left = mine[mine.length - 1].left === true;
    const index = leaver.seen.findIndex((seen) => seen.site === site && seen.chat === chat);
    const existing = index >= 0 ? leaver.seen[index] : undefined;
    if (existing?.removedAt !== undefined) continue;
    if (existing && (existing.leftAt !== undefined) === left) continue;
    const next = { site, chat, at: existing?.at ?? now, ...(left ? { leftAt: now } : {}) };
    const seen = existing ? leaver.seen.map((entry, at) => (at === index ? next : entry)) : [...leaver.seen, next].slice(-200);
    await tx.store.put(leaverRecordSchema.parse({ ...leaver, seen }));
    changed++;
  }
  await tx.done;
  return changed;
}

/** The teacher removed a leaver from a chat. */
export async function markLeaverRemoved(db: PartaDatabase, id: string, site: string, chat: string, now: number): Promise<boolean> {
  const tx = db.transaction('leavers', 'readwrite');
  const found = upgradeLeaver(await tx.store.get(id));
  if (!found.ok) {
    await tx.done;
    return false;
  }
  const seen = found.record.seen.map((entry) => (entry.site === site && entry.chat === chat && entry.removedAt === undefined ? { ...entry, removedAt: now } : entry));
  await tx.store.put(leaverRecordSchema.parse({ ...found.record, seen }));
  await tx.done;
  return true;
}

/**
 * Forgets what is older than `cutoff` (lib/moderation/records.ts `moderationCutoff`): violations
 * recorded before it, blocks lifted or over before it, leavers unchanged since before it and in no
 * chat now. Damaged records stay (the teacher sees them counted). Returns how many were forgotten.
 */
export async function forgetModeration(db: PartaDatabase, cutoff: number): Promise<number> {
  const tx = db.transaction(['violations', 'blocks', 'leavers'], 'readwrite');
  let forgotten = 0;
  const sweep = async <T>(store: 'violations' | 'blocks' | 'leavers', upgrade: (raw: unknown) => Validated<T>, old: (record: T) => boolean) => {
    let cursor = await tx.objectStore(store).openCursor();
    while (cursor) {
      const record = upgrade(cursor.value);
      if (record.ok && old(record.record)) {
        await cursor.delete();
        forgotten++;
      }
      cursor = await cursor.continue();
    }
  };
  await sweep('violations', upgradeViolation, (record) => record.at < cutoff);
  await sweep('blocks', upgradeBlock, (record) => blockDone(record, cutoff));
  await sweep('leavers', upgradeLeaver, (record) => leaverDone(record, cutoff));
  await tx.done;
  return forgotten;
}
