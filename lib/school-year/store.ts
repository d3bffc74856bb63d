/**
 * Writing the new school year's step (lib/rollover.ts) in one transaction, keeping what it changed
 * so that it can be undone — until the teacher changes their classes, sizes or corrections again:
 * an undo then would throw their later work away, so it is refused and says why.
 */
import * as z from 'zod/mini';
import type { RolloverPlan } from './plan';
import { inviteRecordSchema } from '../invites/schema';
import { timeSchema } from '../db/records';
import { allOrNothing } from '../db/all-or-nothing';
import type { PartaDatabase } from '../db/open';
import { readValid } from '../db/records';
import { classRecordSchema, classSizeRecordSchema, overrideRecordSchema, upgradeClass, upgradeClassSize, upgradeOverride, type ClassRecord, type ClassSizeRecord, type OverrideRecord } from '../classes/records';
import { upgradeInvite } from '../invites/check';

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
  /** What the three stores held right after the step (see `fingerprint`). */
  after: z.string(),
});
export type RolloverRecord = z.infer<typeof rolloverRecordSchema>;

/** The teacher-visible content of the stores a step changes; times left out (a journal re-read is not a change). */
export function fingerprint(classes: readonly ClassRecord[], sizes: readonly ClassSizeRecord[], overrides: readonly OverrideRecord[]): string {
  const sorted = <T>(list: readonly T[], key: (item: T) => string) => [...list].sort((a, b) => key(a).localeCompare(key(b)));
  return JSON.stringify([
    sorted(classes, (record) => record.key).map((record) => [record.key, record.name, record.source, record.own ?? false, [...(record.subjects ?? [])].sort()]),
    sorted(sizes, (record) => record.key).map((record) => [record.key, record.size, record.source]),
    sorted(overrides, (record) => record.id).map((record) => record.id),
  ]);
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

/** Applies the plan: every store in one transaction, the state before kept for an undo. */
export async function applyRollover(db: PartaDatabase, plan: RolloverPlan, yearStart: number, now: number): Promise<void> {
  const classes = plan.classes.map((record) => classRecordSchema.parse(record));
  const sizes = plan.sizes.map((record) => classSizeRecordSchema.parse(record));
  const overrides = plan.overrides.map((record) => overrideRecordSchema.parse(record));
  const archived = plan.archived.map((record) => inviteRecordSchema.parse(record));
  const tx = db.transaction(['classes', 'classSizes', 'overrides', 'invites', 'meta'], 'readwrite');
  await allOrNothing(tx, async () => {
    const before = await readStores(tx);
    for (const store of ['classes', 'classSizes', 'overrides'] as const) await tx.objectStore(store).clear();
    for (const record of classes) await tx.objectStore('classes').put(record);
    for (const record of sizes) await tx.objectStore('classSizes').put(record);
    for (const record of overrides) await tx.objectStore('overrides').put(record);
    for (const record of archived) await tx.objectStore('invites').put(record);
    const record: RolloverRecord = {
      key: ROLLOVER_KEY,
      v: 1,
      appliedAt: now,
      yearStart,
      undoable: true,
      before,
      archivedIds: archived.map((invite) => invite.id),
      after: fingerprint(classes, sizes, overrides),
    };
    await tx.objectStore('meta').put(rolloverRecordSchema.parse(record));
  });
}

export type UndoResult = { ok: true } | { ok: false; reason: 'nothing' | 'changed-since' };

/** Puts back what the last step changed, if nothing was changed since. One transaction. */
export async function undoRollover(db: PartaDatabase): Promise<UndoResult> {
  const tx = db.transaction(['classes', 'classSizes', 'overrides', 'invites', 'meta'], 'readwrite');
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
      await tx.objectStore('meta').put({ ...record, undoable: false });
      result = { ok: false, reason: 'changed-since' };
      return;
    }
    for (const store of ['classes', 'classSizes', 'overrides'] as const) await tx.objectStore(store).clear();
    for (const value of record.before.classes) await tx.objectStore('classes').put(value);
    for (const value of record.before.sizes) await tx.objectStore('classSizes').put(value);
    for (const value of record.before.overrides) await tx.objectStore('overrides').put(value);
    for (const id of record.archivedIds) {
      const invite = upgradeInvite(await tx.objectStore('invites').get(id));
      if (invite.ok && invite.record.archivedAt === record.appliedAt) {
        const { archivedAt: _archived, ...rest } = invite.record;
        await tx.objectStore('invites').put(rest);
      }
    }
    // Undone: the step is offered again for this year.
    await tx.objectStore('meta').delete(ROLLOVER_KEY);
  });
  return result;
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
