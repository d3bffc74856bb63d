/**
 * Issue 15's pure parts: names matched in their many written forms, service lines, the rules
 * library, block reminders and the log's retention.
 */
import { describe, expect, test } from 'vitest';
import {
  DEFAULT_RULES,
  activeBlocks,
  countsInChat,
  dueUnblocks,
  findName,
  moderationCutoff,
  nameKey,
  parseRulePoints,
  parseServiceLine,
  ruleKindOfChat,
  rulesFor,
  rulesText,
  sameName,
  type BlockRecord,
  type ViolationRecord,
} from '../../lib/moderation/index';

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
});

const DAY = 24 * 60 * 60 * 1000;
const NOW = new Date(2026, 10, 25, 12).getTime();
const block = (until: string, ended?: number): BlockRecord => ({
  v: 1,
  id: until,
  site: 'max',
  chat: 'Родители 5А',
  person: 'Мама Пети',
  at: NOW - 20 * DAY,
  until,
  reason: 'четыре нарушения',
  ...(ended === undefined ? {} : { endedAt: ended, ended: 'on-time' as const }),
});

describe('blocks and the log', () => {
  test('a block is due to be lifted on its last day, not before, not once ended', () => {
    expect(dueUnblocks([block('2026-11-25'), block('2026-11-24'), block('2026-11-26'), block('2026-11-20', NOW)], NOW).map((entry) => entry.until)).toEqual([
      '2026-11-25',
      '2026-11-24',
    ]);
    expect(activeBlocks([block('2026-11-25'), block('2026-11-26')], NOW).map((entry) => entry.until)).toEqual(['2026-11-26']);
  });

  test('counts per person in one chat', () => {
    const violation = (person: string, chat = 'Родители 5А'): ViolationRecord => ({ v: 1, id: person + chat, site: 'max', chat, person, at: NOW, rule: 2, note: '' });
    const counts = countsInChat([violation('Мама Пети'), violation('мама  пети'), violation('Папа Коли'), violation('Мама Пети', 'Другой')], 'max', 'Родители 5А');
    expect([...counts]).toEqual([
      ['мама пети', 2],
      ['папа коли', 1],
    ]);
  });

  test('kept until the end of the school year by default, or for the days set', () => {
    const yearStart = new Date(2026, 8, 1).getTime();
    expect(moderationCutoff(NOW, yearStart, undefined)).toBe(yearStart);
    expect(moderationCutoff(NOW, yearStart, 30)).toBe(NOW - 30 * DAY);
  });
});
