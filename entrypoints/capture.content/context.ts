/** What the capture script's features share: the page's adapter, the script's lifetime, the words. */
import type { Lifetime } from '../../lib/dom/lifetime';
import type { CaptureKey } from '../../lib/i18n/capture';
import type { Translate } from '../../lib/i18n/index';
import type { SiteAdapter } from '../../lib/sites/index';
import type { MessengerSiteId } from '../../lib/sites/types';

export interface CaptureContext {
  /** The page's adapter; the generic one where the markup is not recognised. */
  adapter: SiteAdapter;
  lifetime: Lifetime;
  /** The words in the teacher's language, as of now (the setting may change). */
  t: () => Translate<CaptureKey>;
}

/** The messenger of a recognised page (features that read its parts do not run on the generic one). */
export function messengerOf(adapter: SiteAdapter): MessengerSiteId | null {
  return adapter.id === 'generic' ? null : adapter.id;
}

/** Elements Parta put into the page: never read as the page's own. */
export const OWN_NODES = 'parta-invite, parta-warning, parta-dialog, parta-mark, parta-moderation, parta-rules';

/** A value sent to the background again only after this long (unless it changed). */
export const RESEND_AFTER_MS = 30 * 60 * 1000;
/** At most one window (capture form, violation form) per this long, however many clicks. */
export const OPEN_INTERVAL_MS = 3000;

/** requestIdleCallback where there is one (not in every browser's content scripts), else a timer. */
export function idle(callback: () => void): void {
  if (typeof requestIdleCallback === 'function') requestIdleCallback(callback, { timeout: 500 });
  else setTimeout(callback, 16);
}
