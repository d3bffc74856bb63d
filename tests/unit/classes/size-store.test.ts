/**
 * Class sizes in the database (fake-indexeddb): a journal's reading and the teacher's typed number,
 * which always wins.
 */
import 'fake-indexeddb/auto';
import { describe, expect, test } from 'vitest';
import { openPartaDb } from '../../../lib/db/open';
import { listClassSizes, saveClassSizes } from '../../../lib/classes/size-store';

let counter = 0;
const fresh = () => openPartaDb({ name: `parta-14-${++counter}-${Math.random().toString(36).slice(2)}` });
const T0 = Date.UTC(2026, 8, 3, 9);
describe('class sizes', () => {
  test('a typed size wins over the journal’s; typing nothing forgets it', async () => {
    const db = await fresh();
    await saveClassSizes(db, 'journal', [{ key: '5А', size: 26 }], T0);
    await saveClassSizes(db, 'manual', [{ key: '5А', size: 27 }], T0 + 1);
    await saveClassSizes(db, 'journal', [{ key: '5А', size: 25 }], T0 + 2);
    expect((await listClassSizes(db)).map((record) => [record.key, record.size, record.source])).toEqual([['5А', 27, 'manual']]);
    await saveClassSizes(db, 'manual', [{ key: '5А', size: null }], T0 + 3);
    expect(await listClassSizes(db)).toEqual([]);
    await expect(saveClassSizes(db, 'manual', [{ key: '5А', size: 0 }], T0)).rejects.toThrow();
    db.close();
  });
});
