/**
 * What a host is to a school chat beyond the banned messengers: one of the services a school uses
 * (its real hosts and subdomains: nothing to say), a look-alike of one (a letter of another script, an
 * extra word or hyphen, the real name as a subdomain of another site, a letter changed), or a short
 * link whose destination is unknown. Pure; bounded by the host's length.
 */
import { messengerOfHost } from './catalogue';
import { HOMOGLYPHS } from './normalize';
import { decodeHost } from './punycode';
import { SCHOOL_SERVICES, SHORTENER_DOMAINS, isHostOf, type SchoolService } from './services';

export type HostRisk = { kind: 'lookalike'; service: string } | { kind: 'shortener' };

/** Digits written for the letters they look like (`g0suslug1`). */
const DIGIT_LETTERS: Readonly<Record<string, string>> = { '0': 'o', '1': 'l', '3': 'e', '4': 'a', '5': 's', '7': 't' };

/** Whether `a` and `b` differ by at most one letter added, dropped or changed (`substitutionOnly`: changed). */
function oneEditApart(a: string, b: string, substitutionOnly: boolean): boolean {
  if (a === b) return true;
  if (Math.abs(a.length - b.length) > (substitutionOnly ? 0 : 1)) return false;
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  if (a.length === b.length) return a.slice(i + 1) === b.slice(i + 1);
  return a.length > b.length ? a.slice(i + 1) === b.slice(i) : a.slice(i) === b.slice(i + 1);
}

/** Whether one word of a foreign host borrows `brand`. */
function borrows(token: string, brand: string): boolean {
  if (brand.length >= 7) return token.includes(brand) || oneEditApart(token, brand, false);
  if (brand.length === 6) return oneEditApart(token, brand, true);
  return token === brand;
}

/** A short brand (`max`, `vk`, `mos`) counts only beside its own top-level domain: `max-ru`, `max.ru.site.top`. */
function borrowsShort(tokens: readonly string[], service: SchoolService, brand: string): boolean {
  for (const domain of service.domains) {
    const [first, ...rest] = domain.split('.');
    if (first !== brand || rest.length !== 1) continue;
    for (let index = 0; index + 1 < tokens.length; index++) if (tokens[index] === brand && tokens[index + 1] === rest[0]) return true;
  }
  return false;
}

/** The service a host (lower-case, Latin letters) imitates, or null. Never a service's own host. */
function imitated(host: string, services: readonly SchoolService[]): string | null {
  const words = host.split('.');
  // The words of the host, the top-level domain aside: `gosuslugi-ru.com` → gosuslugi, ru.
  const tokens = words.slice(0, -1).flatMap((word) => word.split('-'));
  const all = words.flatMap((word) => word.split('-'));
  const looksAs = tokens.map((token) => token.replace(/[013457]/g, (digit) => DIGIT_LETTERS[digit] ?? digit));
  for (const service of services) {
    for (const brand of service.brands) {
      const long = brand.length >= 5 && (tokens.some((token) => borrows(token, brand)) || looksAs.some((token) => borrows(token, brand)));
      if (long || (brand.length < 5 && borrowsShort(all.slice(0, -1), service, brand))) return service.name;
    }
  }
  return null;
}

/** A host's letters of other scripts read as the Latin ones they look like. */
function latinOf(host: string): string {
  let latin = '';
  for (const char of host) latin += HOMOGLYPHS[char] ?? char;
  return latin.toLowerCase();
}

/**
 * What `host` is: a look-alike, a short link, or nothing to say (null) — a service's real host, a
 * banned messenger's (the detector's), any other site. `disguised`: its letters were of another script.
 */
export function hostRisk(host: string, extra: readonly SchoolService[] = [], disguised = false): HostRisk | null {
  const unicode = decodeHost(host.toLowerCase().replace(/\.$/, ''));
  const latin = latinOf(unicode);
  const mixed = disguised || latin !== unicode;
  if (!/^[a-z0-9.-]+$/.test(latin) || messengerOfHost(latin)) return null;
  if (SHORTENER_DOMAINS.some((domain) => isHostOf(latin, domain))) return mixed ? { kind: 'lookalike', service: latin } : { kind: 'shortener' };
  const services = extra.length > 0 ? [...SCHOOL_SERVICES, ...extra] : SCHOOL_SERVICES;
  for (const service of services) {
    if (service.domains.some((domain) => isHostOf(latin, domain))) return mixed ? { kind: 'lookalike', service: service.name } : null;
  }
  const service = imitated(latin, services);
  return service ? { kind: 'lookalike', service } : null;
}

/** Words of a host too common to stand for a school's own site. */
const GENERIC_WORDS = new Set(['school', 'schools', 'sch', 'edu', 'www', 'web', 'site', 'online', 'portal', 'netschool', 'dnevnik', 'journal', 'gov', 'obr', 'region']);

/** A site the teacher added (a journal's address, the school's site) as a service its look-alikes are measured by. */
export function knownSite(host: string): SchoolService {
  const domain = host.toLowerCase().replace(/^www\./, '');
  const words = domain.split('.').slice(0, -1);
  const brand = words.find((word) => word.length >= 5 && !GENERIC_WORDS.has(word));
  return { name: domain, domains: [domain], brands: brand ? [brand] : [] };
}
