/** Opening the database: runs the pending migrations, and steps aside when a newer version waits. */
import { openDB, type IDBPDatabase } from 'idb';
import { DB_NAME, DB_VERSION, MIGRATIONS, type Migration, type PartaDb } from './schema';

export type PartaDatabase = IDBPDatabase<PartaDb>;

export interface OpenOptions {
  name?: string;
  /** For tests of older schemas: open at this version with the first `version` migrations. */
  version?: number;
  migrations?: readonly Migration[];
}

export async function openPartaDb(options: OpenOptions = {}): Promise<PartaDatabase> {
  const migrations = options.migrations ?? MIGRATIONS;
  const version = options.version ?? (options.migrations ? migrations.length : DB_VERSION);
  const db = await openDB<PartaDb>(options.name ?? DB_NAME, version, {
    upgrade(database, oldVersion, newVersion, transaction) {
      // A failing step aborts the upgrade: openDB rejects with the cause, and the database stays
      // at its old version with its data. The transaction's own rejection says nothing more.
      transaction.done.catch(() => undefined);
      for (let step = oldVersion; step < (newVersion ?? version); step++) migrations[step](database, transaction);
    },
    // Another context (popup, options, background) holds an older connection: it closes itself
    // (below) and reopens on its next use.
    blocked() {},
    blocking() {
      db.close();
    },
  });
  return db;
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
