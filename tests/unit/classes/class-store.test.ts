/**
 * The teacher's classes, stored (fake-indexeddb): a journal's reading replaces its own, never the
 * teacher's typed classes.
 */
import 'fake-indexeddb/auto';
import { describe, expect, test } from 'vitest';
import { openPartaDb } from '../../../lib/db/open';

let counter = 0;
const freshName = () => `parta-test-${++counter}-${Math.random().toString(36).slice(2)}`;

const T0 = Date.UTC(2026, 9, 1);
describe('classes', () => {
  test('a journal reading replaces the previous one; the teacher’s typed classes win over it', async () => {
    const { listClasses, replaceClasses } = await import('../../../lib/classes/class-store');
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
    const { listClasses, noteClasses, replaceClasses } = await import('../../../lib/classes/class-store');
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

  test('subjects: typed ones survive every journal re-read; a page that does not show a class’s subjects keeps the known ones', async () => {
    const { listClasses, replaceClasses, saveTypedSubjects } = await import('../../../lib/classes/class-store');
    const db = await openPartaDb({ name: freshName() });
    await replaceClasses(db, 'journal', [{ key: '7А', name: '7а', own: false, subjects: ['Алгебра'] }, { key: '8В', name: '8в', own: false, subjects: [] }], T0);
    await saveTypedSubjects(db, '8В', ['Физика', ' Физика ', 'Астрономия'], T0 + 1);
    // A class the journal never showed: typed, it is added.
    await saveTypedSubjects(db, '9Б', ['Физика'], T0 + 1);
    // «Сетевой город» with 8В chosen shows 8В's subjects only: 7А's are kept, 8В's read.
    await replaceClasses(db, 'journal', [{ key: '7А', name: '7а', own: false, subjects: [], keepSubjects: true }, { key: '8В', name: '8в', own: false, subjects: ['Геометрия'] }], T0 + 2);
    const read = Object.fromEntries((await listClasses(db)).map((record) => [record.key, [record.subjects, record.typedSubjects ?? []]]));
    expect(read).toEqual({
      '7А': [['Алгебра'], []],
      '8В': [['Геометрия'], ['Физика', 'Астрономия']],
      '9Б': [[], ['Физика']],
    });
    // Forgotten when emptied.
    await saveTypedSubjects(db, '8В', [], T0 + 3);
    expect((await listClasses(db)).find((record) => record.key === '8В')?.typedSubjects).toBeUndefined();
    db.close();
  });
});
