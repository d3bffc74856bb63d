/**
 * CSV for Russian Excel: `;`, BOM, CRLF, quoted where needed; no cell — nor any piece of a cell a
 * spreadsheet could split off — runs as a formula; one date form; file names that say what and whose.
 */
import Papa from 'papaparse';
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { csvDate, csvDateTime, csvDay, exportFileName, toCsv } from '../../../lib/util/csv';

/** The file read back as Excel reads it: `;` between cells, quotes honoured. */
const excel = (csv: string) => {
  expect(csv.endsWith('\r\n')).toBe(true);
  return Papa.parse<string[]>(csv.replace(/^\uFEFF/, '').slice(0, -2), { delimiter: ';', newline: '\r\n' }).data;
};
const roundTrip = (cell: string) => excel(toCsv([['Класс', 'Чат'], ['5А', cell]]))[1][1];
/** Every piece a careless reader could make of a cell: split at `;` and at line breaks. */
const pieces = (cell: string) => cell.split(/[;\r\n\u2028\u2029]/);
const FORMULA = /^[=+\-@\t\r\n]/;

describe('CSV cells', () => {
  test.each([
    '=1+1',
    '=1+1\nбезобидно',
    '=HYPERLINK("http://x")\r\nещё',
    '=1+1\u2028x',
    '=1+1\u2029x',
    '+7 900 123-45-67',
    '-2+3',
    '@SUM(A1)',
    '\t=1',
    '\r=1',
    '\n=1',
  ])('%j is text', (cell) => {
    const written = roundTrip(cell);
    expect(written.startsWith("'")).toBe(true);
    for (const piece of pieces(written)) expect(piece).not.toMatch(FORMULA);
  });

  test.each([
    ['x;=1+1', "x;'=1+1"],
    ['Родители 5А\n=cmd|"/c calc"!A1', 'Родители 5А\n\'=cmd|"/c calc"!A1'],
    ['a;b;@SUM(1)', "a;b;'@SUM(1)"],
  ])('a formula after a separator or a line break inside the cell is text too: %j', (cell, written) => {
    expect(roundTrip(cell)).toBe(written);
    for (const piece of pieces(roundTrip(cell))) expect(piece).not.toMatch(FORMULA);
  });

  test.each(['Родители 5А', '5 «А»', 'a=b', '1+1', ' =1', 'а, б', 'в "кавычках"'])('%j is left as it is', (cell) => {
    expect(roundTrip(cell)).toBe(cell);
  });

  test('any text: read back as Excel reads it, each cell is the text (or the text made safe), and no piece starts a formula', () => {
    fc.assert(
      fc.property(fc.array(fc.string({ unit: fc.constantFrom('=', '+', '-', '@', ';', ',', '"', '\n', '\r', '\t', 'a', 'я', ' ', '1') }), { minLength: 1, maxLength: 4 }), (cells) => {
        const read = excel(toCsv([cells.map((_, index) => `h${index}`), cells]));
        expect(read).toHaveLength(2);
        read[1].forEach((cell, index) => {
          for (const piece of pieces(cell)) expect(piece).not.toMatch(FORMULA);
          expect(cell.replace(/'/g, '')).toBe(cells[index].replace(/'/g, ''));
        });
      }),
    );
  });

  test('BOM first, no «sep=» line, «;» between cells, CRLF after every row, quotes where a cell holds ; , " or a line break', () => {
    const csv = toCsv([
      ['a', 'b;c'],
      ['d,e', 'f\ng'],
    ]);
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    expect(csv).not.toContain('sep=');
    expect(csv.slice(1)).toBe('a;"b;c"\r\n"d,e";"f\ng"\r\n');
  });
});

describe('one date form', () => {
  const time = new Date(2026, 11, 4, 9, 5).getTime();
  test('дд.мм.гггг and дд.мм.гггг чч:мм, local time; a stored day the same way', () => {
    expect(csvDate(time)).toBe('04.12.2026');
    expect(csvDateTime(time)).toBe('04.12.2026 09:05');
    expect(csvDay('2026-12-31')).toBe('31.12.2026');
  });
});

describe('file names', () => {
  test('what and whose, then the day; nothing a file system refuses', () => {
    const time = new Date(2026, 11, 4).getTime();
    expect(exportFileName(['Парта', 'отчёт', 'Иванова М. И.'], time, 'json')).toBe('Парта — отчёт — Иванова М. И. — 04.12.2026.json');
    expect(exportFileName(['Парта', 'чаты 5А'], time, 'csv')).toBe('Парта — чаты 5А — 04.12.2026.csv');
    expect(exportFileName(['Парта', 'отчёт', 'a/b:c*?\n'], time, 'json')).toBe('Парта — отчёт — a_b_c_ — 04.12.2026.json');
    expect(exportFileName(['Парта', '', '  '], time, 'csv')).toBe('Парта — 04.12.2026.csv');
  });
});
