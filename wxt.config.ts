import path from 'node:path';
import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';
import { MESSENGER_MATCHES } from './lib/sites/hosts';
import { JOURNAL_MATCHES } from './lib/journals/adapters';

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
    define: { __PARTA_BENCH__: JSON.stringify(process.env.PARTA_BENCH === '1') },
    // terser: smaller than esbuild's minifier and keeps Russian text as UTF-8 instead of
    // \uXXXX escapes — the messenger content script has a 40 KB budget.
    build: {
      target: 'es2022',
      minify: 'terser',
      terserOptions: { compress: { passes: 2 }, format: { ascii_only: false, comments: false } },
    },
  }),
  hooks: {
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
  zip: { excludeSources: ['demo-screenshots/**', 'test-results/**', 'stats.html'] },
  manifest: ({ browser }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'ru',
    // `scripting`: the journal script is registered at run time on a journal address the teacher
    // adds; that origin is asked for then, on their click (optional), never up front. `activeTab`:
    // when the teacher opens the popup on a page Parta does not know, it may look at that one page
    // (its path and whether a journal's widgets are there) to offer «Это «Сетевой город» — разрешить».
    permissions: ['storage', 'alarms', 'clipboardWrite', 'scripting', 'activeTab'],
    host_permissions: [...MESSENGER_MATCHES, ...JOURNAL_MATCHES],
    ...(browser === 'firefox' ? { optional_permissions: ['https://*/*'] } : { optional_host_permissions: ['https://*/*'] }),
    action: { default_title: '__MSG_extName__' },
    // «⚑ Нарушение правил» from the keyboard, for the message in focus or the chat's last one.
    commands: {
      'report-violation': { suggested_key: { default: 'Alt+Shift+V' }, description: '__MSG_cmdReportViolation__' },
    },
    // What a school's policy may set (Chrome, Yandex Browser). Firefox reads its managed-storage
    // file without a schema, and would warn about the key.
    ...(browser === 'firefox' ? {} : { storage: { managed_schema: 'managed-schema.json' } }),
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            // 140 (desktop) and 142 (Android) are the first to know data_collection_permissions.
            gecko: {
              id: 'parta@parta.school',
              strict_min_version: '140.0',
              data_collection_permissions: { required: ['none'] },
            },
            gecko_android: { strict_min_version: '142.0' },
          },
        }
      : {}),
  }),
});
