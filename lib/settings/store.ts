/** Settings in extension storage (`storage.local`, key `settings`), validated on every read. */
import { browser } from 'wxt/browser';
import { readPageSettings, readSettings, type LoadedSettings, type PageSettings, type Settings } from './index';

const KEY = 'settings';

export async function loadSettings(): Promise<LoadedSettings> {
  try {
    const stored = await browser.storage.local.get(KEY);
    return readSettings(stored[KEY]);
  } catch {
    return readSettings(undefined);
  }
}

/** Validated before writing (see settings-schema.ts): an invalid object never reaches storage. */
export async function writeSettings(valid: Settings): Promise<void> {
  await browser.storage.local.set({ [KEY]: valid });
}

export function onSettingsChanged(listener: (loaded: LoadedSettings) => void): () => void {
  const handler = (changes: Record<string, { newValue?: unknown }>, area: string) => {
    if (area === 'local' && KEY in changes) listener(readSettings(changes[KEY].newValue));
  };
  browser.storage.onChanged.addListener(handler);
  return () => browser.storage.onChanged.removeListener(handler);
}

/** For content scripts: only what they use (see validatePageSettings). */
export async function loadPageSettings(): Promise<PageSettings> {
  try {
    const stored = await browser.storage.local.get(KEY);
    return readPageSettings(stored[KEY]);
  } catch {
    return readPageSettings(undefined);
  }
}

export function onPageSettingsChanged(listener: (settings: PageSettings) => void): () => void {
  const handler = (changes: Record<string, { newValue?: unknown }>, area: string) => {
    if (area === 'local' && KEY in changes) listener(readPageSettings(changes[KEY].newValue));
  };
  browser.storage.onChanged.addListener(handler);
  return () => browser.storage.onChanged.removeListener(handler);
}
