// @vitest-environment happy-dom
/**
 * The e-journal adapters on the saved fixtures: the teacher's classes, the one they lead, the
 * subjects, the pupils, and health.
 */
import { describe, expect, test } from 'vitest';
import { JOURNAL_MATCHES, journalAdapterFor, readJournal } from '../../../lib/journals/adapters';
import { loadFixture } from '../fixture-dom';

const load = (name: string): Document => loadFixture(name);

describe('e-journal adapters', () => {
  const at = (href: string) => {
    const url = new URL(href);
    return { url, adapter: journalAdapterFor(url) };
  };

  test.each([
    ['https://school.mos.ru/teacher/study-process/journal/my', 'mesh'],
    ['https://authedu.mosreg.ru/teacher/study-process/journal/my', 'mesh'],
    ['https://myschool.mosreg.ru/teacher/mentor/journals', 'mesh'],
    ['https://edu-epos.permkrai.ru/teacher/study-process/journal/my', 'mesh'],
    ['https://school.permkrai.ru/groups', 'mesh'],
    ['https://asurso.ru/app/school/journal/', 'netschool'],
    ['https://giseo.rkomi.ru/app/school/journal/', 'netschool'],
    ['https://schools.dnevnik.ru/journals/', 'dnevnik'],
    ['https://school5.eljur.ru/journal-app/page.journal/class.10А/lesson_id.1', 'eljur'],
  ])('%s → %s', (href, id) => {
    expect(at(href).adapter?.id).toBe(id);
  });

  test('ФГИС «Моя школа» (myschool.edu.ru) is a portal, not a journal: no adapter, no permission', () => {
    expect(at('https://myschool.edu.ru/journal').adapter).toBeNull();
    expect(JOURNAL_MATCHES.some((pattern) => pattern.includes('myschool.edu.ru'))).toBe(false);
    expect(at('https://eljur.ru.evil.example/').adapter).toBeNull();
    expect(JOURNAL_MATCHES).toContain('https://*.eljur.ru/*');
  });

  test('МЭШ «Мои журналы»: every class of every card (subjects merged), not the marks or rooms', () => {
    const { url, adapter } = at('https://school.mos.ru/teacher/study-process/journal/my');
    const page = readJournal(load('mesh/journal-my.html'), adapter, url);
    expect(page.health).toEqual({ site: 'mesh', recognised: true, classes: 3, fallback: false });
    expect(page.scope).toBe('all');
    expect(page.classes).toEqual([
      { key: '5А', name: '5-А', own: false, subjects: ['Математика'] },
      { key: '7Б', name: '7-Б', own: false, subjects: ['Алгебра', 'Геометрия'] },
      { key: '9В', name: '9-В', own: false, subjects: ['Алгебра'] },
    ]);
  });

  test('МЭШ card naming several classes counts each', () => {
    const document = new DOMParser().parseFromString(
      '<a data-test-component="journalCardRoute"><span>8-А, 8-Б</span><span>Физика</span></a>',
      'text/html',
    );
    const { url, adapter } = at('https://school.mos.ru/teacher/study-process/journal/my');
    expect(readJournal(document, adapter, url).classes.map((entry) => entry.key)).toEqual(['8А', '8Б']);
  });

  test('МЭШ «Журналы класса»: the classes the teacher leads, as such', () => {
    const { url, adapter } = at('https://school.mos.ru/teacher/mentor/journals');
    const page = readJournal(load('mesh/mentor.html'), adapter, url);
    expect(page.scope).toBe('own');
    expect(page.classes).toEqual([{ key: '5А', name: '5-А', own: true, subjects: [] }]);
  });

  test('«Сетевой город»: the class picker, without «все» and individual curricula', () => {
    const { url, adapter } = at('https://asurso.ru/app/school/journal/');
    const page = readJournal(load('netschool/journal.html'), adapter, url);
    expect(page.health.recognised).toBe(true);
    expect(page.classes.map((entry) => entry.key)).toEqual(['6В', '8А', '9Б']);
  });

  test('Дневник.ру: the journals list (all), a class page (some)', () => {
    const list = at('https://schools.dnevnik.ru/journals/');
    const all = readJournal(load('dnevnik/journals.html'), list.adapter, list.url);
    expect([all.scope, all.classes.map((entry) => entry.key)]).toEqual(['all', ['5А', '10А']]);
    const one = at('https://schools.dnevnik.ru/class.aspx?class=7');
    const page = readJournal(load('dnevnik/class.html'), one.adapter, one.url);
    expect([page.scope, page.classes.map((entry) => entry.key)]).toEqual(['some', ['7В']]);
  });

  test('ЭлЖур: the class from the address, not the pupils', () => {
    const { url, adapter } = at('https://school5.eljur.ru/journal-app/page.journal/class.10%D0%90/lesson_id.1');
    const page = readJournal(load('eljur/journal.html'), adapter, url);
    expect([page.scope, page.classes.map((entry) => entry.key)]).toEqual(['some', ['10А']]);
    // Its pupils are listed: their number is the class size; a repeated pupil counts once.
    expect(page.classes[0].size).toBe(2);
    const twice = load('eljur/journal.html');
    twice.querySelector('.journal')!.append(twice.querySelector('.cell')!.cloneNode(true));
    expect(readJournal(twice, adapter, url).classes[0].size).toBe(2);
    const none = load('eljur/journal.html');
    none.querySelectorAll('.cell').forEach((cell) => cell.remove());
    expect(readJournal(none, adapter, url).classes[0].size).toBeUndefined();
  });

  test('a redesigned journal is not recognised; classes written alone are still read', () => {
    const { url, adapter } = at('https://school.mos.ru/teacher/study-process/journal/my');
    const page = readJournal(load('mesh/redesigned.html'), adapter, url);
    expect(page.health).toEqual({ site: 'mesh', recognised: false, classes: 3, fallback: true });
    expect(page.classes.map((entry) => entry.key)).toEqual(['6Б', '8А', '11Б']);
  });

  test('the generic reader does not take numbers and sentences for classes', () => {
    const document = new DOMParser().parseFromString(
      '<ul><li>Кабинет 214</li><li>3 урок</li><li>18:30</li><li>Родители 5А пишут в чат</li><li>11 «Б»</li><li>5 н</li></ul>',
      'text/html',
    );
    expect(readJournal(document, null, new URL('https://example.ru/')).classes.map((entry) => entry.key)).toEqual(['11Б']);
  });
});
