/**
 * Helpers every store's records share: the time field, validation that reports instead of
 * throwing, and the one read-and-upgrade loop. Each feature keeps its own record schemas beside
 * its store (lib/classes/records.ts, lib/invites/schema.ts, lib/moderation/records.ts, …).
 */
import * as z from 'zod/mini';

/** The last moment a JavaScript date can hold: later «times» break every date function (backups). */
export const MAX_TIME = 8_640_000_000_000_000;
/** A moment in ms since 1970: whole, not negative, a real date. One definition for every record. */
export const timeSchema = z.number().check(z.int(), z.nonnegative(), z.lte(MAX_TIME));

export type Validated<T> = { ok: true; record: T } | { ok: false };

export function validate<T>(schema: z.ZodMiniType<T>, raw: unknown): Validated<T> {
  const parsed = schema.safeParse(raw);
  return parsed.success ? { ok: true, record: parsed.data } : { ok: false };
}

/**
 * Every record of a store, each upgraded and validated: the valid ones, and how many were damaged
 * (left in place, never dropped). The one read-and-upgrade loop of the repositories.
 */
export function readValid<Record>(values: readonly unknown[], upgrade: (raw: unknown) => Validated<Record>): { records: Record[]; damaged: number } {
  const records: Record[] = [];
  let damaged = 0;
  for (const value of values) {
    const upgraded = upgrade(value);
    if (upgraded.ok) records.push(upgraded.record);
    else damaged++;
  }
  return { records, damaged };
}
