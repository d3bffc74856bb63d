/**
 * Links that are a risk beyond the banned messengers: a look-alike of a service the school uses, a
 * short link whose destination is unknown — in a message's text (hosts as a reader sees them,
 * disguises undone by the detector's own normalisation) and in its links' addresses as the browser
 * opens them (redirect targets followed). Linear: one forward regex pass for dots before letters,
 * each host's run read once. The part of `findRisks` the chat's guards need.
 */
import { redirectTargets } from './href';
import { hostRisk, type HostRisk } from './lookalike';
import { normalizeSpan } from './normalize';
import type { Risk, RiskOptions, RiskWork } from './risk-types';
import type { SchoolService } from './services';

/** A dot (plain or odd) with a letter after it: where a host may be. Most messages have few. */
const DOT_THEN_LETTER = /[.\u3002\uff0e\uff61](?=[a-zA-Z\u0370-\u052f\uff21-\uff5a\ud835])/g;
const HOST = /^(?:[a-z0-9-]+\.)+[a-z]{2,24}$/;
const MAX_HOST_RUN = 300;

/** A character a written host may hold: Latin, digits, hyphen, dots, look-alike scripts, invisible and letter-like forms. */
function isHostChar(code: number): boolean {
  return (
    (code >= 97 && code <= 122) || (code >= 65 && code <= 90) || (code >= 48 && code <= 57) || code === 45 || code === 46 ||
    (code >= 0x300 && code <= 0x52f) || (code >= 0x200b && code <= 0x200d) || code === 0x2060 || code === 0xfeff ||
    code === 0x3002 || (code >= 0xff0e && code <= 0xff5a) || code === 0xff61 || (code >= 0xd800 && code <= 0xdfff)
  );
}

/** Whether a run is all Russian letters and dots («т.е.», «Иванов.Петров»): nothing there is a host. */
function onlyRussian(text: string, start: number, end: number): boolean {
  for (let index = start; index < end; index++) {
    const code = text.charCodeAt(index);
    if (code !== 46 && code !== 45 && !((code >= 0x410 && code <= 0x44f) || code === 0x401 || code === 0x451)) return false;
  }
  return true;
}

/**
 * Each host written in the text, disguises undone (lower-case, Latin letters), with its place and
 * whether it was disguised. One forward pass; each run of host characters read once.
 */
export function forEachHost(text: string, visit: (host: string, start: number, end: number, disguised: boolean) => void, work?: RiskWork): void {
  DOT_THEN_LETTER.lastIndex = 0;
  let coveredUntil = 0;
  for (let match = DOT_THEN_LETTER.exec(text); match; match = DOT_THEN_LETTER.exec(text)) {
    if (match.index < coveredUntil) continue;
    // The run of host characters around the dot, never reaching back into a run already read.
    let start = match.index;
    const floor = Math.max(coveredUntil, match.index - MAX_HOST_RUN);
    while (start > floor && isHostChar(text.charCodeAt(start - 1))) start--;
    let end = match.index + 1;
    const ceiling = Math.min(text.length, match.index + MAX_HOST_RUN);
    while (end < ceiling && isHostChar(text.charCodeAt(end))) end++;
    coveredUntil = end;
    DOT_THEN_LETTER.lastIndex = end;
    if (work) work.windowChars += end - start;
    if (onlyRussian(text, start, end)) continue;
    const normalized = normalizeSpan(text, start, end);
    const host = normalized.text.toLowerCase().replace(/^[.-]+|[.-]+$/g, '');
    if (!HOST.test(host)) continue;
    let disguised = false;
    for (let index = 0; index < normalized.text.length && !disguised; index++) disguised = normalized.obfuscated[index] !== 0;
    visit(host, start, end, disguised);
  }
  if (work) work.passChars += text.length;
}

const toRisk = (risk: HostRisk, host: string, start: number, end: number, href?: number): Risk => ({
  ...risk,
  start,
  end,
  host,
  ...(href === undefined ? {} : { href }),
});

/** The hosts a link's address (as the browser opens it) reaches, and the hosts of whole URLs in its query (a redirect's target). */
export function hostsOfHref(href: string, depth = 0): string[] {
  if (href.length > 8192 || depth > 3) return [];
  let url: URL;
  try {
    url = new URL(href.trim());
  } catch {
    return [];
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return [];
  return [url.hostname, ...redirectTargets(url).flatMap((target) => hostsOfHref(target, depth + 1))];
}


/** The risky links of a message, in its text and in its links' addresses (those carry their index). */
export function linkRisks(text: string, hrefs: readonly string[], { known = [], work }: RiskOptions = {}): Risk[] {
  const risks: Risk[] = [];
  forEachHost(
    text,
    (host, start, end, disguised) => {
      const risk = hostRisk(host, known, disguised);
      if (risk) risks.push(toRisk(risk, host, start, end));
    },
    work,
  );
  hrefs.forEach((href, index) => {
    for (const host of hostsOfHref(href)) {
      const risk = hostRisk(host, known);
      if (risk) {
        risks.push(toRisk(risk, host, 0, 0, index));
        break;
      }
    }
  });
  return risks;
}

/** What following one address risks: a look-alike or a short link (its first host that is one), or null. */
export function hrefRisk(href: string, known: readonly SchoolService[] = []): Risk | null {
  for (const host of hostsOfHref(href)) {
    const risk = hostRisk(host, known);
    if (risk) return toRisk(risk, host, 0, 0, 0);
  }
  return null;
}
