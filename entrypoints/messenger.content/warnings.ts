/**
 * The inline warnings: every message is scanned once at start, then only what the page adds;
 * a switch of chat (single-page apps do not reload) and a change of the settings scan again.
 */
import type { Feature } from '../../lib/dom/features';
import { watchLocation, type Lifetime } from '../../lib/dom/lifetime';
import { observeAdditions } from '../../lib/dom/observe';
import type { PageSettings } from '../../lib/settings/index';
import { pageSettingsItem } from '../../lib/settings/store';
import { isOwnNode, type Scanner } from './scanner';

export function warnings(scanner: Scanner, lifetime: Lifetime, onSettings: (settings: PageSettings) => void): Feature {
  return {
    name: 'warnings',
    start: () => {
      const { signal } = lifetime;
      const started = performance.now();
      scanner.scanAll();
      if (__PARTA_BENCH__) performance.measure('parta:initial-scan', { start: started });
      // Single-page apps switch chats without reloading: a full pass settles the new chat.
      const checkLocation = watchLocation(signal, () => scanner.scanAll());
      observeAdditions(
        document.body,
        (nodes, changedWithin) => {
          if (!lifetime.alive()) return;
          const batchStarted = performance.now();
          checkLocation();
          scanner.scanNodes(nodes, changedWithin);
          if (__PARTA_BENCH__) performance.measure('parta:batch', { start: batchStarted });
        },
        signal,
        isOwnNode,
      );
      const stop = pageSettingsItem.watch((next) => {
        onSettings(next);
        scanner.scanAll();
      });
      signal.addEventListener('abort', stop, { once: true });
    },
  };
}
