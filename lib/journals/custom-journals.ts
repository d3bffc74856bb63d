/**
 * Journal addresses the teacher adds (a journal Parta does not list): parsing what they type,
 * validating what is stored, and the adapter to read such a page with. Pure: the browser side
 * (permission, run-time script registration) is in the background and the options page.
 */
import { MESSENGER_MATCHES } from '../sites/hosts';
import { JOURNAL_ADAPTERS, journalAdapterFor, type JournalAdapter, type JournalId } from './adapters';

/** Which family the added journal belongs to; `other` reads classes with the generic reader. */
export type CustomJournalKind = JournalId | 'other';
export const CUSTOM_JOURNAL_KINDS: readonly CustomJournalKind[] = ['mesh', 'netschool', 'dnevnik', 'eljur', 'other'];

export interface CustomJournal {
  /** `https://host` (a port only when not 443), nothing else. */
  origin: string;
  kind: CustomJournalKind;
  addedAt: number;
}

export const MAX_CUSTOM_JOURNALS = 20;

export type AddressProblem = 'empty' | 'not-an-address' | 'not-https' | 'local' | 'known' | 'messenger';

/** What the teacher typed → the journal's origin, or why it cannot be one. */
export function parseJournalAddress(input: string): { ok: true; origin: string } | { ok: false; problem: AddressProblem } {
  const trimmed = input.trim();
  if (!trimmed) return { ok: false, problem: 'empty' };
  let url: URL;
  try {
    url = new URL(/^[a-z][a-z0-9+.-]*:\/\//i.test(trimmed) ? trimmed : `https://${trimmed}`);
  } catch {
    return { ok: false, problem: 'not-an-address' };
  }
  if (url.protocol !== 'https:') return { ok: false, problem: 'not-https' };
  const host = url.hostname;
  if (!host.includes('.') || /^[\d.]+$/.test(host) || host.startsWith('[') || host.endsWith('.local') || host === 'localhost') {
    return { ok: false, problem: 'local' };
  }
  if (MESSENGER_MATCHES.some((pattern) => new URL(pattern.replace('*', 'x')).hostname === host)) return { ok: false, problem: 'messenger' };
  if (journalAdapterFor(url)) return { ok: false, problem: 'known' };
  return { ok: true, origin: url.origin };
}

/** The match pattern of a journal origin (what is asked for, and where the script runs). */
export function originPattern(origin: string): string {
  return `${origin}/*`;
}

/** Stored value → valid entries only (storage may hold anything: an old version, a bad write). */
export function readCustomJournals(value: unknown): CustomJournal[] {
  if (!Array.isArray(value)) return [];
  const journals: CustomJournal[] = [];
  for (const entry of value.slice(0, MAX_CUSTOM_JOURNALS)) {
    if (typeof entry !== 'object' || entry === null) continue;
    const { origin, kind, addedAt } = entry as Record<string, unknown>;
    if (typeof origin !== 'string' || typeof addedAt !== 'number' || !Number.isFinite(addedAt)) continue;
    if (!CUSTOM_JOURNAL_KINDS.includes(kind as CustomJournalKind)) continue;
    const parsed = parseJournalAddress(origin);
    if (!parsed.ok || parsed.origin !== origin || journals.some((known) => known.origin === origin)) continue;
    journals.push({ origin, kind: kind as CustomJournalKind, addedAt });
  }
  return journals;
}

/** The adapter for a page: a listed journal's, else the family the teacher chose for its address. */
export function journalAdapterWith(url: URL, custom: readonly CustomJournal[]): JournalAdapter | null {
  const listed = journalAdapterFor(url);
  if (listed) return listed;
  const kind = custom.find((journal) => journal.origin === url.origin)?.kind;
  return JOURNAL_ADAPTERS.find((adapter) => adapter.id === kind) ?? null;
}
