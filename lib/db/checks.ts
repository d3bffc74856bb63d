/**
 * The pieces of the fast record checks (lib/invites/check.ts, lib/school-report/check.ts): each
 * accepts exactly what the matching zod piece accepts — the checks' property tests hold them to
 * their schemas.
 */
import { MAX_TIME } from './records';

/** An object that is not an array (what zod's object accepts). */
export const isPlainObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/** A whole number from `min` to `max` (zod's `int()` with bounds). */
export const isWhole = (value: unknown, min: number, max: number): value is number => typeof value === 'number' && Number.isSafeInteger(value) && value >= min && value <= max;

/** A moment as `timeSchema` takes it. */
export const isTime = (value: unknown) => isWhole(value, 0, MAX_TIME);

/** A string of `min` to `max` UTF-16 units. */
export const isText = (value: unknown, min: number, max: number) => typeof value === 'string' && value.length >= min && value.length <= max;

/**
 * No key beyond `allowed` (a strict object). Required keys need no look of their own: each
 * check refuses undefined, which is what a missing key reads as (the property tests hold it).
 */
export function hasKeys(object: Record<string, unknown>, allowed: ReadonlySet<string>): boolean {
  for (const key in object) if (!allowed.has(key)) return false;
  return true;
}
