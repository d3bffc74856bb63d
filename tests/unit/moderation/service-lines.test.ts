/**
 * Service lines of the chat history: who joined, was added, left or was removed.
 */
import { describe, expect, test } from 'vitest';
import { parseServiceLine } from '../../../lib/moderation/index';

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
  ])('«%s»', (line, parsed) => {
    expect(parseServiceLine(line)).toEqual(parsed);
  });

  test.each(['Добрый вечер! Завтра контрольная.', 'Вышел из чата', 'Я вышла из чата родителей, верните', ''])('not a service line: «%s»', (line) => {
    // «Я вышла из чата…» names «Я»: too short a name to be a person.
    expect(parseServiceLine(line)).toBeNull();
  });
});
