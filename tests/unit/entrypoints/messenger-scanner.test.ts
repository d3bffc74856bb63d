// @vitest-environment happy-dom
/**
 * The messenger script's scanner: a message's text and the links it really opens; and its full
 * pass, which reads the page's text at once and only the messages it points at one by one, badges
 * exactly the messages that reading every message one by one would (saved pages, random pages).
 */
import fs from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { BADGE_TAG } from '../../../entrypoints/messenger.content/ui';
import { Scanner, bannedIn } from '../../../entrypoints/messenger.content/scanner';
import { CONTENT_MESSAGES } from '../../../lib/i18n/content';
import { translator } from '../../../lib/i18n/index';
import { DEFAULT_PAGE_SETTINGS, type PageSettings } from '../../../lib/settings/index';
import { findMessages, type SiteAdapter } from '../../../lib/sites/index';
import { maxAdapter } from '../../../lib/sites/max';
import { vkAdapter } from '../../../lib/sites/vk';
import { loadFixture } from '../fixture-dom';

describe('bannedIn: text and resolved links of a message', () => {
  test('a link whose text is innocent is flagged by where it goes; a clean one is not', () => {
    expect(bannedIn({ text: 'материалы урока', hrefs: ['https://school@t.me/klass5a'] }, DEFAULT_PAGE_SETTINGS)).toEqual(['telegram']);
    expect(bannedIn({ text: 'новости', hrefs: ['https://school123.ru/news?ref=t.me'] }, DEFAULT_PAGE_SETTINGS)).toEqual([]);
    expect(bannedIn({ text: 'wa.me/7900 и t.me/x', hrefs: ['https://t.me/x'] }, DEFAULT_PAGE_SETTINGS)).toEqual(['whatsapp', 'telegram']);
  });

  test('the allowlist silences a link found through a redirect', () => {
    const settings = { ...DEFAULT_PAGE_SETTINGS, allowlist: ['t.me'] };
    expect(bannedIn({ text: '', hrefs: ['https://vk.com/away.php?to=https%3A%2F%2Ft.me%2Fx'] }, settings)).toEqual([]);
  });
});

test('the hostile fixture is the one the e2e suite uses', () => {
  expect(fs.existsSync(path.resolve('tests/fixtures/max/hostile.html'))).toBe(true);
});

/** The page's body replaced by `body` (a fixture's, or one built here). */
function showPage(body: HTMLElement): void {
  document.body.replaceWith(document.importNode(body, true));
}

const scannerFor = (adapter: SiteAdapter, settings: () => PageSettings = () => DEFAULT_PAGE_SETTINGS) =>
  new Scanner({ adapter, settings, t: () => translator(CONTENT_MESSAGES, 'ru') });

/** Each message's badges as the full pass left them, and as reading it alone says they should be. */
function badgesAndReference(adapter: SiteAdapter, settings: PageSettings = DEFAULT_PAGE_SETTINGS) {
  const messages = findMessages(document.body, adapter);
  const shown = messages.map((message) => [...message.querySelectorAll(`:scope > ${BADGE_TAG}`)].map((badge) => (badge as HTMLElement).dataset.partaWarning));
  const expected = messages.map((message) => bannedIn(adapter.readMessage(message), settings));
  return { shown, expected };
}

describe('the full pass reads the page once and badges what reading each message would', () => {
  test.each([
    ['max/chat.html', maxAdapter],
    ['max/hostile.html', maxAdapter],
    ['max/group.html', maxAdapter],
    ['vk/convo.html', vkAdapter],
    ['vk/convo-vk-ru.html', vkAdapter],
  ] as const)('%s', (name, adapter) => {
    showPage(loadFixture(name, 'https://web.max.ru/').body);
    scannerFor(adapter).scanAll();
    const { shown, expected } = badgesAndReference(adapter);
    expect(shown).toEqual(expected);
    if (name !== 'max/group.html') expect(shown.flat().length).toBeGreaterThan(0);
  });

  const piece = fc.constantFrom(
    'Добрый вечер! ', 'см. стр. 5 ', 't.me/klass5a', 'wa.me/79001234567', 'telegra', 'ms-sfb', 'm', '.me/x', 't', ' . ', '(dot)',
    'ｔ．ｍｅ/x', '\u200D', '😀', 'https://max.ru/join/abc', 'discord.gg/x', 'т.me/x', '%74.me/y', ' ', '\n',
  );
  const text = fc.array(piece, { maxLength: 6 }).map((parts) => parts.join(''));
  const href = fc.constantFrom('https://t.me/x', 'https://school123.ru/news', 'https://vk.com/away.php?to=https%3A%2F%2Fwa.me%2F1', 'mailto:a@b.ru');
  const message = fc.record({
    parts: fc.array(text, { minLength: 1, maxLength: 3 }),
    sender: fc.option(text, { nil: undefined }),
    link: fc.option(fc.record({ href, text }), { nil: undefined }),
    quote: fc.option(text, { nil: undefined }),
  });
  type Message = { parts: string[]; sender?: string; link?: { href: string; text: string }; quote?: string };

  const element = (tag: string, className: string, ...children: (Node | string)[]) => {
    const node = document.createElement(tag);
    node.className = className;
    node.append(...children);
    return node;
  };
  const anchor = (link: { href: string; text: string }) => {
    const node = document.createElement('a');
    node.href = link.href;
    node.textContent = link.text;
    return node;
  };

  /** MAX: bubbles with a sender on some, one to three `.text` parts, a link; text between rows. */
  function maxBody(messages: Message[], between: string): HTMLElement {
    const history = element('div', 'scrollListContent');
    messages.forEach((item, index) => {
      const bubble = element('div', 'bubbleContent');
      if (item.sender !== undefined) bubble.append(element('div', 'header', element('span', 'name', element('span', 'text', item.sender))));
      // Between the parts, what is not the message's words (a time, an edit mark).
      item.parts.forEach((part, at) => bubble.append(...(at > 0 ? [element('span', 'time', '12:30')] : []), element('span', 'text', part)));
      if (item.link) bubble.append(anchor(item.link));
      bubble.append(element('span', 'meta', between));
      const row = element('div', 'item', element('div', 'bubble', bubble));
      row.dataset.index = String(index);
      history.append(row, element('div', 'capsule', between));
    });
    const body = document.createElement('body');
    body.append(element('aside', 'aside', between), element('main', 'openedChat', element('div', 'history', history)));
    return body;
  }

  /** VK: messages with their text, a reply's quote inside it (read around), a link. */
  function vkBody(messages: Message[], between: string): HTMLElement {
    const flow = element('div', 'ConvoHistory__flow');
    for (const item of messages) {
      const text = element('span', 'MessageText', item.parts[0]);
      if (item.quote !== undefined) text.append(element('div', 'Reply', item.quote));
      text.append(...item.parts.slice(1));
      if (item.link) text.append(anchor(item.link));
      flow.append(element('div', 'ConvoMessage', element('div', 'ConvoMessageHeader__authorLink', item.sender ?? '')), element('div', 'ConvoMessage', text), element('div', 'ServiceMessage', between));
    }
    const body = document.createElement('body');
    body.append(flow);
    return body;
  }

  test.each([
    ['MAX', maxAdapter, maxBody],
    ['VK', vkAdapter, vkBody],
  ] as const)('random %s pages: split texts, quotes, links, hits across messages and outside them', (_name, adapter, build) => {
    fc.assert(
      fc.property(fc.array(message, { minLength: 1, maxLength: 12 }), text, (messages, between) => {
        showPage(build(messages, between));
        scannerFor(adapter).scanAll();
        const { shown, expected } = badgesAndReference(adapter);
        expect(shown).toEqual(expected);
      }),
      { numRuns: 200 },
    );
  });

  test('a message read around a quote: its words join over it, though the page’s text has the quote between', () => {
    showPage(vkBody([{ parts: ['Пишите в t', '.me/klass5a'], quote: 'Когда собрание?' }], ''));
    scannerFor(vkAdapter).scanAll();
    const { shown, expected } = badgesAndReference(vkAdapter);
    expect(expected).toEqual([[], ['telegram']]);
    expect(shown).toEqual(expected);
  });

  test('a badge already shown goes when its message is clean now, or its messenger allowed', () => {
    showPage(loadFixture('max/hostile.html', 'https://web.max.ru/').body);
    let settings: PageSettings = DEFAULT_PAGE_SETTINGS;
    const scanner = scannerFor(maxAdapter, () => settings);
    scanner.scanAll();
    const badged = findMessages(document.body, maxAdapter).filter((message) => message.querySelector(BADGE_TAG));
    expect(badged.length).toBeGreaterThan(1);
    // A recycled row: new, clean text in the same element.
    const [recycled] = badged;
    for (const part of recycled.querySelectorAll(':scope > .text')) part.textContent = 'Спасибо!';
    settings = { ...DEFAULT_PAGE_SETTINGS, allowlist: ['t.me', 'telegram.me'] };
    scanner.scanAll();
    expect(recycled.querySelector(BADGE_TAG)).toBeNull();
    const { shown, expected } = badgesAndReference(maxAdapter, settings);
    expect(shown).toEqual(expected);
    expect(shown.flat()).not.toContain('telegram');
  });
});

describe('messages that change under the scanner', () => {
  /** A VK history: each message an article holding its `.MessageText` (both match the message selector). */
  function vkHistory(texts: string[]): HTMLElement[] {
    const flow = document.createElement('div');
    flow.className = 'ConvoHistory__flow';
    const articles = texts.map((words) => {
      const article = document.createElement('article');
      article.className = 'ConvoHistory__messageBlock';
      const text = document.createElement('span');
      text.className = 'MessageText';
      text.textContent = words;
      article.append(text);
      return article;
    });
    flow.append(...articles);
    const body = document.createElement('body');
    body.append(flow);
    document.body.replaceWith(body);
    return [...document.querySelectorAll<HTMLElement>('article')];
  }
  const marks = (root: ParentNode = document) => [...root.querySelectorAll<HTMLElement>(BADGE_TAG)].map((badge) => badge.dataset.partaWarning);

  test('an edit inside a message reads the whole message again: one mark before, one after, and the count says so', () => {
    const [edited] = vkHistory(['Пишите в t.me/klass5a', 'Хорошо']);
    const scanner = scannerFor(vkAdapter);
    scanner.scanAll();
    expect(marks()).toEqual(['telegram']);
    // VK redraws the edited text inside `.MessageText` (an inner match of the message selector).
    const inner = edited.querySelector('.MessageText')!;
    const words = document.createTextNode('Пишите в t.me/klass5a или wa.me/79001234567 (ред.)');
    inner.replaceChildren(words);
    scanner.scanNodes(new Set([words]));
    expect(marks()).toEqual(['telegram', 'whatsapp']);
    expect([...edited.querySelectorAll(BADGE_TAG)].every((badge) => badge.parentElement === edited)).toBe(true);
    expect(scanner.warningCount).toBe(2);
    // Edited back to clean words: no mark stays.
    const clean = document.createTextNode('Пишите сюда (ред.)');
    inner.replaceChildren(clean);
    scanner.scanNodes(new Set([clean]));
    expect(marks()).toEqual([]);
    expect(scanner.warningCount).toBe(0);
  });

  test('a link card removed in an edit takes its mark with it; an address swapped in place is read again', () => {
    const [message] = vkHistory(['Фото здесь']);
    const card = document.createElement('a');
    card.href = 'https://t.me/klass5a';
    card.textContent = 'Альбом';
    message.append(card);
    const scanner = scannerFor(vkAdapter);
    scanner.scanAll();
    expect(marks()).toEqual(['telegram']);
    card.remove();
    scanner.scanNodes(new Set(), new Set([message]));
    expect(marks()).toEqual([]);

    // The same words, another address: only the attribute changed.
    const link = document.createElement('a');
    link.href = 'https://school123.ru/album';
    link.textContent = 'Альбом';
    message.querySelector('.MessageText')!.append(link);
    scanner.scanNodes(new Set([link]));
    expect(marks()).toEqual([]);
    link.href = 'https://chat.whatsapp.com/Gx7Hk2LmNpQr';
    scanner.scanNodes(new Set(), new Set([link]));
    expect(marks()).toEqual(['whatsapp']);
  });

  test('a message taken out and put back unchanged keeps its one mark, even when the list redrew it without it', () => {
    showPage(loadFixture('max/hostile.html', 'https://web.max.ru/').body);
    const scanner = scannerFor(maxAdapter);
    scanner.scanAll();
    const before = scanner.warningCount;
    expect(before).toBeGreaterThan(1);
    // (A whole row is put back in the e2e test: happy-dom matches a scoped query only inside its scope.)
    const message = findMessages(document.body, maxAdapter).find((candidate) => candidate.querySelector(BADGE_TAG))!;
    const row = message.parentElement!;
    const history = row.parentElement!;
    message.remove();
    // Out of the page, its mark is not on screen: the popup counts one less.
    expect(scanner.warningCount).toBe(before - 1);
    scanner.scanNodes(new Set(), new Set([row]));
    // The virtual list drops what it does not know from the message before putting it back.
    message.querySelector(BADGE_TAG)!.remove();
    row.append(message);
    scanner.scanNodes(new Set([message]));
    expect(message.querySelectorAll(BADGE_TAG)).toHaveLength(1);
    expect(scanner.warningCount).toBe(before);
    // Put back with its mark still inside: still one, not two.
    message.remove();
    row.append(message);
    scanner.scanNodes(new Set([message]), new Set([history]));
    expect(message.querySelectorAll(BADGE_TAG)).toHaveLength(1);
    expect(scanner.warningCount).toBe(document.querySelectorAll(BADGE_TAG).length);
  });

  test('work follows what changed: an edit reads one message, a chat switch removing rows reads none', () => {
    const texts = Array.from({ length: 1000 }, (_, index) => (index % 100 === 0 ? `Чат: t.me/klass${index}` : `Сообщение ${index}`));
    const articles = vkHistory(texts);
    let reads = 0;
    const counting: SiteAdapter = { ...vkAdapter, readMessage: (element) => (reads++, vkAdapter.readMessage(element)) };
    const scanner = scannerFor(counting);
    scanner.scanAll();
    reads = 0;
    const words = document.createTextNode('Сообщение 500 (ред.)');
    articles[500].querySelector('.MessageText')!.replaceChildren(words);
    scanner.scanNodes(new Set([words]));
    expect(reads).toBe(1);
    reads = 0;
    const flow = articles[0].parentElement!;
    for (const article of articles.slice(0, 900)) article.remove();
    scanner.scanNodes(new Set(), new Set([flow]));
    expect(reads).toBe(0);
    expect(scanner.warningCount).toBe(1);
  });
});
