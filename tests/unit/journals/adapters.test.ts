// @vitest-environment happy-dom
/**
 * The e-journal adapters on the saved fixtures: the teacher's classes, the one they lead, the
 * subjects, the pupils, and health.
 */
import { describe, expect, test } from 'vitest';
import { JOURNAL_MATCHES, journalAdapterFor, journalOfLook, lookOf, readJournal } from '../../../lib/journals/adapters';
import { journalAdapterWith } from '../../../lib/journals/custom-journals';
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

  test('МЭШ «Журналы класса» as others build it: a link or card that says more than the class', () => {
    const { url, adapter } = at('https://school.mos.ru/teacher/mentor/journals');
    for (const html of [
      '<a href="/teacher/study-process/journal/grade/77001"><span>5-А</span> · <span>Классный журнал</span></a>',
      '<a href="/teacher/study-process/journal/grade/77001">5-А Математика</a>',
      '<div data-test-component="journalCardRoute"><span>5-А</span><span>Русский язык</span></div>',
    ]) {
      const page = readJournal(new DOMParser().parseFromString(html, 'text/html'), adapter, url);
      expect([page.scope, page.classes]).toEqual(['own', [{ key: '5А', name: '5-А', own: true, subjects: [] }]]);
    }
  });

  test('МЭШ one class’s journal: the class, and its size from the pupils’ rows (unconfirmed)', () => {
    const { url, adapter } = at('https://school.mos.ru/teacher/study-process/journal/grade/77001');
    const page = readJournal(load('mesh/class-journal.html'), adapter, url);
    expect(page.scope).toBe('some');
    expect(page.classes).toEqual([{ key: '5А', name: '5-А', own: false, subjects: [], size: 20 }]);
    expect(page.health.pupils).toEqual({ key: '5А', count: 20, confirmed: false });
    // The names themselves, for «Кто ещё не в чате» (kept only where the teacher turned the check on).
    expect(page.pupilNames?.key).toBe('5А');
    expect(page.pupilNames?.names).toHaveLength(20);
  });

  test('МЭШ «Мои журналы» as public code reads it: the subject is a card’s last text of two or more, never its class label', () => {
    const { url, adapter } = at('https://school.mos.ru/teacher/study-process/journal/my');
    const page = readJournal(load('mesh/journal-my-cards.html'), adapter, url);
    expect(page.classes.map((entry) => [entry.key, entry.subjects])).toEqual([
      ['5А', ['Математика']],
      // One text, the class label: no subject (not «5-Б класс»).
      ['5Б', []],
      // The class label in the card, the subject its journal link's text.
      ['6А', ['Информатика']],
      ['7Б', ['Алгебра', 'Геометрия']],
      // A last text that is a class is no subject.
      ['8В', []],
    ]);
  });

  test('«Журналы класса» and «Журналы куратора» whose links name subjects: the class is the one the page names, and it is hers', () => {
    const mentor = at('https://school.mos.ru/teacher/mentor/journals');
    const page = readJournal(load('mesh/mentor-subjects.html'), mentor.adapter, mentor.url);
    expect([page.health.recognised, page.scope, page.classes.map((entry) => [entry.key, entry.own, entry.subjects])]).toEqual([true, 'own', [['7Б', true, []]]]);
    const curator = at('https://school.mos.ru/spo/teacher/mentor/journals');
    const group = readJournal(load('mesh/curator.html'), curator.adapter, curator.url);
    expect([group.health.recognised, group.scope, group.classes.map((entry) => [entry.key, entry.own])]).toEqual([true, 'own', [['ИСП-23-1', true]]]);
  });

  test('«Сетевой город»: the class picker, without «все» and individual curricula; the chosen class’s pupils give its size', () => {
    const { url, adapter } = at('https://asurso.ru/app/school/journal/');
    const document = load('netschool/journal.html');
    // The class chosen in the picker (happy-dom ignores a parsed page's `selected`; browsers do not).
    const picker = document.querySelector<HTMLSelectElement>('select[name="PCLID_IUP"]')!;
    picker.value = '10171_0';
    const page = readJournal(document, adapter, url);
    expect(page.health.recognised).toBe(true);
    expect(page.classes.map((entry) => [entry.key, entry.size])).toEqual([['6В', undefined], ['8А', undefined], ['9Б', 6]]);
    expect(page.health.pupils).toEqual({ key: '9Б', count: 6, confirmed: false });
    // The pupils shown are the chosen class's, whichever it is.
    picker.value = '10170_0';
    expect(readJournal(document, adapter, url).health.pupils?.key).toBe('8А');
    picker.value = '-1';
    expect(readJournal(document, adapter, url).health.pupils).toBeUndefined();
    // The subject filter beside the picker: the chosen class's subjects; the others' kept as known.
    picker.value = '10171_0';
    expect(readJournal(document, adapter, url).classes.map((entry) => [entry.key, entry.subjects, entry.keepSubjects ?? false])).toEqual([
      ['6В', [], true],
      ['8А', [], true],
      ['9Б', ['Алгебра', 'Геометрия'], false],
    ]);
    // The teacher named above the table is not a pupil; a room and a heading are not names.
  });

  test('«Сетевой город», the new front end: the chosen class\'s size from the drawn journal\'s pupil rows, confirmed; its subject', () => {
    const { url, adapter } = at('https://netschool.edu22.info/app/school/journal/');
    const page = readJournal(load('netschool/journal-app.html'), adapter, url);
    expect(page.health).toMatchObject({ site: 'netschool', recognised: true, pupils: { key: '9Б', count: 8, confirmed: true } });
    expect(page.classes.map((entry) => [entry.key, entry.subjects, entry.size])).toEqual([
      ['6В', [], undefined],
      ['9Б', ['Физика'], 8],
    ]);
    // Before «Загрузить» no row is drawn: no size is said.
    const before = load('netschool/journal-app.html');
    before.querySelector('#journal-container')!.replaceChildren();
    expect(readJournal(before, adapter, url).health.pupils).toBeUndefined();
  });

  test('Дневник.ру: the journals list (all), a class page (some) with its size; the class teacher is not a pupil', () => {
    const list = at('https://schools.dnevnik.ru/journals/');
    const all = readJournal(load('dnevnik/journals.html'), list.adapter, list.url);
    expect([all.scope, all.classes.map((entry) => entry.key)]).toEqual(['all', ['5А', '10А']]);
    // The subjects of each class's journals, from its row; the room beside them is none.
    expect(all.classes.map((entry) => entry.subjects)).toEqual([['Математика'], ['Алгебра', 'Геометрия']]);
    const one = at('https://schools.dnevnik.ru/class.aspx?class=7');
    const page = readJournal(load('dnevnik/class.html'), one.adapter, one.url);
    expect([page.scope, page.classes.map((entry) => entry.key)]).toEqual(['some', ['7В']]);
    expect(page.classes[0]).toMatchObject({ own: false, size: 7 });
  });

  test('Дневник.ру: the class page is the teacher’s own when its class teacher is the name they gave Parta', () => {
    const one = at('https://schools.dnevnik.ru/class.aspx?class=7');
    for (const [teacherName, own] of [
      ['Петрова А. С.', true],
      ['петрова анна сергеевна', true],
      ['Анна Петрова', true],
      ['Петрова М. С.', false],
      ['Иванова А. С.', false],
    ] as const) {
      expect(readJournal(load('dnevnik/class.html'), one.adapter, one.url, { teacherName }).classes[0].own).toBe(own);
    }
    expect(readJournal(load('dnevnik/class.html'), one.adapter, one.url, {}).classes[0].own).toBe(false);
  });

  test('Дневник.ру: a subject\'s journal of one class is that class (some), its subject and its size', () => {
    const { url, adapter } = at('https://schools.dnevnik.ru/journals/journalclassical.aspx?g=11');
    const page = readJournal(load('dnevnik/subject-journal.html'), adapter, url);
    expect(page.health).toMatchObject({ site: 'dnevnik', recognised: true, pupils: { key: '5А', count: 6, confirmed: false } });
    expect([page.scope, page.classes]).toEqual(['some', [{ key: '5А', name: '5 "А"', own: false, subjects: ['Математика'], size: 6 }]]);
  });

  test('ЭлЖур: every class of the teacher’s journal list, the open one with its size from the pupils', () => {
    const { url, adapter } = at('https://school5.eljur.ru/journal-app/page.journal/class.10%D0%90/lesson_id.1');
    const page = readJournal(load('eljur/journal.html'), adapter, url);
    expect([page.scope, page.classes.map((entry) => entry.key)]).toEqual(['all', ['10А', '11Б']]);
    expect(page.health.pupils).toEqual({ key: '10А', count: 2, confirmed: true });
    // Without the list, the open class alone (some).
    const alone = load('eljur/journal.html');
    alone.querySelector('nav')!.remove();
    expect(readJournal(alone, adapter, url).scope).toBe('some');
    // Its pupils are listed: their number is the class size; a repeated pupil counts once.
    expect(page.classes[0].size).toBe(2);
    const twice = load('eljur/journal.html');
    twice.querySelector('.journal')!.append(twice.querySelector('.cell')!.cloneNode(true));
    expect(readJournal(twice, adapter, url).classes[0].size).toBe(2);
    const none = load('eljur/journal.html');
    none.querySelectorAll('.cell').forEach((cell) => cell.remove());
    expect(readJournal(none, adapter, url).classes[0].size).toBeUndefined();
  });

  test('ЭлЖур: class links on a page outside the journal (a message, an announcement) are never her whole list', () => {
    const html = '<div class="message">Расписание: <a href="https://school5.eljur.ru/journal-app/page.journal/class.5%D0%90/lesson_id.3">5А</a> и <a href="/journal-app/page.journal/class.6%D0%91/lesson_id.4">6Б</a></div>';
    const page = new DOMParser().parseFromString(html, 'text/html');
    for (const address of ['https://school5.eljur.ru/messages/inbox', 'https://school5.eljur.ru/journal-app-news/', 'https://school5.eljur.ru/']) {
      const { url, adapter } = at(address);
      const reading = readJournal(page, adapter, url);
      expect([reading.scope, reading.classes.map((entry) => entry.key)]).toEqual(['some', ['5А', '6Б']]);
    }
    // Links to anything but journals name no class of hers.
    const { url, adapter } = at('https://school5.eljur.ru/journal-app/page.journal/class.10%D0%90/lesson_id.1');
    const stray = new DOMParser().parseFromString('<a href="/news/class.5%D0%90">5А</a><a href="/timetable/class.6%D0%91">6Б</a>', 'text/html');
    expect(readJournal(stray, adapter, url).classes.map((entry) => entry.key)).toEqual(['10А']);
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

describe('journals told by their look, on any address the teacher allowed', () => {
  /** Each journal's fixture, at an address no adapter lists (a regional server, a school's own). */
  test.each([
    ['netschool/journal.html', 'https://sgo.rso23.ru/app/school/journal/', 'netschool', ['6В', '8А', '9Б']],
    ['netschool/journal.html', 'https://netschool.eduportal44.ru/asp/grade/Journal.asp', 'netschool', ['6В', '8А', '9Б']],
    ['mesh/journal-my.html', 'https://school.edu-region.ru/teacher/study-process/journal/my', 'mesh', null],
    ['mesh/mentor-subjects.html', 'https://ej.school42.ru/teacher/mentor/journals', 'mesh', null],
    ['dnevnik/journals.html', 'https://dnevnik.school-net.ru/journals/', 'dnevnik', ['5А', '10А']],
    ['eljur/journal.html', 'https://eljur.school77.ru/journal-app/page.journal/class.10%D0%90/lesson_id.1', 'eljur', ['10А', '11Б']],
  ] as const)('%s at %s is %s, read by its adapter', (name, address, family, keys) => {
    const url = new URL(address);
    const page = load(name);
    expect(journalAdapterFor(url)).toBeNull();
    expect(journalOfLook(lookOf(page, url))?.id).toBe(family);
    // Added by the teacher as «другой или не знаю»: read by the journal it looks like.
    const adapter = journalAdapterWith(url, [{ origin: url.origin, kind: 'other', addedAt: 1 }], page);
    const reading = readJournal(page, adapter, url);
    expect(reading.health).toMatchObject({ site: family, recognised: true });
    if (keys) expect(reading.classes.map((entry) => entry.key)).toEqual(keys);
    // Not added: nothing reads it (the popup offers it instead).
    expect(journalAdapterWith(url, [], page)).toBeNull();
  });

  test('a page that is no journal looks like none: messengers, a form with selects, a news page that names classes', () => {
    const pages: [string, string][] = [
      ['max/chat.html', 'https://web.max.ru/-1'],
      ['vk/convo-vk-ru.html', 'https://vk.ru/im/convo/2000000011'],
    ];
    for (const [name, address] of pages) expect(journalOfLook(lookOf(load(name), new URL(address)))).toBeNull();
    const other = new DOMParser().parseFromString(
      '<form><select name="class"><option>5А</option><option>6Б</option></select></form><h1>Новости 5А</h1><a href="/journal/">Журнал</a><div class="cell">1</div>',
      'text/html',
    );
    expect(journalOfLook(lookOf(other, new URL('https://school5.ru/news/')))).toBeNull();
    expect(journalOfLook({ path: '/', widgets: [] })).toBeNull();
  });

  test('the family she chose stands when the page shows nothing of any journal', () => {
    const url = new URL('https://ej.school42.ru/start');
    const blank = new DOMParser().parseFromString('<p>Вход</p>', 'text/html');
    expect(journalAdapterWith(url, [{ origin: url.origin, kind: 'dnevnik', addedAt: 1 }], blank)?.id).toBe('dnevnik');
    expect(journalAdapterWith(url, [{ origin: url.origin, kind: 'other', addedAt: 1 }], blank)).toBeNull();
  });
});
