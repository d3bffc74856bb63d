/**
 * The invitation register kept a second time as one record, to open faster: Chromium's IndexedDB
 * returns ten thousand records from `getAll` in 150–250 ms (a cost per record inside the
 * database), one record holding them all as JSON text in ~30 ms with its parsing (`npm run bench`).
 *
 * The copy is only ever a faster read of the store, never a second truth:
 * - every transaction that writes invitations takes the store through `invitesToWrite`, which
 *   deletes the copy in that same transaction (the compiler refuses a transaction without
 *   `caches`, and tests/unit/invites/register-copy.test.ts runs every writer);
 * - the next read finds no copy, reads the store and writes the copy in one transaction, so no
 *   write can fall between the two;
 * - a copy is checked like any stored record: one that fails is read past, and its records are
 *   checked one by one as the store's are.
 */
import type { IDBPTransaction, StoreNames } from 'idb';
import type { PartaDatabase } from '../db/open';
import type { PartaDb } from '../db/schema';
import { isPlainObject, isWhole } from '../db/checks';
import { readValid } from '../db/records';
import { upgradeInvite } from './check';
import type { InviteRecord } from './schema';

const COPY_KEY = 'invites';

export interface InviteList {
  records: InviteRecord[];
  /** Stored records that fail validation: kept in the database, not shown, counted for the UI. */
  damaged: number;
}

type Stores = ArrayLike<StoreNames<PartaDb>>;
/** A read-write transaction over the invitations and the copies (a type error otherwise). */
type InviteWriting<S extends Stores> = IDBPTransaction<PartaDb, S, 'readwrite'> &
  ('invites' extends S[number] ? ('caches' extends S[number] ? unknown : never) : never);

/** The invitation store of a writing transaction; the register's copy is forgotten with it. */
export function invitesToWrite<S extends Stores>(tx: InviteWriting<S>) {
  const writing = tx as unknown as IDBPTransaction<PartaDb, ['invites', 'caches'], 'readwrite'>;
  // A failed delete aborts the transaction, and the caller hears of it from the transaction.
  writing.objectStore('caches').delete(COPY_KEY).catch(() => undefined);
  return writing.objectStore('invites');
}

/** The register: from its copy when there is a sound one, otherwise from the store (and copied). */
export async function readRegister(db: PartaDatabase): Promise<InviteList> {
  const copied = fromCopy(await db.get('caches', COPY_KEY));
  if (copied) return copied;
  const tx = db.transaction(['invites', 'caches'], 'readwrite');
  const list = readValid(await tx.objectStore('invites').getAll(), upgradeInvite);
  // Still inside the read's transaction: the copy is exactly what was read. Not awaited: the
  // register is on its way to the screen, and a copy that fails to land (even at once, a
  // transaction some browser already closed) is only rebuilt next time.
  try {
    tx.objectStore('caches')
      .put({ key: COPY_KEY, records: JSON.stringify(list.records), damaged: list.damaged })
      .catch(() => undefined);
  } catch {
    // the register is read all the same
  }
  tx.done.catch(() => undefined);
  return list;
}

function fromCopy(raw: unknown): InviteList | null {
  if (!isPlainObject(raw) || typeof raw.records !== 'string') return null;
  const damaged = raw.damaged;
  if (!isWhole(damaged, 0, Number.MAX_SAFE_INTEGER)) return null;
  let values: unknown;
  try {
    values = JSON.parse(raw.records);
  } catch {
    return null;
  }
  if (!Array.isArray(values)) return null;
  const list = readValid(values, upgradeInvite);
  return { records: list.records, damaged: list.damaged + damaged };
}
