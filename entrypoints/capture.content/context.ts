/** What the capture script's features share: the page's adapter, the script's lifetime, the words. */
import type { Lifetime } from '../../lib/dom/lifetime';
import type { CaptureKey } from '../../lib/i18n/capture';
import type { Translate } from '../../lib/i18n/index';
import type { PageSettings } from '../../lib/settings/index';
import { enclosingMessage, findMessages, type SiteAdapter } from '../../lib/sites/index';
import type { MessengerSiteId } from '../../lib/sites/types';

export interface CaptureContext {
  /** The page's adapter; the generic one where the markup is not recognised. */
  adapter: SiteAdapter;
  lifetime: Lifetime;
  /** The words in the teacher's language, as of now (the setting may change). */
  t: () => Translate<CaptureKey>;
  /** The link checks' settings as of now, under the school's policy. */
  settings: () => PageSettings;
}

/** The messenger of a recognised page (features that read its parts do not run on the generic one). */
export function messengerOf(adapter: SiteAdapter): MessengerSiteId | null {
  return adapter.id === 'generic' ? null : adapter.id;
}

/** Elements Parta put into the page: never read as the page's own. */
export const OWN_NODES = 'parta-invite, parta-warning, parta-dialog, parta-mark, parta-moderation, parta-rules, parta-fraud';

/** A value sent to the background again only after this long (unless it changed). */
export const RESEND_AFTER_MS = 30 * 60 * 1000;
/** At most one window (capture form, violation form) per this long, however many clicks. */
export const OPEN_INTERVAL_MS = 3000;

/** requestIdleCallback where there is one (not in every browser's content scripts), else a timer. */
export function idle(callback: () => void): void {
  if (typeof requestIdleCallback === 'function') requestIdleCallback(callback, { timeout: 500 });
  else setTimeout(callback, 16);
}

/** The messages under (or around) a node the page added or changed. */
export function messagesIn(root: Node, adapter: SiteAdapter): Element[] {
  const element = root.nodeType === 1 ? (root as Element) : root.parentElement;
  if (!element) return [];
  const around = enclosingMessage(element, adapter);
  return around ? [around] : findMessages(element, adapter);
}

/**
 * The history already on the page, read in idle time, newest first, a few milliseconds at a time:
 * a mark on last month's message is not urgent, a page that stutters on load is bad. `onChunk`:
 * each chunk's start and whether it was the last (the bench's timings).
 */
export function readHistoryInIdle(
  adapter: SiteAdapter,
  signal: AbortSignal,
  visit: (message: Element) => void,
  onChunk?: (started: number, done: boolean) => void,
): void {
  const history = messagesIn(document.body, adapter).reverse();
  let next = 0;
  const chunk = () => {
    if (signal.aborted) return;
    const started = performance.now();
    while (next < history.length && performance.now() - started < 8) {
      const message = history[next++] as Element;
      if (message.isConnected) visit(message);
    }
    onChunk?.(started, next >= history.length);
    if (next < history.length) idle(chunk);
  };
  idle(chunk);
}
