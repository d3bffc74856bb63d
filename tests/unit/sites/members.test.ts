/**
 * parseMemberCount: the number of members a chat header's subtitle states, null when it states none.
 */
import { describe, expect, test } from 'vitest';
import { parseMemberCount } from '../../../lib/sites/index';

describe('parseMemberCount', () => {
  test.each([
    ['25 участников', 25],
    ['1 участник', 1],
    ['2 участника', 2],
    ['21 участник', 21],
    ['104 участника', 104],
    ['1 234 участника', 1234],
    ['1\u00A0234 участников', 1234],
    ['3 из 18 в сети', 18],
    ['0 из 27 в сети', 27],
    ['25 участников, 3 в сети', 25],
    ['18 members', 18],
    ['1 member', 1],
    ['3 of 18 online', 18],
    ['18 members, 2 online', 18],
    ['312 подписчиков', 312],
  ])('%j → %i', (text, count) => {
    expect(parseMemberCount(text)).toBe(count);
  });

  test.each(['', '   ', 'онлайн', 'в сети', 'был в сети 5 минут назад', 'была в сети в 18:30', 'печатает…', 'last seen recently', 'online', 'Анна Петровна', '5А Родители', 'в сети 3'])(
    '%j → null',
    (text) => {
      expect(parseMemberCount(text)).toBeNull();
    },
  );

  test('non-strings give null', () => {
    expect(parseMemberCount(undefined as unknown as string)).toBeNull();
  });
});
