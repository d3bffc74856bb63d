/** Saving a file from an extension page (popup, options), and CSV the way spreadsheets read it. */
import { toCsv } from '../util/csv';

export function download(name: string, type: string, text: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** CSV for Russian Excel (lib/util/csv.ts): `;`, BOM, CRLF, no cell that runs as a formula. */
export function downloadCsv(name: string, rows: string[][]): void {
  download(name, 'text/csv;charset=utf-8', toCsv(rows));
}
