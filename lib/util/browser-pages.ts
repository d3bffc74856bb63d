/**
 * The browser's own pages, as each browser names them: Yandex Browser writes `browser://` where
 * Chrome writes `chrome://` (and Edge `edge://`); Firefox has its `about:` pages. Told by the
 * browser's user-agent string — only to write an address a teacher can type.
 */
export type BrowserFamily = 'chrome' | 'yandex' | 'edge' | 'firefox';
export type BrowserPage = 'extensions' | 'shortcuts' | 'policy';

export function browserFamily(userAgent: string): BrowserFamily {
  if (/\bYaBrowser\//.test(userAgent)) return 'yandex';
  if (/\bEdg\//.test(userAgent)) return 'edge';
  if (/\bFirefox\//.test(userAgent)) return 'firefox';
  return 'chrome';
}

const CHROMIUM_PATHS: Record<BrowserPage, string> = { extensions: 'extensions', shortcuts: 'extensions/shortcuts', policy: 'policy' };
const FIREFOX_PAGES: Record<BrowserPage, string> = { extensions: 'about:addons', shortcuts: 'about:addons', policy: 'about:policies' };
const SCHEME: Record<Exclude<BrowserFamily, 'firefox'>, string> = { chrome: 'chrome://', yandex: 'browser://', edge: 'edge://' };

export function browserPage(page: BrowserPage, family: BrowserFamily): string {
  return family === 'firefox' ? FIREFOX_PAGES[page] : `${SCHEME[family]}${CHROMIUM_PATHS[page]}`;
}
