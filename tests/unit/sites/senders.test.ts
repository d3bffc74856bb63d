// @vitest-environment happy-dom
/**
 * Who wrote each message (MAX runs, VK runs) and the service lines of both histories.
 */
import { describe, expect, test } from 'vitest';
import { adapterFor, findMessages, isGroupChat, readSenders, readServiceLines } from '../../../lib/sites/index';
import { loadFixture } from '../fixture-dom';
import { parseServiceLine } from '../../../lib/moderation/service-lines';

const load = (name: string): Document => loadFixture(name);

describe('senders and service lines', () => {
  test('MAX: a run’s later bubbles inherit the name on its first; the teacher’s own message has none and ends the run', () => {
    const document = load('max/group.html');
    const adapter = adapterFor(new URL('https://web.max.ru/-1'))!;
    expect(readSenders(findMessages(document, adapter), adapter)).toEqual([
      'Пётр Сидоров', 'Пётр Сидоров', 'Пётр Сидоров', null, 'Иванов Иван', 'Ольга Кузнецова',
    ]);
    // Rows with no bubble are not messages: the date, a join, a rename (with a link in its title).
    expect(findMessages(document, adapter)).toHaveLength(6);
    const lines = readServiceLines(document, adapter);
    expect(lines).toEqual([
      'Сегодня',
      'Ольга Кузнецова присоединился(-ась) к чату по ссылке',
      'Пётр Сидоров изменил(-а) название чата на «Иванов Иван покинул(-а) чат t.me/otvety5a»',
    ]);
    // Only the membership line is an event; the date and the rename (whatever it imitates) are not.
    expect(lines.map(parseServiceLine)).toEqual([null, { person: 'Ольга Кузнецова', event: 'joined', accusative: false }, null]);
    // The first MAX fixture: a bubble after the teacher’s own has no sender shown.
    const chat = load('max/chat.html');
    expect(readSenders(findMessages(chat, adapter), adapter)).toEqual(['Анна Петровна', 'Мама Пети', null, null]);
    // Its one bubble-less row is the date separator: a line no membership grammar reads.
    expect(readServiceLines(chat, adapter)).toEqual(['Сегодня']);
    expect(readServiceLines(chat, adapter).map(parseServiceLine)).toEqual([null]);
  });

  test('VK: the author is written once per run; service lines are read in order', () => {
    const document = load('vk/convo-vk-ru.html');
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
