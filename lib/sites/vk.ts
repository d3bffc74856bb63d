/**
 * VK Messenger web (web.vk.me, vk.com/im) and Sferum's web messenger (me.sferum.ru,
 * sferum.ru/?p=messages), one React app with the same markup. Selectors from public userscripts
 * and extensions (2026), see shared/docs/sites.md. Fixture: tests/fixtures/vk/convo.html.
 */
import { resolvedHref } from './href';
import { unwrapHref } from './unwrap';
import type { MessageContent, SiteAdapter } from './types';

const selectors = {
  message: '.ConvoHistory__flow .MessageText, article.ConvoHistory__messageBlock .MessageText, .ConvoMessage__text',
  chatListItem: '[data-testid="vkme_convo_list_item"], .VirtualScrollItem[data-itemkey^="convo_"]',
  chatTitle: '.ConvoTitle__author, .ConvoListItem__title',
  composer:
    '[data-testid="vkme_composer_input"], span.ComposerInput__input[contenteditable="true"][role="textbox"]',
  sendButton: '[data-testid="vkme_composer_send"], button.ConvoComposer__sendButton--submit, button[aria-label="Отправить"]',
  composerRoot: '.ConvoComposer, [data-testid="vkme_composer"]',
  openChatTitle: 'header.ConvoHeader h1, header.ConvoHeader [class*="ConvoTitle"]',
};

function readMessage(element: Element): MessageContent {
  const hrefs: string[] = [];
  if (element.querySelector('a') !== null) {
    for (const anchor of element.getElementsByTagName('a')) {
      const href = resolvedHref(anchor);
      if (href) hrefs.push(unwrapHref(href));
    }
  }
  return { text: element.textContent ?? '', hrefs };
}

export const vkAdapter: SiteAdapter = {
  id: 'vk',
  matches: (url) => url.hostname === 'web.vk.me' || (url.hostname === 'vk.com' && url.pathname.startsWith('/im')),
  selectors,
  readMessage,
};

export const sferumAdapter: SiteAdapter = {
  id: 'sferum',
  matches: (url) => url.hostname === 'me.sferum.ru' || url.hostname === 'web.sferum.ru' || url.hostname === 'sferum.ru',
  selectors,
  readMessage,
};
