/**
 * CSV for Russian Excel, the one writer every export uses: `;` between cells (Russian Excel's list
 * separator), a UTF-8 BOM (so Cyrillic is read as UTF-8 — and no `sep=` line, which makes Excel
 * ignore the BOM), CRLF between rows, and dates in one form, `дд.мм.гггг` (`дд.мм.гггг чч:мм`).
 *
 * No cell may run as a formula, however Excel splits the file: a cell that starts with `= + - @`,
 * a tab or a line break gets a leading `'`, and so does every such start inside a cell after a `;`
 * or a line break (were the quotes ever lost, each piece would be a cell of its own). Every cell
 * holding `;`, `,`, `"` or a line break is quoted. Pure.
 */
import Papa from 'papaparse';

/** What makes a spreadsheet read a cell as a formula: its first character. */
export const FORMULA_START = /^[=+\-@\t\r\n]/;
/** The same after a cell separator or a line break inside the cell. */
const FORMULA_INSIDE = /([;\r\n\u2028\u2029])(?=[=+\-@\t])/g;
const NEEDS_QUOTES = /[;,"\r\n\u2028\u2029]/;

export const CSV_SEPARATOR = ';';

/** One cell made safe: text stays text in any spreadsheet. */
export function neutralise(cell: string): string {
  const inside = cell.replace(FORMULA_INSIDE, "$1'");
  return FORMULA_START.test(inside) ? `'${inside}` : inside;
}

export function toCsv(rows: readonly (readonly string[])[]): string {
  const safe = rows.map((row) => row.map((cell) => neutralise(String(cell))));
  const body = Papa.unparse(safe, {
    delimiter: CSV_SEPARATOR,
    newline: '\r\n',
    quotes: (value: unknown) => NEEDS_QUOTES.test(String(value)),
    // Cells are made safe above, by the rule that also covers what follows a separator.
    escapeFormulae: false,
  });
  return `\uFEFF${body}\r\n`;
}

const pad = (value: number) => String(value).padStart(2, '0');

/** `дд.мм.гггг`, the local day of a time — the one date form in every file. */
export function csvDate(time: number): string {
  const date = new Date(time);
  return `${pad(date.getDate())}.${pad(date.getMonth() + 1)}.${date.getFullYear()}`;
}

/** `дд.мм.гггг чч:мм`, local time. */
export function csvDateTime(time: number): string {
  const date = new Date(time);
  return `${csvDate(time)} ${pad(date.getHours())}:${pad(date.getMinutes())}`;
}

/** A calendar day written `YYYY-MM-DD` → `дд.мм.гггг`; anything else as it is. */
export function csvDay(day: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})/.exec(day);
  return match ? `${match[3]}.${match[2]}.${match[1]}` : day;
}

/**
 * A file name that says what and whose: «Парта — чаты 5А — 04.12.2026.csv». Characters that file
 * systems refuse become «_»; each part is kept short.
 */
export function exportFileName(parts: readonly string[], now: number, extension: 'csv' | 'json'): string {
  const clean = parts
    // Control characters are spaces here (\s covers the ones a name can carry), then collapsed.
    .map((part) => part.replace(/[\\/:*?"<>|]+/g, '_').replace(/[\s\p{Cc}]+/gu, ' ').trim().slice(0, 60))
    .filter(Boolean);
  return `${[...clean, csvDate(now)].join(' — ')}.${extension}`;
}
