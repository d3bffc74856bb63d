/**
 * Writing the new school year's step (plan.ts) in one transaction, changing only the records it
 * changes (what does not validate — a newer version's, a damaged one — is left as it is), keeping
 * what it changed so that it can be undone — until the teacher changes their classes, sizes or corrections again:
 * an undo then would throw their later work away, so it is refused and says why.
 */
import * as z from 'zod/mini';
import { rolloverBasis, type RolloverPlan } from './plan';
import { ChangedSinceError } from '../db/revision';
import { inviteRecordSchema } from '../invites/schema';
import { timeSchema } from '../db/records';
import { allOrNothing } from '../db/all-or-nothing';
import type { PartaDatabase } from '../db/open';
import { readValid } from '../db/records';
import { classRecordSchema, classSizeRecordSchema, overrideRecordSchema, upgradeClass, upgradeClassSize, upgradeOverride, type ClassRecord, type ClassSizeRecord, type OverrideRecord } from '../classes/records';
import { upgradeInvite } from '../invites/check';
import { invitesToWrite } from '../invites/register-copy';

export const ROLLOVER_KEY = 'rollover';

const rolloverRecordSchema = z.strictObject({
  key: z.literal(ROLLOVER_KEY),
  v: z.literal(1),
  appliedAt: timeSchema,
  /** The school year it was taken for (its first day): not offered again for it. */
  yearStart: timeSchema,
  /** Whether it can still be undone (false once undone, or after a later change). */
  undoable: z.boolean(),
  before: z.strictObject({
    classes: z.array(classRecordSchema),
    sizes: z.array(classSizeRecordSchema),
    overrides: z.array(overrideRecordSchema),
  }),
  archivedIds: z.array(z.string()),
  /** The classes the step moved up (their keys before it); optional: added after the first version. */
  movedFrom: z.optional(z.array(z.string())),
  /** What the three stores held right after the step (see `fingerprint`). */
  after: z.string(),
});
export type RolloverRecord = z.infer<typeof rolloverRecordSchema>;

/**
 * What the teacher has changed by hand in the stores a step changes: classes and sizes they typed,
 * their corrections. A journal's reading is not the teacher's change — a visit to the journal after
 * the step (still showing last year's names, say) leaves the undo open.
 */
export function fingerprint(classes: readonly ClassRecord[], sizes: readonly ClassSizeRecord[], overrides: readonly OverrideRecord[]): string {
  const sorted = <T>(list: readonly T[], key: (item: T) => string) => [...list].sort((a, b) => key(a).localeCompare(key(b)));
  const typed = <T extends { source: string }>(list: readonly T[]) => list.filter((record) => record.source === 'manual');
  return JSON.stringify([
    sorted(typed(classes), (record) => record.key).map((record) => [record.key, record.name, record.own ?? false, [...(record.subjects ?? [])].sort()]),
    sorted(typed(sizes), (record) => record.key).map((record) => [record.key, record.size]),
    sorted(overrides, (record) => record.id).map((record) => record.id),
  ]);
}

/**
 * After the step: classes a journal read since still shows under last year's names (5А when the
 * step made it 6А). Said in words; the undo stays open — perhaps the school has not moved yet.
 */
export function staleJournalNames(record: RolloverRecord, classes: readonly ClassRecord[]): string[] {
  const movedFrom = new Set(record.movedFrom ?? []);
  return classes.filter((now) => now.source === 'journal' && now.updatedAt > record.appliedAt && movedFrom.has(now.key)).map((now) => now.name);
}

export async function readRollover(db: PartaDatabase): Promise<RolloverRecord | null> {
  const parsed = rolloverRecordSchema.safeParse(await db.get('meta', ROLLOVER_KEY));
  return parsed.success ? parsed.data : null;
}

async function readStores(tx: { objectStore(name: 'classes' | 'classSizes' | 'overrides'): { getAll(): Promise<unknown[]> } }) {
  return {
    classes: readValid(await tx.objectStore('classes').getAll(), upgradeClass).records,
    sizes: readValid(await tx.objectStore('classSizes').getAll(), upgradeClassSize).records,
    overrides: readValid(await tx.objectStore('overrides').getAll(), upgradeOverride).records,
  };
}

type Store = 'classes' | 'classSizes' | 'overrides';
type StoreTx = { objectStore(name: Store): { getAll(): Promise<unknown[]>; getAllKeys(): Promise<string[]>; delete(key: string): Promise<void>; put(value: never): Promise<unknown> } };
const KEY_OF: Record<Store, (record: { key?: string; id?: string }) => string> = {
  classes: (record) => record.key ?? '',
  classSizes: (record) => record.key ?? '',
  overrides: (record) => record.id ?? '',
};
const UPGRADE: Record<Store, (raw: unknown) => { ok: boolean; record?: unknown }> = { classes: upgradeClass, classSizes: upgradeClassSize, overrides: upgradeOverride };

/**
 * The store's valid records become `next`: those not in it are deleted, `next` is put. A record
 * that does not validate (from a newer version, or damaged) is not this step's: it stays untouched.
 */
async function replaceValid(tx: StoreTx, store: Store, next: readonly { key?: string; id?: string }[]): Promise<void> {
  const objects = tx.objectStore(store);
  const wanted = new Set(next.map(KEY_OF[store]));
  const [values, keys] = await Promise.all([objects.getAll(), objects.getAllKeys()]);
  for (let index = 0; index < values.length; index++) {
    const read = UPGRADE[store](values[index]);
    if (read.ok && !wanted.has(KEY_OF[store](read.record as { key?: string; id?: string }))) await objects.delete(keys[index]);
  }
  for (const record of next) await objects.put(record as never);
}

/** Applies the plan: every store in one transaction, the state before kept for an undo. */
export async function applyRollover(db: PartaDatabase, plan: RolloverPlan, yearStart: number, now: number): Promise<void> {
  const classes = plan.classes.map((record) => classRecordSchema.parse(record));
  const sizes = plan.sizes.map((record) => classSizeRecordSchema.parse(record));
  const overrides = plan.overrides.map((record) => overrideRecordSchema.parse(record));
  const archived = plan.archived.map((record) => inviteRecordSchema.parse(record));
  const tx = db.transaction(['classes', 'classSizes', 'overrides', 'invites', 'meta', 'caches'], 'readwrite');
  await allOrNothing(tx, async () => {
    const before = await readStores(tx);
    // Planned on what the stores held then: a change since (a chat marked sent, a correction made) is
    // never overwritten — the preview is shown again.
    const invitesNow = readValid(await tx.objectStore('invites').getAll(), upgradeInvite).records;
    if (rolloverBasis({ ...before, invites: invitesNow }) !== plan.basis) throw new ChangedSinceError('changed since the preview');
    await replaceValid(tx, 'classes', classes);
    await replaceValid(tx, 'classSizes', sizes);
    await replaceValid(tx, 'overrides', overrides);
    const invites = invitesToWrite(tx);
    for (const record of archived) await invites.put(record);
    const record: RolloverRecord = {
      key: ROLLOVER_KEY,
      v: 1,
      appliedAt: now,
      yearStart,
      undoable: true,
      before,
      archivedIds: archived.map((invite) => invite.id),
      movedFrom: plan.moves.filter((move) => move.toKey !== move.fromKey).map((move) => move.fromKey),
      after: fingerprint(classes, sizes, overrides),
    };
    await tx.objectStore('meta').put(rolloverRecordSchema.parse(record));
  });
}

export type UndoResult = { ok: true } | { ok: false; reason: 'nothing' | 'changed-since' };

/** Puts back what the last step changed, if nothing was changed since. One transaction. */
export async function undoRollover(db: PartaDatabase): Promise<UndoResult> {
  const tx = db.transaction(['classes', 'classSizes', 'overrides', 'invites', 'meta', 'caches'], 'readwrite');
  let result: UndoResult = { ok: true };
  await allOrNothing(tx, async () => {
    const parsed = rolloverRecordSchema.safeParse(await tx.objectStore('meta').get(ROLLOVER_KEY));
    if (!parsed.success || !parsed.data.undoable) {
      result = { ok: false, reason: 'nothing' };
      return;
    }
    const record = parsed.data;
    const now = await readStores(tx);
    if (fingerprint(now.classes, now.sizes, now.overrides) !== record.after) {
      await tx.objectStore('meta').put(withoutUndo(record));
      result = { ok: false, reason: 'changed-since' };
      return;
    }
    await replaceValid(tx, 'classes', record.before.classes);
    await replaceValid(tx, 'classSizes', record.before.sizes);
    await replaceValid(tx, 'overrides', record.before.overrides);
    for (const id of record.archivedIds) {
      const invite = upgradeInvite(await tx.objectStore('invites').get(id));
      if (invite.ok && invite.record.archivedAt === record.appliedAt) {
        const { archivedAt: _archived, ...rest } = invite.record;
        await invitesToWrite(tx).put(rest);
      }
    }
    // Undone: the step is offered again for this year.
    await tx.objectStore('meta').delete(ROLLOVER_KEY);
  });
  return result;
}

/** The record once its undo is gone: the copy of the classes before the step is not kept. */
function withoutUndo(record: RolloverRecord): RolloverRecord {
  return { ...record, undoable: false, before: { classes: [], sizes: [], overrides: [] }, archivedIds: [] };
}

/**
 * Drops the copy of the classes kept for an undo once the undo can no longer happen (the teacher
 * changed classes, sizes or corrections since): a copy of last year's classes is not kept for
 * nothing. Run with the daily housekeeping. Returns whether it dropped one.
 */
export async function forgetStaleUndo(db: PartaDatabase): Promise<boolean> {
  const tx = db.transaction(['classes', 'classSizes', 'overrides', 'meta'], 'readwrite');
  let dropped = false;
  await allOrNothing(tx, async () => {
    const parsed = rolloverRecordSchema.safeParse(await tx.objectStore('meta').get(ROLLOVER_KEY));
    if (!parsed.success || !parsed.data.undoable) return;
    const now = await readStores(tx);
    if (fingerprint(now.classes, now.sizes, now.overrides) === parsed.data.after) return;
    await tx.objectStore('meta').put(withoutUndo(parsed.data));
    dropped = true;
  });
  return dropped;
}

/** Whether the last step can still be undone (nothing changed since). */
export async function canUndoRollover(db: PartaDatabase): Promise<boolean> {
  const record = await readRollover(db);
  if (!record?.undoable) return false;
  const tx = db.transaction(['classes', 'classSizes', 'overrides'], 'readonly');
  const now = await readStores(tx);
  await tx.done;
  return fingerprint(now.classes, now.sizes, now.overrides) === record.after;
}
