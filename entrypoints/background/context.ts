/** What every room of the background shares: its one database connection and the soft-fail rule. */
import { connection, type PartaDatabase } from '../../lib/db/open';

/** One lazily opened connection for the whole worker. */
export const database: () => Promise<PartaDatabase> = connection();

/**
 * Work that must not take the worker down: a failure is logged («could not …») and the fallback
 * answered, so the sender gets a reply it can act on (try again, say so) instead of none.
 */
export async function softly<const T, const F>(what: string, work: () => Promise<T>, fallback: F): Promise<T | F> {
  try {
    return await work();
  } catch (error) {
    console.error(`[Parta] could not ${what}`, error);
    return fallback;
  }
}
