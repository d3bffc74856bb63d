/**
 * The messenger content script: inline warnings, the link and composer guards, and answers to
 * the popup — one file per feature, each started in its own error boundary (lib/dom/features.ts):
 * one failing feature is logged and the others go on. They all live as long as the extension
 * does (lib/dom/lifetime.ts), never on WXT's `ctx.signal`, which a page script can abort with one
 * forged event.
 */
import { browser } from 'wxt/browser';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { startFeatures } from '../../lib/dom/features';
import { extensionLifetime } from '../../lib/dom/lifetime';
import { CONTENT_MESSAGES, type ContentKey } from '../../lib/i18n/content';
import { translator, type Translate } from '../../lib/i18n/index';
import { DEFAULT_PAGE_SETTINGS, pageSettingsUnderPolicy, type PageSettings } from '../../lib/settings/index';
import { pageSettingsItem } from '../../lib/settings/store';
import { MESSENGER_MATCHES, adapterFor } from '../../lib/sites/index';
import { guardComposer, guardLinkClicks } from './guards';
import { Scanner } from './scanner';
import { status } from './status';
import { warnings } from './warnings';

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
    // When the extension goes away (reload, update, removal), its badges go with it.
    lifetime.signal.addEventListener('abort', () => scanner.dispose(), { once: true });

    // A school's policy may fix the allowlist and which messengers are flagged (none: Firefox throws).
    const policy: unknown = await browser.storage.managed.get(null).catch(() => null);
    const useSettings = (next: PageSettings) => {
      settings = pageSettingsUnderPolicy(next, policy);
      t = translator(CONTENT_MESSAGES, settings.language);
    };
    useSettings(await pageSettingsItem.load());

    const guardOptions = { adapter, settings: () => settings, t: () => t, lifetime };
    startFeatures([
      warnings(scanner, lifetime, useSettings),
      { name: 'link-guard', start: () => guardLinkClicks(guardOptions) },
      { name: 'composer-guard', start: () => guardComposer(guardOptions) },
      status(adapter, scanner, lifetime),
    ]);
  },
});
