/**
 * Values kept in extension storage (settings, journal addresses): read through their validator
 * every time, written as valid, watched per key and area, put back exactly after a failed step.
 * Run against WXT's fake browser (the WxtVitest plugin), so it is the real storage API's shape.
 */
import { beforeEach, describe, expect, test, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { customJournalsItem } from '../../../lib/journals/custom-journals-store';
import { DEFAULT_SETTINGS } from '../../../lib/settings/index';
import { pageSettingsItem, settingsItem } from '../../../lib/settings/store';
import { storedItem } from '../../../lib/util/item-store';

beforeEach(() => {
  fakeBrowser.reset();
});

describe('settings in storage', () => {
  test('nothing stored: the defaults, not reported as damaged', async () => {
    await expect(settingsItem.load()).resolves.toEqual({ settings: DEFAULT_SETTINGS, damaged: false });
  });

  test('what was saved is what is loaded, by pages and by content scripts', async () => {
    const mine = { ...DEFAULT_SETTINGS, language: 'en' as const, staleDays: 3 };
    await settingsItem.save(mine);
    await expect(settingsItem.load()).resolves.toEqual({ settings: mine, damaged: false });
    expect((await pageSettingsItem.load()).language).toBe('en');
  });

  test('a damaged value gives the defaults and says so; storage is left as it was', async () => {
    await fakeBrowser.storage.local.set({ settings: { version: 1, staleDays: 'soon' } });
    await expect(settingsItem.load()).resolves.toEqual({ settings: DEFAULT_SETTINGS, damaged: true });
    expect((await fakeBrowser.storage.local.get('settings')).settings).toEqual({ version: 1, staleDays: 'soon' });
  });

  test('storage that fails to answer gives the defaults', async () => {
    vi.spyOn(fakeBrowser.storage.local, 'get').mockRejectedValueOnce(new Error('storage gone'));
    await expect(settingsItem.load()).resolves.toEqual({ settings: DEFAULT_SETTINGS, damaged: false });
  });
});

describe('watching', () => {
  test('a change of the key reaches the listener, validated; other keys and areas do not; unsubscribing stops it', async () => {
    const seen: string[] = [];
    const stop = settingsItem.watch(({ settings, damaged }) => seen.push(`${settings.language}:${damaged}`));
    await settingsItem.save({ ...DEFAULT_SETTINGS, language: 'en' });
    await fakeBrowser.storage.local.set({ other: 1 });
    await fakeBrowser.storage.session.set({ settings: { ...DEFAULT_SETTINGS, language: 'en' } });
    await fakeBrowser.storage.local.set({ settings: 'junk' });
    stop();
    await settingsItem.save(DEFAULT_SETTINGS);
    expect(seen).toEqual(['en:false', 'ru:true']);
  });
});

describe('snapshot', () => {
  test('puts back the value that was there', async () => {
    await fakeBrowser.storage.local.set({ settings: { ...DEFAULT_SETTINGS, staleDays: 9 } });
    const putBack = await settingsItem.snapshot();
    await settingsItem.save({ ...DEFAULT_SETTINGS, staleDays: 30 });
    await putBack();
    expect((await settingsItem.load()).settings.staleDays).toBe(9);
  });

  test('removes what was not there', async () => {
    const putBack = await settingsItem.snapshot();
    await settingsItem.save({ ...DEFAULT_SETTINGS, staleDays: 30 });
    await putBack();
    expect((await fakeBrowser.storage.local.get('settings')).settings).toBeUndefined();
  });
});

describe('journal addresses in storage', () => {
  test('only valid entries are written; a bad one does not take the good ones with it', async () => {
    const good = { origin: 'https://journal.school.example', kind: 'mesh' as const, addedAt: 1 };
    const bad = { origin: 'https://other.school.example', kind: 'not-a-journal', addedAt: 2 };
    await customJournalsItem.save([good, bad as unknown as typeof good]);
    expect((await fakeBrowser.storage.local.get('customJournals')).customJournals).toEqual([good]);
    await expect(customJournalsItem.load()).resolves.toEqual([good]);
  });
});

test('an item in session storage lives there, not in local storage', async () => {
  const item = storedItem<number>('counter', { read: (stored) => (typeof stored === 'number' ? stored : 0), area: 'session' });
  await item.save(5);
  await expect(item.load()).resolves.toBe(5);
  expect((await fakeBrowser.storage.local.get('counter')).counter).toBeUndefined();
});
