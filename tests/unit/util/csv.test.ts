/** Every cell a spreadsheet would run as a formula leaves as text, whatever follows its first character. */
import Papa from 'papaparse';
import { describe, expect, test } from 'vitest';
import { toCsv } from '../../../lib/util/csv';

const roundTrip = (cell: string) => Papa.parse<string[]>(toCsv([['Класс', 'Чат'], ['5А', cell]]).replace(/^\uFEFF/, '')).data[1][1];

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
  ])('%j is text', (cell) => {
    const written = roundTrip(cell);
    expect(written.startsWith("'")).toBe(true);
    expect(written.slice(1)).toBe(cell);
  });

  test.each(['Родители 5А', '5 «А»', 'a=b', '1+1', ' =1'])('%j is left as it is', (cell) => {
    expect(roundTrip(cell)).toBe(cell);
  });

  test('starts with a BOM for Excel', () => {
    expect(toCsv([['a']]).charCodeAt(0)).toBe(0xfeff);
  });
});
