/**
 * A «Сообщить о странице» file (lib/sites/snapshot.ts) → the skeleton of a fixture page: the same
 * elements, ids, classes, roles, empty data attributes and link hosts, no text. Fill it with
 * made-up messages or classes, note its source at the top, and save it in tests/fixtures/<site>/.
 *
 *   npx tsx tests/tools/snapshot-to-fixture.ts parta-page-structure.json > tests/fixtures/max/new.html
 */
import fs from 'node:fs';
import type { PageStructure, StructureNode } from '../../lib/sites/snapshot';

const VOID = new Set(['br', 'hr', 'input', 'meta', 'link', 'area', 'col', 'wbr', 'source', 'embed', 'track', 'base']);
const escapeAttribute = (value: string) => value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

function render([tag, facts, children]: StructureNode, depth: number): string {
  const attributes: string[] = [];
  if (facts.id) attributes.push(`id="${escapeAttribute(facts.id)}"`);
  if (facts.classes?.length) attributes.push(`class="${escapeAttribute(facts.classes.join(' '))}"`);
  if (facts.role) attributes.push(`role="${escapeAttribute(facts.role)}"`);
  for (const name of facts.data ?? []) attributes.push(`${name}=""`);
  if (facts.host) attributes.push(`href="https://${escapeAttribute(facts.host)}/"`);
  const open = `${'  '.repeat(depth)}<${tag}${attributes.length ? ` ${attributes.join(' ')}` : ''}>`;
  if (VOID.has(tag)) return open;
  if (children.length === 0) return `${open}</${tag}>`;
  return `${open}\n${children.map((child) => render(child, depth + 1)).join('\n')}\n${'  '.repeat(depth)}</${tag}>`;
}

export function fixtureSkeleton(snapshot: PageStructure): string {
  const body = snapshot.root[0] === 'html' ? snapshot.root[2].find((node) => node[0] === 'body') ?? snapshot.root : snapshot.root;
  return [
    '<!doctype html>',
    `<!-- Skeleton from a «Сообщить о странице» file: ${snapshot.site} at ${snapshot.host}` +
      `${snapshot.truncated ? `, ${snapshot.truncated} elements left out` : ''}. Add made-up text and note the source. -->`,
    '<html lang="ru">',
    '<head><meta charset="utf-8"></head>',
    render(body[0] === 'body' ? body : ['body', {}, [body]], 0),
    '</html>',
    '',
  ].join('\n');
}

if (process.argv[1]?.endsWith('snapshot-to-fixture.ts')) {
  const file = process.argv[2];
  if (!file) {
    console.error('usage: npx tsx tests/tools/snapshot-to-fixture.ts <parta-page-structure.json>');
    process.exit(2);
  }
  const snapshot = JSON.parse(fs.readFileSync(file, 'utf8')) as PageStructure;
  if (snapshot.format !== 'parta-page-structure' || snapshot.version !== 2) {
    console.error('not a Parta page-structure file (format parta-page-structure, version 2)');
    process.exit(1);
  }
  process.stdout.write(fixtureSkeleton(snapshot));
}
