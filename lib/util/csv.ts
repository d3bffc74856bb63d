/**
 * CSV the way spreadsheets read it: a BOM so Excel takes the Cyrillic as UTF-8, and every cell a
 * spreadsheet would run as a formula made text. Papa's own `escapeFormulae: true` tests
 * `/^[=+\-@\t\r].*$/`, whose `.` stops at a line break (\n, U+2028, U+2029): «=1+1» followed by a
 * new line went out as a formula. Only the first character decides here.
 */
import Papa from 'papaparse';

/** What makes a spreadsheet read a cell as a formula: its first character. */
export const FORMULA_START = /^[=+\-@\t\r]/;

export function toCsv(rows: readonly (readonly string[])[]): string {
  return `\uFEFF${Papa.unparse(rows as string[][], { escapeFormulae: FORMULA_START })}`;
}
