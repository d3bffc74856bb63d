/**
 * A file a comment names exists: a comment that sends the reader to a module the code has left
 * (the invite store once in lib/db) sends them nowhere. A path a command writes to (`> file`) is exempt. Every source file of the product and its tests is read;
 * every path it names under lib/, entrypoints/, components/ or tests/ must be a file of the repository.
 */
import fs from 'node:fs';
import path from 'node:path';
import { expect, test } from 'vitest';

const ROOTS = ['lib', 'entrypoints', 'components', 'tests', 'wxt.config.ts'];
const SOURCE = /\.(?:ts|tsx|mjs)$/;
const NAMED = /(?<![\w./-])(?:lib|entrypoints|components|tests)\/[\w./-]+\.(?:ts|tsx|mjs|json|md|html)\b/g;

function sources(entry: string): string[] {
  const stat = fs.statSync(entry);
  if (stat.isFile()) return SOURCE.test(entry) ? [entry] : [];
  return fs.readdirSync(entry).flatMap((name) => (name === 'node_modules' || name.startsWith('.') ? [] : sources(path.join(entry, name))));
}

test('every path a source file names is a file of the repository', () => {
  const files = ROOTS.flatMap(sources);
  expect(files.length).toBeGreaterThan(300);
  const missing: string[] = [];
  for (const file of files) {
    const text = fs.readFileSync(file, 'utf8');
    for (const match of text.matchAll(NAMED)) {
      const written = text.slice(Math.max(0, match.index - 2), match.index) === '> ';
      if (!written && !fs.existsSync(match[0])) missing.push(`${file}: ${match[0]}`);
    }
  }
  expect(missing).toEqual([]);
});
