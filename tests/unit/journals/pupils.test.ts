// @vitest-environment happy-dom
/**
 * Counting a class's pupils by the shape of its journal's rows: names in the column with the most
 * of them, each once; other names, rooms, marks and headings aside; linear in the page.
 */
import { describe, expect, test } from 'vitest';
import { countPupils, looksLikePupilName, MIN_PUPILS } from '../../../lib/journals/pupils';

const page = (html: string) => new DOMParser().parseFromString(html, 'text/html');
const rows = (names: readonly string[]) => `<table>${names.map((name) => `<tr><td>${name}</td><td>5</td></tr>`).join('')}</table>`;
const NAMES = ['Иванов Иван', 'Петрова Мария', 'Сидоров П.', 'Ким Ён Су', 'Орлова-Ли Анна', 'Носов И. И.'];

describe('countPupils', () => {
  test('names as journals write them', () => {
    for (const name of NAMES) expect(looksLikePupilName(name)).toBe(true);
    for (const text of ['каб. 214', '5 н', 'Средний балл', 'Журналы класса', '01.09', 'Иванов', 'ИВАНОВ ИВАН', 'Иванов Иван 5А', 'Родители пишут в чат сегодня вечером']) {
      expect(looksLikePupilName(text)).toBe(false);
    }
  });

  test('distinct names of one column; a repeated row counts once', () => {
    expect(countPupils(page(rows([...NAMES, 'Иванов Иван'])))).toBe(6);
  });

  test('names elsewhere on the page (the teacher in the header, parents in a panel) do not join the class', () => {
    const html = `<header><span>Сидорова Анна Петровна</span></header>${rows(NAMES)}<aside><ul><li>Иванова Ольга</li><li>Петров Олег</li></ul></aside>`;
    expect(countPupils(page(html))).toBe(6);
  });

  test('an excluded name (the class teacher listed among them) is not counted', () => {
    expect(countPupils(page(rows([...NAMES, 'Петрова Анна Сергеевна'])), ['Петрова А. С.'])).toBe(6);
  });

  test('fewer names than a class has: no reading', () => {
    expect(countPupils(page(rows(NAMES.slice(0, MIN_PUPILS - 1))))).toBeNull();
    expect(countPupils(page('<p>Ничего</p>'))).toBeNull();
  });

  test('more names than any class holds: no reading (a school list, not a class)', () => {
    const many = Array.from({ length: 201 }, (_, index) => `Ученик ${String.fromCharCode(0x410 + (index % 32))}${'абвгдежзиклмнопрстуфхцчшщэюя'[Math.floor(index / 32)]}ов`);
    expect(countPupils(page(rows(many)))).toBeNull();
  });
});
