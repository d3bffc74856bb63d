/**
 * Migrations on fake-indexeddb: a frozen database of each older version opens at the current one
 * with every record kept; a failing step leaves the old database as it was.
 */
import { listClassSizes } from '../../../lib/classes/size-store';
import 'fake-indexeddb/auto';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { listInvites } from '../../../lib/invites/store';
import { openPartaDb } from '../../../lib/db/open';
import { listOverrides } from '../../../lib/classes/override-store';
import { upgradeChat, upgradeClass } from '../../../lib/classes/records';
import { readModeration } from '../../../lib/moderation/store';
import { listDrafts } from '../../../lib/invites/draft-store';
import { listClassLists, listMemberLists } from '../../../lib/families/store';
import { listMemberCounts } from '../../../lib/classes/chat-store';
import { DB_VERSION, MIGRATIONS, type Migration } from '../../../lib/db/schema';
import { type InviteRecord } from '../../../lib/invites/index';

let counter = 0;
const freshName = () => `parta-test-${++counter}-${Math.random().toString(36).slice(2)}`;

interface DbFixture {
  dbVersion: number;
  stores: { invites: unknown[]; chats: unknown[]; classes: unknown[]; overrides?: unknown[]; classSizes?: unknown[]; meta?: unknown[]; reports?: unknown[]; violations?: unknown[]; blocks?: unknown[]; leavers?: unknown[]; drafts?: unknown[]; caches?: unknown[]; classLists?: unknown[]; memberLists?: unknown[]; memberCounts?: unknown[] };
}

const FIXTURE_DIR = path.resolve('tests/fixtures/db');
const fixtures = fs
  .readdirSync(FIXTURE_DIR)
  .filter((file) => /^v\d+\.json$/.test(file))
  .map((file) => [file, JSON.parse(fs.readFileSync(path.join(FIXTURE_DIR, file), 'utf8')) as DbFixture] as const);

/** Writes a fixture exactly as a database of its version held it: raw values, that version's stores. */
async function writeOldDatabase(name: string, fixture: DbFixture, migrations: readonly Migration[] = MIGRATIONS) {
  const old = await openPartaDb({ name, migrations: migrations.slice(0, fixture.dbVersion) });
  const stores = Object.keys(fixture.stores) as (keyof DbFixture['stores'])[];
  const tx = old.transaction(stores, 'readwrite');
  for (const store of stores) for (const value of fixture.stores[store] ?? []) await tx.objectStore(store).put(value);
  await tx.done;
  old.close();
}

describe('migrations', () => {
  test('there is a frozen database fixture for every schema version up to the current one', () => {
    expect(fixtures.map(([file]) => file).sort()).toEqual(
      Array.from({ length: DB_VERSION }, (_, index) => `v${index + 1}.json`).sort(),
    );
  });

  test.each(fixtures)('a database written by %s opens with the current schema with every record intact', async (_file, fixture) => {
    const name = freshName();
    await writeOldDatabase(name, fixture);
    const db = await openPartaDb({ name });
    expect(db.version).toBe(DB_VERSION);
    const { records, damaged } = await listInvites(db);
    expect(damaged).toBe(0);
    expect(records).toHaveLength(fixture.stores.invites.length);
    // Current-version fixtures compare field for field; older ones must at least keep ids and links.
    for (const stored of fixture.stores.invites as InviteRecord[]) {
      const found = records.find((record) => record.id === stored.id);
      expect(found?.url).toBe(stored.url);
      if (fixture.dbVersion === DB_VERSION) expect(found).toEqual(stored);
    }
    const chats = await db.getAll('chats');
    // From version 7 only group chats' titles are kept: a title kept before with no member count (read
    // only from a group's header) may be a person's chat, and goes.
    const kept = fixture.dbVersion < 7 ? fixture.stores.chats.filter((chat) => typeof (chat as { members?: unknown }).members === 'number') : fixture.stores.chats;
    expect(chats).toEqual(kept);
    expect(chats.map((chat) => upgradeChat(chat).ok)).toEqual(kept.map(() => true));
    const classes = await db.getAll('classes');
    expect(classes.map((value) => upgradeClass(value).ok)).toEqual(fixture.stores.classes.map(() => true));
    const overrides = await listOverrides(db);
    expect(overrides).toEqual(fixture.stores.overrides ?? []);
    expect(await listClassSizes(db)).toEqual(fixture.stores.classSizes ?? []);
    const moderation = await readModeration(db);
    expect(moderation.damaged).toBe(0);
    expect(moderation.violations).toHaveLength(fixture.stores.violations?.length ?? 0);
    expect(moderation.blocks).toHaveLength(fixture.stores.blocks?.length ?? 0);
    expect(moderation.leavers).toHaveLength(fixture.stores.leavers?.length ?? 0);
    expect(await listDrafts(db)).toEqual(fixture.stores.drafts ?? []);
    expect(await listClassLists(db)).toEqual(fixture.stores.classLists ?? []);
    expect(await listMemberLists(db)).toEqual(fixture.stores.memberLists ?? []);
    expect(await listMemberCounts(db)).toEqual(fixture.stores.memberCounts ?? []);
    db.close();
  });

  test('7: titles that may be personal chats go, and what the chat lists proved with them; a group\'s title with its count stays', async () => {
    const [, v6] = fixtures.find(([file]) => file === 'v6.json')!;
    const name = freshName();
    const old = { ...v6, stores: { ...v6.stores, meta: [{ key: 'chat-list:max', v: 1, platform: 'max', seenAt: 1, rows: 3, wholeAt: 1, wholeRows: 3 }, { key: 'rollover', kept: true }] } };
    await writeOldDatabase(name, old);
    const db = await openPartaDb({ name });
    expect((await db.getAll('chats')).map((chat) => (chat as { title: string }).title)).toEqual(['Родители 5А']);
    // Nothing was seen of the lists since: the checklist asks to open the messenger, never says «нет».
    expect((await db.getAll('meta')).map((record) => (record as { key: string }).key)).toEqual(['rollover']);
    db.close();
  });

  test('a next migration runs on top of existing data and keeps it', async () => {
    const [, latest] = fixtures.find(([file]) => file === `v${DB_VERSION}.json`)!;
    const name = freshName();
    await writeOldDatabase(name, latest);
    const next: Migration = (_db, tx) => {
      tx.objectStore('chats').createIndex('site' as 'lastSeen', 'site');
    };
    const db = await openPartaDb({ name, migrations: [...MIGRATIONS, next] });
    expect(db.version).toBe(DB_VERSION + 1);
    expect(await db.transaction('chats').store.index('site' as 'lastSeen').count()).toBe(latest.stores.chats.length);
    expect((await listInvites(db)).records).toHaveLength(latest.stores.invites.length);
    db.close();
  });

  test('a failing migration leaves the old database and its data as they were', async () => {
    const [, latest] = fixtures.find(([file]) => file === `v${DB_VERSION}.json`)!;
    const name = freshName();
    await writeOldDatabase(name, latest);
    const broken: Migration = (_db, tx) => {
      tx.objectStore('invites').deleteIndex('status');
      throw new Error('migration bug');
    };
    await expect(openPartaDb({ name, migrations: [...MIGRATIONS, broken] })).rejects.toThrow();
    const db = await openPartaDb({ name });
    expect(db.version).toBe(DB_VERSION);
    expect(db.transaction('invites').store.indexNames.contains('status')).toBe(true);
    expect((await listInvites(db)).records).toHaveLength(latest.stores.invites.length);
    db.close();
  });
});
