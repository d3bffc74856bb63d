// @vitest-environment happy-dom
/**
 * The open chat's member count read from its header on the MAX and VK fixtures: a number, never a guess.
 */
import { describe, expect, test } from 'vitest';
import { MESSENGER_ADAPTERS, readOpenChatMembers } from '../../../lib/sites/index';
import { loadFixture } from '../fixture-dom';

/** A typing line anyone in the chat can make say anything (their name). */
function typing(page: Document, className: string): HTMLElement {
  const line = page.createElement('span');
  line.className = className;
  line.textContent = '99 участников печатает…';
  return line;
}

const adapter = (id: string) => MESSENGER_ADAPTERS.find((candidate) => candidate.id === id)!;

describe('member counts from the open chat header', () => {
  test.each([
    ['max/chat.html', 'max', 'https://web.max.ru/-100', 'Родители 5А', 18],
    ['max/chat-en.html', 'max', 'https://web.max.ru/-100', '5A Parents', 25],
    ['vk/convo-vk-ru.html', 'vk', 'https://vk.ru/im/convo/2000000001', '7Б Родители', 27],
  ])('%s: the title and the count its header states', (fixture, site, base, title, members) => {
    expect(readOpenChatMembers(loadFixture(fixture, base), adapter(site))).toEqual({ title, members });
  });

  test('VK’s other header (div.ConvoHeader, __nameText, __info) and its plural forms; a shortened count is no count', () => {
    const page = loadFixture('vk/convo-vk-ru.html', 'https://vk.ru/im/convo/1');
    const header = page.querySelector('header.ConvoHeader')!;
    const variant = page.createElement('div');
    variant.className = 'ConvoHeader';
    const name = page.createElement('div');
    name.className = 'ConvoHeader__name';
    const nameText = page.createElement('span');
    nameText.className = 'ConvoHeader__nameText';
    nameText.textContent = '8В Ученики';
    const info = page.createElement('span');
    info.className = 'ConvoHeader__info';
    name.append(nameText);
    variant.append(name, info);
    header.replaceWith(variant);
    for (const [text, members] of [['21 участник', 21], ['23 участника', 23], ['25 участников', 25], ['1,2K участников', null], ['12K участников', null]] as const) {
      info.textContent = text;
      expect(readOpenChatMembers(page, adapter('vk')), text).toEqual({ title: '8В Ученики', members });
    }
  });

  test('no chat open, or a person’s status: no count, never a guess', () => {
    expect(readOpenChatMembers(loadFixture('max/start.html', 'https://web.max.ru/'), adapter('max')).members).toBeNull();
    const page = loadFixture('vk/convo-vk-ru.html', 'https://vk.ru/im/convo/1');
    page.querySelector('.ConvoHeader__status')!.textContent = 'был в сети 5 минут назад';
    expect(readOpenChatMembers(page, adapter('vk'))).toEqual({ title: '7Б Родители', members: null });
  });

  test('a number in the chat’s own name is not its count', () => {
    const page = loadFixture('vk/convo-vk-ru.html', 'https://vk.ru/im/convo/1');
    page.querySelector('header.ConvoHeader .ConvoTitle__title')!.textContent = '5А: 25 участников олимпиады';
    page.querySelector('.ConvoHeader__status')!.remove();
    expect(readOpenChatMembers(page, adapter('vk'))).toEqual({ title: '5А: 25 участников олимпиады', members: null });
  });

  test('only the status line counts: a typing name elsewhere in the header is not the count', () => {
    const max = loadFixture('max/chat.html', 'https://web.max.ru/-100');
    max.querySelector('.topbar')!.append(typing(max, 'typing'));
    max.querySelector('.topbar .subtitle')!.textContent = 'в сети';
    expect(readOpenChatMembers(max, adapter('max'))).toEqual({ title: 'Родители 5А', members: null });
    const vk = loadFixture('vk/convo-vk-ru.html', 'https://vk.ru/im/convo/1');
    vk.querySelector('header.ConvoHeader')!.append(typing(vk, 'ConvoHeader__typing'));
    expect(readOpenChatMembers(vk, adapter('vk'))).toEqual({ title: '7Б Родители', members: 27 });
  });
});
