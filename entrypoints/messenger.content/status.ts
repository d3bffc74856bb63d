/**
 * Answers to Parta's popup: what the page shows (the adapter's health, the warnings, the open
 * chat's member count). The page's structure for «Сообщить о странице» is the capture script's.
 */
import { browser } from 'wxt/browser';
import type { Feature } from '../../lib/dom/features';
import type { Lifetime } from '../../lib/dom/lifetime';
import { isToContent } from '../../lib/messaging/guards';
import type { PageStatus } from '../../lib/messaging/protocol';
import { health, readOpenChatMembers, type SiteAdapter } from '../../lib/sites/index';
import type { Scanner } from './scanner';

export function status(adapter: SiteAdapter, scanner: Scanner, lifetime: Lifetime): Feature {
  return {
    name: 'status',
    start: () => {
      // sendResponse rather than a returned Promise: Chrome's native API (no polyfill here)
      // answers only that way.
      const onMessage = (message: unknown, sender: { id?: string }, sendResponse: (answer: PageStatus) => void) => {
        // Only our own extension's pages may ask, and only in the protocol's words.
        if (sender.id !== browser.runtime.id || !isToContent(message) || message.type !== 'page/status') return false;
        const pageHealth = health(document, adapter, new URL(location.href));
        const openChat = readOpenChatMembers(document, adapter);
        sendResponse({
          health: { ...pageHealth, fallback: scanner.usingFallback },
          warnings: scanner.warningCount,
          ...(openChat.title ? { openChat } : {}),
        });
        return false;
      };
      browser.runtime.onMessage.addListener(onMessage);
      lifetime.signal.addEventListener('abort', () => browser.runtime.onMessage.removeListener(onMessage), { once: true });
    },
  };
}
