/** The site adapters, and the pure reading of a page through one of them. */
import { maxAdapter } from './max';
import { parseMemberCount } from './members';
import type { ChatKind, Health, HealthFeature, SiteAdapter } from './types';
import { isGroupPeer, sferumAdapter, vkAdapter } from './vk';

export type { MessageContent, SiteAdapter } from './types';
export { textHolders, readGeneric, GENERIC_COMPOSER } from './generic';
export { unwrapHref } from './unwrap';
export { resolvedHref } from './href';
export { parseMemberCount } from './members';
export { MESSENGER_MATCHES, isVkMessengerPath } from './hosts';

export const MESSENGER_ADAPTERS: readonly SiteAdapter[] = [maxAdapter, vkAdapter, sferumAdapter];

export function adapterFor(url: URL): SiteAdapter | null {
  return MESSENGER_ADAPTERS.find((adapter) => adapter.matches(url)) ?? null;
}

/**
 * Elements under `root` (itself included) matching `selector`, outermost only when they may nest
 * (hints may). Indexed reads of the list: the iterator protocol costs more, cold, ×5,000 messages.
 */
function outermost(root: ParentNode, selector: string, mayNest = true): Element[] {
  const found: Element[] = [];
  if (root instanceof Element && root.matches(selector)) found.push(root);
  const list = root.querySelectorAll(selector);
  for (let index = 0; index < list.length; index++) found.push(list[index]);
  if (!mayNest || found.length < 2) return found;
  // Document order is pre-order: everything between an element and the next one outside it lies
  // inside it. So one `contains` against the last kept element decides (O(n), not O(n·depth)).
  const kept: Element[] = [];
  let last: Element | null = null;
  for (const element of found) {
    if (last && last.contains(element)) continue;
    kept.push(element);
    last = element;
  }
  return kept;
}

/**
 * The message an element is part of — the outermost match where messages may nest (VK's
 * `.ConvoMessage` holds its `.MessageText`): a change deep inside a message is that message's, and
 * one message never gets a second mark on its inner part. Null outside any message.
 */
export function enclosingMessage(element: Element, adapter: SiteAdapter): Element | null {
  const selector = adapter.selectors.message;
  let message = element.closest(selector);
  if (message && adapter.messagesNest) {
    for (let outer = message.parentElement?.closest(selector); outer; outer = outer.parentElement?.closest(selector)) message = outer;
  }
  return message;
}

/** Message elements of the adapter under `root`. */
export function findMessages(root: ParentNode, adapter: SiteAdapter): Element[] {
  return outermost(root, adapter.selectors.message, adapter.messagesNest);
}

/**
 * The messages under `root` worth reading one by one, for a scan that reads the page's text once:
 * each holding a position `startsIn` returns for that text, a link, or a text break (its read
 * text is then not one stretch of the page's text), outermost only. One walk over the text nodes
 * gathers the text and where each node's data lies in it; one query finds the links and breaks.
 * No message is read on its own unless it is returned.
 */
export function messagesToRead(root: Element, adapter: SiteAdapter, startsIn: (text: string) => readonly number[]): Set<Element> {
  const { message: selector, textBreak } = adapter.selectors;
  const found = new Set<Element>();
  const add = (element: Element | null) => {
    const message = element ? enclosingMessage(element, adapter) : null;
    if (message) found.add(message);
  };
  // root.textContent and then a walk to place positions would visit every node twice.
  const nodes: CharacterData[] = [];
  const ends: number[] = [];
  let text = '';
  const walker = root.ownerDocument.createTreeWalker(root, 0x4 /* SHOW_TEXT */);
  for (let node = walker.nextNode() as CharacterData | null; node; node = walker.nextNode() as CharacterData | null) {
    text += node.data;
    nodes.push(node);
    ends.push(text.length);
  }
  let index = 0;
  let last = -1;
  for (const start of startsIn(text)) {
    while (index < ends.length && ends[index] <= start) index++;
    if (index === ends.length) break;
    if (index !== last) add(nodes[index].parentElement);
    last = index;
  }
  for (const element of root.querySelectorAll(`:is(${selector}) a, ${textBreak}`)) add(element);
  return found;
}

/** A selector list's alternatives, in the order written (commas inside `:is()` / `:not()` kept). */
const alternatives = (selector: string) => selector.split(/,\s*(?![^()]*\))/);

/**
 * Chat titles visible in the chat list: each row's title by the first alternative that finds one
 * (the name's own element before a whole heading, which may hold more).
 */
export function readChatTitles(root: ParentNode, adapter: SiteAdapter): string[] {
  return readChatRows(root, adapter).map((row) => row.title);
}

/** The chat list's rows with a title: each title, and what the page tells of its kind. */
export function readChatRows(root: ParentNode, adapter: SiteAdapter): { title: string; kind: ChatKind }[] {
  const titles = alternatives(adapter.selectors.chatTitle);
  const rows: { title: string; kind: ChatKind }[] = [];
  for (const item of outermost(root, adapter.selectors.chatListItem)) {
    let title = '';
    for (const selector of titles) {
      title = item.querySelector(selector)?.textContent?.trim() ?? '';
      if (title) break;
    }
    if (title) rows.push({ title, kind: adapter.chatKind?.(item) ?? 'unknown' });
  }
  return rows;
}

/** How much of the chat list the page shows now (lib/classes/chat-list.ts decides what it proves). */
export interface ChatListExtent {
  rows: number;
  /** The list's scroller is at its top (or the list does not scroll). */
  atTop: boolean;
  /** …at its end: nothing more to load below. */
  atEnd: boolean;
  /** The list's search holds text: it shows search results, not the list. */
  filtered: boolean;
}

/**
 * The chat list's rows and where its scroller stands, null when no row is shown. The scroller is
 * the nearest ancestor of a row that scrolls vertically (both messengers scroll the list inside
 * the page, not the page); a list with none fits on the screen whole.
 */
export function chatListExtent(root: Document, adapter: SiteAdapter): ChatListExtent | null {
  const rows = outermost(root, adapter.selectors.chatListItem);
  if (rows.length === 0) return null;
  const search = adapter.selectors.chatListSearch;
  let filtered = false;
  if (search) for (const field of root.querySelectorAll(search)) filtered ||= field instanceof root.defaultView!.HTMLInputElement && field.value.trim() !== '';
  const scroller = listScroller(rows[0]);
  if (!scroller) return { rows: rows.length, atTop: true, atEnd: true, filtered };
  // A pixel or two of rounding at fractional zoom levels.
  return { rows: rows.length, atTop: scroller.scrollTop <= 2, atEnd: scroller.scrollTop + scroller.clientHeight >= scroller.scrollHeight - 2, filtered };
}

/** Ancestors looked at for the list's scroller: the two messengers nest it a few levels up. */
const SCROLLER_DEPTH = 12;

function listScroller(row: Element): Element | null {
  const view = row.ownerDocument.defaultView;
  let depth = 0;
  for (let node = row.parentElement; node && depth < SCROLLER_DEPTH && node !== row.ownerDocument.body; node = node.parentElement, depth++) {
    if (node.scrollHeight <= node.clientHeight + 2) continue;
    const overflow = view?.getComputedStyle(node).overflowY ?? '';
    if (overflow === 'auto' || overflow === 'scroll' || overflow === 'overlay') return node;
  }
  return null;
}

/**
 * The control that sends what `composer` holds. By the adapter's label selectors when they match
 * (labels change with the UI language), else by structure: the last button after the composer
 * inside its container — MAX adds its send button only once text is typed, and VK's keeps its
 * microphone class. Without an adapter the container is the composer's nearest ancestor (three
 * levels at most) that holds a button.
 */
export function sendButtonFor(composer: Element, adapter: SiteAdapter | null): HTMLElement | null {
  const root = adapter ? composer.closest(adapter.selectors.composerRoot) : null;
  if (adapter && root) {
    const labelled = root.querySelector<HTMLElement>(adapter.selectors.sendButton);
    if (labelled) return labelled;
  } else if (adapter) {
    const labelled = composer.ownerDocument.querySelector<HTMLElement>(adapter.selectors.sendButton);
    if (labelled) return labelled;
  }
  let container: Element | null = root;
  for (let level = 0, element = composer.parentElement; !container && element && level < 3; level++, element = element.parentElement) {
    if (element.querySelector('button, [role="button"]')) container = element;
  }
  if (!container) return null;
  let last: HTMLElement | null = null;
  for (const button of container.querySelectorAll<HTMLElement>('button, [role="button"]')) {
    const after = composer.compareDocumentPosition(button) & Node.DOCUMENT_POSITION_FOLLOWING;
    if (after && !button.contains(composer)) last = button;
  }
  return last;
}

/** MAX's screen-reader heading: «Окно чата с 5А Родители», "Chat window with 5A Parents". */
const TITLE_PREFIX = /^\s*(?:Окно чата с|Chat window with)[\s\u00A0]+/i;

/**
 * The open chat's name as the teacher sees it: the adapter's title selectors tried in order (the
 * visible name first), whitespace collapsed, a screen-reader prefix removed. Page text: callers
 * show it to the teacher to confirm, never store it unseen.
 */
export function readOpenChatTitle(root: ParentNode, adapter: SiteAdapter | null): string {
  if (!adapter) return '';
  for (const selector of alternatives(adapter.selectors.openChatTitle)) {
    const text = root.querySelector(selector)?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
    const title = text.replace(TITLE_PREFIX, '').trim();
    if (title) return title.slice(0, 200);
  }
  return '';
}

/**
 * The open chat's title and the member count its header states, null when it states
 * none (a person's status, a header without a count). The title's own text is taken out of the
 * header first, so «25 участников» in a chat's name is never read as its count.
 */
export function readOpenChatMembers(root: ParentNode, adapter: SiteAdapter | null): { title: string; members: number | null } {
  const title = readOpenChatTitle(root, adapter);
  if (!adapter || !title) return { title, members: null };
  const header = root.querySelector(adapter.selectors.openChatHeader);
  const text = (header?.textContent ?? '').replace(/\s+/g, ' ').slice(0, 1000);
  const rest = text.split(title).join(' ');
  return { title, members: parseMemberCount(rest) };
}

/** More text than an empty chat's area holds (its title, a «no messages yet» line, the field's hint). */
const EMPTY_CHAT_TEXT = 200;

/** How much text the page's main area holds (the open chat's), counted by its text nodes' lengths. */
function chatAreaText(root: ParentNode): number {
  const main = root.querySelector('main, [role="main"]');
  return main?.textContent?.replace(/\s+/g, ' ').length ?? 0;
}

/**
 * Whether the address is an open chat's: MAX `/<id>`, `/-<id>`, `/@name`; VK and Sferum
 * `/convo/<peer>`, `?sel=` or `peerId=`. Pure.
 */
export function chatOpenAt(url: URL, site: SiteAdapter['id']): boolean {
  if (site === 'max') return /^\/(?:-?\d+|@[^/]+)\/?$/.test(url.pathname);
  if (site === 'vk' || site === 'sferum') return /\/convo\/-?\d+/.test(url.pathname) || url.searchParams.has('sel') || url.searchParams.has('peerId');
  return false;
}

/**
 * What the adapter finds on the page, part by part, and which parts the page should have but
 * the adapter did not find: shown in the popup, so a redesign is never silent. The chat list is
 * always expected; with a chat open, its title and the message field too, and its messages unless
 * the chat may simply be empty (its title and field found). `url`: the page's address (a chat open).
 */
export function health(root: ParentNode, adapter: SiteAdapter | null, url?: URL): Health {
  if (!adapter) {
    return { site: 'generic', recognised: false, messages: 0, chatList: 0, composer: false, chatOpen: false, chatTitle: false, stopped: [], fallback: true };
  }
  const found = findMessages(root, adapter);
  const messages = found.length;
  const chatList = outermost(root, adapter.selectors.chatListItem).length;
  const field = root.querySelector(adapter.selectors.composer);
  const composer = field !== null;
  const chatTitle = readOpenChatTitle(root, adapter) !== '';
  const chatOpen = messages > 0 || (url !== undefined && chatOpenAt(url, adapter.id));
  const stopped: HealthFeature[] = [];
  // An open chat with no message found: empty, or its messages are not recognised — a chat area
  // full of text says which. The invitations' button is drawn on recognised messages only.
  if (chatOpen && messages === 0 && (!(chatTitle && composer) || chatAreaText(root) > EMPTY_CHAT_TEXT)) stopped.push('messages', 'invite-capture');
  if (chatList === 0) stopped.push('chat-list');
  if (chatOpen && !chatTitle) stopped.push('chat-title');
  if (chatOpen && !composer) stopped.push('composer');
  // Neither by its label nor by its place after the field: a click on it is not checked. MAX draws
  // its send button only once something is typed: with the field empty, none is expected.
  if (field && (field.textContent ?? '').trim() !== '' && !sendButtonFor(field, adapter)) stopped.push('send-button');
  if (url && isGroupChat(url, adapter) && sendersUnseen(found, adapter)) stopped.push('sender-names');
  return {
    site: adapter.id,
    recognised: stopped.length === 0 && (messages > 0 || chatList > 0 || composer),
    messages,
    chatList,
    composer,
    chatOpen,
    chatTitle,
    stopped,
    fallback: messages === 0,
  };
}

/** Members' messages looked at for their senders' names: the last ones on screen. */
const SENDER_SAMPLE = 40;
/** So many members' messages with no name found: the names are not recognised (a run may start off screen). */
const SENDERLESS_RUN = 5;

/** In a group chat, many members' messages and not one sender's name found. */
function sendersUnseen(messages: readonly Element[], adapter: SiteAdapter): boolean {
  const sample = messages.slice(-SENDER_SAMPLE);
  const { outgoing } = adapter.selectors;
  const incoming = outgoing ? sample.filter((message) => !message.closest(outgoing)) : sample;
  return incoming.length >= SENDERLESS_RUN && readSenders(incoming, adapter).every((name) => name === null);
}

const NAME_MAX = 120;
const cleanName = (text: string | null | undefined) => (text ?? '').replace(/\s+/g, ' ').trim().slice(0, NAME_MAX);

/**
 * The sender of each message as the chat shows it, in the order given (document
 * order), null where none is shown: the teacher's own messages, or a run whose first message is
 * out of view. MAX writes the name on a run's first bubble only: the next bubbles inherit it until
 * an outgoing one. VK writes it once per run element. One pass; each message looked at once.
 */
export function readSenders(messages: readonly Element[], adapter: SiteAdapter): (string | null)[] {
  const { senderName, senderRun, outgoing } = adapter.selectors;
  let current: string | null = null;
  return messages.map((message) => {
    if (outgoing && message.closest(outgoing)) {
      current = null;
      return null;
    }
    if (senderRun) {
      const run = message.closest(senderRun);
      return cleanName(run?.querySelector(senderName)?.textContent) || null;
    }
    const own = cleanName(message.querySelector(senderName)?.textContent);
    if (own) current = own;
    return current;
  });
}

/** The service lines of the open chat's history (joins, leaves), as text, in document order. */
export function readServiceLines(root: ParentNode, adapter: SiteAdapter): string[] {
  if (!adapter.selectors.serviceLine) return [];
  return [...root.querySelectorAll(adapter.selectors.serviceLine)].map((line) => (line.textContent ?? '').replace(/\s+/g, ' ').trim().slice(0, 300)).filter(Boolean);
}

/**
 * Whether the open chat is a group chat, from its address: MAX `/-<id>`; VK and Sferum peers from
 * 2000000000 (`/convo/<peer>`, `peerId=`, `sel=c<n>`). Moderation is offered in group chats only.
 */
export function isGroupChat(url: URL, adapter: SiteAdapter | null): boolean {
  if (!adapter) return false;
  if (adapter.id === 'max') return /^\/-\d+/.test(url.pathname);
  const peer = /\/convo\/(-?\d+)/.exec(url.pathname)?.[1] ?? url.searchParams.get('peerId') ?? url.searchParams.get('sel');
  return peer ? isGroupPeer(peer) : false;
}

/**
 * A message's own words, as the teacher would quote them: without a quoted reply (someone else's
 * words) or the author's name — what each adapter's `readMessage` reads (VK skips its quotes).
 */
export function readOwnText(element: Element, adapter: SiteAdapter): string {
  return adapter.readMessage(element).text;
}
