/** The journal addresses the teacher added, in extension storage (`storage.local`, key `customJournals`). */
import { browser } from 'wxt/browser';
import { readCustomJournals, type CustomJournal } from './custom-journals';

export const CUSTOM_JOURNALS_KEY = 'customJournals';

export async function loadCustomJournals(): Promise<CustomJournal[]> {
  try {
    return readCustomJournals((await browser.storage.local.get(CUSTOM_JOURNALS_KEY))[CUSTOM_JOURNALS_KEY]);
  } catch {
    return [];
  }
}

export async function saveCustomJournals(journals: readonly CustomJournal[]): Promise<void> {
  await browser.storage.local.set({ [CUSTOM_JOURNALS_KEY]: readCustomJournals(journals) });
}

export function onCustomJournalsChanged(listener: (journals: CustomJournal[]) => void): () => void {
  const handler = (changes: Record<string, { newValue?: unknown }>, area: string) => {
    if (area === 'local' && CUSTOM_JOURNALS_KEY in changes) listener(readCustomJournals(changes[CUSTOM_JOURNALS_KEY].newValue));
  };
  browser.storage.onChanged.addListener(handler);
  return () => browser.storage.onChanged.removeListener(handler);
}
