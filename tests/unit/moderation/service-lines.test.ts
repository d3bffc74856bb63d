/**
 * Service lines of the chat history: who joined, was added, left or was removed.
 */
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { parseServiceLine, parseServiceLines } from '../../../lib/moderation/index';

describe('service lines', () => {
  test.each([
    ['Ольга Павлова присоединилась к чату по ссылке', { person: 'Ольга Павлова', event: 'joined', accusative: false }],
    ['Пётр Иванов вышел из чата', { person: 'Пётр Иванов', event: 'left', accusative: false }],
    ['Анна Смирнова вышла из беседы', { person: 'Анна Смирнова', event: 'left', accusative: false }],
    ['Иван Петров покинул(-а) чат', { person: 'Иван Петров', event: 'left', accusative: false }],
    ['Иван Петров покинул чат', { person: 'Иван Петров', event: 'left', accusative: false }],
    ['Мария Ким вернулась в чат', { person: 'Мария Ким', event: 'returned', accusative: false }],
    ['Анна Петровна пригласила Ивана Сидорова', { person: 'Ивана Сидорова', event: 'added', accusative: true }],
    ['Анна Петровна исключила Ивана Сидорова', { person: 'Ивана Сидорова', event: 'removed', accusative: true }],
    ['Иван Петров добавил(-а) Марию Ким', { person: 'Марию Ким', event: 'added', accusative: true }],
    ['Иван Петров присоединился(-ась) к чату', { person: 'Иван Петров', event: 'joined', accusative: false }],
    // Third-party MAX clients' wording (sites.md, fourth round).
    ['Имя Фамилия вышел(а) из чата', { person: 'Имя Фамилия', event: 'left', accusative: false }],
    ['Ольга Павлова удалил(-а) Петра Сидорова из чата', { person: 'Петра Сидорова', event: 'removed', accusative: true }],
    ['Ольга Павлова добавил(-а) Петра Сидорова в чат', { person: 'Петра Сидорова', event: 'added', accusative: true }],
  ])('«%s»', (line, parsed) => {
    expect(parseServiceLine(line)).toEqual(parsed);
  });

  test.each(['Добрый вечер! Завтра контрольная.', 'Вышел из чата', 'Я вышла из чата родителей, верните', ''])('not a service line: «%s»', (line) => {
    // «Я вышла из чата…» names «Я»: too short a name to be a person.
    expect(parseServiceLine(line)).toBeNull();
  });

  test.each([
    // A rename, a pin, a quote: anyone who may rename a chat could otherwise silence a leaver's reminder or mark an innocent.
    'Пётр Иванов изменил название беседы на «Сидоров Иван вышел из чата»',
    'Пётр Иванов изменил название беседы на "Сидоров Иван вышел из чата"',
    'Пётр Иванов закрепил сообщение «Сидоров Иван присоединился к чату»',
    'Пётр Иванов закрепил: Сидоров Иван вышел из чата',
    'Иванов закрепил Сидоров вышел из чата',
    'Иванов изменил Сидоров присоединился к чату',
    'Пётр Иванов обновил фотографию беседы',
    'Пётр Иванов создал чат «5А»',
    'Пётр Иванов начал звонок',
    'Пётр Иванов вышел из чата и вернулся',
    'Сидоров Иван вышел из чата родителей 5А',
    'Маша2010 вышла из чата',
  ])('never a membership line: «%s»', (line) => {
    expect(parseServiceLine(line)).toBeNull();
  });

  test('several names added or removed in one line: each its own event', () => {
    expect(parseServiceLines('Ольга Павлова добавил(-а) Анну Ким, Олега Ли и Марию Петрову в чат')).toEqual([
      { person: 'Анну Ким', event: 'added', accusative: true },
      { person: 'Олега Ли', event: 'added', accusative: true },
      { person: 'Марию Петрову', event: 'added', accusative: true },
    ]);
    expect(parseServiceLines('Иван Петров пригласил Марию Ким, Олега Ли').map((event) => event.person)).toEqual(['Марию Ким', 'Олега Ли']);
    expect(parseServiceLines('Анна Петровна исключила Ивана Сидорова и Петра Ким').map((event) => [event.person, event.event])).toEqual([
      ['Ивана Сидорова', 'removed'],
      ['Петра Ким', 'removed'],
    ]);
    // One line of several names is not one person.
    expect(parseServiceLine('Иван Петров пригласил Марию Ким, Олега Ли')).toBeNull();
    // A list with a verb or a chat word in it is no list of people.
    expect(parseServiceLines('Иван Петров добавил(-а) Марию Ким, вышел из чата')).toEqual([]);
    expect(parseServiceLines(`Иван Петров добавил(-а) ${Array.from({ length: 21 }, (_, index) => `Имя${'а'.repeat(index % 3)}`).join(', ')}`)).toEqual([]);
  });

  test('names that look like verbs are still names; an initial keeps its dot', () => {
    expect(parseServiceLine('Павел Удалов вышел из чата')).toEqual({ person: 'Павел Удалов', event: 'left', accusative: false });
    expect(parseServiceLine('Иванов И. И. покинул(-а) чат')).toEqual({ person: 'Иванов И. И.', event: 'left', accusative: false });
  });

  test('any line with «», quotes or a colon is no membership line, whatever else it says', () => {
    const words = fc.constantFrom('Сидоров', 'Иван', 'вышел', 'из', 'чата', 'присоединился', 'к', 'чату', 'пригласил', 'Марию', 'Ким', 'по', 'ссылке');
    const marks = fc.constantFrom('«', '»', ':', '"', '“', '”');
    fc.assert(
      fc.property(fc.array(words, { maxLength: 8 }), marks, fc.array(words, { maxLength: 8 }), (before, mark, after) => {
        expect(parseServiceLine([...before, mark, ...after].join(' '))).toBeNull();
        expect(parseServiceLine(`${before.join(' ')}${mark}${after.join(' ')}`)).toBeNull();
      }),
    );
  });

  test('linear in the line: a long run of name-like words is answered at once (bounded to 300 characters)', () => {
    expect(parseServiceLine(`${'Иван '.repeat(59)}вышел из чата`)).toBeNull();
    expect(parseServiceLine(`${'Иван '.repeat(1000)}вышел из чата`)).toBeNull();
  });
});
