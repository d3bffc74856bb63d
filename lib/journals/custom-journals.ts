/**
 * Journal addresses the teacher adds (a journal Parta does not list): parsing what they type,
 * validating what is stored, and the adapter to read such a page with. Pure: the browser side
 * (permission, run-time script registration) is in the background and the options page.
 */
import { MESSENGER_MATCHES } from '../sites/hosts';
import { JOURNAL_ADAPTERS, JOURNAL_MATCHES, journalAdapterFor, journalOfLook, lookOf, type JournalAdapter, type JournalId } from './adapters';

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

/** One more journal address than the list keeps: refused, the browser's grant given back. */
export class JournalListFullError extends Error {
  override name = 'JournalListFullError';
}

export type AddressProblem = 'empty' | 'not-an-address' | 'not-https' | 'not-a-host' | 'local' | 'known' | 'messenger';

/** Letters of any script (a Cyrillic name becomes punycode), digits and hyphens; labels joined by dots. */
const TYPED_LABEL = /^[\p{L}\p{N}](?:[\p{L}\p{N}-]{0,61}[\p{L}\p{N}])?$/u;
const ASCII_LABEL = /^[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?$/;

/**
 * What the teacher typed → the journal's origin, or why it cannot be one. Only a plain host name
 * passes: its pattern becomes a permission asked for and a script registered, so a `*`, a trailing
 * dot or a percent-escape (each of which a browser would read as more, or other, than one site)
 * is refused before any URL parser reads it; a messenger or a listed journal, compared by the
 * patterns Parta runs on, is refused too.
 */
export function parseJournalAddress(input: string): { ok: true; origin: string } | { ok: false; problem: AddressProblem } {
  const trimmed = input.trim();
  if (!trimmed) return { ok: false, problem: 'empty' };
  const scheme = /^([a-z][a-z0-9+.-]*):\/\//i.exec(trimmed);
  if (scheme && scheme[1].toLowerCase() !== 'https') return { ok: false, problem: 'not-https' };
  const rest = scheme ? trimmed.slice(scheme[0].length) : trimmed;
  const authority = rest.split(/[/?#]/, 1)[0];
  if (authority.startsWith('[')) return { ok: false, problem: 'local' };
  const parts = /^([^:@]*)(?::(\d{1,5}))?$/u.exec(authority);
  if (!parts) return { ok: false, problem: /[*%]/.test(authority) ? 'not-a-host' : 'not-an-address' };
  const [, typedHost, port] = parts;
  if (/^[\d.]+$/.test(typedHost)) return { ok: false, problem: 'local' };
  if (/[*%]/.test(typedHost) || typedHost.endsWith('.') || typedHost.startsWith('.')) return { ok: false, problem: 'not-a-host' };
  const typedLabels = typedHost.split('.');
  if (!typedLabels.every((label) => TYPED_LABEL.test(label))) return { ok: false, problem: 'not-an-address' };
  if (typedLabels.length < 2 || typedHost.toLowerCase() === 'localhost' || typedHost.toLowerCase().endsWith('.local')) return { ok: false, problem: 'local' };
  if (port !== undefined && (Number(port) < 1 || Number(port) > 65535)) return { ok: false, problem: 'not-an-address' };
  let url: URL;
  try {
    url = new URL(`https://${typedHost}${port ? `:${port}` : ''}/`);
  } catch {
    return { ok: false, problem: 'not-an-address' };
  }
  // The parser's own reading (punycode, lower case) must still be a plain host name.
  const host = url.hostname;
  if (!host.split('.').every((label) => ASCII_LABEL.test(label)) || /^\d+$/.test(host.split('.').at(-1)!)) return { ok: false, problem: 'not-a-host' };
  if (MESSENGER_MATCHES.some((pattern) => patternCoversHost(pattern, host))) return { ok: false, problem: 'messenger' };
  if (JOURNAL_MATCHES.some((pattern) => patternCoversHost(pattern, host)) || journalAdapterFor(url)) return { ok: false, problem: 'known' };
  return { ok: true, origin: url.origin };
}

/** Would a match pattern's host part (`web.max.ru`, `*.mos.ru`) cover this host? */
export function patternCoversHost(pattern: string, host: string): boolean {
  const patternHost = /^[^:]+:\/\/([^/]+)/.exec(pattern)?.[1] ?? '';
  if (patternHost === '*') return true;
  if (patternHost.startsWith('*.')) {
    const domain = patternHost.slice(2);
    return host === domain || host.endsWith(`.${domain}`);
  }
  return host === patternHost;
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

/**
 * The adapter for a page: a listed journal's; on an address the teacher added, the journal the
 * page looks like (its paths and widgets — she may have chosen «не знаю», or the wrong family),
 * else the family she chose for it.
 */
export function journalAdapterWith(url: URL, custom: readonly CustomJournal[], root?: ParentNode): JournalAdapter | null {
  const listed = journalAdapterFor(url);
  if (listed) return listed;
  const added = custom.find((journal) => journal.origin === url.origin);
  if (!added) return null;
  const looked = root ? journalOfLook(lookOf(root, url)) : null;
  return looked ?? JOURNAL_ADAPTERS.find((adapter) => adapter.id === added.kind) ?? null;
}
