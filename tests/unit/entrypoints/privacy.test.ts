/**
 * The privacy policy shown inside the extension is the repository's PRIVACY.md: both languages,
 * its tables whole, every section there.
 */
import fs from 'node:fs';
import { expect, test } from 'vitest';
import { policyBlocks } from '../../../entrypoints/privacy/Privacy';

const policy = fs.readFileSync('PRIVACY.md', 'utf8');

test('PRIVACY.md reads as headings, paragraphs and tables, in Russian and English', () => {
  const blocks = policyBlocks(policy);
  const headings = blocks.filter((block) => block.kind === 'h1').map((block) => ('text' in block ? block.text : ''));
  expect(headings).toEqual(['Парта — политика конфиденциальности', 'Parta — privacy policy']);
  const sections = blocks.filter((block) => block.kind === 'h2').map((block) => ('text' in block ? block.text : ''));
  expect(sections).toEqual(['Что Парта читает на страницах', 'Что хранится и где', 'Как посмотреть и стереть', 'Файлы, которые создаёте вы', 'Магазины расширений']);
  const tables = blocks.filter((block) => block.kind === 'table');
  expect(tables).toHaveLength(2);
  for (const table of tables) {
    if (table.kind !== 'table') continue;
    // Every row as wide as its head: no cell lost to a «|» inside a cell.
    for (const row of table.rows) expect(row).toHaveLength(table.rows[0].length);
  }
  expect(policy).toContain('нет сетевого кода');
});
