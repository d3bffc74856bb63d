/**
 * The chat list, read as the teacher scrolls it: new titles go to the background (the
 * required-chats checklist), each at most once per half hour.
 */
import type { Feature } from '../../lib/dom/features';
import { ask } from '../../lib/messaging/ask';
import { readChatTitles, type SiteAdapter } from '../../lib/sites/index';
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
 * once changes settle; sends titles not sent lately.
 */
function followChatList(adapter: SiteAdapter, site: MessengerSiteId, signal: AbortSignal): () => void {
  const sentAt = new Map<string, number>();
  let timer: ReturnType<typeof setTimeout> | undefined;
  const send = () => {
    timer = undefined;
    const now = Date.now();
    const titles = readChatTitles(document, adapter)
      .map((title) => title.slice(0, 200))
      .filter((title) => now - (sentAt.get(title) ?? 0) > RESEND_AFTER_MS)
      .slice(0, 500);
    if (titles.length === 0) return;
    for (const title of titles) sentAt.set(title, now);
    void ask({ type: 'chats/seen', site, titles }).then((reply) => {
      if (!reply?.ok) for (const title of titles) sentAt.delete(title); // try again on the next change
    });
  };
  // Scrolling the list changes it many times a second: read it once things settle.
  const schedule = () => {
    if (timer === undefined) timer = setTimeout(send, 700);
  };
  send();
  signal.addEventListener('abort', () => clearTimeout(timer), { once: true });
  return schedule;
}
