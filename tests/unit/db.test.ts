/**
 * The database on fake-indexeddb: migrations from a frozen database of each older version, the
 * invite repository's transactions (duplicates, updates, all-or-nothing imports), damaged records.
 */
import { listClassSizes } from '../../lib/classes/size-store';
import 'fake-indexeddb/auto';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { forgetChatsSeenBefore, listChats, recordChats } from '../../lib/classes/chat-store';
import { addInvite, findInviteByUrl, listInvites, updateInvite } from '../../lib/invites/store';
import { applyRestore } from '../../lib/backup/restore';
import type { ImportPlan } from '../../lib/invites/transfer';
import { openPartaDb } from '../../lib/db/open';
import { listOverrides } from '../../lib/classes/override-store';
import { upgradeChat, upgradeClass } from '../../lib/classes/records';
import { readModeration } from '../../lib/moderation/store';
import { DB_VERSION, MIGRATIONS, type Migration } from '../../lib/db/schema';
import { createInvite, planImport, type InviteRecord } from '../../lib/invites/index';

let counter = 0;
const freshName = () => `parta-test-${++counter}-${Math.random().toString(36).slice(2)}`;

interface DbFixture {
  dbVersion: number;
  stores: { invites: unknown[]; chats: unknown[]; classes: unknown[]; overrides?: unknown[]; classSizes?: unknown[]; meta?: unknown[]; reports?: unknown[]; violations?: unknown[]; blocks?: unknown[]; leavers?: unknown[] };
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
    expect(chats.map((chat) => upgradeChat(chat).ok)).toEqual(fixture.stores.chats.map(() => true));
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

const T0 = Date.UTC(2026, 9, 1);
function record(link: string, id: string, className = '5А'): InviteRecord {
  const result = createInvite(
    { link, className, chatTitle: `Родители ${className}`, chatPurpose: 'parents', role: 'parent', recipients: '' },
    T0,
    id,
  );
  if (!result.ok) throw new Error(link);
  return result.record;
}
/** An invitations-only restore (what loading an invitations file writes). */
const applyImportPlan = (db: Parameters<typeof applyRestore>[0], plan: ImportPlan) =>
  applyRestore(db, { invites: plan, chats: [], classes: [], overrides: [], classSizes: [], moderation: { violations: [], blocks: [], leavers: [] }, settings: null, added: { chats: 0, classes: 0, overrides: 0 } });

const A = 'https://vk.me/join/AAAAAAAAAAAA01';
const B = 'https://vk.me/join/AAAAAAAAAAAA02';
const C = 'https://vk.me/join/AAAAAAAAAAAA03';

describe('invite repository', () => {
  test('the same link is never stored twice, even when added twice at once', async () => {
    const db = await openPartaDb({ name: freshName() });
    const results = await Promise.all([addInvite(db, record(A, '1')), addInvite(db, record(A, '2'))]);
    expect(results.map((result) => result.ok).sort()).toEqual([false, true]);
    const duplicate = results.find((result) => !result.ok);
    expect(duplicate).toMatchObject({ error: 'duplicate', existing: { id: '1' } });
    expect((await listInvites(db)).records).toHaveLength(1);
    db.close();
  });

  test('an action is read, applied and written in one go; refused actions change nothing', async () => {
    const db = await openPartaDb({ name: freshName() });
    await addInvite(db, record(A, '1'));
    expect(await updateInvite(db, '1', { type: 'send' }, T0 + 5)).toMatchObject({ ok: true, record: { status: 'sent', sentAt: T0 + 5 } });
    expect(await updateInvite(db, '1', { type: 'annul' }, T0 + 6)).toMatchObject({ ok: true, record: { status: 'annulled' } });
    expect(await updateInvite(db, '1', { type: 'done' }, T0 + 7)).toEqual({ ok: false, error: 'closed' });
    expect(await updateInvite(db, 'nope', { type: 'done' }, T0 + 7)).toEqual({ ok: false, error: 'missing' });
    const stored = await findInviteByUrl(db, A);
    expect(stored).toMatchObject({ status: 'annulled', closedAt: T0 + 6 });
    expect(stored?.history.map((entry) => entry.action)).toEqual(['created', 'sent', 'annulled']);
    db.close();
  });

  test('a damaged record is counted, not shown, and left in place', async () => {
    const db = await openPartaDb({ name: freshName() });
    await addInvite(db, record(A, '1'));
    await db.put('invites', { id: 'junk', url: 'x', status: 42 });
    const list = await listInvites(db);
    expect(list.records.map((r) => r.id)).toEqual(['1']);
    expect(list.damaged).toBe(1);
    expect(await db.get('invites', 'junk')).toBeDefined();
    expect(await updateInvite(db, 'junk', { type: 'done' }, T0)).toEqual({ ok: false, error: 'damaged' });
    db.close();
  });

  test('an import is all or nothing: one failing record leaves the register as it was', async () => {
    const db = await openPartaDb({ name: freshName() });
    await addInvite(db, record(A, '1'));
    // A plan made earlier; meanwhile link C was added under another id: writing the plan clashes.
    const plan = planImport([record(A, '1')], [record(B, '2'), record(C, '3')]);
    await addInvite(db, record(C, '9'));
    await expect(applyImportPlan(db, plan)).rejects.toThrow();
    expect((await listInvites(db)).records.map((r) => r.id).sort()).toEqual(['1', '9']);
    db.close();
  });

  test('an invalid record in a plan is refused before anything is written', async () => {
    const db = await openPartaDb({ name: freshName() });
    const bad = { ...record(B, '2'), status: 'lost' } as unknown as InviteRecord;
    await expect(applyImportPlan(db, { add: [record(A, '1'), bad], update: [], keep: 0 })).rejects.toThrow();
    expect((await listInvites(db)).records).toEqual([]);
    db.close();
  });

  test('a valid import adds and updates', async () => {
    const db = await openPartaDb({ name: freshName() });
    await addInvite(db, record(A, '1'));
    const newerA = { ...record(A, 'x'), status: 'done' as const, closedAt: T0 + 9, updatedAt: T0 + 9 };
    const plan = planImport((await listInvites(db)).records, [newerA, record(B, '2')]);
    await applyImportPlan(db, plan);
    const { records } = await listInvites(db);
    expect(records.map((r) => [r.id, r.status]).sort()).toEqual([
      ['1', 'done'],
      ['2', 'new'],
    ]);
    db.close();
  });
});

describe('chats seen', () => {
  test('seeing a chat again updates when it was last seen and never duplicates it', async () => {
    const db = await openPartaDb({ name: freshName() });
    expect(await recordChats(db, 'max', ['Родители 5А', '5А ученики', 'Родители 5А', '  '], T0)).toBe(2);
    expect(await recordChats(db, 'max', ['Родители 5А', 'Учительская'], T0 + 60_000)).toBe(1);
    expect(await recordChats(db, 'vk', ['Родители 5А'], T0 + 1)).toBe(1); // another messenger: another chat
    const { records } = await listChats(db);
    expect(records.map((chat) => [chat.key, chat.firstSeen, chat.lastSeen]).sort()).toEqual([
      ['max:5А ученики', T0, T0],
      ['max:Родители 5А', T0, T0 + 60_000],
      ['max:Учительская', T0 + 60_000, T0 + 60_000],
      ['vk:Родители 5А', T0 + 1, T0 + 1],
    ]);
    // Forgetting: chats last seen before the cutoff go, the others stay.
    expect(await forgetChatsSeenBefore(db, T0 + 2)).toBe(2);
    expect((await listChats(db)).records.map((chat) => chat.key).sort()).toEqual(['max:Родители 5А', 'max:Учительская']);
    db.close();
  });
});

describe('classes', () => {
  test('a journal reading replaces the previous one; the teacher’s typed classes win over it', async () => {
    const { listClasses, replaceClasses } = await import('../../lib/classes/class-store');
    const db = await openPartaDb({ name: freshName() });
    await replaceClasses(db, 'journal', [{ key: '5А', name: '5 «А»', own: true, subjects: [] }, { key: '6Б', name: '6Б', own: false, subjects: ['Физика'] }], T0);
    await replaceClasses(db, 'manual', [{ key: '6Б', name: '6 Б', own: true, subjects: [] }], T0 + 1);
    await replaceClasses(db, 'journal', [{ key: '6Б', name: '6Б', own: false, subjects: [] }, { key: '7В', name: '7В', own: false, subjects: [] }], T0 + 2);
    const classes = (await listClasses(db)).map((record) => [record.key, record.source, record.own]).sort();
    expect(classes).toEqual([
      ['6Б', 'manual', true],
      ['7В', 'journal', false],
    ]);
    db.close();
  });

  test('МЭШ shows the classes taught and the classes led on two pages: neither reading erases the other', async () => {
    const { listClasses, noteClasses, replaceClasses } = await import('../../lib/classes/class-store');
    const db = await openPartaDb({ name: freshName() });
    const taught = [
      { key: '5А', name: '5-А', own: false, subjects: ['Математика'] },
      { key: '7Б', name: '7-Б', own: false, subjects: ['Алгебра'] },
    ];
    const state = async () => (await listClasses(db)).map((record) => [record.key, record.own, record.subjects]).sort();
    await noteClasses(db, 'own', [{ key: '5А', name: '5-А', own: true, subjects: [] }], T0); // «Журналы класса» first
    await replaceClasses(db, 'journal', taught, T0 + 1); // then «Мои журналы»
    expect(await state()).toEqual([
      ['5А', true, ['Математика']],
      ['7Б', false, ['Алгебра']],
    ]);
    // The teacher no longer leads 5А, now 7Б: the page of led classes says so.
    await noteClasses(db, 'own', [{ key: '7Б', name: '7-Б', own: true, subjects: [] }], T0 + 2);
    expect(await state()).toEqual([
      ['5А', false, ['Математика']],
      ['7Б', true, ['Алгебра']],
    ]);
    // One class's page adds a class and keeps what is known of the others.
    await noteClasses(db, 'some', [{ key: '9В', name: '9 "В"', own: false, subjects: [] }], T0 + 3);
    expect((await state()).map(([key]) => key)).toEqual(['5А', '7Б', '9В']);
    db.close();
  });
});
