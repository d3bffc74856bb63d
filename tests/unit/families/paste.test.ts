/**
 * Pasted lists: a member panel copied from a chat (presence, roles, «Вы» and the panel's own words
 * dropped, names kept once) and a class list from a spreadsheet or the journal (numbering, heading and
 * extra cells dropped; a line that is not «Фамилия Имя» reported, never guessed).
 */
import { describe, expect, test } from 'vitest';
import { CLASS_LIST_MAX, readClassListPaste, readMemberPaste } from '../../../lib/families/paste';

describe('a member panel pasted', () => {
  test('names kept, everything else of the panel dropped', () => {
    const panel = [
      'Участники',
      '27 участников',
      'Добавить участников',
      'Вы',
      'администратор',
      'Иванова Елена · администратор',
      'был(а) в сети вчера',
      'Мама Даши Смирновой 🌸',
      'была в сети 5 минут назад',
      'Папа Лёши Ким',
      'в сети',
      'Ольга (мама Жени)',
      'заходил недавно',
      '',
      'Папа Лёши Ким',
      'Показать ещё',
    ].join('\n');
    expect(readMemberPaste(panel)).toEqual(['Иванова Елена', 'Мама Даши Смирновой 🌸', 'Папа Лёши Ким', 'Ольга (мама Жени)']);
  });

  test('Windows line ends, English panel words, a line too long to be a name', () => {
    expect(readMemberPaste(`Members\r\nYou\r\nlast seen recently\r\nPetr Ivanov\r\nowner\r\n${'Я'.repeat(500)}`)).toEqual(['Petr Ivanov']);
  });
});

describe('a class list pasted', () => {
  test('numbered, with a heading, from a spreadsheet with extra columns', () => {
    const read = readClassListPaste(['№\tФИО\tДата рождения', '1\tИванов Пётр\t01.02.2013', '2\tИванова Анна Сергеевна\t03.04.2013', '3. Белых Артём', '4) Ким Алексей', '', 'Иванов Пётр'].join('\n'));
    expect(read.pupils).toEqual([
      { surname: 'Иванов', given: 'Пётр' },
      { surname: 'Иванова', given: 'Анна', patronymic: 'Сергеевна' },
      { surname: 'Белых', given: 'Артём' },
      { surname: 'Ким', given: 'Алексей' },
    ]);
    expect(read.skipped).toEqual([]);
  });

  test('lines that are not «Фамилия Имя» are reported with their numbers, not guessed', () => {
    const read = readClassListPaste('Иванов Пётр\nПетя\nИванов Пётр Сергеевич Младший\nИванов П.\nОрлов Лев');
    expect(read.pupils.map((pupil) => pupil.surname)).toEqual(['Иванов', 'Орлов']);
    expect(read.skipped).toEqual([
      { line: 2, text: 'Петя' },
      { line: 3, text: 'Иванов Пётр Сергеевич Младший' },
      { line: 4, text: 'Иванов П.' },
    ]);
  });

  test('a class holds at most its limit; the rest is counted', () => {
    const names = Array.from({ length: CLASS_LIST_MAX + 5 }, (_, index) => `Ученикова Аня${'а'.repeat(index)}`);
    const read = readClassListPaste(names.join('\n'));
    expect(read.pupils).toHaveLength(CLASS_LIST_MAX);
    expect(read.cut).toBe(5);
  });
});
