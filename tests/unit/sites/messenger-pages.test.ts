// @vitest-environment happy-dom
/**
 * The messenger adapters on pages rebuilt from the evidence in shared/docs/sites.md: where the
 * scripts run, VK at vk.ru, MAX in English, MAX's title prefix, MAX's start page with no chat open.
 */
import { describe, expect, test } from 'vitest';
import {
  MESSENGER_MATCHES,
  adapterFor,
  findMessages,
  health,
  readChatTitles,
  readOpenChatTitle,
  sendButtonFor,
} from '../../../lib/sites/index';
import { bannedIn } from '../../../entrypoints/messenger.content/scanner';
import { DEFAULT_PAGE_SETTINGS } from '../../../lib/settings/index';
import { foreignLinkOfHref } from '../../../lib/links/index';
import { loadFixture } from '../fixture-dom';

const load = (name: string, base: string): Document => loadFixture(name, base);

describe('where the messenger scripts run', () => {
  test.each([
    ['https://vk.ru/im', 'vk'],
    ['https://vk.ru/im?sel=c12', 'vk'],
    ['https://vk.ru/im/convo/2000000001', 'vk'],
    ['https://vk.ru/gim180001/convo/2000000005', 'vk'],
    ['https://vk.com/im/convo/2000000001', 'vk'],
    ['https://web.vk.me/convo/2000000001', 'vk'],
  ])('%s → %s', (url, id) => {
    expect(adapterFor(new URL(url))?.id).toBe(id);
  });

  test.each(['https://vk.ru/feed', 'https://vk.com/images', 'https://vk.ru/imena', 'https://vk.ru/gimnastika', 'https://vk.com/id1'])(
    '%s is not the messenger',
    (url) => {
      expect(adapterFor(new URL(url))).toBeNull();
    },
  );

  test('the manifest patterns name VK\'s messenger paths on vk.ru and vk.com, nothing broader', () => {
    expect(MESSENGER_MATCHES).toEqual(expect.arrayContaining(['https://vk.ru/im', 'https://vk.ru/im/*', 'https://vk.ru/gim*']));
    expect(MESSENGER_MATCHES).not.toContain('https://vk.com/im*');
    expect(MESSENGER_MATCHES.filter((pattern) => /^https:\/\/vk\.(?:ru|com)\/\*$/.test(pattern))).toEqual([]);
  });
});

describe('VK at vk.ru, 2026 markup', () => {
  const document = load('vk/convo-vk-ru.html', 'https://vk.ru/im/convo/2000000011');
  const adapter = adapterFor(new URL('https://vk.ru/im/convo/2000000011'))!;

  test('messages are whole messages (cards and replies inside), service lines are not', () => {
    const messages = findMessages(document, adapter);
    expect(messages).toHaveLength(5);
    expect(messages.every((message) => message.classList.contains('ConvoMessage'))).toBe(true);
  });

  test('a link only in a card, or only in an attachment, with a relative away.php href, is flagged', () => {
    const verdicts = findMessages(document, adapter).map((message) => bannedIn(adapter.readMessage(message), DEFAULT_PAGE_SETTINGS));
    expect(verdicts).toEqual([[], ['telegram'], [], ['discord'], []]);
    const attachment = adapter.readMessage(findMessages(document, adapter)[3]);
    expect(attachment.text).not.toContain('discord');
    // Resolved to an absolute address (happy-dom resolves against its own origin, a browser against
    // vk.ru), which leads to Discord through the redirect's `to`.
    expect(attachment.hrefs).toHaveLength(1);
    expect(foreignLinkOfHref(attachment.hrefs[0])).toMatchObject({ messenger: 'discord', url: 'https://discord.gg/klass7b' });
  });

  test('chat list, open chat title, composer and the send button by structure', () => {
    expect(readChatTitles(document, adapter)).toEqual(['7Б Родители', '7Б Ученики', 'Школа №5 — новости']);
    expect(readOpenChatTitle(document, adapter)).toBe('7Б Родители');
    expect(health(document, adapter)).toMatchObject({ recognised: true, messages: 5, chatList: 3, composer: true });
    const composer = document.querySelector(adapter.selectors.composer) as HTMLElement;
    expect(sendButtonFor(composer, adapter)?.className).toContain('ConvoComposer__sendButton--voice');
  });
});

describe('MAX in English', () => {
  const document = load('max/chat-en.html', 'https://web.max.ru/-68912345678');
  const adapter = adapterFor(new URL('https://web.max.ru/-68912345678'))!;

  test('the open chat\'s name, not the screen-reader heading with its prefix', () => {
    expect(readOpenChatTitle(document, adapter)).toBe('5A Parents');
  });

  test('a link in a share card is flagged; the sender\'s name is not message text', () => {
    const [first, second] = findMessages(document, adapter).map((message) => adapter.readMessage(message));
    expect(first.text).not.toContain('Anna Petrova');
    expect(bannedIn(second, DEFAULT_PAGE_SETTINGS)).toEqual(['whatsapp']);
  });

  test('composer with contenteditable="" is found; no send button before anything is typed', () => {
    expect(health(document, adapter)).toMatchObject({ recognised: true, messages: 2, chatList: 3, composer: true });
    const composer = document.querySelector(adapter.selectors.composer) as HTMLElement;
    expect(composer.getAttribute('contenteditable')).toBe('');
    expect(sendButtonFor(composer, adapter)).toBeNull();
  });

  test('chat titles, channels included', () => {
    expect(readChatTitles(document, adapter)).toEqual(['5A Parents', 'School 5 news', 'Учительская']);
  });
});

describe('MAX title prefix where only the heading exists', () => {
  test.each([
    ['<h2 id="main-header-title">Окно чата с\u00A05А Родители</h2>', '5А Родители'],
    ['<h2 id="main-header-title">Chat window with 5A Parents</h2>', '5A Parents'],
    ['<h2 id="main-header-title">  Учительская </h2>', 'Учительская'],
  ])('%s → %s', (html, title) => {
    const parsed = new DOMParser().parseFromString(`<main class="openedChat">${html}</main>`, 'text/html');
    expect(readOpenChatTitle(parsed, adapterFor(new URL('https://web.max.ru/-1')))).toBe(title);
  });
});

describe('MAX start page, no chat open', () => {
  const document = load('max/start.html', 'https://web.max.ru/');
  const adapter = adapterFor(new URL('https://web.max.ru/'))!;
  test('recognised by its chat list; no messages, no title', () => {
    expect(health(document, adapter)).toMatchObject({ recognised: true, messages: 0, chatList: 2, composer: false });
    expect(readOpenChatTitle(document, adapter)).toBe('');
    expect(readChatTitles(document, adapter)).toEqual(['Родители 5А', '5А ученики']);
  });
});
