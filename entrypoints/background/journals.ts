/**
 * Journal addresses the teacher added: the journal script runs there, registered at run time for
 * the origins the browser has granted. Checked at every start (an update or a browser restart may
 * drop registrations), when the list changes, and when a permission changes.
 */
import { browser } from 'wxt/browser';
import { journalAdapterFor } from '../../lib/journals/adapters';
import { originPattern, parseJournalAddress } from '../../lib/journals/custom-journals';
import type { PageKind } from '../../lib/messaging/router';
import { adapterFor } from '../../lib/sites/index';
import { customJournalsItem } from '../../lib/journals/custom-journals-store';
import { softly } from './context';

const CUSTOM_JOURNAL_SCRIPT = 'parta-custom-journals';

async function syncCustomJournalScript(): Promise<void> {
  const wanted: string[] = [];
  for (const journal of await customJournalsItem.load()) {
    // Checked again right here: only a plain host name of its own becomes a registered pattern.
    const parsed = parseJournalAddress(journal.origin);
    if (!parsed.ok || parsed.origin !== journal.origin) continue;
    const pattern = originPattern(journal.origin);
    if (await browser.permissions.contains({ origins: [pattern] })) wanted.push(pattern);
  }
  const [registered] = await browser.scripting.getRegisteredContentScripts({ ids: [CUSTOM_JOURNAL_SCRIPT] });
  const current = registered?.matches ?? [];
  if (current.length === wanted.length && current.every((pattern) => wanted.includes(pattern))) return;
  if (registered) await browser.scripting.unregisterContentScripts({ ids: [CUSTOM_JOURNAL_SCRIPT] });
  if (wanted.length === 0) return;
  await browser.scripting.registerContentScripts([
    { id: CUSTOM_JOURNAL_SCRIPT, matches: wanted, js: ['content-scripts/journal.js'], runAt: 'document_idle' },
  ]);
}

/** The origins of the journals the teacher added, as last read (null until first read). */
let addedOrigins: ReadonlySet<string> | null = null;
const addedRead = customJournalsItem.load().then((journals) => {
  addedOrigins ??= new Set(journals.map((journal) => journal.origin));
});

/**
 * What page an address is, for the router: a messenger by its adapter, a journal when listed or
 * added by the teacher. While the added ones are still being read (the worker just woke), a promise.
 */
export function pageKindOf(url: string): PageKind | null | Promise<PageKind | null> {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return null;
  }
  if (adapterFor(parsed)) return 'messenger';
  if (journalAdapterFor(parsed)) return 'journal';
  const known = (origins: ReadonlySet<string>) => (origins.has(parsed.origin) ? 'journal' : null);
  return addedOrigins ? known(addedOrigins) : addedRead.then(() => known(addedOrigins ?? new Set()));
}

export function followCustomJournals(): void {
  const sync = () => void softly('register the journal script', syncCustomJournalScript, undefined);
  sync();
  customJournalsItem.watch((journals) => {
    addedOrigins = new Set(journals.map((journal) => journal.origin));
  });
  customJournalsItem.watch(sync);
  browser.permissions.onAdded.addListener(sync);
  browser.permissions.onRemoved.addListener(sync);
}
