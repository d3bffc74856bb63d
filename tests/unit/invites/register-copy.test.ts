/**
 * The register's one-record copy (fake-indexeddb): read instead of the store once made, forgotten
 * by every writer of invitations in the writer's own transaction, and read past when unsound.
 */
import 'fake-indexeddb/auto';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { openPartaDb, type PartaDatabase } from '../../../lib/db/open';
import { readValid } from '../../../lib/db/records';
import { eraseDatabase } from '../../../lib/db/erase';
import { upgradeInvite } from '../../../lib/invites/check';
import { addInvite, deleteInvite, listInvites, updateInvite } from '../../../lib/invites/store';
import { completeDraft, saveDraft } from '../../../lib/invites/draft-store';
import { applyRestore } from '../../../lib/backup/restore';
import { planRestore, type Everything } from '../../../lib/backup/backup';
import { applyRollover, undoRollover } from '../../../lib/school-year/store';
import { planRollover } from '../../../lib/school-year/plan';
import { listClasses, replaceClasses } from '../../../lib/classes/class-store';
import { DEFAULT_SETTINGS } from '../../../lib/settings/index';
import { created, T0 } from './records';

let counter = 0;
const fresh = () => openPartaDb({ name: `parta-copy-${++counter}-${Math.random().toString(36).slice(2)}` });
const DAY = 86_400_000;
const A = created({ link: 'https://vk.me/join/AAAAAAAAAA01' }, T0, 'a');
const B = created({ link: 'https://vk.me/join/AAAAAAAAAA02', chatTitle: 'Ученики 5А', chatPurpose: 'students', role: 'student' }, T0 + 1, 'b');

/** The register as the store holds it, read past any copy. */
async function inStore(db: PartaDatabase) {
  return readValid(await db.getAll('invites'), upgradeInvite);
}

/** Lists the register and waits until its copy has landed. */
async function listAndCopy(db: PartaDatabase) {
  const list = await listInvites(db);
  expect(await db.get('caches', 'invites')).toBeDefined();
  return list;
}

async function withTwo() {
  const db = await fresh();
  await addInvite(db, A);
  await addInvite(db, B);
  await listAndCopy(db);
  return db;
}

const sorted = (list: { records: { id: string }[]; damaged: number }) => ({
  ids: list.records.map((record) => record.id).sort(),
  records: [...list.records].sort((a, b) => a.id.localeCompare(b.id)),
  damaged: list.damaged,
});

describe('the register read from its copy', () => {
  test('once made, the copy is what is read (a write past the writers would not be seen)', async () => {
    const db = await withTwo();
    // A raw write, as no code of Parta's does (see the last test): the copy still answers.
    await db.delete('invites', 'a');
    expect(sorted(await listInvites(db)).ids).toEqual(['a', 'b']);
    db.close();
  });

  test('records and damaged ones read the same from the copy as from the store', async () => {
    const db = await fresh();
    await addInvite(db, A);
    await db.put('invites', { id: 'broken', v: 1, url: 'not a link' });
    const first = await listAndCopy(db);
    expect(first.damaged).toBe(1);
    const second = await listInvites(db);
    expect(sorted(second)).toEqual(sorted(first));
    expect(sorted(second)).toEqual(sorted(await inStore(db)));
    db.close();
  });

  test.each([
    ['not JSON', { key: 'invites', records: '[{', damaged: 0 }],
    ['not a list', { key: 'invites', records: '{}', damaged: 0 }],
    ['a bad count', { key: 'invites', records: '[]', damaged: -1 }],
    ['no records', { key: 'invites', damaged: 0 }],
  ])('a copy that is %s is read past: the store answers', async (_case, copy) => {
    const db = await withTwo();
    await db.put('caches', copy);
    expect(sorted(await listInvites(db))).toEqual(sorted(await inStore(db)));
    db.close();
  });

  test('a record in the copy is checked like a stored one', async () => {
    const db = await withTwo();
    await db.put('caches', { key: 'invites', records: JSON.stringify([A, { ...B, status: 'lost' }]), damaged: 0 });
    const list = await listInvites(db);
    expect(list.records.map((record) => record.id)).toEqual(['a']);
    expect(list.damaged).toBe(1);
    db.close();
  });
});

describe('every writer of invitations forgets the copy in its own transaction', () => {
  const writers: [string, (db: PartaDatabase) => Promise<unknown>][] = [
    ['adding', (db) => addInvite(db, created({ link: 'https://vk.me/join/AAAAAAAAAA03' }, T0, 'c'))],
    ['acting on one', (db) => updateInvite(db, 'a', { type: 'send' }, T0 + DAY)],
    ['deleting', (db) => deleteInvite(db, 'a')],
    [
      'completing a draft',
      async (db) => {
        const draft = { v: 1, id: 'd', classKey: '5А', className: '5А', chatTitle: 'Учителя 5А', chatPurpose: 'teachers', role: 'teacher', requirementId: 'class-teachers', createdAt: T0 } as const;
        await saveDraft(db, draft);
        return completeDraft(db, 'd', created({ link: 'https://vk.me/join/AAAAAAAAAA04', chatTitle: 'Учителя 5А', chatPurpose: 'teachers', role: 'teacher' }, T0, 'd'));
      },
    ],
    [
      'restoring a backup',
      async (db) => {
        const stored: Everything = { settings: DEFAULT_SETTINGS, invites: (await inStore(db)).records, chats: [], classes: [], overrides: [], classSizes: [], violations: [], blocks: [], leavers: [], drafts: [] };
        const file = { ...stored, invites: [{ ...A, chatTitle: 'Родители 5 «А»', updatedAt: T0 + DAY }] };
        return applyRestore(db, planRestore(stored, { ok: true, kind: 'everything', file }));
      },
    ],
    ['moving to the new school year', (db) => rollover(db)],

    ['erasing everything', (db) => eraseDatabase(db)],
  ];

  async function rollover(db: PartaDatabase) {
    const yearStart = T0 + 200 * DAY;
    await replaceClasses(db, 'manual', [{ key: '5А', name: '5А', own: true, subjects: [] }], T0);
    // Planned on what the stores hold, as the options page plans it.
    const plan = planRollover({ classes: await listClasses(db), sizes: [], overrides: [], invites: (await inStore(db)).records, chats: [], yearStart, now: yearStart + DAY });
    expect(plan.archived.length).toBeGreaterThan(0);
    await applyRollover(db, plan, yearStart, yearStart + DAY);
  }

  test.each(writers)('%s', async (_name, write) => {
    const db = await withTwo();
    const before = sorted(await inStore(db));
    await write(db);
    const after = sorted(await inStore(db));
    expect(after).not.toEqual(before);
    expect(sorted(await listInvites(db))).toEqual(after);
    db.close();
  });

  test('undoing the new school year', async () => {
    const db = await withTwo();
    await rollover(db);
    const moved = sorted(await listAndCopy(db));
    expect(await undoRollover(db)).toEqual({ ok: true });
    const after = sorted(await inStore(db));
    expect(after).not.toEqual(moved);
    expect(sorted(await listInvites(db))).toEqual(after);
    db.close();
  });

  test('no code writes the invitation store except through invitesToWrite', () => {
    const sources = fs.readdirSync('lib', { recursive: true, encoding: 'utf8' }).filter((file) => file.endsWith('.ts'));
    const rawWrite = /objectStore\(\s*'invites'\s*\)\s*\.\s*(put|add|delete|clear)\b|\.(put|add|delete|clear)\(\s*'invites'|transaction\(\s*'invites'\s*,\s*'readwrite'/;
    const offenders = sources.filter((file) => rawWrite.test(fs.readFileSync(path.join('lib', file), 'utf8')));
    expect(offenders).toEqual([]);
  });
});

describe('a copy that cannot be written', () => {
  test('the register is read all the same, and no copy is kept', async () => {
    const db = await fresh();
    await addInvite(db, A);
    const original = db.transaction.bind(db);
    // A browser that closes the read's transaction before the copy is written.
    (db as { transaction: unknown }).transaction = ((...args: Parameters<typeof original>) => {
      const tx = original(...args);
      const objectStore = tx.objectStore.bind(tx);
      (tx as { objectStore: unknown }).objectStore = (name: Parameters<typeof objectStore>[0]) => {
        const store = objectStore(name);
        if (name !== 'caches') return store;
        return new Proxy(store, {
          get: (target, key) => {
            if (key === 'put') {
              return () => {
                throw new DOMException('The transaction has finished.', 'TransactionInactiveError');
              };
            }
            const value: unknown = Reflect.get(target, key, target);
            return typeof value === 'function' ? value.bind(target) : value;
          },
        });
      };
      return tx;
    }) as typeof original;
    expect((await listInvites(db)).records.map((record) => record.id)).toEqual(['a']);
    (db as { transaction: unknown }).transaction = original;
    expect(await db.get('caches', 'invites')).toBeUndefined();
    db.close();
  });
});
