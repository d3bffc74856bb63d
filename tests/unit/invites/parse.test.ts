/**
 * parseInvite: the accepted links in their one spelling, and why other input is refused;
 * findInvites in message text.
 */
import { describe, expect, test } from 'vitest';
import { findInvites, parseInvite } from '../../../lib/invites/index';

const MAX_CODE = 'Xk3mB8pQzR1vT6wYa9cD2eF5gH7jK0LnM4oP8qS1tU3'; // 43 chars of base64url, as MAX issues
const VK_CODE = 'AJQ1d0uWzyC/DNvIowlP2mLB';

describe('parseInvite: accepted links and their one spelling', () => {
  const accepted: [string, string, string][] = [
    [`https://vk.me/join/${VK_CODE}`, 'vk', `https://vk.me/join/${VK_CODE}`],
    [`vk.me/join/${VK_CODE}`, 'vk', `https://vk.me/join/${VK_CODE}`],
    [`http://vk.me/join/${VK_CODE}`, 'vk', `https://vk.me/join/${VK_CODE}`],
    ['https://VK.ME/join/AJQ1d5_mPxrt3Xp8y8J0b6aG', 'vk', 'https://vk.me/join/AJQ1d5_mPxrt3Xp8y8J0b6aG'],
    ['https://vk.me/join/AJQ1d0uWzyC%2FDNvIowlP2mLB', 'vk', `https://vk.me/join/${VK_CODE}`],
    ['https://m.vk.me/join/AJQ1d5_mPxrt3Xp8y8J0b6aG/', 'vk', 'https://vk.me/join/AJQ1d5_mPxrt3Xp8y8J0b6aG'],
    [`«https://vk.me/join/${VK_CODE}».`, 'vk', `https://vk.me/join/${VK_CODE}`],
    [`  https://vk.me/join/${VK_CODE} \n`, 'vk', `https://vk.me/join/${VK_CODE}`],
    [`https://max.ru/join/${MAX_CODE}`, 'max', `https://max.ru/join/${MAX_CODE}`],
    [`max.ru/join/${MAX_CODE}`, 'max', `https://max.ru/join/${MAX_CODE}`],
    [`https://web.max.ru/join/${MAX_CODE}`, 'max', `https://max.ru/join/${MAX_CODE}`],
    [`https://max.ru/join/${MAX_CODE}?utm_source=share`, 'max', `https://max.ru/join/${MAX_CODE}`],
    [`(https://max.ru/join/${MAX_CODE})`, 'max', `https://max.ru/join/${MAX_CODE}`],
    [`https://max.ru/join/${MAX_CODE}#top`, 'max', `https://max.ru/join/${MAX_CODE}`],
    ['https://sferum.ru/?p=messages&join=AJQ1d9kLm2Np3Qr4St5Uv6Wx', 'sferum', 'https://sferum.ru/?p=messages&join=AJQ1d9kLm2Np3Qr4St5Uv6Wx'],
    ['sferum.ru/?p=messages&join=AJQ1d9kLm2Np3Qr4St5Uv6Wx', 'sferum', 'https://sferum.ru/?p=messages&join=AJQ1d9kLm2Np3Qr4St5Uv6Wx'],
    ['https://web.sferum.ru/?join=AJQ1d9kLm2Np3Qr4St5Uv6Wx&p=messages', 'sferum', 'https://sferum.ru/?p=messages&join=AJQ1d9kLm2Np3Qr4St5Uv6Wx'],
    ['https://me.sferum.ru/?p=messages&join=AJQ1d0uWzyC%2FDNvIowlP2mLB', 'sferum', 'https://sferum.ru/?p=messages&join=AJQ1d0uWzyC%2FDNvIowlP2mLB'],
  ];
  test.each(accepted)('%s → %s', (input, platform, url) => {
    const parsed = parseInvite(input);
    expect(parsed).toMatchObject({ ok: true, platform, url });
  });

  test('the code is kept as issued (case matters)', () => {
    const parsed = parseInvite(`max.ru/join/${MAX_CODE}`);
    expect(parsed.ok && parsed.code).toBe(MAX_CODE);
  });
});

describe('parseInvite: rejected input says why', () => {
  const rejected: [string, string][] = [
    ['', 'empty'],
    ['   «» ', 'empty'],
    ['привет', 'not-a-link'],
    ['vk.me/join/ AJQ1d0uWzyC', 'not-a-link'],
    ['https://', 'not-a-link'],
    ['localhost/join/abc', 'not-a-link'],
    ['https://t.me/+AbCdEfGhIjKl', 'foreign-messenger'],
    ['https://t.me/joinchat/AAAAAEk', 'foreign-messenger'],
    ['https://chat.whatsapp.com/KxYz123AbC', 'foreign-messenger'],
    ['https://invite.viber.com/?g2=AQB', 'foreign-messenger'],
    ['https://discord.gg/abcdef', 'foreign-messenger'],
    ['tg://join?invite=AbCdEf', 'foreign-messenger'],
    ['viber://chat?number=123', 'foreign-messenger'],
    ['https://example.ru/join/abcdefgh12345678', 'unknown-site'],
    ['https://myschool.edu.ru/join/abc', 'unknown-site'],
    ['mailto:teacher@school.ru', 'not-a-link'],
    ['https://max.ru/@teacher', 'not-an-invite'],
    ['https://max.ru/u/12345', 'not-an-invite'],
    ['https://web.max.ru/-68912345678', 'not-an-invite'],
    ['https://vk.com/im?sel=2000000001', 'not-an-invite'],
    ['https://vk.com/join/AJQ1d0uWzyC', 'not-an-invite'],
    ['https://sferum.ru/?p=messages', 'not-an-invite'],
    ['https://web.vk.me/convo/2000000001', 'not-an-invite'],
    ['https://vk.me/join/', 'bad-code'],
    ['https://vk.me/join/abc', 'bad-code'],
    ['https://vk.me/join/abc$%5E&*()defgh', 'bad-code'],
    ['https://max.ru/join/short', 'bad-code'],
    ['https://max.ru/join/' + 'a'.repeat(101), 'bad-code'],
    ['https://max.ru/join/abc.def.ghi.jkl.mno.pqr', 'bad-code'],
    ['https://sferum.ru/?p=messages&join=', 'bad-code'],
    ['https://sferum.ru/?p=messages&join=<script>', 'bad-code'],
  ];
  test.each(rejected)('%j → %s', (input, reason) => {
    expect(parseInvite(input)).toMatchObject({ ok: false, reason });
  });

  test('a foreign link names its messenger', () => {
    expect(parseInvite('t.me/+AbCdEf')).toMatchObject({ ok: false, reason: 'foreign-messenger', messenger: 'Telegram' });
  });
});

describe('findInvites in message text', () => {
  test('finds every valid invitation once, ignores the rest', () => {
    const text = `Родители 5А, вступайте: https://vk.me/join/${VK_CODE}, а ученики — max.ru/join/${MAX_CODE}.
      Повтор: https://vk.me/join/${VK_CODE} ; не то: https://t.me/+abc и https://max.ru/@nick, vk.me/join/abc`;
    expect(findInvites(text).map((invite) => invite.url)).toEqual([
      `https://vk.me/join/${VK_CODE}`,
      `https://max.ru/join/${MAX_CODE}`,
    ]);
  });
  test('text without invitations finds nothing', () => {
    expect(findInvites('Завтра собрание в 18:00, кабинет 12. https://myschool.edu.ru/')).toEqual([]);
  });
});
