/**
 * What the database holds, counted per store, and erasing all of it in one transaction. Both walk
 * the stores the database really has (`objectStoreNames`), so a store added by an upgrade is
 * counted and erased without anyone remembering to list it here.
 */
import type { StoreNames } from 'idb';
import type { PartaDatabase } from './open';
import type { PartaDb } from './schema';

export type StoreName = StoreNames<PartaDb>;

/** Records per store, in the database's own order of its stores. */
export type StoreCounts = Readonly<Record<string, number>>;

function storeNames(db: PartaDatabase): StoreName[] {
  return [...db.objectStoreNames];
}

export async function countStores(db: PartaDatabase): Promise<StoreCounts> {
  const stores = storeNames(db);
  const tx = db.transaction(stores, 'readonly');
  const counts = await Promise.all(stores.map((store) => tx.objectStore(store).count()));
  await tx.done;
  return Object.fromEntries(stores.map((store, index) => [store, counts[index]]));
}

/** Every store emptied together, or none (one transaction). */
export async function eraseDatabase(db: PartaDatabase): Promise<void> {
  const stores = storeNames(db);
  const tx = db.transaction(stores, 'readwrite');
  await Promise.all(stores.map((store) => tx.objectStore(store).clear()));
  await tx.done;
}
