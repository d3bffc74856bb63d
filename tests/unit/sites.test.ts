// @vitest-environment happy-dom
/**
 * Site adapters on the saved fixtures: each finds its messages, chat list and composer, reads the
 * links (unwrapping VK's away.php), and reports health; a redesigned page is "not recognised".
 */
import { describe, expect, test } from 'vitest';
import { adapterFor, findMessages, health, isGroupChat, readChatTitles, readSenders, readServiceLines, textHolders, readGeneric, unwrapHref } from '../../lib/sites/index';
import { JOURNAL_MATCHES, journalAdapterFor, readJournal } from '../../lib/journals/adapters';
import { loadFixture } from './fixture-dom';

const load = (name: string): Document => loadFixture(name);

describe('adapter choice', () => {
  test.each([
    ['https://web.max.ru/-68912345678', 'max'],
    ['https://web.vk.me/convo/2000000001', 'vk'],
    ['https://vk.com/im/convo/2000000001', 'vk'],
    ['https://me.sferum.ru/?p=messages&peerId=2000000001', 'sferum'],
    ['https://sferum.ru/?p=messages', 'sferum'],
  ])('%s → %s', (url, id) => {
    expect(adapterFor(new URL(url))?.id).toBe(id);
  });
  test('no adapter elsewhere', () => {
    expect(adapterFor(new URL('https://vk.com/feed'))).toBeNull();
    expect(adapterFor(new URL('https://example.com/'))).toBeNull();
  });
});

describe('MAX web fixture', () => {
  const document = load('max/chat.html');
  const adapter = adapterFor(new URL('https://web.max.ru/-1'))!;

  test('health: messages, chat list and composer found', () => {
    expect(health(document, adapter)).toEqual({
      site: 'max', recognised: true, messages: 4, chatList: 3, composer: true, fallback: false,
    });
  });

  test('reads message text without the sender name, and link targets', () => {
    const [first, second] = findMessages(document, adapter).map((element) => adapter.readMessage(element));
    expect(first.text).toBe('Добрый вечер! Собрание в четверг в 18:30, кабинет 214.');
    expect(first.text).not.toContain('Анна Петровна');
    expect(second.hrefs).toEqual(['https://t.me/+Ab3dEfGh1jKl']);
  });

  test('reads chat titles', () => {
    expect(readChatTitles(document, adapter)).toEqual(['Родители 5А', '5А ученики', 'Учительская']);
  });
});

describe('VK Messenger fixture', () => {
  const document = load('vk/convo.html');
  const adapter = adapterFor(new URL('https://web.vk.me/convo/1'))!;

  test('health', () => {
    expect(health(document, adapter)).toEqual({
      site: 'vk', recognised: true, messages: 4, chatList: 2, composer: true, fallback: false,
    });
  });

  test('away.php links are unwrapped', () => {
    const contents = findMessages(document, adapter).map((element) => adapter.readMessage(element));
    expect(contents[1].hrefs).toEqual(['https://chat.whatsapp.com/Gx7Hk2LmNpQr']);
  });

  test('reads chat titles', () => {
    expect(readChatTitles(document, adapter)).toEqual(['9В Родители', 'Математика 8А']);
  });
});

describe('a redesigned page', () => {
  const document = load('max/redesigned.html');
  const adapter = adapterFor(new URL('https://web.max.ru/-1'))!;

  test('is reported as not recognised, with the fallback on', () => {
    expect(health(document, adapter)).toMatchObject({ recognised: false, messages: 0, fallback: true });
  });

  test('the generic reader still sees the text and the link', () => {
    const holders = textHolders(document.body);
    const read = holders.map((element) => readGeneric(element));
    expect(read.some((content) => content.hrefs.includes('viber://chat?number=%2B79001234567'))).toBe(true);
    expect(read.some((content) => content.text.includes('пишите в вайбер'))).toBe(true);
  });
});

describe('unwrapHref', () => {
  test.each([
    ['https://vk.com/away.php?to=https%3A%2F%2Ft.me%2Fx&cc_key=', 'https://t.me/x'],
    ['https://vk.ru/away.php?to=https%3A%2F%2Fwa.me%2F7900&utf=1', 'https://wa.me/7900'],
    ['https://m.vk.com/away.php?to=https%3A%2F%2Fdiscord.gg%2Fa', 'https://discord.gg/a'],
    ['https://vk.com/away.php?cc_key=', 'https://vk.com/away.php?cc_key='],
    ['https://example.com/away.php?to=https%3A%2F%2Ft.me', 'https://example.com/away.php?to=https%3A%2F%2Ft.me'],
    ['https://t.me/x', 'https://t.me/x'],
  ])('%s', (href, expected) => {
    expect(unwrapHref(href)).toBe(expected);
  });
});

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
    // Its pupils are listed: their number is the class size (issue 14); a repeated pupil counts once.
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

describe('senders and service lines (issue 15)', () => {
  test('MAX: a run’s later bubbles inherit the name on its first; the teacher’s own message has none and ends the run', () => {
    const document = load('max/group.html');
    const adapter = adapterFor(new URL('https://web.max.ru/-1'))!;
    expect(readSenders(findMessages(document, adapter), adapter)).toEqual([
      'Пётр Сидоров', 'Пётр Сидоров', 'Пётр Сидоров', null, 'Иванов Иван', 'Ольга Кузнецова',
    ]);
    // The fixture of issue 1: a bubble after the teacher’s own has no sender shown.
    const chat = load('max/chat.html');
    expect(readSenders(findMessages(chat, adapter), adapter)).toEqual(['Анна Петровна', 'Мама Пети', null, null]);
    expect(readServiceLines(chat, adapter)).toEqual([]);
  });

  test('VK: the author is written once per run; service lines are read in order', () => {
    const document = load('vk/convo-2026.html');
    const adapter = adapterFor(new URL('https://vk.ru/im/convo/2000000011'))!;
    expect(readSenders(findMessages(document, adapter), adapter)).toEqual(['Ирина Сергеевна', 'Ирина Сергеевна', 'Папа Коли', 'Папа Коли', 'Папа Коли']);
    expect(readServiceLines(document, adapter)).toEqual(['Ольга Павлова присоединилась к чату по ссылке', 'Пётр Иванов вышел из чата']);
  });

  test.each([
    ['https://web.max.ru/-68912345678', true],
    ['https://web.max.ru/68912345678', false],
    ['https://web.max.ru/', false],
    ['https://vk.ru/im/convo/2000000011', true],
    ['https://vk.ru/im/convo/101', false],
    ['https://web.vk.me/convo/-180001', false],
    ['https://me.sferum.ru/?p=messages&peerId=2000000001', true],
    ['https://vk.com/im?sel=c12', true],
    ['https://example.com/-1', false],
  ])('%s is a group chat: %s', (url, group) => {
    expect(isGroupChat(new URL(url), adapterFor(new URL(url)))).toBe(group);
  });
});
