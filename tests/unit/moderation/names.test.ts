/**
 * Names matched in their many written forms: case, ё, initials, word order, the accusative of a
 * service line's object.
 */
import { describe, expect, test } from 'vitest';
import { findName, nameKey, sameName } from '../../../lib/moderation/index';

describe('names', () => {
  test.each([
    ['Иванов Иван', 'Иван Иванов'],
    ['Иванов Иван Иванович', 'Иван Иванов'],
    ['Иванов И. И.', 'Иван Иванов'],
    ['Иванов И.И.', 'Иванов Иван Иванович'],
    ['ИВАНОВ иван иванович', 'Иван Иванов'],
    ['  Иванов   Иван ', 'иван иванов'],
    ['И. Иванов', 'Иванов Иван Иванович'],
    ['Иван И.', 'Иван Иванов'],
    ['Семёнов Пётр', 'Семенов Петр'],
    ['Семенова Алёна Сергеевна', 'Алена Семенова'],
    ['Анна-Мария Петрова', 'Петрова Анна-Мария'],
    ['Петрова, Анна', 'Анна Петрова'],
    ['Иванов Иван (папа)', 'Иван Иванов'],
  ])('«%s» is «%s»', (a, b) => {
    expect(sameName(a, b)).toBe(true);
    expect(sameName(b, a)).toBe(true);
  });

  test.each([
    ['Иванов Иван', 'Иван Петров'],
    ['Иванов Иван', 'Иванова Ивана'],
    ['Иванов И. И.', 'Иванов Пётр'],
    ['Иванов П.', 'Иван Иванов'],
    ['Иван', 'Иван Иванов'],
    ['Иванов', 'Иван Иванов'],
    ['И. И.', 'Иван Иванов'],
    ['', 'Иван Иванов'],
    ['Мама Пети', 'Петя Иванов'],
    ['Ирина Сергеевна', 'Ирина Петрова'],
  ])('«%s» is not «%s»', (a, b) => {
    expect(sameName(a, b)).toBe(false);
    expect(sameName(b, a)).toBe(false);
  });

  test.each([
    ['Сидоров Иван', 'Ивана Сидорова'],
    ['Сидоров Иван Петрович', 'Ивана Сидорова'],
    ['Сидоров И. П.', 'Ивана Сидорова'],
    ['Петрова Анна', 'Анну Петрову'],
    ['Ким Мария', 'Марию Ким'],
    ['Лесная Дарья', 'Дарью Лесную'],
    ['Соколов Андрей', 'Андрея Соколова'],
    ['Игорь Белов', 'Игоря Белова'],
    ['Белый Игорь', 'Игоря Белого'],
    ['Семёнова Алёна', 'Алену Семенову'],
    ['Петрова Анна-Мария', 'Анну-Марию Петрову'],
    ['Сидоров Иван', 'Иван Сидоров'], // written as a nominative after all
  ])('the object of a service line: «%s» is «%s» (accusative)', (nominative, written) => {
    expect(sameName(nominative, written, { bAccusative: true })).toBe(true);
  });

  test.each([
    ['Сидоров Иван', 'Ивана Петрова'],
    ['Петрова Анна', 'Анну Сидорову'],
    ['Сидорова Анна', 'Ивана Сидорова'],
  ])('the object of a service line: «%s» is not «%s»', (nominative, written) => {
    expect(sameName(nominative, written, { bAccusative: true })).toBe(false);
  });

  test('without the accusative context a declined name is another person', () => {
    expect(sameName('Сидоров Иван', 'Ивана Сидорова')).toBe(false);
    expect(findName('Ивана Сидорова', [{ name: 'Сидоров И. П.' }], true)).toEqual({ name: 'Сидоров И. П.' });
    expect(findName('Ивана Сидорова', [{ name: 'Сидоров И. П.' }])).toBeNull();
  });

  test('a lone word matches a one-word entry', () => {
    expect(sameName('Ибрагим', 'ибрагим')).toBe(true);
  });

  test('keys and lookup', () => {
    expect(nameKey('Иванов  Иван')).toBe(nameKey('иван ИВАНОВ'));
    expect(findName('Иванов И. И.', [{ name: 'Петров Пётр' }, { name: 'Иван Иванов' }])).toEqual({ name: 'Иван Иванов' });
    expect(findName('Сидоров', [{ name: 'Иван Иванов' }])).toBeNull();
  });

  test('linear on long hostile names', () => {
    const long = 'а'.repeat(100_000);
    const started = Date.now();
    expect(sameName(long, long + ' б')).toBe(true); // cut to 200 characters first
    expect(Date.now() - started).toBeLessThan(1000);
  });
});
