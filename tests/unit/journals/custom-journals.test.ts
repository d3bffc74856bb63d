/** «Добавить адрес журнала»: what the teacher types, what storage may hold, which adapter reads it. */
import { describe, expect, test } from 'vitest';
import { journalAdapterWith, originPattern, parseJournalAddress, readCustomJournals } from '../../../lib/journals/custom-journals';

describe('parseJournalAddress', () => {
  test.each([
    ['https://ej.school42.ru/teacher/journal', 'https://ej.school42.ru'],
    ['ej.school42.ru', 'https://ej.school42.ru'],
    ['  https://EJ.School42.RU/  ', 'https://ej.school42.ru'],
    ['https://sgo.example-region.ru:8443/app/', 'https://sgo.example-region.ru:8443'],
    // A Cyrillic name is kept as the browser asks for it: punycode.
    ['https://журнал.школа.рф/вход', 'https://xn--80alqgor.xn--80atdl2c.xn--p1ai'],
    ['HTTPS://ej.school42.ru', 'https://ej.school42.ru'],
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
    // Whatever a browser would read as more than one site, or another site, is refused.
    ['*.ru', 'not-a-host'],
    ['https://*.ru/', 'not-a-host'],
    ['*.com', 'not-a-host'],
    ['*.max.ru', 'not-a-host'],
    ['a*b.ru', 'not-a-host'],
    ['web.max.ru.', 'not-a-host'],
    ['https://ej.school42.ru./', 'not-a-host'],
    ['https://web.max.ru%2e', 'not-a-host'],
    ['https://%77eb.max.ru/', 'not-a-host'],
    ['.school42.ru', 'not-a-host'],
    ['https://user@ej.school42.ru', 'not-an-address'],
    ['https://ej.school42.ru:99999', 'not-an-address'],
    ['https://ej..school42.ru', 'not-an-address'],
    ['https://-ej.school42.ru', 'not-an-address'],
    ['https://ej.school42.ru:443@web.max.ru', 'not-an-address'],
    ['ｗｅｂ.ｍａｘ.ｒｕ', 'messenger'],
    ['https://web.max.ru。', 'not-an-address'],
    ['https://1.2.3.4:8080', 'local'],
    // Compared by the patterns Parta runs on: any host under a listed journal's domain is known.
    ['https://gymn99.eljur.ru', 'known'],
    ['https://new-node.eljur.ru:8443', 'known'],
    ['https://sferum.ru', 'messenger'],
    ['https://vk.com', 'messenger'],
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
