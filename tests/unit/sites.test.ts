// @vitest-environment happy-dom
/**
 * Site adapters on the saved fixtures: each finds its messages, chat list and composer, reads the
 * links (unwrapping VK's away.php), and reports health; a redesigned page is "not recognised".
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { adapterFor, findMessages, health, readChatTitles, textHolders, readGeneric, unwrapHref } from '../../lib/sites/index';
import { journalAdapterFor, readJournal } from '../../lib/sites/journals';

function load(name: string): Document {
  const html = fs.readFileSync(path.resolve('tests/fixtures', name), 'utf8');
  const parsed = new DOMParser().parseFromString(html, 'text/html');
  parsed.querySelectorAll('script').forEach((script) => script.remove());
  return parsed;
}

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
  test('adapter choice', () => {
    expect(journalAdapterFor(new URL('https://myschool.edu.ru/journal'))?.id).toBe('myschool');
    expect(journalAdapterFor(new URL('https://school.permkrai.ru/groups'))?.id).toBe('epos');
    expect(journalAdapterFor(new URL('https://login.myschool.edu.ru/'))).toBeNull();
  });

  test('«Моя школа»: the classes, the one the teacher leads, the subjects', () => {
    const page = readJournal(load('myschool/journal.html'), journalAdapterFor(new URL('https://myschool.edu.ru/journal')));
    expect(page.health).toEqual({ site: 'myschool', recognised: true, classes: 3, fallback: false });
    expect(page.classes).toEqual([
      { key: '5А', name: '5 «А»', own: true, subjects: ['Математика'] },
      { key: '7Б', name: '7 «Б»', own: false, subjects: ['Алгебра', 'Геометрия'] },
      { key: '9В', name: '9 «В»', own: false, subjects: ['Алгебра'] },
    ]);
  });

  test('ЭПОС: groups, the curated one marked', () => {
    const page = readJournal(load('epos/groups.html'), journalAdapterFor(new URL('https://school.permkrai.ru/groups')));
    expect(page.health.recognised).toBe(true);
    expect(page.classes).toEqual([
      { key: 'ИСП-22-1', name: 'ИСП-22-1', own: true, subjects: ['Информатика'] },
      { key: 'ТМ-21', name: 'ТМ-21', own: false, subjects: ['Информатика'] },
    ]);
  });

  test('a redesigned journal is not recognised; the class picker is still read', () => {
    const page = readJournal(load('myschool/redesigned.html'), journalAdapterFor(new URL('https://myschool.edu.ru/journal')));
    expect(page.health).toEqual({ site: 'myschool', recognised: false, classes: 3, fallback: true });
    expect(page.classes.map((entry) => entry.key)).toEqual(['5А', '7Б', '9В']);
  });

  test('the generic reader does not take numbers and sentences for classes', () => {
    const document = new DOMParser().parseFromString(
      '<ul><li>Кабинет 214</li><li>3 урок</li><li>18:30</li><li>Родители 5А пишут в чат</li><li>11 «Б»</li></ul>',
      'text/html',
    );
    expect(readJournal(document, null).classes.map((entry) => entry.key)).toEqual(['11Б']);
  });
});
