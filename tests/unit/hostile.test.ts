// @vitest-environment happy-dom
/**
 * Issue 11 in unit form: links checked as the browser opens them (WHATSWG URL parser, redirects
 * followed), the send button found by structure, and a lifetime that only the extension's own
 * disappearance ends.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, test, vi } from 'vitest';
import { foreignLinkOfHref } from '../../lib/links/index';
import { extensionLifetime } from '../../lib/dom/lifetime';
import { adapterFor, sendButtonFor } from '../../lib/sites/index';
import { bannedIn } from '../../entrypoints/messenger.content/scanner';
import { DEFAULT_PAGE_SETTINGS } from '../../lib/settings/index';

describe('foreignLinkOfHref: what the browser opens', () => {
  test.each([
    ['https://t.me/klass5a', 'telegram'],
    ['https://school@t.me/klass5a', 'telegram'], // userinfo
    ['https://user:pass@chat.whatsapp.com/x', 'whatsapp'],
    ['https://t%2Eme/klass5a', 'telegram'], // percent-encoded host
    ['https://T.ME./klass5a', 'telegram'], // case, trailing dot
    ['https://𝐭.𝐦𝐞/klass5a', 'telegram'], // mathematical bold, mapped by IDNA
    ['https://ⓣ.ⓜⓔ/klass5a', 'telegram'], // circled letters
    ['https://ｔ．ｍｅ/klass5a', 'telegram'], // full-width
    ['https:///t.me/klass5a', 'telegram'], // extra slash
    ['https:\\\\t.me\\klass5a', 'telegram'], // backslashes
    ['http://discord.gg:443/abc', 'discord'],
    ['tg://resolve?domain=klass5a', 'telegram'],
    ['viber://chat?number=%2B79001234567', 'viber'],
    ['https://vk.com/away.php?to=https%3A%2F%2Ft.me%2Fklass5a', 'telegram'], // redirect
    ['https://www.google.com/url?q=https://wa.me/79001234567&sa=D', 'whatsapp'],
    ['https://l.example.ru/r#url=https%3A%2F%2Fdiscord.gg%2Fx', 'discord'], // fragment parameter
    ['https://a.ru/?u=https%3A%2F%2Fb.ru%2F%3Fu%3Dhttps%253A%252F%252Ft.me%252Fx', 'telegram'], // nested twice
  ])('%s → %s', (href, messenger) => {
    expect(foreignLinkOfHref(href)?.messenger).toBe(messenger);
  });

  test.each([
    'https://vk.me/join/abc',
    'https://max.ru/join/abc',
    'https://school123.ru/news?ref=t.me', // a bare host in a query is not a redirect target
    'https://input.me/x',
    'https://t.me.example.ru/x',
    'https://т.me/x', // Cyrillic т: the browser goes to xn--…, not to t.me
    'javascript:alert(1)',
    'mailto:admin@t.me',
    '/relative/t.me', // not absolute: the caller resolves first
    '',
  ])('%s → none', (href) => {
    expect(foreignLinkOfHref(href)).toBeNull();
  });

  test('redirect chains are followed three deep, no deeper (each level costs a parse)', () => {
    const wrap = (target: string, levels: number): string =>
      levels === 0 ? target : wrap(`https://r${levels}.ru/?u=${encodeURIComponent(target)}`, levels - 1);
    expect(foreignLinkOfHref(wrap('https://t.me/x', 3))?.messenger).toBe('telegram');
    expect(foreignLinkOfHref(wrap('https://t.me/x', 4))).toBeNull();
  });

  test('the reported address is the one that reaches the messenger', () => {
    expect(foreignLinkOfHref('https://vk.com/away.php?to=https%3A%2F%2Ft.me%2Fklass5a')?.url).toBe('https://t.me/klass5a');
    expect(foreignLinkOfHref('https://school@t.me/x')?.url).toBe('https://school@t.me/x');
  });
});

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

describe('sendButtonFor: the send button by structure as well as by label', () => {
  const page = (composer: string) => {
    document.body.replaceChildren(...new DOMParser().parseFromString(composer, 'text/html').body.childNodes);
    return document.querySelector('[role="textbox"]') as HTMLElement;
  };
  const max = adapterFor(new URL('https://web.max.ru/-1'));

  test('MAX: by its label, in Russian or English', () => {
    const composer = page('<div data-testid="composer"><div role="textbox" contenteditable=""></div><button aria-label="Send message">➤</button></div>');
    expect(sendButtonFor(composer, max)?.getAttribute('aria-label')).toBe('Send message');
  });

  test('MAX without a label (another UI language, a redesign): the last button after the composer', () => {
    const composer = page(
      '<div data-testid="composer"><button class="emoji">☺</button><div role="textbox" contenteditable=""></div><button class="attach">📎</button><button class="go">➤</button></div>',
    );
    expect(sendButtonFor(composer, max)?.className).toBe('go');
  });

  test('no button after the composer (MAX before anything is typed): none', () => {
    const composer = page('<div data-testid="composer"><button class="emoji">☺</button><div role="textbox" contenteditable=""></div></div>');
    expect(sendButtonFor(composer, max)).toBeNull();
  });

  test('unknown site: the nearest container with a button', () => {
    const composer = page('<section><div><div role="textbox" contenteditable="true"></div></div><span role="button" class="send">→</span></section>');
    expect(sendButtonFor(composer, null)?.className).toBe('send');
  });
});

describe('extensionLifetime', () => {
  test('ends only when the extension is gone, and then for good', () => {
    vi.useFakeTimers();
    let alive = true;
    const lifetime = extensionLifetime(() => alive, 1000);
    vi.advanceTimersByTime(5000);
    expect(lifetime.signal.aborted).toBe(false);
    // Nothing the page dispatches is listened to: a forged WXT event changes nothing.
    document.dispatchEvent(new CustomEvent('anything:messenger:wxt:content-script-started', { detail: { contentScriptName: 'messenger' } }));
    expect(lifetime.alive()).toBe(true);
    alive = false;
    vi.advanceTimersByTime(1000);
    expect(lifetime.signal.aborted).toBe(true);
    alive = true;
    expect(lifetime.alive()).toBe(false);
    vi.useRealTimers();
  });

  test('an invalidated context that throws on access counts as gone', () => {
    const lifetime = extensionLifetime(() => {
      throw new Error('Extension context invalidated.');
    });
    expect(lifetime.alive()).toBe(false);
    expect(lifetime.signal.aborted).toBe(true);
  });
});

test('the hostile fixture is the one the e2e suite uses', () => {
  expect(fs.existsSync(path.resolve('tests/fixtures/max/hostile.html'))).toBe(true);
});
