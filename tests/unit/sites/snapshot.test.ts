// @vitest-environment happy-dom
/**
 * «Сообщить о странице»: a page seeded with a unique marker in its text, titles, alt texts, values,
 * data attributes, aria labels, link paths and queries, comments and scripts — the snapshot keeps
 * the structure (tags, ids, classes, roles, data-attribute names, link hosts) and not one marker.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { pageStructure, MAX_NODES } from '../../../lib/sites/snapshot';
import { fixtureSkeleton } from '../../tools/snapshot-to-fixture';

const MARKER = 'Q7ZMARKERzz';

function seeded(): Document {
  const html = `<!doctype html><html><head><title>${MARKER}</title></head><body>
  <main class="openedChat" aria-labelledby="h" id="main">
    <h2 id="h" title="${MARKER}">Окно чата с ${MARKER}</h2>
    <!-- ${MARKER} -->
    <div class="history"><div class="item" data-index="${MARKER}" data-user="${MARKER}">
      <div class="bubbleContent" aria-label="${MARKER}"><span class="text">Привет, ${MARKER}!</span>
        <a class="link" href="https://t.me/${MARKER}?q=${MARKER}#${MARKER}">${MARKER}</a>
        <a class="link" href="/away.php?to=${MARKER}">ещё</a>
        <img alt="${MARKER}" src="https://cdn.example/${MARKER}.png">
        <input value="${MARKER}" placeholder="${MARKER}" name="${MARKER}">
      </div>
    </div></div>
    <div id="msg-1234567" class="peer-2000000011 Иванов"></div>
    <script>var secret = "${MARKER}";</script>
    <style>.${MARKER} { color: red }</style>
  </main></body></html>`;
  return new DOMParser().parseFromString(html, 'text/html');
}

describe('page structure snapshot', () => {
  test('keeps the structure a fixture needs', () => {
    const snapshot = pageStructure(seeded().body, 'max', 'web.max.ru');
    const json = JSON.stringify(snapshot);
    expect(snapshot).toMatchObject({ format: 'parta-page-structure', version: 1, site: 'max', host: 'web.max.ru', truncated: 0 });
    for (const kept of ['"openedChat"', '"history"', '"bubbleContent"', '"data-index"', '"data-user"', '"t.me"', '"main"']) expect(json).toContain(kept);
  });

  test('no marker survives: not in text, titles, attributes, URLs, comments or scripts', () => {
    const json = JSON.stringify(pageStructure(seeded().documentElement, 'max', 'web.max.ru'));
    expect(json).not.toContain(MARKER);
    expect(json).not.toContain('Привет');
    expect(json).not.toContain('Иванов');
    // Ids and classes are kept as structure, but not when they look like data (long numbers, Cyrillic).
    expect(json).not.toContain('1234567');
    expect(json).not.toContain('2000000011');
  });

  test('a huge page is cut, and says how much', () => {
    const document = new DOMParser().parseFromString('<div id="many"></div>', 'text/html');
    const many = document.getElementById('many') as HTMLElement;
    for (let index = 0; index < MAX_NODES + 50; index++) many.append(document.createElement('p'));
    const snapshot = pageStructure(document.body, 'unknown', 'example.ru');
    expect(snapshot.truncated).toBeGreaterThan(0);
  });

  test('the developer\'s script turns a snapshot into a fixture skeleton with made-up text only', () => {
    const skeleton = fixtureSkeleton(pageStructure(seeded().body, 'max', 'web.max.ru'));
    expect(skeleton).toContain('<main id="main" class="openedChat">');
    expect(skeleton).toContain('data-index=""');
    expect(skeleton).toContain('href="https://t.me/"');
    expect(skeleton).not.toContain(MARKER);
    expect(fs.existsSync(path.resolve('tests/tools/snapshot-to-fixture.ts'))).toBe(true);
  });
});
