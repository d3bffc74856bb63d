/**
 * MAX web (web.max.ru), a Svelte app. Selectors from public userscripts and bots (2026), see
 * shared/docs/sites.md; class names are stable words with a hashed class beside them.
 * Fixture: tests/fixtures/max/chat.html.
 */
import { resolvedHref } from './href';
import type { MessageContent, SiteAdapter } from './types';

/**
 * A message bubble inside the open chat, whichever of its three known containers is there. One
 * `:is()` ancestor test instead of three selectors: the browser matches `.bubbleContent` once,
 * not three times (a quarter of the cost on a 5,000-message page, measured).
 */
const HISTORY = ':is(.openedChat, main[aria-labelledby="main-header-title"], .history) .bubbleContent';

export const maxAdapter: SiteAdapter = {
  id: 'max',
  matches: (url) => url.hostname === 'web.max.ru',
  selectors: {
    message: HISTORY,
    // sites.md: rows `button.cell` whose title is an `h3` — by structure too (a button of the list
    // holding a heading), so a release that renames the class words keeps the chat list.
    chatListItem: 'aside[aria-labelledby="aside-header-title"] button.cell, .aside .scrollListScrollable .item .cell, aside[aria-labelledby="aside-header-title"] button:has(h3)',
    chatTitle: 'h3.title span.name span.text, .title .name .text, h3',
    // sites.md, fourth round (a Python worker, id 63399069507): the contact search `form#findContact input`.
    chatListSearch: 'form#findContact input, aside[aria-labelledby="aside-header-title"] input[type="search"]',
    composer:
      '[data-testid="composer"] [contenteditable][role="textbox"], div[role="textbox"][contenteditable][data-lexical-editor="true"]',
    sendButton: 'button[aria-label="Отправить сообщение"], button[aria-label="Send message"]',
    composerRoot: '[data-testid="composer"]',
    // The visible name first; the screen-reader heading carries a prefix (readOpenChatTitle strips it).
    openChatTitle: '.openedChat .topbar button.main .title .name .text, #main-header-title',
    // The subtitle line only (sites.md, third round: `.topbar .subtitle`): elsewhere in the header a
    // typing name («99 участников печатает…») is page text anyone can write.
    openChatHeader: '.openedChat .topbar .subtitle, main[aria-labelledby="main-header-title"] header .subtitle',
    // Only on the first bubble of a run (sites.md): the run's later bubbles inherit it.
    senderName: '.header .name .text',
    outgoing: '.messageWrapper--isOut, [data-bubbles-variant="outgoing"]',
    // `readMessage` joins the bubble's direct `.text` parts: from the second on, not one stretch.
    textBreak: '.text ~ .text',
    // MAX's system lines («… покинул(-а) чат», sites.md) were seen as text only, their markup is not
    // known: a history row with no bubble in it is one (date separators too, which no membership
    // grammar reads). A member's post always has its bubble, so no post is read as a system line.
    serviceLine: ':is(.openedChat, main[aria-labelledby="main-header-title"], .history) .item[data-index]:not(:has(.bubbleContent))',
  },
  messagesNest: false,
  // sites.md (MAX chat list): a group or channel is marked by a hidden `span[aria-label]` starting
  // «группа, » / «канал, », and a group's preview line starts with its author (`span.author`). A row
  // with neither may be a person's chat or a group whose mark this release does not draw: not told.
  chatKind: (row) => (row.querySelector(GROUP_MARK) !== null ? 'group' : 'unknown'),
  readMessage(element: Element): MessageContent {
    // Direct `.text` children only: skips the sender name (`.header .name .text`). Sibling links
    // and the class attribute as a string rather than a children iterator or `classList` (an object
    // per element): cheapest, ×5,000 messages at start.
    let text = '';
    for (let child = element.firstElementChild; child !== null; child = child.nextElementSibling) {
      const names = child.getAttribute('class');
      if (names !== null && (names === 'text' || TEXT_CLASS.test(names))) text = text === '' ? (child.textContent ?? '') : `${text}\n${child.textContent ?? ''}`;
    }
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

const TEXT_CLASS = /(?:^|\s)text(?:\s|$)/;
const GROUP_MARK = ['группа, ', 'канал, ', 'group, ', 'channel, '].map((word) => `span[aria-label^="${word}"]`).join(', ') + ', span.author';
