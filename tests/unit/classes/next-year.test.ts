/**
 * nextYearClass: a class's name one school year later, written the way it was given.
 */
import { describe, expect, test } from 'vitest';
import { nextYearClass } from '../../../lib/classes/index';

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
