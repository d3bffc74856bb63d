/**
 * Answers the popup's `page/status` on a messenger page: what the adapter finds, part by part
 * (lib/sites: `health`), and the open chat's member count as its header states it. Here, beside
 * the features that read those parts, rather than in the warnings' script (its size budget).
 */
import { browser } from 'wxt/browser';
import type { Feature } from '../../lib/dom/features';
import { isToContent } from '../../lib/messaging/guards';
import type { MessengerPage } from '../../lib/messaging/protocol';
import { health, readOpenChatMembers } from '../../lib/sites/index';
import type { CaptureContext } from './context';

export function pageStatus({ adapter, lifetime }: CaptureContext): Feature {
  return {
    name: 'page-status',
    start: () => {
      // sendResponse rather than a returned Promise: Chrome's native API (no polyfill here) answers only that way.
      const onMessage = (message: unknown, sender: { id?: string }, sendResponse: (answer: MessengerPage) => void) => {
        // Only our own extension's pages may ask, and only in the protocol's words.
        if (sender.id !== browser.runtime.id || !isToContent(message) || message.type !== 'page/status') return false;
        const openChat = readOpenChatMembers(document, adapter);
        sendResponse({ kind: 'messenger', health: health(document, adapter, new URL(location.href)), ...(openChat.title ? { openChat } : {}) });
        return false;
      };
      browser.runtime.onMessage.addListener(onMessage);
      lifetime.signal.addEventListener('abort', () => browser.runtime.onMessage.removeListener(onMessage), { once: true });
    },
  };
}
