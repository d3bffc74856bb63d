// @vitest-environment happy-dom
/**
 * foreignLinkOfHref: a link checked as the browser opens it (the WHATWG URL parser), redirects
 * followed, look-alike hosts mapped.
 */
import { describe, expect, test } from 'vitest';
import { clickedLinkVerdict, foreignLinkOfHref } from '../../../lib/links/index';

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

describe('clickedLinkVerdict: what a click on a link asks about', () => {
  const all = () => true;

  test('the address the browser opens comes first', () => {
    expect(clickedLinkVerdict('https://school@t.me/klass5a', 'материалы урока', all)).toMatchObject({ messenger: 'telegram' });
  });

  test('a written banned link the site turned into a mail link asks the same question', () => {
    expect(clickedLinkVerdict('mailto:school@t.me', 'https://school@t.me/klass5a', all)).toEqual({ messenger: 'telegram', url: 'https://t.me/klass5a' });
    expect(clickedLinkVerdict('https://school123.ru/away?x=1', 'чат: wa.me/79001234567', all)).toMatchObject({ messenger: 'whatsapp' });
  });

  test('a plain mail link, a school link and a silenced messenger ask nothing', () => {
    expect(clickedLinkVerdict('mailto:teacher@school123.ru', 'teacher@school123.ru', all)).toBeNull();
    expect(clickedLinkVerdict('https://school123.ru/news?ref=t.me', 'новости', all)).toBeNull();
    expect(clickedLinkVerdict('https://t.me/klass5a', 'https://t.me/klass5a', () => false)).toBeNull();
    expect(clickedLinkVerdict(null, '', all)).toBeNull();
  });

  test('a huge link text is read only up to its first 2,048 characters', () => {
    expect(clickedLinkVerdict('mailto:a@b.ru', `${'а '.repeat(5_000)}t.me/klass5a`, all)).toBeNull();
  });
});
