/**
 * MAX web (web.max.ru), a Svelte app. Selectors from public userscripts and bots (2026), see
 * shared/docs/sites.md; class names are stable words with a hashed class beside them.
 * Fixture: tests/fixtures/max/chat.html.
 */
import { resolvedHref } from './href';
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
    composerRoot: '[data-testid="composer"]',
    openChatTitle: '#main-header-title',
  },
  readMessage(element: Element): MessageContent {
    // Direct `.text` children only: skips the sender name (`.header .name .text`). Walking
    // children is several times cheaper than a `:scope >` query, ×5,000 messages at start.
    const parts: string[] = [];
    for (const child of element.children) if (child.classList.contains('text')) parts.push(child.textContent ?? '');
    const text = parts.join('\n');
    const hrefs: string[] = [];
    // Most messages have no link: one querySelector is cheaper than a live collection per message.
    if (element.querySelector('a') !== null) {
      for (const anchor of element.getElementsByTagName('a')) {
        const href = resolvedHref(anchor);
        if (href) hrefs.push(href);
      }
    }
    return { text, hrefs };
  },
};
