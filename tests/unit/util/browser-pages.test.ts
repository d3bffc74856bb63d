/** The browser's own pages as each browser names them, from real user-agent strings. */
import { describe, expect, test } from 'vitest';
import { browserFamily, browserPage } from '../../../lib/util/browser-pages';

const AGENTS = {
  chrome: 'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/142.0.0.0 Safari/537.36',
  yandex: 'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/140.0.0.0 YaBrowser/25.10.0.0 Safari/537.36',
  edge: 'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/142.0.0.0 Safari/537.36 Edg/142.0.0.0',
  firefox: 'Mozilla/5.0 (X11; Linux x86_64; rv:140.0) Gecko/20100101 Firefox/140.0',
  chromium: 'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/142.0.0.0 Safari/537.36',
} as const;

describe('browser pages', () => {
  test('each browser is told by its user agent', () => {
    expect(Object.fromEntries(Object.entries(AGENTS).map(([name, agent]) => [name, browserFamily(agent)]))).toEqual({
      chrome: 'chrome',
      yandex: 'yandex',
      edge: 'edge',
      firefox: 'firefox',
      chromium: 'chrome',
    });
  });

  test('Yandex Browser writes browser:// where Chrome writes chrome://; Firefox has about: pages', () => {
    expect(browserPage('shortcuts', 'chrome')).toBe('chrome://extensions/shortcuts');
    expect(browserPage('shortcuts', 'yandex')).toBe('browser://extensions/shortcuts');
    expect(browserPage('policy', 'yandex')).toBe('browser://policy');
    expect(browserPage('extensions', 'edge')).toBe('edge://extensions');
    expect(browserPage('policy', 'firefox')).toBe('about:policies');
    expect(browserPage('shortcuts', 'firefox')).toBe('about:addons');
  });
});
