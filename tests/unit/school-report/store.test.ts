/**
 * The director's imported reports (fake-indexeddb): one per teacher, the newest file kept.
 */
import 'fake-indexeddb/auto';
import { describe, expect, test } from 'vitest';
import { openPartaDb } from '../../../lib/db/open';
import { listReports, saveReports } from '../../../lib/school-report/store';
import { eraseDatabase, countStores } from '../../../lib/db/erase';
import type { TeacherReport } from '../../../lib/school-report/report';

let counter = 0;
const fresh = () => openPartaDb({ name: `parta-14-${++counter}-${Math.random().toString(36).slice(2)}` });
const T0 = Date.UTC(2026, 8, 3, 9);
describe('the director’s reports', () => {
  const report = (teacher: string, exportedAt: number): TeacherReport => ({ format: 'parta-coverage-report', version: 1, teacher, exportedAt, platforms: 'max', threshold: 90, rows: [] });
  test('one per teacher, the newest file; erased with everything', async () => {
    const db = await fresh();
    expect(await saveReports(db, [report('Иванова', T0), report('Петрова', T0)])).toEqual([true, true]);
    expect(await saveReports(db, [report('иванова ', T0 - 1), report('Иванова', T0 + 1)])).toEqual([false, true]);
    expect((await listReports(db)).map((entry) => [entry.teacher, entry.exportedAt]).sort()).toEqual([
      ['Иванова', T0 + 1],
      ['Петрова', T0],
    ]);
    await eraseDatabase(db);
    expect(Object.values(await countStores(db)).every((count) => count === 0)).toBe(true);
    db.close();
  });

  test('two files of one teacher chosen together are taken in order: the newer stays, an older one after it is refused', async () => {
    const db = await fresh();
    expect(await saveReports(db, [report('Иванова', T0), report('Иванова', T0 + 5)])).toEqual([true, true]);
    expect(await saveReports(db, [report('Иванова', T0 + 9), report('Иванова', T0 + 7)])).toEqual([true, false]);
    expect(await saveReports(db, [report('Иванова', T0 + 1), report('Петрова', T0)])).toEqual([false, true]);
    expect((await listReports(db)).map((entry) => [entry.teacher, entry.exportedAt]).sort()).toEqual([
      ['Иванова', T0 + 9],
      ['Петрова', T0],
    ]);
    db.close();
  });
});
