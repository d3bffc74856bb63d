/**
 * Answers to Parta's popup: how many warnings the page shows, and whether the fallback reads it.
 * The page's parts (health, the open chat) are the capture script's answer to `page/status`, and
 * its structure for «Сообщить о странице» too: this script stays small.
 */
import { browser } from 'wxt/browser';
import type { Feature } from '../../lib/dom/features';
import type { Lifetime } from '../../lib/dom/lifetime';
import { isToContent } from '../../lib/messaging/guards';
import type { PageWarnings } from '../../lib/messaging/protocol';
import type { SiteAdapter } from '../../lib/sites/index';
import type { Scanner } from './scanner';

export function status(adapter: SiteAdapter, scanner: Scanner, lifetime: Lifetime): Feature {
  return {
    name: 'status',
    start: () => {
      // sendResponse rather than a returned Promise: Chrome's native API (no polyfill here)
      // answers only that way.
      const onMessage = (message: unknown, sender: { id?: string }, sendResponse: (answer: PageWarnings) => void) => {
        // Only our own extension's pages may ask, and only in the protocol's words.
        if (sender.id !== browser.runtime.id || !isToContent(message) || message.type !== 'page/warnings') return false;
        sendResponse({ site: adapter.id, warnings: scanner.warningCount, fallback: scanner.usingFallback });
        return false;
      };
      browser.runtime.onMessage.addListener(onMessage);
      lifetime.signal.addEventListener('abort', () => browser.runtime.onMessage.removeListener(onMessage), { once: true });
    },
  };
}
