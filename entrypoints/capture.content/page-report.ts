/**
 * «Сообщить о странице» on a messenger page: the page's structure only (tags, classes, counts —
 * never its text), for the popup to save to a file. Here rather than beside the warnings: the
 * warnings' script keeps to its size budget, and the report is asked for rarely.
 */
import { browser } from 'wxt/browser';
import type { Feature } from '../../lib/dom/features';
import { isToContent } from '../../lib/messaging/guards';
import { pageStructure, type PageStructure } from '../../lib/sites/snapshot';
import type { CaptureContext } from './context';

export function pageReport({ adapter, lifetime }: CaptureContext): Feature {
  return {
    name: 'page-report',
    start: () => {
      // sendResponse rather than a returned Promise: Chrome's native API (no polyfill here) answers only that way.
      const onMessage = (message: unknown, sender: { id?: string }, sendResponse: (answer: PageStructure) => void) => {
        // Only our own extension's pages may ask, and only in the protocol's words.
        if (sender.id !== browser.runtime.id || !isToContent(message) || message.type !== 'page/structure') return false;
        sendResponse(pageStructure(document.documentElement, adapter.id, location.hostname));
        return false;
      };
      browser.runtime.onMessage.addListener(onMessage);
      lifetime.signal.addEventListener('abort', () => browser.runtime.onMessage.removeListener(onMessage), { once: true });
    },
  };
}
