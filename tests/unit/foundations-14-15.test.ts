/**
 * The exact APIs of issues 14 and 15, ahead of their features: member counts from a chat header,
 * a class's name one school year later, and the block advice of the ethics regulation (2.6).
 */
import { describe, expect, test } from 'vitest';
import { nextYearClass } from '../../lib/classes/index';
import { blockAdvice } from '../../lib/moderation/index';
import { parseMemberCount } from '../../lib/sites/index';

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

describe('nextYearClass', () => {
  test.each([
    ['5А', '6А'],
    ['5а', '6а'],
    ['5 «Б»', '6 «Б»'],
    ['5 "Б"', '6 "Б"'],
    ['9-В', '10-В'],
    ['10А', '11А'],
    ['1 Б', '2 Б'],
    ['5 класс', '6 класс'],
    ['5-й класс', '6-й класс'],
    ['5А класс', '6А класс'],
    ['Класс 7Б', 'Класс 8Б'],
    ['Родители 5А', 'Родители 6А'],
    ['5A', '6A'],
    ['ИСП-22-1', 'ИСП-22-1'],
    ['ТМ-21', 'ТМ-21'],
  ])('%s → %s', (name, next) => {
    expect(nextYearClass(name)).toBe(next);
  });

  test.each(['11А', '11 «Б»', '11 класс', 'Учительская', '', 'Кабинет 214'])('%j → null (leaves, or no class)', (name) => {
    expect(nextYearClass(name)).toBeNull();
  });
});

describe('blockAdvice', () => {
  const violations = (count: number) => Array.from({ length: count }, (_, index) => ({ at: `2026-11-0${(index % 9) + 1}` }));

  test('three violations: no block yet; four: a block of up to one month', () => {
    expect(blockAdvice(violations(3), '2026-11-25')).toEqual({ count: 3, mayBlock: false, blockUntilLatest: null });
    expect(blockAdvice(violations(4), '2026-11-25')).toEqual({ count: 4, mayBlock: true, blockUntilLatest: '2026-12-25' });
    expect(blockAdvice([], '2026-11-25')).toEqual({ count: 0, mayBlock: false, blockUntilLatest: null });
  });

  test.each([
    ['2027-01-31', '2027-02-28'],
    ['2028-01-31', '2028-02-29'],
    ['2026-12-15', '2027-01-15'],
    ['2026-03-31', '2026-04-30'],
    ['2026-11-25T23:30:00+03:00', '2026-12-25'],
    ['2026-08-31T10:00:00Z', '2026-09-30'],
  ])('one calendar month after %s is %s', (now, until) => {
    expect(blockAdvice(violations(5), now).blockUntilLatest).toBe(until);
  });
});
