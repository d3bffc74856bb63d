/** What the database holds, counted per store, and erasing all of it in one transaction. */
import type { StoreNames } from 'idb';
import type { PartaDatabase } from './open';
import type { PartaDb } from './schema';

export const STORES = ['invites', 'chats', 'classes', 'overrides', 'classSizes', 'meta', 'reports', 'violations', 'blocks', 'leavers'] as const satisfies readonly StoreNames<PartaDb>[];

export type StoreCounts = Record<(typeof STORES)[number], number>;

export async function countStores(db: PartaDatabase): Promise<StoreCounts> {
  const tx = db.transaction([...STORES], 'readonly');
  const counts = await Promise.all(STORES.map((store) => tx.objectStore(store).count()));
  await tx.done;
  return Object.fromEntries(STORES.map((store, index) => [store, counts[index]])) as StoreCounts;
}

/** Every store emptied together, or none (one transaction). */
export async function eraseDatabase(db: PartaDatabase): Promise<void> {
  const tx = db.transaction([...STORES], 'readwrite');
  await Promise.all(STORES.map((store) => tx.objectStore(store).clear()));
  await tx.done;
}
