/**
 * MAX web (web.max.ru), a Svelte app. Selectors from public userscripts and bots (2026), see
 * shared/docs/sites.md; class names are stable words with a hashed class beside them.
 * Fixture: tests/fixtures/max/chat.html.
 */
import type { MessageContent, SiteAdapter } from './types';

const HISTORY = [
  '.openedChat .bubbleContent',
  'main[aria-labelledby="main-header-title"] .bubbleContent',
  '.history .bubbleContent',
];

export const maxAdapter: SiteAdapter = {
  id: 'max',
  matches: (url) => url.hostname === 'web.max.ru',
  selectors: {
    message: HISTORY.join(', '),
    chatListItem: 'aside[aria-labelledby="aside-header-title"] button.cell, .aside .scrollListScrollable .item .cell',
    chatTitle: 'h3.title span.name span.text, .title .name .text',
    composer:
      '[data-testid="composer"] [contenteditable][role="textbox"], div[role="textbox"][contenteditable][data-lexical-editor="true"]',
    sendButton: 'button[aria-label="Отправить сообщение"], button[aria-label="Send message"]',
  },
  readMessage(element: Element): MessageContent {
    // `:scope > .text` skips the sender name (`.header .name .text`); share cards are links too.
    const text = [...element.querySelectorAll(':scope > .text')].map((part) => part.textContent ?? '').join('\n');
    const hrefs = [...element.querySelectorAll('a[href]')].map((anchor) => anchor.getAttribute('href') ?? '');
    return { text, hrefs };
  },
};
