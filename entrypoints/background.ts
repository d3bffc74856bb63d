/**
 * The background service worker. Today it only exists so the extension has one (later: it owns
 * IndexedDB and the toolbar badge). It makes no network requests.
 */
import { defineBackground } from 'wxt/utils/define-background';

export default defineBackground(() => {
  // Nothing to do yet: content scripts read settings from storage themselves.
});
