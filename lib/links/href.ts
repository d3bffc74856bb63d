/**
 * Links as the browser will open them. A message's `<a>` is checked by its resolved address
 * (`anchor.href`), parsed here with the WHATWG URL parser — the browser's own rules: userinfo
 * (`https://user@t.me/x`), percent-encoded hosts (`t%2Eme`), letter-like Unicode that IDNA maps
 * to Latin (𝐭.𝐦𝐞, ⓣ.ⓜⓔ), extra slashes (`https:///t.me/x`) all come out as the host they reach.
 * Redirects whose parameter holds a whole URL (`away.php?to=…`, `google.com/url?q=…`) are
 * followed a few levels deep. Pure: runs in Node and in the page alike.
 */
import { SCHEME_OWNER, messengerOfHost, type MessengerId } from './catalogue';

export interface HrefVerdict {
  messenger: MessengerId;
  /** The address that reaches the banned messenger (a redirect's target when wrapped). */
  url: string;
}

const WEB_SCHEMES = new Set(['http:', 'https:', 'ftp:', 'ws:', 'wss:']);
const WHOLE_URL = /^[a-z][a-z0-9+.-]*:/i;
const MAX_DEPTH = 3;
const MAX_PARAMETERS = 32;

/** The banned messenger that following `href` reaches, or null. `href` must be absolute. */
export function foreignLinkOfHref(href: string, depth = 0): HrefVerdict | null {
  if (typeof href !== 'string' || href.length === 0 || href.length > 8192) return null;
  let url: URL;
  try {
    url = new URL(href.trim());
  } catch {
    return null;
  }
  const schemeOwner = SCHEME_OWNER.get(url.protocol.slice(0, -1).toLowerCase());
  if (schemeOwner) return { messenger: schemeOwner, url: url.href };
  if (!WEB_SCHEMES.has(url.protocol)) return null;
  const hostOwner = messengerOfHost(url.hostname.replace(/\.$/, ''));
  if (hostOwner) return { messenger: hostOwner, url: url.href };
  if (depth >= MAX_DEPTH) return null;
  for (const candidate of redirectTargets(url)) {
    const inner = foreignLinkOfHref(candidate, depth + 1);
    if (inner) return inner;
  }
  return null;
}

/** A redirect's targets: the query (or fragment) parameters that are themselves whole URLs. */
export function redirectTargets(url: URL): string[] {
  const parameterSets = [url.searchParams];
  if (url.hash.includes('=')) parameterSets.push(new URLSearchParams(url.hash.slice(1)));
  // forEach, not iteration: URLSearchParams iterators are not iterable in Firefox content scripts.
  const values: string[] = [];
  for (const parameters of parameterSets) parameters.forEach((value) => values.push(value));
  return values
    .slice(0, MAX_PARAMETERS)
    .map((value) => value.trim())
    .filter((value) => WHOLE_URL.test(value));
}
