/**
 * VK Messenger web (web.vk.me, vk.ru/im, vk.com/im) and Sferum's web messenger (me.sferum.ru,
 * sferum.ru/?p=messages), one React app with the same markup. Selectors from public userscripts
 * and extensions (2026), see shared/docs/sites.md. Fixture: tests/fixtures/vk/convo.html.
 */
import { isVkMessengerPath } from './hosts';
import { resolvedHref } from './href';
import { unwrapHref } from './unwrap';
import type { ChatKind, MessageContent, SiteAdapter } from './types';

// Messages are `.ConvoMessage` (2026; text, reply preview, link card and attachments inside),
// older `article.ConvoHistory__messageBlock`, or just their `.MessageText` — outermost wins, so
// a link card outside `MessageText` is read with its message.
/** A reply's quote (the other message's text) and the author's profile link: not this message's own. */
const NOT_OWN = '.Reply, [data-testid="vkme_replied_message"], .MessagePreview, .ConvoMessageHeader__authorLink, .PeerTitle';

const selectors = {
  message:
    // A service line is not a member's post, whatever it holds (a rename may hold any words).
    // The text's `data-testid="message-text"` (sites.md) outlives a renaming of the class words.
    ':is(.ConvoHistory__flow, [data-testid="me_main_content"]) :is(.ConvoMessage, article.ConvoHistory__messageBlock, .MessageText, .ConvoMessage__text, [data-testid="message-text"]):not(.ServiceMessage, .ServiceMessage *)',
  chatListItem: '[data-testid="vkme_convo_list_item"], button.ConvoListItem[role="listitem"], .VirtualScrollItem[data-itemkey^="convo_"]',
  chatTitle: '.ConvoTitle__author, .ConvoTitle__title, .ConvoListItem__title',
  // VK's list search was not captured in any public source: a search-type field, whatever it is called.
  chatListSearch: 'input[type="search"]',
  composer:
    '[data-testid="vkme_composer_input"], span.ComposerInput__input[contenteditable][role="textbox"]',
  sendButton: '[data-testid="vkme_composer_send"], button.ConvoComposer__sendButton--submit, button[aria-label="Отправить"], button[aria-label="Send"]',
  composerRoot: '.ConvoComposer, [data-testid="vkme_composer"]',
  // A header variant from VK's own «messenger-lite» source (sites.md, fourth round): `div.ConvoHeader`,
  // its name in `.ConvoHeader__nameText`, its count in `span.ConvoHeader__info`.
  openChatTitle: 'header.ConvoHeader .ConvoTitle__title, header.ConvoHeader h1, header.ConvoHeader h2, .ConvoHeader .ConvoHeader__nameText',
  // The status line only: elsewhere in the header a typing name («99 участников печатает…») is page text.
  openChatHeader: 'header.ConvoHeader .ConvoHeader__status, .ConvoHeader .ConvoHeader__info',
  // The author is written once per `section.ConvoStack` (a run of one author's messages).
  senderName: '.ConvoMessageHeader__authorLink',
  senderRun: 'section.ConvoStack',
  // `readMessage` reads around what is not the message's own: its text no longer one stretch.
  textBreak: NOT_OWN,
  serviceLine: '.ServiceMessage',
};

/**
 * The message's own content: its text and its link card's title and domain — not a quoted reply,
 * which is the other message's (a banned link there is that message's, not the replier's).
 */
function readMessage(element: Element): MessageContent {
  const quoted = element.querySelector(NOT_OWN) !== null;
  let text = '';
  if (!quoted) text = element.textContent ?? '';
  else {
    const visit = (node: Node) => {
      for (let child = node.firstChild; child; child = child.nextSibling) {
        if (child.nodeType === 3) text += child.nodeValue ?? '';
        else if (child.nodeType === 1 && !(child as Element).matches(NOT_OWN)) visit(child);
      }
    };
    visit(element);
  }
  const hrefs: string[] = [];
  if (element.querySelector('a') !== null) {
    for (const anchor of element.getElementsByTagName('a')) {
      if (quoted && anchor.closest(NOT_OWN) !== null) continue;
      const href = resolvedHref(anchor);
      if (href) hrefs.push(unwrapHref(href));
    }
  }
  return { text, hrefs };
}

/** A peer id that is a group chat: 2000000000 + n, or `c<n>` in older addresses (sites.md). */
export function isGroupPeer(peer: string): boolean {
  if (/^c\d+$/.test(peer)) return true;
  return /^\d+$/.test(peer) && Number(peer) >= 2_000_000_000;
}

/**
 * A list row's kind by its peer (sites.md: `data-peer-id` on the row, or its virtual row's key
 * `convo_<peer>`): a group chat, or a person's (or a community's) chat; no peer shown, not told.
 */
function chatKind(row: Element): ChatKind {
  const peer = (row.closest('[data-peer-id]') ?? row.querySelector('[data-peer-id]'))?.getAttribute('data-peer-id') ?? /^convo_(-?\w+)$/.exec(row.closest('[data-itemkey]')?.getAttribute('data-itemkey') ?? '')?.[1];
  if (!peer) return 'unknown';
  return isGroupPeer(peer) ? 'group' : 'personal';
}

export const vkAdapter: SiteAdapter = {
  id: 'vk',
  matches: (url) =>
    url.hostname === 'web.vk.me' || ((url.hostname === 'vk.ru' || url.hostname === 'vk.com') && isVkMessengerPath(url.pathname)),
  selectors,
  messagesNest: true,
  readMessage,
  chatKind,
};

export const sferumAdapter: SiteAdapter = {
  id: 'sferum',
  matches: (url) => url.hostname === 'me.sferum.ru' || url.hostname === 'web.sferum.ru' || url.hostname === 'sferum.ru',
  selectors,
  messagesNest: true,
  readMessage,
  chatKind,
};
