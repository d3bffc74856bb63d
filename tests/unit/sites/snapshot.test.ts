// @vitest-environment happy-dom
/**
 * «Сообщить о странице»: a page seeded with a unique marker in its text, titles, alt texts, values,
 * data attributes, aria labels, link paths and queries, comments and scripts — the snapshot keeps
 * the structure (tags, ids, classes, roles, data-attribute names, link hosts) and not one marker.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { JOURNAL_ADAPTERS } from '../../../lib/journals/adapters';
import { MESSENGER_ADAPTERS } from '../../../lib/sites';
import { isBuildingName, pageStructure, reportedHost, MAX_NODES } from '../../../lib/sites/snapshot';
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
    expect(snapshot).toMatchObject({ format: 'parta-page-structure', version: 2, site: 'max', host: 'web.max.ru', truncated: 0 });
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

  test('ids, classes, roles and data-attribute names that can carry a person are placeholders, the same for the same name', () => {
    const document = new DOMParser().parseFromString(
      `<div id="list">
        <div class="item sender-ivanova" data-petya-ivanov="1"><span id="chat_petrov_sasha" role="elenaPetrovna"></span></div>
        <div class="item sender-ivanova"></div>
        <div class="item MamaPetiIvanova vkuiSimpleCell__content svelte-1kx5xmu"></div>
      </div>`,
      'text/html',
    );
    const snapshot = pageStructure(document.getElementById('list') as Element, 'vk', 'vk.ru');
    const json = JSON.stringify(snapshot);
    for (const name of ['ivanov', 'petya', 'petrov', 'sasha', 'elena', 'mama', 'peti']) expect(json.toLowerCase()).not.toContain(name);
    const [first, second, third] = snapshot.root[2];
    expect(first?.[1]).toEqual({ classes: ['item', '_hidden_1'], data: ['data-_hidden_2'] });
    expect(first?.[2][0]?.[1]).toEqual({ id: '_hidden_3', role: '_hidden_4' });
    // The same name, the same placeholder: which rows share a class still shows.
    expect(second?.[1]).toEqual({ classes: ['item', '_hidden_1'] });
    expect(third?.[1]).toEqual({ classes: ['item', '_hidden_5', 'vkuiSimpleCell__content', 'svelte-1kx5xmu'] });
  });

  test('every name Parta\'s own selectors use is kept, so a report shows what changed', () => {
    const selectors = [...MESSENGER_ADAPTERS, ...JOURNAL_ADAPTERS].flatMap((adapter) => Object.values(adapter.selectors as Record<string, string | undefined>));
    const names = selectors.flatMap((selector) => [
      ...[...(selector ?? '').matchAll(/[.#]([A-Za-z_][\w-]*)/g)].map((match) => match[1] as string),
      ...[...(selector ?? '').matchAll(/\[data-([\w-]+)/g)].map((match) => match[1] as string),
      ...[...(selector ?? '').matchAll(/\[role="?([\w-]+)/g)].map((match) => match[1] as string),
    ]);
    expect(names.length).toBeGreaterThan(60);
    expect(names.filter((name) => !isBuildingName(name))).toEqual([]);
  });

  test('a link\'s host is the page\'s own, a known domain without its subdomain, or «other»', () => {
    expect(reportedHost('https://web.max.ru/12345', 'web.max.ru')).toBe('web.max.ru');
    expect(reportedHost('https://t.me/ivanov', 'web.max.ru')).toBe('t.me');
    expect(reportedHost('https://ivanov-petya.t.me/', 'web.max.ru')).toBe('t.me');
    expect(reportedHost('https://chat.whatsapp.com/AbC', 'web.max.ru')).toBe('whatsapp.com');
    expect(reportedHost('https://vk.com/ivan_petrov', 'web.max.ru')).toBe('vk.com');
    expect(reportedHost('https://ivanova-elena.narod.ru/', 'web.max.ru')).toBe('other');
    expect(reportedHost('https://notvk.com/', 'web.max.ru')).toBe('other');
    expect(reportedHost('mailto:ivanova@mail.ru', 'web.max.ru')).toBeUndefined();
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
