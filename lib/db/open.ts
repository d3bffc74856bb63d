/** Opening the database: runs the pending migrations, and steps aside when a newer version waits. */
import { openDB, type IDBPDatabase } from 'idb';
import { DB_NAME, DB_VERSION, MIGRATIONS, type Migration, type PartaDb } from './schema';

export type PartaDatabase = IDBPDatabase<PartaDb>;

/**
 * The upgrade waits on a connection that does not close (a Parta page of the old version, open in
 * another tab): said at once, instead of a page that waits forever.
 */
export class DatabaseBlockedError extends Error {
  override name = 'DatabaseBlockedError';
}

/** How long an upgrade may wait on older connections before the teacher is told. */
export const BLOCKED_TIMEOUT_MS = 3000;

export interface OpenOptions {
  name?: string;
  /** For tests of older schemas: open at this version with the first `version` migrations. */
  version?: number;
  migrations?: readonly Migration[];
}

export async function openPartaDb(options: OpenOptions = {}): Promise<PartaDatabase> {
  const migrations = options.migrations ?? MIGRATIONS;
  const version = options.version ?? (options.migrations ? migrations.length : DB_VERSION);
  let blockedTimer: ReturnType<typeof setTimeout> | undefined;
  let reportBlocked: (error: Error) => void = () => undefined;
  const blocked = new Promise<never>((_resolve, reject) => {
    reportBlocked = reject;
  });
  blocked.catch(() => undefined);
  const opening = openDB<PartaDb>(options.name ?? DB_NAME, version, {
    upgrade(database, oldVersion, newVersion, transaction) {
      // A failing step aborts the upgrade: openDB rejects with the cause, and the database stays
      // at its old version with its data. The transaction's own rejection says nothing more.
      transaction.done.catch(() => undefined);
      for (let step = oldVersion; step < (newVersion ?? version); step++) migrations[step](database, transaction);
    },
    // Another context (popup, options, background) holds an older connection: it closes itself
    // (below) and reopens on its next use. One that does not close (an old version's page) blocks
    // the upgrade: after a short wait the caller is told, and opening goes on in the background.
    blocked() {
      blockedTimer ??= setTimeout(() => reportBlocked(new DatabaseBlockedError('database upgrade blocked')), BLOCKED_TIMEOUT_MS);
    },
    blocking() {
      void opening.then((db) => db.close());
    },
  });
  try {
    return await Promise.race([opening, blocked]);
  } finally {
    clearTimeout(blockedTimer);
  }
}

/**
 * One lazily opened connection per context, reopened after it was closed for an upgrade or by
 * the browser.
 */
export function connection(options: OpenOptions = {}): () => Promise<PartaDatabase> {
  let pending: Promise<PartaDatabase> | null = null;
  return () => {
    if (!pending) {
      pending = openPartaDb(options).then((db) => {
        const forget = () => {
          pending = null;
        };
        db.addEventListener('close', forget);
        db.addEventListener('versionchange', forget);
        return db;
      });
      pending.catch(() => {
        pending = null;
      });
    }
    return pending;
  };
}
