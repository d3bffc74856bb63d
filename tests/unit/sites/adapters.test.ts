// @vitest-environment happy-dom
/**
 * The messenger adapters on the saved fixtures: each finds its messages, chat list and composer,
 * and says «не распознана» on a redesigned page; unwrapHref.
 */
import { describe, expect, test } from 'vitest';
import { adapterFor, findMessages, health, readChatRows, readChatTitles, textHolders, readGeneric, unwrapHref } from '../../../lib/sites/index';
import { loadFixture } from '../fixture-dom';

const load = (name: string): Document => loadFixture(name);

describe('adapter choice', () => {
  test.each([
    ['https://web.max.ru/-68912345678', 'max'],
    ['https://web.vk.me/convo/2000000001', 'vk'],
    ['https://vk.com/im/convo/2000000001', 'vk'],
    ['https://me.sferum.ru/?p=messages&peerId=2000000001', 'sferum'],
    ['https://sferum.ru/?p=messages', 'sferum'],
  ])('%s → %s', (url, id) => {
    expect(adapterFor(new URL(url))?.id).toBe(id);
  });
  test('no adapter elsewhere', () => {
    expect(adapterFor(new URL('https://vk.com/feed'))).toBeNull();
    expect(adapterFor(new URL('https://example.com/'))).toBeNull();
  });
});

describe('MAX message text', () => {
  const adapter = adapterFor(new URL('https://web.max.ru/-1'))!;
  test('the `text` children whatever classes sit beside it; not the sender, not a class that only begins with «text»', () => {
    const bubble = new DOMParser().parseFromString(
      '<div class="bubbleContent"><div class="header"><span class="name"><span class="text">Иванова</span></span></div>' +
        '<span class="text svelte-1x2y3z">раз</span><span class="svelte-9q text">два</span><span class="textual">нет</span><span class="text">три</span></div>',
      'text/html',
    ).body.firstElementChild!;
    expect(adapter.readMessage(bubble)).toEqual({ text: 'раз\nдва\nтри', hrefs: [] });
  });
});

describe('MAX web fixture', () => {
  const document = load('max/chat.html');
  const adapter = adapterFor(new URL('https://web.max.ru/-1'))!;

  test('health: messages, chat list and composer found', () => {
    expect(health(document, adapter, new URL('https://web.max.ru/-1'))).toEqual({
      site: 'max', recognised: true, messages: 4, chatList: 3, composer: true, chatOpen: true, chatTitle: true, stopped: [], fallback: false,
    });
  });

  test('reads message text without the sender name, and link targets', () => {
    const [first, second] = findMessages(document, adapter).map((element) => adapter.readMessage(element));
    expect(first.text).toBe('Добрый вечер! Собрание в четверг в 18:30, кабинет 214.');
    expect(first.text).not.toContain('Анна Петровна');
    expect(second.hrefs).toEqual(['https://t.me/+Ab3dEfGh1jKl']);
  });

  test('reads chat titles', () => {
    expect(readChatTitles(document, adapter)).toEqual(['Родители 5А', '5А ученики', 'Учительская']);
  });

  test('a reply is read for its own words: the quote (another message, with its Telegram link), a share card and a file are not', () => {
    const messages = findMessages(document, adapter).map((element) => adapter.readMessage(element));
    expect(messages[3]).toEqual({ text: 'Спасибо, вступили. Напоминаю про сменную обувь.', hrefs: [] });
    expect(messages[0].text).not.toContain('school1500');
  });
});

describe('VK Messenger fixture', () => {
  const document = load('vk/convo.html');
  const adapter = adapterFor(new URL('https://web.vk.me/convo/1'))!;

  test('health', () => {
    expect(health(document, adapter, new URL('https://web.vk.me/convo/1'))).toEqual({
      site: 'vk', recognised: true, messages: 4, chatList: 2, composer: true, chatOpen: true, chatTitle: true, stopped: [], fallback: false,
    });
  });

  test('away.php links are unwrapped', () => {
    const contents = findMessages(document, adapter).map((element) => adapter.readMessage(element));
    expect(contents[1].hrefs).toEqual(['https://chat.whatsapp.com/Gx7Hk2LmNpQr']);
  });

  test('reads chat titles', () => {
    expect(readChatTitles(document, adapter)).toEqual(['9В Родители', 'Математика 8А']);
  });
});

describe('a redesigned page', () => {
  const document = load('max/redesigned.html');
  const adapter = adapterFor(new URL('https://web.max.ru/-1'))!;

  test('is reported as not recognised, with the fallback on', () => {
    expect(health(document, adapter)).toMatchObject({ recognised: false, messages: 0, fallback: true });
  });

  test('the generic reader still sees the text and the link', () => {
    const holders = textHolders(document.body);
    const read = holders.map((element) => readGeneric(element));
    expect(read.some((content) => content.hrefs.includes('viber://chat?number=%2B79001234567'))).toBe(true);
    expect(read.some((content) => content.text.includes('пишите в вайбер'))).toBe(true);
  });
});

describe('unwrapHref', () => {
  test.each([
    ['https://vk.com/away.php?to=https%3A%2F%2Ft.me%2Fx&cc_key=', 'https://t.me/x'],
    ['https://vk.ru/away.php?to=https%3A%2F%2Fwa.me%2F7900&utf=1', 'https://wa.me/7900'],
    ['https://m.vk.com/away.php?to=https%3A%2F%2Fdiscord.gg%2Fa', 'https://discord.gg/a'],
    ['https://vk.com/away.php?cc_key=', 'https://vk.com/away.php?cc_key='],
    ['https://example.com/away.php?to=https%3A%2F%2Ft.me', 'https://example.com/away.php?to=https%3A%2F%2Ft.me'],
    ['https://t.me/x', 'https://t.me/x'],
  ])('%s', (href, expected) => {
    expect(unwrapHref(href)).toBe(expected);
  });
});

describe('health after a release that renames every class word (roles, aria, ids and data-testid kept)', () => {
  /** Every class word renamed, as a release's new styles would. */
  const renamed = (name: string, base: string) => {
    const page = load(name);
    for (const element of page.querySelectorAll('[class]')) element.setAttribute('class', `${element.getAttribute('class')!.split(/\s+/).map((word) => `r${word}`).join(' ')}`);
    return { page, url: new URL(base) };
  };

  test('MAX: the popup is told what stopped — the chat list, the messages — not «распознана»', () => {
    const { page, url } = renamed('max/chat.html', 'https://web.max.ru/-68912345678');
    const report = health(page, adapterFor(url), url);
    expect(report.recognised).toBe(false);
    // The invitations' button needs the messages: it stops with them, and is named.
    expect(report.stopped).toEqual(['messages', 'invite-capture']);
    // What a release keeps still works: the title (its id), the field (its data-testid and role),
    // and the chat list by its structure (a button of the list holding a heading) and its titles.
    expect([report.chatTitle, report.composer, report.chatList]).toEqual([true, true, 3]);
    expect(readChatTitles(page, adapterFor(url)!)).toEqual(['Родители 5А', '5А ученики', 'Учительская']);
  });

  test('VK: what stopped is named', () => {
    const { page, url } = renamed('vk/convo.html', 'https://web.vk.me/convo/2000000001');
    const report = health(page, adapterFor(url), url);
    expect(report.recognised).toBe(false);
    // The chat list (data-testid) and the field (data-testid) survive; the messages and the title do not.
    expect(report.stopped).toEqual(['messages', 'invite-capture', 'chat-title']);
    expect([report.chatList, report.composer]).toEqual([2, true]);
  });

  test('VK at vk.ru: the messages by their data-testid, the list by its; what is known by class words only is named', () => {
    const { page, url } = renamed('vk/convo-vk-ru.html', 'https://vk.ru/im/convo/2000000011');
    const adapter = adapterFor(url)!;
    const report = health(page, adapter, url);
    // This page's field and names are known by their class words alone: they stop, and are said.
    expect(report.stopped).toEqual(['chat-title', 'composer', 'sender-names']);
    expect([report.messages, report.chatList]).toEqual([5, 3]);
  });

  test('sender names: a group chat whose members\' messages show no name says so; a private chat, or names found, does not', () => {
    const group = new URL('https://web.max.ru/-1');
    expect(health(load('max/group.html'), adapterFor(group), group).stopped).toEqual([]);
    const page = load('max/group.html');
    for (const name of page.querySelectorAll('.header')) name.setAttribute('class', 'rheader');
    expect(health(page, adapterFor(group), group).stopped).toEqual(['sender-names']);
    // A person's chat shows no names at all, by design.
    const person = new URL('https://web.max.ru/1');
    expect(health(page, adapterFor(person), person).stopped).toEqual([]);
  });

  test('send button: expected once something is typed, found by its label or its place; named when neither', () => {
    const url = new URL('https://vk.ru/im/convo/2000000011');
    const page = load('vk/convo-vk-ru.html');
    const field = page.querySelector(adapterFor(url)!.selectors.composer)!;
    field.textContent = 'Завтра собрание';
    expect(health(page, adapterFor(url), url).stopped).toEqual([]);
    for (const button of page.querySelectorAll('.ConvoComposer button, .ConvoComposer [role="button"]')) button.remove();
    expect(health(page, adapterFor(url), url).stopped).toEqual(['send-button']);
    // Nothing typed: MAX draws no send button yet, so none is expected.
    field.textContent = '';
    expect(health(page, adapterFor(url), url).stopped).toEqual([]);
  });

  test('an open chat with no messages yet is not a broken page; the start page expects no chat', () => {
    const page = load('max/chat.html');
    page.querySelectorAll('.bubbleContent').forEach((bubble) => bubble.closest('.item')?.remove());
    page.querySelector('.history')!.textContent = '';
    const url = new URL('https://web.max.ru/-1');
    expect(health(page, adapterFor(url), url)).toMatchObject({ recognised: true, messages: 0, chatOpen: true, stopped: [] });
    const start = new URL('https://web.max.ru/');
    expect(health(load('max/start.html'), adapterFor(start), start)).toMatchObject({ recognised: true, chatOpen: false, stopped: [] });
  });
});

describe('what a chat-list row is: only group chats are kept', () => {
  const parse = (html: string) => new DOMParser().parseFromString(html, 'text/html');
  test('MAX: a hidden «группа, » / «канал, » label or a preview starting with its author is a group; else not told', () => {
    const row = (inside: string) => `<div class="item"><button class="cell"><h3 class="title">${inside}</h3></button></div>`;
    const page = parse(
      `<aside aria-labelledby="aside-header-title"><div class="scrollListScrollable">${[
        row('<span aria-label="группа, "></span><span class="name"><span class="text">Родители 5А</span></span>'),
        row('<span aria-label="канал, "></span><span class="name"><span class="text">Школа 5 — новости</span></span>'),
        `<div class="item"><button class="cell"><h3 class="title"><span class="name"><span class="text">5А ученики</span></span></h3><span class="preview"><span class="author">Анна:</span> До завтра</span></button></div>`,
        row('<span class="name"><span class="text">Петров Саша 7Б</span></span>'),
      ].join('')}</div></aside>`,
    );
    expect(readChatRows(page, adapterFor(new URL('https://web.max.ru/'))!)).toEqual([
      { title: 'Родители 5А', kind: 'group' },
      { title: 'Школа 5 — новости', kind: 'group' },
      { title: '5А ученики', kind: 'group' },
      { title: 'Петров Саша 7Б', kind: 'unknown' },
    ]);
  });

  test('VK: by the row\'s peer — 2000000000 and above a group chat, a person or a community not; no peer, not told', () => {
    const row = (attributes: string, title: string) => `<div ${attributes}><span class="ConvoTitle__author">${title}</span></div>`;
    const page = parse(
      `<div class="VirtualScrollItem" data-itemkey="convo_2000000011">${row('data-testid="vkme_convo_list_item" data-peer-id="2000000011"', '7Б Родители')}</div>` +
        `<div class="VirtualScrollItem" data-itemkey="convo_512345">${row('data-testid="vkme_convo_list_item"', 'Мама Пети Иванова 5А')}</div>` +
        row('data-testid="vkme_convo_list_item" data-peer-id="-180001"', 'Школа №5 — новости') +
        row('data-testid="vkme_convo_list_item"', 'Иванова О. (родитель)'),
    );
    expect(readChatRows(page, adapterFor(new URL('https://vk.ru/im'))!)).toEqual([
      { title: '7Б Родители', kind: 'group' },
      { title: 'Мама Пети Иванова 5А', kind: 'personal' },
      { title: 'Школа №5 — новости', kind: 'personal' },
      { title: 'Иванова О. (родитель)', kind: 'unknown' },
    ]);
  });
});
