// @vitest-environment happy-dom
/**
 * The messenger script's scanner: a message's text and the links it really opens.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { bannedIn } from '../../../entrypoints/messenger.content/scanner';
import { DEFAULT_PAGE_SETTINGS } from '../../../lib/settings/index';

describe('bannedIn: text and resolved links of a message', () => {
  test('a link whose text is innocent is flagged by where it goes; a clean one is not', () => {
    expect(bannedIn({ text: 'материалы урока', hrefs: ['https://school@t.me/klass5a'] }, DEFAULT_PAGE_SETTINGS)).toEqual(['telegram']);
    expect(bannedIn({ text: 'новости', hrefs: ['https://school123.ru/news?ref=t.me'] }, DEFAULT_PAGE_SETTINGS)).toEqual([]);
    expect(bannedIn({ text: 'wa.me/7900 и t.me/x', hrefs: ['https://t.me/x'] }, DEFAULT_PAGE_SETTINGS)).toEqual(['whatsapp', 'telegram']);
  });

  test('the allowlist silences a link found through a redirect', () => {
    const settings = { ...DEFAULT_PAGE_SETTINGS, allowlist: ['t.me'] };
    expect(bannedIn({ text: '', hrefs: ['https://vk.com/away.php?to=https%3A%2F%2Ft.me%2Fx'] }, settings)).toEqual([]);
  });
});

test('the hostile fixture is the one the e2e suite uses', () => {
  expect(fs.existsSync(path.resolve('tests/fixtures/max/hostile.html'))).toBe(true);
});
