/** «Добавить адрес журнала»: what the teacher types, what storage may hold, which adapter reads it. */
import { describe, expect, test } from 'vitest';
import { journalAdapterWith, originPattern, parseJournalAddress, readCustomJournals } from '../../../lib/journals/custom-journals';

describe('parseJournalAddress', () => {
  test.each([
    ['https://ej.school42.ru/teacher/journal', 'https://ej.school42.ru'],
    ['ej.school42.ru', 'https://ej.school42.ru'],
    ['  https://EJ.School42.RU/  ', 'https://ej.school42.ru'],
    ['https://sgo.example-region.ru:8443/app/', 'https://sgo.example-region.ru:8443'],
  ])('%s → %s', (input, origin) => {
    expect(parseJournalAddress(input)).toEqual({ ok: true, origin });
  });

  test.each([
    ['', 'empty'],
    ['   ', 'empty'],
    ['http://ej.school42.ru', 'not-https'],
    ['ftp://ej.school42.ru', 'not-https'],
    ['https://192.168.1.10/journal', 'local'],
    ['https://localhost:3000', 'local'],
    ['journal', 'local'],
    ['https://[::1]/', 'local'],
    ['https://school.mos.ru/teacher', 'known'],
    ['https://gymn5.eljur.ru/journal-app', 'known'],
    ['https://web.max.ru/', 'messenger'],
    ['https://vk.ru/im', 'messenger'],
    ['https://exa mple.ru', 'not-an-address'],
  ])('%s → %s', (input, problem) => {
    expect(parseJournalAddress(input)).toEqual({ ok: false, problem });
  });

  test('the permission asked for is that one origin', () => {
    expect(originPattern('https://ej.school42.ru')).toBe('https://ej.school42.ru/*');
  });
});

describe('readCustomJournals: storage may hold anything', () => {
  test('keeps the valid entries, drops the rest and duplicates', () => {
    expect(
      readCustomJournals([
        { origin: 'https://ej.school42.ru', kind: 'mesh', addedAt: 1 },
        { origin: 'https://ej.school42.ru', kind: 'other', addedAt: 2 }, // duplicate
        { origin: 'https://ej.school42.ru/path', kind: 'mesh', addedAt: 3 }, // not an origin
        { origin: 'http://plain.ru', kind: 'mesh', addedAt: 4 },
        { origin: 'https://x.ru', kind: 'nonsense', addedAt: 5 },
        { origin: 'https://y.ru', kind: 'other', addedAt: Number.NaN },
        null,
        'https://z.ru',
      ]),
    ).toEqual([{ origin: 'https://ej.school42.ru', kind: 'mesh', addedAt: 1 }]);
    expect(readCustomJournals(undefined)).toEqual([]);
    expect(readCustomJournals({ origin: 'https://a.ru' })).toEqual([]);
  });
});

describe('journalAdapterWith', () => {
  const custom = [
    { origin: 'https://ej.school42.ru', kind: 'mesh' as const, addedAt: 1 },
    { origin: 'https://other.school.ru', kind: 'other' as const, addedAt: 1 },
  ];
  test('a listed journal keeps its adapter; an added one gets the family chosen for it; «другой» the generic reader', () => {
    expect(journalAdapterWith(new URL('https://asurso.ru/app'), custom)?.id).toBe('netschool');
    expect(journalAdapterWith(new URL('https://ej.school42.ru/teacher/study-process/journal/my'), custom)?.id).toBe('mesh');
    expect(journalAdapterWith(new URL('https://other.school.ru/'), custom)).toBeNull();
    expect(journalAdapterWith(new URL('https://ej.school42.ru.evil.ru/'), custom)).toBeNull();
  });
});
