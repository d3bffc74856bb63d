/**
 * Classes as a teacher types them, with her subjects: «Математика: 7А, 7Б, 8В» gives each class the
 * subject; written back, the list reads the same.
 */
import { describe, expect, test } from 'vitest';
import { formatClassList, parseClassList } from '../../../lib/classes/list';

describe('a typed class list', () => {
  test('classes alone, and lines of a subject and its classes', () => {
    const parsed = parseClassList('5А\nМатематика: 7А, 7Б, 8В\nАлгебра: 8В; 9Б', '5а');
    expect(parsed.bad).toEqual([]);
    expect(parsed.classes).toEqual([
      { key: '5А', own: true, subjects: [] },
      { key: '7А', own: false, subjects: ['Математика'] },
      { key: '7Б', own: false, subjects: ['Математика'] },
      { key: '8В', own: false, subjects: ['Математика', 'Алгебра'] },
      { key: '9Б', own: false, subjects: ['Алгебра'] },
    ]);
  });

  test('a class before a colon is a class, not a subject; what is not a class is said', () => {
    expect(parseClassList('5А: 6Б', '').classes.every((entry) => entry.subjects.length === 0)).toBe(true);
    expect(parseClassList('Физика: 7А, седьмой', '').bad).toEqual(['седьмой']);
  });

  test('written back as typed', () => {
    const text = formatClassList([
      { name: '5А', subjects: [] },
      { name: '7А', subjects: ['Математика'] },
      { name: '8В', subjects: ['Математика', 'Алгебра'] },
    ]);
    expect(text).toBe('5А\nМатематика: 7А, 8В\nАлгебра: 8В');
    expect(parseClassList(text, '').classes.map((entry) => [entry.key, entry.subjects])).toEqual([
      ['5А', []],
      ['7А', ['Математика']],
      ['8В', ['Математика', 'Алгебра']],
    ]);
  });
});
