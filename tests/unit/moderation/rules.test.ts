/**
 * The chat rules: the default from the regulation, the school's own per chat kind, as a message.
 */
import { describe, expect, test } from 'vitest';
import { bindsModerator, DEFAULT_RULES, memberPoints, parseRulePoints, ruleKindOfChat, rulesFor, rulesText } from '../../../lib/moderation/index';

describe('rules', () => {
  test('the default, the school’s, a kind’s own', () => {
    expect(rulesFor('parents')).toBe(DEFAULT_RULES);
    expect(rulesFor('parents', { school: ['Школьное'] })).toEqual(['Школьное']);
    expect(rulesFor('parents', { school: ['Школьное'], parents: ['Родительское'] })).toEqual(['Родительское']);
    expect(rulesFor('students', { school: ['Школьное'], parents: ['Родительское'] })).toEqual(['Школьное']);
    expect(rulesFor('teachers', { teachers: [] })).toBe(DEFAULT_RULES);
  });

  test('a chat’s kind from its title', () => {
    expect(ruleKindOfChat('Родители 5А')).toBe('parents');
    expect(ruleKindOfChat('Учителя 5А')).toBe('teachers');
    expect(ruleKindOfChat('Учительская')).toBe('teachers');
    expect(ruleKindOfChat('5А ученики')).toBe('students');
    expect(ruleKindOfChat('Математика 7Б')).toBe('students');
  });

  test('numbered as a message; typed points parsed back', () => {
    expect(rulesText(['Вежливо', 'По делу'])).toBe('Правила чата:\n1. Вежливо\n2. По делу');
    expect(parseRulePoints('1. Вежливо\n\n2) По делу\n• Без спама\n- Без рекламы')).toEqual({ points: ['Вежливо', 'По делу', 'Без спама', 'Без рекламы'], tooLong: [] });
    expect(parseRulePoints('x'.repeat(501)).tooLong).toEqual([1]);
    expect(DEFAULT_RULES.join(' ')).toContain('больше трёх раз');
  });

  test('the default cites its source by name; points that bind the moderator are not a member’s violation', () => {
    expect(DEFAULT_RULES[0]).toContain('(Положение об этике общения, п. 2.3)');
    // 6: the moderator's duties; 7: what the moderator may do. A member can break neither.
    expect(memberPoints(DEFAULT_RULES).map((point) => point.number)).toEqual([1, 2, 3, 4, 5]);
    expect(bindsModerator('Модератор удаляет лишнее')).toBe(true);
    expect(bindsModerator('Нарушитель может быть заблокирован модератором на неделю')).toBe(true);
    expect(bindsModerator('Не оскорбляем модератора и друг друга')).toBe(false);
    // A school's own points keep their numbers as the chat knows them.
    expect(memberPoints(['Вежливо', 'Модератор следит за порядком', 'По делу'])).toEqual([
      { number: 1, text: 'Вежливо' },
      { number: 3, text: 'По делу' },
    ]);
  });
});
