/**
 * The chat list, read as the teacher scrolls it: new titles of group chats go to the background
 * (the required-chats checklist), each at most once per half hour, with how much of the list this
 * visit has seen — only a list seen whole, top to end, with every school-like row told group or
 * person, lets Parta say a chat is missing. A person's chat never leaves the page.
 */
import { MAX_LIST_ROWS } from '../../lib/classes/keys';
import { NEW_VISIT, sortChatRows, visitAfter } from '../../lib/classes/chat-list';
import type { Feature } from '../../lib/dom/features';
import { ask } from '../../lib/messaging/ask';
import { chatListExtent, readChatRows, type SiteAdapter } from '../../lib/sites/index';
import type { MessengerSiteId } from '../../lib/sites/types';
import { RESEND_AFTER_MS, messengerOf, type CaptureContext } from './context';

export function chatListReading({ adapter, lifetime }: CaptureContext): Feature {
  return {
    name: 'chat-list reading',
    start: () => {
      const site = messengerOf(adapter);
      return site ? followChatList(adapter, site, lifetime.signal) : undefined;
    },
  };
}

/**
 * Reads the chat list now, and (through the returned callback, called on every page change) again
 * once changes settle; sends titles not sent lately, and the list's extent when it changed.
 */
function followChatList(adapter: SiteAdapter, site: MessengerSiteId, signal: AbortSignal): () => void {
  const sentAt = new Map<string, number>();
  // Every title this visit saw, personal chats too: only their number is sent, for «how much of the list».
  const counted = new Set<string>();
  const untold = new Set<string>();
  let visit = NEW_VISIT;
  let listSent: { rows: number; whole: boolean; at: number } | null = null;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const send = () => {
    timer = undefined;
    const now = Date.now();
    const extent = chatListExtent(document, adapter);
    if (!extent) return;
    const rows = readChatRows(document, adapter).map((row) => ({ ...row, title: row.title.slice(0, 200) }));
    for (const { title } of rows) if (counted.size < MAX_LIST_ROWS) counted.add(title);
    const { groups, untold: unsure } = sortChatRows(rows);
    for (const title of unsure) untold.add(title);
    visit = visitAfter(visit, extent);
    const list = { rows: counted.size, whole: visit.whole && untold.size === 0 };
    const titles = groups.filter((title) => now - (sentAt.get(title) ?? 0) > RESEND_AFTER_MS).slice(0, 500);
    const listNews = !listSent || (list.whole && !listSent.whole) || now - listSent.at > RESEND_AFTER_MS;
    if (titles.length === 0 && !listNews) return;
    for (const title of titles) sentAt.set(title, now);
    const previous = listSent;
    listSent = { ...list, at: now };
    void ask({ type: 'chats/seen', site, titles, list }).then((reply) => {
      if (reply?.ok) return;
      // Try again on the next change.
      for (const title of titles) sentAt.delete(title);
      listSent = previous;
    });
  };
  // Scrolling the list changes it many times a second: read it once things settle.
  const schedule = () => {
    if (timer === undefined) timer = setTimeout(send, 700);
  };
  send();
  // Scrolling a list that is not virtualised changes no node: its end is seen by the scroll itself.
  // (Scroll does not bubble: caught on the way down. Whatever fired it, the list is read from the DOM.)
  document.addEventListener('scroll', schedule, { capture: true, passive: true, signal });
  signal.addEventListener('abort', () => clearTimeout(timer), { once: true });
  return schedule;
}
