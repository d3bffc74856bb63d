/**
 * Parta's IndexedDB: stores, indexes and versioned migrations. Opened only in the extension's own
 * origin (background, popup, options); a content script's `indexedDB` would be the site's.
 *
 * Two kinds of version:
 * - the database version (`DB_VERSION`): stores and indexes. Each step is one function in
 *   `MIGRATIONS`, run inside IndexedDB's upgrade transaction, so a failed upgrade leaves the old
 *   database as it was.
 * - the record version (`v` in every record): a record's shape. Readers upgrade old records with
 *   `upgrade*` functions in records.ts and validate with zod; a record that is still invalid is
 *   reported as damaged and left untouched, never dropped.
 *
 * Changing anything here: add a migration (never edit a released one), bump DB_VERSION, and add
 * a fixture of the old version under tests/fixtures/db/ — the migration test opens it.
 */
import type { DBSchema, IDBPDatabase, IDBPTransaction, StoreNames } from 'idb';

export const DB_NAME = 'parta';

export interface PartaDb extends DBSchema {
  /** Invite links (lib/invites). Values are validated on read: typed as unknown on purpose. */
  invites: { key: string; value: unknown; indexes: { url: string; status: string } };
  /** Chat titles seen in the messenger's chat list (required-chats checklist). */
  chats: { key: string; value: unknown; indexes: { lastSeen: number } };
  /** Classes (or college groups) the teacher works with, from the e-journal or typed. */
  classes: { key: string; value: unknown };
  /** The teacher's corrections to the required-chats check («это родительский чат 5А», «не требуется»). */
  overrides: { key: string; value: unknown };
  /** How many students each class has: read from a journal page or typed by the teacher. */
  classSizes: { key: string; value: unknown };
  /** One-off records by name: the new school year's rollover and what undoes it. */
  meta: { key: string; value: unknown };
  /** Coverage reports of the school's teachers, imported by the director (lib/school-report/store.ts). */
  reports: { key: string; value: unknown };
  /** The moderation log (lib/moderation/records.ts): violations recorded by the teacher. */
  violations: { key: string; value: unknown };
  /** Blocks the teacher recorded, with their end and how they ended. */
  blocks: { key: string; value: unknown };
  /** People who left the school, and the chats where they were still seen. */
  leavers: { key: string; value: unknown };
  /** Invitations in the making: a missing chat's class, name and audience, waiting for the link (lib/invites/drafts.ts). */
  drafts: { key: string; value: unknown };
  /**
   * Copies kept only to open faster, rebuilt from the stores above whenever missing: the invitation
   * register as one record (lib/invites/register-copy.ts). Every write of a copied store forgets its copy in
   * the same transaction; a migration that changes such a store must clear this one.
   */
  caches: { key: string; value: unknown };
  /** «Кто ещё не в чате»: a class's list of pupils, kept only for the classes the teacher chose (lib/families). */
  classLists: { key: string; value: unknown };
  /** Each checked chat's members, as last read or pasted (lib/families). */
  memberLists: { key: string; value: unknown };
  /** Each school chat's member count, one per day it was read: how joining moved (numbers only). */
  memberCounts: { key: string; value: unknown; indexes: { chat: string } };
}

export type UpgradeTransaction = IDBPTransaction<PartaDb, StoreNames<PartaDb>[], 'versionchange'>;
export type Migration = (db: IDBPDatabase<PartaDb>, transaction: UpgradeTransaction) => void;

/** `MIGRATIONS[n - 1]` upgrades a database from version n - 1 to n. */
export const MIGRATIONS: readonly Migration[] = [
  // 1: the first schema.
  (db) => {
    const invites = db.createObjectStore('invites', { keyPath: 'id' });
    // Unique: the same invitation is never stored twice, even if two windows add it at once.
    invites.createIndex('url', 'url', { unique: true });
    invites.createIndex('status', 'status');
    const chats = db.createObjectStore('chats', { keyPath: 'key' });
    chats.createIndex('lastSeen', 'lastSeen');
    db.createObjectStore('classes', { keyPath: 'key' });
  },
  // 2: overrides of the required-chats check.
  (db) => {
    db.createObjectStore('overrides', { keyPath: 'id' });
  },
  // 3: class sizes, the school-year rollover, the director's imported reports.
  (db) => {
    db.createObjectStore('classSizes', { keyPath: 'key' });
    db.createObjectStore('meta', { keyPath: 'key' });
    db.createObjectStore('reports', { keyPath: 'id' });
  },
  // 4: the moderation log: violations, blocks, people who left.
  (db) => {
    db.createObjectStore('violations', { keyPath: 'id' });
    db.createObjectStore('blocks', { keyPath: 'id' });
    db.createObjectStore('leavers', { keyPath: 'id' });
  },
  // 5: invitation drafts of missing chats.
  (db) => {
    db.createObjectStore('drafts', { keyPath: 'id' });
  },
  // 6: copies that open faster (the invitation register as one record).
  (db) => {
    db.createObjectStore('caches', { keyPath: 'key' });
  },
  // 7: only group chats' titles are kept. Titles kept before may be personal chats' («Петров Саша
  // 7Б»): those with no member count go (a count is read only from a group's header), and what the
  // chat lists proved goes with them — the checklist asks to open the messenger again rather than
  // call a dropped chat missing. The copy of the register is rebuilt on its next read.
  (_db, transaction) => {
    const chats = transaction.objectStore('chats');
    void chats.openCursor().then(function sweep(cursor): Promise<void> | void {
      if (!cursor) return;
      const members = (cursor.value as { members?: unknown }).members;
      if (typeof members !== 'number') void cursor.delete();
      return cursor.continue().then(sweep);
    });
    const meta = transaction.objectStore('meta');
    for (const platform of ['max', 'vk']) void meta.delete(`chat-list:${platform}`);
  },
  // 8: «Кто ещё не в чате»: class lists (by the teacher's choice, per class) and chats' member lists.
  (db) => {
    db.createObjectStore('classLists', { keyPath: 'classKey' });
    db.createObjectStore('memberLists', { keyPath: 'key' });
  },
  // 9: member counts by day, for the trend («+3 за неделю»).
  (db) => {
    db.createObjectStore('memberCounts', { keyPath: 'key' }).createIndex('chat', 'chat');
  },
];

export const DB_VERSION = MIGRATIONS.length;
