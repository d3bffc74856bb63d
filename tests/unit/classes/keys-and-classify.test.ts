/**
 * Class keys and chat classification: a table of spellings, and several hundred generated chat
 * titles (every class spelling × every title form × every audience), plus titles that are not
 * class chats at all.
 */
import { describe, expect, test } from 'vitest';
import { classKey, classifyChat, type Audience } from '../../../lib/classes/index';

describe('classKey', () => {
  const table: [string, string | null][] = [
    ['5А', '5А'],
    ['5 «А»', '5А'],
    ['5 "А"', '5А'],
    ['5-а', '5А'],
    ['5 - а', '5А'],
    ['5A', '5А'], // Latin A
    ['5a', '5А'],
    ['5B', '5В'], // Latin B looks like В
    ['5а класс', '5А'],
    ['5а класса', '5А'],
    ['Класс 5А', '5А'],
    ['класс 5 «б»', '5Б'],
    ['11Б', '11Б'],
    ['11 «В» класс', '11В'],
    ['10-е', '10Е'],
    ['1 класс', '1'],
    ['1-й класс', '1'],
    ['5-го класса', '5'],
    ['7 кл.', '7'],
    ['7 кл', '7'],
    ['Класс 7', '7'],
    ['исп-22-1', 'ИСП-22-1'],
    ['ИСП-22-1', 'ИСП-22-1'],
    ['Группа тм-21', 'ТМ-21'],
    ['ПК 23-2', null], // no dash between letters and digits: not a group code we know
    ['Родители группы ОДЛ-231', 'ОДЛ-231'],
    ['', null],
    ['Учительская', null],
    ['Кабинет 214', null],
    ['Собрание в 18:30', null],
    ['12 сентября', null],
    ['5 апреля', null],
    ['Математика 8', null],
    ['Олимпиада 2025', null],
    ['Телефон 8-912-345-67-89', null],
    ['12А', null], // there is no 12th grade
    ['0Б', null],
    ['5Й', null],
    ['5Ы', null],
    ['COVID-19', null],
    ['Выпуск-2025', null],
    ['8Б.', '8Б'],
    ['(9В)', '9В'],
    ['9В, родители', '9В'],
  ];
  test.each(table)('%j → %j', (text, key) => {
    expect(classKey(text)).toBe(key);
  });
});

describe('classifyChat: generated titles', () => {
  const classes: [string, string[]][] = [
    ['5А', ['5А', '5 «А»', '5-а', '5A']],
    ['11Б', ['11Б', '11 «Б»', '11-б', '11 Б']],
    ['9В', ['9В', '9 "В"', '9в', '9B']],
    ['1', ['1 класс', '1-й класс']],
    ['7', ['7 кл.', '7 класс']],
    ['ИСП-22-1', ['ИСП-22-1', 'исп-22-1']],
  ];
  const forms: [Audience, string, string?][] = [
    ['parents', 'Родители {c}'],
    ['parents', '{c} — родительский чат'],
    ['parents', 'Чат родителей {c}'],
    ['parents', '{c} Родители'],
    ['parents', 'Родком {c}'],
    ['parents', 'Законные представители {c}'],
    ['teachers', 'Учителя {c}'],
    ['teachers', 'Педагоги {c}'],
    ['teachers', 'Преподаватели {c}'],
    ['teachers', '{c}: учителя-предметники'],
    ['teachers', 'Классный руководитель и учителя {c}'],
    ['students', '{c} ученики'],
    ['students', 'Ученики {c}'],
    ['students', '{c}'],
    ['students', 'Чат {c}'],
    ['students', 'Обучающиеся {c}'],
    ['students', 'Ребята {c}'],
    ['subject', 'Математика {c}', 'Математика'],
    ['subject', '{c} Алгебра', 'Алгебра'],
    ['subject', 'Физика {c}', 'Физика'],
    ['subject', 'Русский язык {c}', 'Русский язык'],
    ['subject', 'Английский язык, {c}', 'Английский язык'],
    ['subject', 'История {c}', 'История'],
    ['subject', 'Информатика {c}', 'Информатика'],
    ['subject', 'Физкультура {c}', 'Физическая культура'],
    ['subject', 'Окружающий мир {c}', 'Окружающий мир'],
    ['subject', 'Биология {c}', 'Биология'],
  ];
  const cases: [string, string, Audience, string | undefined][] = [];
  for (const [key, spellings] of classes) {
    for (const spelling of spellings) {
      for (const [audience, form, subject] of forms) cases.push([form.replace('{c}', spelling), key, audience, subject]);
    }
  }

  test('there are several hundred of them', () => {
    expect(cases.length).toBeGreaterThan(300);
  });

  test.each(cases)('%s → %s, %s %s', (title, key, audience, subject) => {
    const result = classifyChat(title);
    expect(result.classKey).toBe(key);
    expect(result.audience).toBe(audience);
    expect(result.subject).toBe(subject);
  });
});

describe('classifyChat: the examples of the rules and titles that are not class chats', () => {
  const table: [string, string | null, Audience, string?][] = [
    ['Родители 5А', '5А', 'parents'],
    ['5 «А» — родительский чат', '5А', 'parents'],
    ['5А ученики', '5А', 'students'],
    ['5А класс', '5А', 'students'],
    ['Группа ИСП-22-1', 'ИСП-22-1', 'students'],
    ['Учителя 5А', '5А', 'teachers'],
    ['Педагоги 9В', '9В', 'teachers'],
    ['Преподаватели ИСП-22-1', 'ИСП-22-1', 'teachers'],
    ['Математика 8А', '8А', 'subject', 'Математика'],
    ['Учительская', null, 'staff'],
    ['Сотрудники', null, 'staff'],
    ['Сотрудники МОУ «КСОШ»', null, 'staff'],
    ['Педсовет', null, 'staff'],
    ['Администрация школы', null, 'staff'],
    ['Родительский совет школы', null, 'parents'],
    ['Преподаватели', null, 'teachers'],
    ['Группы', null, 'students'],
    ['Родители', null, 'parents'],
    ['Совет обучающихся', null, 'students'],
    ['Футбол по субботам', null, 'other'],
    ['Мама', null, 'other'],
    ['Поход 5А на Эльбрус', '5А', 'other'],
    ['Избранное', null, 'other'],
    ['Анна Петровна', null, 'other'],
    ['Общешкольный канал', null, 'other'],
    ['', null, 'other'],
  ];
  test.each(table)('%j → %j %s', (title, key, audience, subject) => {
    expect(classifyChat(title)).toEqual(subject ? { classKey: key, audience, subject } : { classKey: key, audience });
  });
});
