/**
 * The banned-link detector. Pure: no DOM, no browser API.
 *
 * 1. The prefilter (one regex over the raw text) finds the few places worth a close look.
 * 2. Each place's line is normalised (zero-width removed, full-width and look-alike letters and
 *    spelled-out dots undone), with a map back to original positions.
 * 3. linkify-it finds the URLs in that window; a banned host counts only as the *host* of a URL,
 *    never inside another URL's path or query, never as an e-mail domain.
 */
import { linkifyit, type LinkifyIt, type Match } from 'linkify-it';
import { SCHEME_OWNER, messengerOfHost, type MessengerId } from './catalogue';
import { normalizeSpan, type NormalizedText } from './normalize';
import { DISGUISED_KEYWORD, PREFILTER } from './prefilter';

export interface ForeignLink {
  messenger: MessengerId;
  /** Offset of the link's first character in the input. */
  start: number;
  /** Offset just past the link's last character in the input. */
  end: number;
  /** The link as a clean URL: obfuscation undone, host lower-case, `https://` added if bare. */
  url: string;
  /** True when the link was disguised (look-alike letters, odd dots, invisible characters). */
  obfuscated: boolean;
}

/** How far from a prefilter hit the close look may reach (URLs are rarely longer). */
const WINDOW_REACH = 2048;
/** Reach past a keyword, so `telegram . org/x` (spelled-out dot after it) is seen whole. */
const WINDOW_SLACK = 12;
/** Upper bound on the length of merged windows. */
const MAX_WINDOW = 4096;

/** Body of a deep link after `scheme:`; trailing sentence punctuation is not part of it. */
const SCHEME_BODY = /[^\s<>"'«»`]+/y;
const TRAILING_PUNCTUATION = /[.,;:!?)\]}]+$/;

/** A hostname: dot-separated ASCII labels, not glued to a preceding host character or `@`. */
const HOST_TOKEN =
  /(?<![a-z0-9_.@-])[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?)+/gi;
const SCHEME_PREFIX = /^(?:[a-z][a-z0-9+.-]*:)?\/\//i;

function createLinkify(): LinkifyIt {
  const linkify = linkifyit({ fuzzyLink: true, fuzzyEmail: true, fuzzyIP: false });
  // Not in linkify-it's default fuzzy TLD list; two-letter TLDs (.me, .gg, .pe, .id) are.
  linkify.tlds(['dog', 'microsoft', 'new'], true);
  const validate = (text: string, position: number): number => {
    SCHEME_BODY.lastIndex = position;
    const body = SCHEME_BODY.exec(text)?.[0] ?? '';
    return body.replace(TRAILING_PUNCTUATION, '').length;
  };
  for (const scheme of SCHEME_OWNER.keys()) linkify.add(`${scheme}:`, { validate });
  return linkify;
}

let linkifySingleton: LinkifyIt | null = null;
let pathPattern: RegExp | null = null;

function linkify(): LinkifyIt {
  linkifySingleton ??= createLinkify();
  return linkifySingleton;
}

/** linkify-it's own URL path grammar, anchored, for hosts it could not see as links. */
function pathAt(text: string, position: number): number {
  pathPattern ??= new RegExp(linkify().re.get_path().source, 'y');
  pathPattern.lastIndex = position;
  const match = pathPattern.exec(text);
  return match ? match[0].length : 0;
}

export function findForeignLinks(text: string): ForeignLink[] {
  if (typeof text !== 'string' || text.length === 0) return [];
  const results: ForeignLink[] = [];
  let windowStart = -1;
  let windowEnd = -1;
  const addWindow = (hitStart: number, hitEnd: number) => {
    const start = tokenStart(text, hitStart);
    const end = tokenEnd(text, Math.min(text.length, hitEnd + WINDOW_SLACK));
    // Merge overlapping windows, but never into one huge window: linkify-it's match() slices the
    // rest of its input after every link, so a window holding thousands of links costs O(n²).
    // Windows start and end on whitespace, so a split never cuts a link; overlaps are deduplicated.
    if (start <= windowEnd && end - windowStart <= MAX_WINDOW) {
      windowEnd = Math.max(windowEnd, end);
      return;
    }
    if (windowEnd >= 0) scanWindow(text, windowStart, windowEnd, results);
    windowStart = start;
    windowEnd = end;
  };

  PREFILTER.lastIndex = 0;
  for (let hit = PREFILTER.exec(text); hit; hit = PREFILTER.exec(text)) {
    if (hit[1] !== undefined) {
      addWindow(hit.index, hit.index + hit[0].length);
      continue;
    }
    // A sign of disguise: look for a disguised keyword on this line only, then move past it.
    const lineFrom = lineStart(text, hit.index);
    const lineTo = lineEnd(text, hit.index);
    const line = text.slice(lineFrom, lineTo);
    DISGUISED_KEYWORD.lastIndex = 0;
    for (let keyword = DISGUISED_KEYWORD.exec(line); keyword; keyword = DISGUISED_KEYWORD.exec(line)) {
      addWindow(lineFrom + keyword.index, lineFrom + keyword.index + keyword[0].length);
    }
    PREFILTER.lastIndex = Math.max(PREFILTER.lastIndex, lineTo);
  }
  if (windowEnd >= 0) scanWindow(text, windowStart, windowEnd, results);
  return results;
}

/** Start of the whitespace-delimited run holding `position` (a URL never holds whitespace). */
function tokenStart(text: string, position: number): number {
  const limit = Math.max(0, position - WINDOW_REACH);
  let index = position;
  while (index > limit && !isSpace(text.charCodeAt(index - 1))) index--;
  return index;
}

function tokenEnd(text: string, position: number): number {
  const limit = Math.min(text.length, position + WINDOW_REACH);
  let index = position;
  while (index < limit && !isSpace(text.charCodeAt(index))) index++;
  return index;
}

function isSpace(code: number): boolean {
  return code === 32 || code === 10 || code === 9 || code === 13 || code === 0xa0 || code === 0x3000;
}

function lineStart(text: string, position: number): number {
  return Math.max(Math.max(0, position - WINDOW_REACH), text.lastIndexOf('\n', position - 1) + 1);
}

function lineEnd(text: string, position: number): number {
  const limit = Math.min(text.length, position + WINDOW_REACH);
  const newline = text.indexOf('\n', position);
  return newline < 0 || newline > limit ? limit : newline;
}

function scanWindow(text: string, from: number, to: number, results: ForeignLink[]): void {
  const normalized = normalizeSpan(text, from, to);
  const found: ForeignLink[] = [];
  const matches = linkify().match(normalized.text) ?? [];

  for (const match of matches) {
    const scheme = match.schema.replace(/:$/, '').toLowerCase();
    const owner = SCHEME_OWNER.get(scheme);
    if (!owner) continue;
    const url = `${scheme}:${match.url.slice(match.schema.length)}`;
    found.push(toLink(normalized, owner, match.index, match.lastIndex, url));
  }

  HOST_TOKEN.lastIndex = 0;
  for (let token = HOST_TOKEN.exec(normalized.text); token; token = HOST_TOKEN.exec(normalized.text)) {
    const host = token[0].toLowerCase();
    const owner = messengerOfHost(host);
    if (!owner) continue;
    const hostStart = token.index;
    const hostEnd = hostStart + token[0].length;
    const covering = matches.find((match) => match.index <= hostStart && hostStart < match.lastIndex);
    if (covering) {
      // Counts only as the URL's own host: not in another URL's path or query, not an e-mail.
      if (covering.schema === 'mailto:' || hostStart !== hostOffset(covering)) continue;
      found.push(toLink(normalized, owner, covering.index, covering.lastIndex, urlOf(covering, host)));
    } else {
      if (insideForeignToken(normalized.text, hostStart)) continue;
      const portLength = /^:\d{1,5}/.exec(normalized.text.slice(hostEnd, hostEnd + 6))?.[0].length ?? 0;
      const end = hostEnd + portLength + pathAt(normalized.text, hostEnd + portLength);
      const rest = normalized.text.slice(hostEnd, end);
      found.push(toLink(normalized, owner, hostStart, end, `https://${host}${rest}`));
    }
  }

  found.sort((a, b) => a.start - b.start);
  for (const link of found) {
    const previous = results[results.length - 1];
    if (previous && link.start < previous.end) continue; // one link, found two ways
    results.push(link);
  }
}

/** Where the host starts inside a linkify match (after `scheme://` and any `user@`). */
function hostOffset(match: Match): number {
  let offset = SCHEME_PREFIX.exec(match.raw)?.[0].length ?? 0;
  const rest = match.raw.slice(offset);
  const at = rest.search(/[@/?#]/);
  if (at >= 0 && rest[at] === '@') offset += at + 1;
  return match.index + offset;
}

function urlOf(match: Match, host: string): string {
  if (match.schema !== '') return match.url.replace(/^([a-z+.-]+:\/\/)[^/?#]*/i, `$1${host}`);
  return `https://${match.text.replace(/^[^/?#:]+/, host)}`;
}

/**
 * A host that linkify-it did not see as a link, preceded in the same word by URL syntax
 * (`?u=t.me`, `%2Ft.me`), is part of something else: leave it.
 */
function insideForeignToken(text: string, position: number): boolean {
  for (let index = position - 1; index >= 0 && !/\s/.test(text[index]); index--) {
    if ('/?=&%#'.includes(text[index])) return true;
  }
  return false;
}

function toLink(
  normalized: NormalizedText,
  messenger: MessengerId,
  start: number,
  end: number,
  url: string,
): ForeignLink {
  let obfuscated = false;
  for (let index = start; index < end && !obfuscated; index++) obfuscated = normalized.obfuscated[index];
  return {
    messenger,
    start: normalized.sourceStart[start],
    end: normalized.sourceEnd[end - 1],
    url,
    obfuscated,
  };
}
