// @vitest-environment happy-dom
/**
 * A message's own words for the violation form: a VK reply's quote is someone else's and stays out;
 * MAX reads its own text already. What the form shows is exactly what is kept.
 */
import { describe, expect, test } from 'vitest';
import { QUOTE_SHOWN, shownQuote } from '../../../lib/moderation/index';
import { adapterFor, findMessages, readOwnText } from '../../../lib/sites/index';
import { loadFixture } from '../fixture-dom';

describe('a message’s own words', () => {
  test('VK: a reply without the quoted message it answers', () => {
    const document = loadFixture('vk/convo-vk-ru.html');
    const adapter = adapterFor(new URL('https://vk.ru/im/convo/2000000011'))!;
    const reply = findMessages(document, adapter).find((message) => message.textContent?.includes('Спасибо, открыл.'))!;
    expect(reply.textContent).toContain('Материалы к уроку:');
    expect(readOwnText(reply, adapter).trim()).toBe('Спасибо, открыл.');
  });

  test('MAX: the bubble’s text, without the sender’s name', () => {
    const document = loadFixture('max/group.html');
    const adapter = adapterFor(new URL('https://web.max.ru/-1'))!;
    const first = findMessages(document, adapter)[0];
    expect(readOwnText(first, adapter)).not.toContain('Пётр Сидоров');
  });
});

describe('what the form shows is what is kept', () => {
  test('short words as they are, spaces collapsed; long ones cut with «…» at a character, never inside one', () => {
    expect(shownQuote('  Скиньте\n ответы  ')).toBe('Скиньте ответы');
    const long = shownQuote('а'.repeat(1000));
    expect(Array.from(long)).toHaveLength(QUOTE_SHOWN);
    expect(long.endsWith('…')).toBe(true);
    const emoji = shownQuote('😀'.repeat(400));
    expect(emoji.endsWith('😀…')).toBe(true);
    expect(Array.from(emoji)).toHaveLength(QUOTE_SHOWN);
  });
});

describe('a VK reply is not a repost', () => {
  const adapter = () => adapterFor(new URL('https://vk.ru/im/convo/2000000011'))!;
  /** A reply whose quote holds a banned link: the quote is the other message's. */
  function reply(own: string, quoted: string, quotedHref?: string): Element {
    const document = loadFixture('vk/convo-vk-ru.html');
    const message = findMessages(document, adapter()).find((candidate) => candidate.textContent?.includes('Спасибо, открыл.'))!;
    message.querySelector('.MessagePreview__text')!.textContent = quoted;
    if (quotedHref) {
      const link = document.createElement('a');
      link.href = quotedHref;
      link.textContent = 'ссылка';
      message.querySelector('.MessagePreview')!.append(link);
    }
    message.querySelector('.MessageText')!.textContent = own;
    return message;
  }

  test('the quote’s text and links are left to the quoted message; the reply’s own are read', () => {
    const content = adapter().readMessage(reply('Спасибо, открыл.', 'Заходите: t.me/klass7b', 'https://t.me/klass7b'));
    expect(content.text).toBe('Спасибо, открыл.');
    expect(content.hrefs).toEqual([]);
    const own = adapter().readMessage(reply('А лучше сюда: wa.me/79001234567', 'Материалы к уроку:'));
    expect(own.text).toBe('А лучше сюда: wa.me/79001234567');
  });

  test('a message without a quote reads whole, its link card included', () => {
    const document = loadFixture('vk/convo-vk-ru.html', 'https://vk.ru/im/convo/2000000011');
    const card = findMessages(document, adapter()).find((candidate) => candidate.textContent?.includes('Материалы 7Б'))!;
    const content = adapter().readMessage(card);
    expect(content.text).toContain('Материалы 7Б');
    expect(content.hrefs.some((href) => href.includes('klass7b_materials'))).toBe(true);
  });
});
