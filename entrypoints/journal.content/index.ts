/**
 * The e-journal content script: reads the classes (college groups) the teacher works with, tells
 * the background when they change (the checklist and the options use them), and answers the
 * popup with the page's health and classes. It changes nothing on the page.
 */
import { browser } from 'wxt/browser';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { extensionLifetime, watchLocation } from '../../lib/dom/lifetime';
import { observeAdditions } from '../../lib/dom/observe';
import type { JournalStatus } from '../../lib/messaging/protocol';
import { ask } from '../../lib/messaging/ask';
import { isToContent } from '../../lib/messaging/guards';
import { customJournalsItem } from '../../lib/journals/custom-journals-store';
import { settingsItem } from '../../lib/settings/store';
import { pageStructure, type PageStructure } from '../../lib/sites/snapshot';
import { journalAdapterWith } from '../../lib/journals/custom-journals';
import { JOURNAL_MATCHES, journalAdapterFor, readJournal } from '../../lib/journals/adapters';

export default defineContentScript({
  matches: [...JOURNAL_MATCHES],
  runAt: 'document_idle',
  noScriptStartedPostMessage: true,
  async main() {
    // The popup may inject this script into a tab it was not yet in; once per tab is enough. The
    // mark lives in the extension's isolated world (the page cannot see or set it) and is a
    // question, not a flag, so that a copy left behind by an update does not count as running.
    const world = globalThis as { partaJournalRunning?: () => boolean };
    if (world.partaJournalRunning?.()) return;
    world.partaJournalRunning = () => Boolean(browser.runtime?.id);
    // Lives as long as the extension, not on WXT's ctx.signal, which the page can abort.
    const { signal } = extensionLifetime(() => Boolean(browser.runtime?.id));
    // On an address the teacher added, the journal family they chose for it.
    const custom = await customJournalsItem.load();
    // The popup injects this script into the tab it asked about; the tab may have gone elsewhere
    // meanwhile (a messenger, any site). Only a journal Parta lists or the teacher added is read.
    const here = new URL(location.href);
    if (!journalAdapterFor(here) && !custom.some((journal) => journal.origin === here.origin)) {
      world.partaJournalRunning = undefined;
      return;
    }
    // The teacher's own name: a class page that names its class teacher tells whether it is theirs.
    const { settings } = await settingsItem.load();
    const reader = settings.teacherName ? { teacherName: settings.teacherName } : {};
    const read = () => {
      const url = new URL(location.href);
      return readJournal(document, journalAdapterWith(url, custom, document), url, reader);
    };
    let page = read();
    let reported = '';

    const report = () => {
      const fingerprint = `${page.scope}:${JSON.stringify(page.classes)}:${JSON.stringify(page.pupilNames ?? null)}`;
      // Only the adapter's reading of the class list is the teacher's whole list; a generic reading
      // (any page that mentions classes) would replace the stored list with a part of it.
      if (!page.health.recognised || page.classes.length === 0 || fingerprint === reported) return;
      reported = fingerprint;
      const pupilNames = page.pupilNames ? { pupilNames: { key: page.pupilNames.key, names: page.pupilNames.names.slice(0, 200) } } : {};
      void ask({ type: 'classes/seen', scope: page.scope, classes: page.classes.slice(0, 500), ...pupilNames }).then((reply) => {
        if (!reply?.ok) reported = ''; // the background was asleep, busy or failed: try again on the next change
      });
    };

    let timer: ReturnType<typeof setTimeout> | undefined;
    const reread = () => {
      timer = undefined;
      page = read();
      report();
    };
    try {
      report();
      // Journals are single-page apps: read again once a change has settled.
      observeAdditions(document.body, () => (timer ??= setTimeout(reread, 500)), signal, () => false);
      watchLocation(signal, reread);
      signal.addEventListener('abort', () => clearTimeout(timer), { once: true });
    } catch (error) {
      console.error('[Parta] class reading failed on this page', error);
    }

    const onMessage = (message: unknown, sender: { id?: string }, sendResponse: (answer: JournalStatus | PageStructure) => void) => {
      if (sender.id !== browser.runtime.id || !isToContent(message)) return false;
      if (message.type === 'page/structure') {
        sendResponse(pageStructure(document.documentElement, page.health.site, location.hostname));
        return false;
      }
      if (message.type !== 'page/status') return false;
      if (timer !== undefined) reread();
      sendResponse({ kind: 'journal', health: page.health, scope: page.scope, classes: page.classes.slice(0, 500) });
      return false;
    };
    browser.runtime.onMessage.addListener(onMessage);
    signal.addEventListener('abort', () => browser.runtime.onMessage.removeListener(onMessage), { once: true });
  },
});
