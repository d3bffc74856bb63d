/**
 * A number meets its word in the right form: Russian one / few / many (1 участник, 23 участника,
 * 25 участников, 11 участников, 21 участник), English one / other; and day counts match the dates.
 */
import { describe, expect, test } from 'vitest';
import { pluralForm, translator } from '../../../lib/i18n/index';
import { UI_MESSAGES } from '../../../lib/i18n/ui';
import { daysSince } from '../../../lib/invites/lifecycle';

const RU = ['участник', 'участника', 'участников'];

describe('plural forms', () => {
  test('Russian: one, few, many by the last digits, fractions as few', () => {
    const cases: [number, string][] = [
      [1, 'участник'], [21, 'участник'], [101, 'участник'],
      [2, 'участника'], [3, 'участника'], [4, 'участника'], [23, 'участника'], [1.5, 'участника'],
      [0, 'участников'], [5, 'участников'], [11, 'участников'], [12, 'участников'], [14, 'участников'], [25, 'участников'], [111, 'участников'],
    ];
    for (const [count, word] of cases) expect(pluralForm('ru', count, RU), String(count)).toBe(word);
  });

  test('English: one and other', () => {
    expect(pluralForm('en', 1, ['member', 'members'])).toBe('member');
    expect(pluralForm('en', 0, ['member', 'members'])).toBe('members');
    expect(pluralForm('en', 23, ['member', 'members'])).toBe('members');
  });

  test('the screens’ texts put each number with its word', () => {
    const ru = translator(UI_MESSAGES, 'ru');
    expect(ru('coverageMembers', { members: 23 })).toBe('23 участника');
    expect(ru('coverageMembers', { members: 21 })).toBe('21 участник');
    expect(ru('coverageMembers', { members: 11 })).toBe('11 участников');
    expect(ru('checklistDaysAgo', { days: 8 })).toBe('8 дней назад');
    expect(ru('checklistDaysAgo', { days: 2 })).toBe('2 дня назад');
    expect(ru('invitesStaleBanner', { count: 2, days: 7 })).toContain('больше 7 дней назад');
    expect(ru('invitesStaleBanner', { count: 2, days: 1 })).toContain('больше 1 дня назад');
    const en = translator(UI_MESSAGES, 'en');
    expect(en('checklistDaysAgo', { days: 1 })).toBe('1 day ago');
    expect(en('coverageMembers', { members: 2 })).toBe('2 members');
  });

  test('no Russian text puts a bare number before a noun it must agree with', () => {
    // «{n} дн.», «{n} участников»: a count then a counted noun, without a plural form.
    const bare = /\{\w+\}\.?\s+(дн\.|участник|приглашени|ученик|чат[аов]|ссыл|семь?[ейи]|дн[ейя]|день)/;
    const offenders = Object.entries(UI_MESSAGES.ru).filter(([, text]) => bare.test(text)).map(([key]) => key);
    expect(offenders).toEqual([]);
  });
});

describe('days since a date', () => {
  const at = (day: number, hour: number) => new Date(2026, 11, day, hour).getTime();
  test('counts calendar days, as the dates read', () => {
    expect(daysSince(at(1, 18), at(9, 9))).toBe(8); // 7.6 days of hours, 8 of dates
    expect(daysSince(at(6, 23), at(7, 1))).toBe(1);
    expect(daysSince(at(7, 1), at(7, 23))).toBe(0);
    expect(daysSince(at(9, 9), at(1, 18))).toBe(0); // never negative (a clock set back)
  });
});

describe('a college’s words', () => {
  test('every overlaid key is a screen key, keeps the same {names}, and says no «класс» or «учени»', async () => {
    const { COLLEGE_WORDS } = await import('../../../lib/i18n/ui/college');
    const names = (text: string) => [...text.matchAll(/\{(\w+)/g)].map((match) => match[1]).sort();
    for (const [key, text] of Object.entries(COLLEGE_WORDS.ru)) {
      expect(Object.hasOwn(UI_MESSAGES.ru, key), key).toBe(true);
      expect(names(text!), key).toEqual(names(UI_MESSAGES.ru[key as keyof typeof UI_MESSAGES.ru]));
      expect(text, key).not.toMatch(/класс|учени|учител/i);
    }
    expect(Object.keys(COLLEGE_WORDS.en).sort()).toEqual(Object.keys(COLLEGE_WORDS.ru).sort());
  });
});
