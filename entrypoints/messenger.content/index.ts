/**
 * The messenger content script: inline warnings, the link and composer guards, and answers to
 * the popup. Each feature starts inside its own error boundary: one failing feature is logged
 * and the others go on. They all live as long as the extension does (lib/dom/lifetime.ts), never
 * on WXT's `ctx.signal`, which a page script can abort with one forged event.
 */
import { browser } from 'wxt/browser';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { translator, type Translate } from '../../lib/i18n/index';
import { CONTENT_MESSAGES, type ContentKey } from '../../lib/i18n/content';
import { extensionLifetime, watchLocation } from '../../lib/dom/lifetime';
import { observeAdditions } from '../../lib/dom/observe';
import type { PageStatus } from '../../lib/messaging/protocol';
import { isToContent } from '../../lib/messaging/guards';
import { DEFAULT_PAGE_SETTINGS, type PageSettings } from '../../lib/settings/index';
import { pageSettingsItem } from '../../lib/settings/store';
import { MESSENGER_MATCHES, adapterFor, health, readOpenChatMembers } from '../../lib/sites/index';
import { pageStructure, type PageStructure } from '../../lib/sites/snapshot';
import { guardComposer, guardLinkClicks } from './guards';
import { Scanner, isOwnNode } from './scanner';

function runFeature(name: string, start: () => void): void {
  try {
    start();
  } catch (error) {
    console.error(`[Parta] feature "${name}" failed and is switched off on this page`, error);
  }
}

export default defineContentScript({
  matches: MESSENGER_MATCHES,
  runAt: 'document_idle',
  // WXT would post `<extension id>:messenger:wxt:content-script-started` to the page: a telltale.
  noScriptStartedPostMessage: true,
  async main() {
    let settings: PageSettings = DEFAULT_PAGE_SETTINGS;
    let t: Translate<ContentKey> = translator(CONTENT_MESSAGES, 'ru');
    const adapter = adapterFor(new URL(location.href));
    // A matched host but not its messenger (vk.ru/gimnastika…): nothing to do here.
    if (!adapter) return;
    const scanner = new Scanner({ adapter, settings: () => settings, t: () => t });
    const lifetime = extensionLifetime(() => Boolean(browser.runtime?.id));
    const { signal } = lifetime;
    // When the extension goes away (reload, update, removal), its badges go with it.
    signal.addEventListener('abort', () => scanner.dispose(), { once: true });

    settings = await pageSettingsItem.load();
    t = translator(CONTENT_MESSAGES, settings.language);

    runFeature('warnings', () => {
      const started = performance.now();
      scanner.scanAll();
      if (__PARTA_BENCH__) performance.measure('parta:initial-scan', { start: started });
      // Single-page apps switch chats without reloading: a full pass settles the new chat.
      const checkLocation = watchLocation(signal, () => scanner.scanAll());
      observeAdditions(
        document.body,
        (nodes) => {
          if (!lifetime.alive()) return;
          const batchStarted = performance.now();
          checkLocation();
          scanner.scanNodes(nodes);
          if (__PARTA_BENCH__) performance.measure('parta:batch', { start: batchStarted });
        },
        signal,
        isOwnNode,
      );
      const stop = pageSettingsItem.watch((next) => {
        settings = next;
        t = translator(CONTENT_MESSAGES, settings.language);
        scanner.scanAll();
      });
      signal.addEventListener('abort', stop, { once: true });
    });
    const guardOptions = { adapter, settings: () => settings, t: () => t, lifetime };
    runFeature('link-guard', () => guardLinkClicks(guardOptions));
    runFeature('composer-guard', () => guardComposer(guardOptions));
    runFeature('status', () => {
      // sendResponse rather than a returned Promise: Chrome's native API (no polyfill here)
      // answers only that way.
      const onMessage = (message: unknown, sender: { id?: string }, sendResponse: (answer: PageStatus | PageStructure) => void) => {
        // Only our own extension's pages may ask, and only in the protocol's words.
        if (sender.id !== browser.runtime.id || !isToContent(message)) return false;
        if (message.type === 'page/structure') {
          sendResponse(pageStructure(document.documentElement, adapter.id, location.hostname));
          return false;
        }
        const pageHealth = health(document, adapter);
        const openChat = readOpenChatMembers(document, adapter);
        sendResponse({
          health: { ...pageHealth, fallback: scanner.usingFallback },
          warnings: scanner.warningCount,
          ...(openChat.title ? { openChat } : {}),
        });
        return false;
      };
      browser.runtime.onMessage.addListener(onMessage);
      signal.addEventListener('abort', () => browser.runtime.onMessage.removeListener(onMessage), { once: true });
    });
  },
});
