import js from '@eslint/js';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['.output/', '.wxt/', 'node_modules/', 'demo-screenshots/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: {
      globals: {
        window: 'readonly', document: 'readonly', console: 'readonly', location: 'readonly',
        setTimeout: 'readonly', clearTimeout: 'readonly', requestAnimationFrame: 'readonly',
        performance: 'readonly', process: 'readonly', URL: 'readonly', URLSearchParams: 'readonly',
      },
    },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      // Page text must never reach an HTML parser.
      'no-restricted-properties': [
        'error',
        { property: 'innerHTML', message: 'Use textContent / DOM calls: page text must not be parsed as HTML.' },
        { property: 'outerHTML', message: 'Use DOM calls.' },
        { property: 'insertAdjacentHTML', message: 'Use DOM calls.' },
      ],
      // Preact's way to innerHTML: never used (web-ext lint's one warning is Preact's support for it).
      'no-restricted-syntax': [
        'error',
        { selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']", message: 'Page and user text must not be parsed as HTML.' },
        { selector: "Property[key.name='dangerouslySetInnerHTML']", message: 'Page and user text must not be parsed as HTML.' },
      ],
      'no-restricted-globals': [
        'error',
        { name: 'fetch', message: 'Parta makes no network requests.' },
        { name: 'XMLHttpRequest', message: 'Parta makes no network requests.' },
        { name: 'WebSocket', message: 'Parta makes no network requests.' },
      ],
    },
  },
  {
    // The pure core: no DOM, no browser API. Stores (`store.ts`, `*-store.ts`), the messaging's
    // sender and window handoff, the pages' real connector and the page helpers of lib/dom are
    // the only lib files that touch them (site adapters read the page they are given, never the
    // global document).
    files: ['lib/**/*.ts'],
    ignores: ['lib/**/store.ts', 'lib/**/*-store.ts', 'lib/messaging/handoff.ts', 'lib/messaging/ask.ts', 'lib/dom/**', 'lib/connector/browser.ts'],
    rules: {
      'no-restricted-globals': [
        'error',
        { name: 'document', message: 'lib core is pure: no DOM.' },
        { name: 'window', message: 'lib core is pure: no DOM.' },
        { name: 'browser', message: 'lib core is pure: no browser API.' },
        { name: 'chrome', message: 'lib core is pure: no browser API.' },
        { name: 'fetch', message: 'Parta makes no network requests.' },
      ],
      'no-restricted-imports': ['error', { patterns: ['wxt', 'wxt/*', 'webextension-polyfill'] }],
    },
  },
);
