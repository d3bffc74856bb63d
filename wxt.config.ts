import path from 'node:path';
import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';
import { MESSENGER_MATCHES } from './lib/sites/hosts';
import { JOURNAL_MATCHES } from './lib/journals/adapters';
import { SHORTCUTS } from './lib/util/shortcuts';

/**
 * The Chromium build's public key: an unpacked install gets its id from it, not from the folder it
 * was loaded from, so an update loaded from a new folder keeps the teacher's data and a school's
 * policy names one id — aiimfpmhlieeijijllonbijoijajlhmj (README «Установка», «Для школы»). The
 * private key was not kept: loading unpacked does not need it. A store upload must not carry a key
 * (the store gives its own id): `npm run zip:store` builds without it (PARTA_STORE=1).
 */
export const CHROMIUM_PUBLIC_KEY =
  'MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEA0DB313MsyU3xPDrDvVLEIYQnxrsqwK9eppeKVjbUVwAP1DUOk9OKo7t7xkTZL38XSLeKf/0t5XvWk2OJlxG0FmSqK3+aNpnIEJEV4TiMAGitvR+QcrJ7yxsiV193QtLoMfuw6LOBRywHtzrI9ZvSUjGTE254uDxiIy1COgyodaF4uCIktKJnOhpo8vNIQYD1aKK3GQ/mFrYH8W9dElst4laLJEk3/G3XgnUx0E4dJNNz+vsHc89bSHLsBNPSVuRTUzhzvO535bslTZck89/WzPO7dHdRQojitJANaDCReKtKY82DONysvsOhCmwDFbvZ3mY8MXuuzG7GXMEe9Un6qQIDAQAB';
const forStore = process.env.PARTA_STORE === '1';
export const MINIMUM_CHROME_VERSION = '105';

/**
 * The publisher's addresses (README «Для издателя»): where a teacher writes (PARTA_CONTACT_URL) and
 * the privacy policy's public copy a store listing asks for (PARTA_PRIVACY_URL). Nothing is made
 * up: unset, the build names no contact and the packaged privacy page stands; a store build needs both.
 */
function publisherAddress(name: 'PARTA_CONTACT_URL' | 'PARTA_PRIVACY_URL'): string {
  const value = process.env[name]?.trim() ?? '';
  if (value === '') {
    if (forStore) throw new Error(`${name} is not set: a store build needs the publisher's address (README «Для издателя»).`);
    return '';
  }
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new Error(`${name} is not an address: ${value}`);
  }
  if (url.protocol !== 'https:') throw new Error(`${name} must be an https:// address: ${value}`);
  return url.href;
}
const contactUrl = publisherAddress('PARTA_CONTACT_URL');
publisherAddress('PARTA_PRIVACY_URL'); // checked here; entered in the store's form

// Host permissions only for the supported sites: the messenger and e-journal content scripts' matches.
export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  srcDir: '.',
  outDir: '.output',
  imports: false, // explicit imports everywhere: lib/ must stay plain Node-runnable
  vite: () => ({
    plugins: [preact()],
    // Timing marks for `npm run bench` exist only in a bench build (PARTA_BENCH=1): a real site
    // must not see `parta:*` performance entries, nor switch them on with an attribute.
    define: {
      __PARTA_BENCH__: JSON.stringify(process.env.PARTA_BENCH === '1'), __PARTA_CONTACT_URL__: JSON.stringify(contactUrl),
    },
    // terser: smaller than esbuild's minifier and keeps Russian text as UTF-8 instead of
    // \uXXXX escapes — the messenger content script has a 40 KB budget.
    build: {
      target: 'es2022',
      minify: 'terser',
      terserOptions: { compress: { passes: 2 }, format: { ascii_only: false, comments: false } },
    },
  }),
  hooks: {
    // The toolbar button's tooltip, in the browser's language: WXT would take the popup page's <title>.
    'build:manifestGenerated': (_wxt, manifest) => {
      const action = manifest.action ?? manifest.browser_action;
      if (action) action.default_title = '__MSG_actionTitle__';
    },
    // The content scripts use the browser's own promise-based API (Chrome MV3, Firefox) through
    // WXT's `browser`, not webextension-polyfill: the polyfill is ~10 KB of the messenger script's
    // 40 KB budget, and the few calls it makes (storage, runtime.onMessage with sendResponse,
    // runtime.id) behave the same natively. Popup, options and background keep the polyfill.
    // And WXT's content-script context is replaced by a stub (lib/dom/content-script-context.ts
    // says why): ~2.9 KB of the same budget.
    'vite:build:extendConfig': (entrypoints, config) => {
      if (!entrypoints.every((entrypoint) => entrypoint.type === 'content-script')) return;
      const context = { find: 'wxt/utils/content-script-context', replacement: path.resolve('lib/dom/content-script-context.ts') };
      const alias = config.resolve?.alias;
      if (Array.isArray(alias)) {
        config.resolve!.alias = [context, ...alias.filter((entry: { find: unknown }) => entry.find !== 'wxt/browser')];
      } else {
        const entries = { ...(alias as Record<string, string> | undefined) };
        delete entries['wxt/browser'];
        config.resolve = { ...config.resolve, alias: { [context.find]: context.replacement, ...entries } };
      }
    },
  },
  // The sources zip (for Firefox Add-ons' review) holds what the repository tracks, nothing made locally.
  zip: {
    excludeSources: ['demo-screenshots/**', 'test-results/**', 'stats.html'],
    ...(forStore ? { artifactTemplate: '{{name}}-{{version}}-{{browser}}-store.zip' } : {}),
  },
  manifest: ({ browser }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    ...(browser === 'firefox' || forStore ? {} : { key: CHROMIUM_PUBLIC_KEY }),
    ...(contactUrl ? { homepage_url: contactUrl } : {}),
    default_locale: 'ru',
    // `scripting`: the journal script is registered at run time on a journal address the teacher
    // adds; that origin is asked for then, on their click (optional), never up front. `activeTab`:
    // when the teacher opens the popup on a page Parta does not know, it may look at that one page
    // (its path and whether a journal's widgets are there) to offer «Это «Сетевой город» — разрешить».
    permissions: ['storage', 'alarms', 'clipboardWrite', 'scripting', 'activeTab'],
    host_permissions: [...MESSENGER_MATCHES, ...JOURNAL_MATCHES],
    ...(browser === 'firefox' ? { optional_permissions: ['https://*/*'] } : { optional_host_permissions: ['https://*/*'] }),
    // «⚑ Нарушение правил» from the keyboard, for the message in focus or the chat's last one.
    // And Parta's window itself from the keyboard (the toolbar button's action).
    commands: {
      'report-violation': { suggested_key: { default: SHORTCUTS.reportViolation }, description: '__MSG_cmdReportViolation__' },
      [browser === 'firefox' ? '_execute_browser_action' : '_execute_action']: { suggested_key: { default: SHORTCUTS.popup } },
    },
    // What a school's policy may set (Chrome, Yandex Browser). Firefox reads its managed-storage
    // file without a schema, and would warn about the key.
    ...(browser === 'firefox' ? {} : { storage: { managed_schema: 'managed-schema.json' } }),
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            // 140 is the first desktop Firefox to know data_collection_permissions. Not offered for
            // Android: it is not tested there.
            gecko: {
              id: 'parta@parta.school',
              strict_min_version: '140.0',
              data_collection_permissions: { required: ['none'] },
            },
          },
        }
      : // `:has()` in the sites' selectors needs Chromium 105 (tests/unit/release/manifest.test.ts
        // checks this against what the code uses).
        { minimum_chrome_version: MINIMUM_CHROME_VERSION }),
  }),
});
