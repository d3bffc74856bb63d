/**
 * The banned-link detector for message text. Pure: no DOM, no browser API.
 *
 * 1. The prefilter (one regex over the raw text) finds the few places worth a close look.
 * 2. Around each, a window bounded in both directions (snapped to whitespace where it can be) is
 *    normalised: disguises undone, with a map back to original positions (normalize.ts).
 * 3. In the window, banned domains and deep-link schemes are found by two regexes; a banned host
 *    counts when it is a URL's own host or a bare host in text — not inside another URL's path or
 *    query unless written there as a whole URL (a redirect's target), never as an e-mail domain.
 *
 * Linear in the text's length with a small constant, whatever the text: the prefilter never
 * re-reads text a window has examined, windows are bounded, each character is looked at by a
 * bounded number of windows and edge scans, and every pass inside a window is one forward pass.
 * `DetectorWork` counts that work so tests can prove it without a clock.
 */
import { MESSENGERS, SCHEME_OWNER, messengerOfHost, type MessengerId } from './catalogue';
import { DOT_LIKE_CLASS, isDotLike, normalizeSpan, type NormalizedText } from './normalize';
import { PREFILTER_PASSES, RARE_LETTERS, isRareHit } from './prefilter';

export interface ForeignLink {
  messenger: MessengerId;
  /** Offset of the link's first character in the input. */
  start: number;
  /** Offset just past the link's last character in the input. */
  end: number;
  /** The link as a clean URL: disguise undone, host lower-case, `https://` added if bare. */
  url: string;
  /** True when the link was disguised (look-alike letters, odd dots, invisible characters). */
  obfuscated: boolean;
}

/** Work done by one call, counted in characters and windows (tests prove linearity with it). */
export interface DetectorWork {
  /** Prefilter matches. */
  hits: number;
  /** Windows normalised and searched. */
  windows: number;
  /** Characters normalised and searched, summed over windows. */
  windowChars: number;
  /** Characters examined while finding window edges. */
  edgeChars: number;
  /**
   * Characters the prefilter's passes searched, from where each search began to where it
   * stopped: the first pass over the text, counted like the rest (a pass that searched text
   * again would show here).
   */
  prefilterChars: number;
}

export function newDetectorWork(): DetectorWork {
  return { hits: 0, windows: 0, windowChars: 0, edgeChars: 0, prefilterChars: 0 };
}

/** Context kept before a hit (before snapping back to the start of its word). */
const SLACK = 16;
/** At most this far back from a hit a window reaches for the start of its word. */
const BACK = 512;
/** At most this far forward a window reaches for the end of its word. */
const FORWARD = 4096;
/** A window cut mid-word is trusted only this far from its end. */
const MARGIN = 512;
const MAX_HOST = 253;

const escape = (value: string) => value.replace(/[.+-]/g, '\\$&');
const DOMAINS = MESSENGERS.flatMap((entry) => entry.domains).sort((a, b) => b.length - a.length);
/** A banned domain not followed by more of a hostname (`t.me.example.ru` is not t.me). */
const DOMAIN = new RegExp(`(?:${DOMAINS.map(escape).join('|')})(?![a-z0-9-]|\\.[a-z0-9])`, 'gi');
/** A deep-link scheme, not glued to a preceding scheme character, followed by a body. */
const SCHEME = new RegExp(`(?<![a-z0-9+.-])(?:${[...SCHEME_OWNER.keys()].map(escape).join('|')}):(?=[a-z0-9/?%+])`, 'gi');

export function findForeignLinks(text: string, work?: DetectorWork): ForeignLink[] {
  if (typeof text !== 'string' || text.length === 0) return [];
  const hits = new Hits(text, work);
  // Most messages hold nothing to look at: the passes' first search decides, before anything else is built.
  if (hits.none) return [];
  const results: ForeignLink[] = [];
  const edges = new WordEdges(text, work);
  let coveredUntil = 0;
  for (let hit = hits.next(coveredUntil); hit; hit = hits.next(coveredUntil)) {
    if (work) work.hits++;
    const [hitStart, hitEnd] = hit;
    // Context before the hit only where a spaced, fenced or spelled dot joins the word before
    // it to the host («chat . whatsapp.com»), and never what a window has examined already: a
    // window is the hit's own word otherwise, so its cost is the hit's neighbourhood alone.
    const target = Math.max(0, coveredUntil, dotBefore(text, hitStart, work) ? hitStart - SLACK : hitStart);
    const wordStart = edges.wordStart(target);
    const from = wordStart >= 0 && wordStart >= target - BACK ? wordStart : Math.max(0, target - BACK);
    const leftCut = from > 0 && !isSpace(text.charCodeAt(from - 1));
    const { end: to, cut: rightCut } = edges.wordEnd(hitEnd);
    scanWindow(text, from, to, leftCut, results, work);
    // Never read again what this window examined: the next search starts past it. A window cut
    // mid-word is trusted only up to MARGIN before its end.
    coveredUntil = Math.max(hitEnd, rightCut ? to - MARGIN : to);
  }
  return results;
}

/**
 * The prefilter's passes merged in text order. Each regex only ever moves forward: a pass whose
 * next hit lies in text already examined restarts its search past that text.
 */
class Hits {
  private readonly pending: (RegExpExecArray | null)[];

  constructor(
    private readonly text: string,
    private readonly work: DetectorWork | undefined,
  ) {
    this.pending = PREFILTER_PASSES.map((pass) => {
      pass.lastIndex = 0;
      return this.exec(pass);
    });
  }

  /** No pass found anything in the whole text. */
  get none(): boolean {
    return this.pending.every((match) => match === null);
  }

  /** The pass's next match, skipping rare characters that hide nothing. */
  private exec(pass: RegExp): RegExpExecArray | null {
    let match = this.search(pass);
    if (pass === RARE_LETTERS) while (match && !isRareHit(this.text, match.index)) match = this.search(pass);
    return match;
  }

  private search(pass: RegExp): RegExpExecArray | null {
    const from = pass.lastIndex;
    const match = pass.exec(this.text);
    if (this.work) this.work.prefilterChars += (match ? pass.lastIndex : this.text.length) - from;
    return match;
  }

  next(notBefore: number): [number, number] | null {
    let best = -1;
    for (let index = 0; index < PREFILTER_PASSES.length; index++) {
      let match = this.pending[index];
      if (match && match.index < notBefore) {
        const pass = PREFILTER_PASSES[index];
        pass.lastIndex = Math.max(pass.lastIndex, notBefore);
        match = this.pending[index] = this.exec(pass);
      }
      if (match && (best < 0 || match.index < (this.pending[best] as RegExpExecArray).index)) best = index;
    }
    if (best < 0) return null;
    const match = this.pending[best] as RegExpExecArray;
    this.pending[best] = this.exec(PREFILTER_PASSES[best]);
    return [match.index, match.index + match[0].length];
  }
}

/** How far back from a hit its word is looked through for a dot before it. */
const WORD_LOOK = 64;
/** A word ends in one of these when a fenced or spelled dot closes it: `[.]`, `(dot)`, `точка`. */
const DOT_END = /(?:[\])}]|dot|точка)$/i;

/**
 * Whether a dot written apart from the host (`chat . whatsapp`, `chat .whatsapp`, `chat [.]
 * whatsapp`, `chat dot whatsapp`) stands before the word holding `hit`. Bounded: at most
 * WORD_LOOK characters back.
 */
function dotBefore(text: string, hit: number, work: DetectorWork | undefined): boolean {
  let index = hit;
  const floor = Math.max(0, hit - WORD_LOOK);
  while (index > floor && !isSpace(text.charCodeAt(index - 1))) index--;
  const wordStart = index;
  let spaces = 0;
  while (index > floor && spaces < 4 && isSpace(text.charCodeAt(index - 1))) {
    index--;
    spaces++;
  }
  if (work) work.edgeChars += hit - index;
  if (spaces === 0 || index === 0) return false;
  if (isDotLike(text.charCodeAt(wordStart)) || isDotLike(text.charCodeAt(index - 1))) return true;
  return DOT_END.test(text.slice(Math.max(0, index - 6), index));
}


function isSpace(code: number): boolean {
  return (
    code === 32 || code === 10 || code === 9 || code === 13 || code === 0xa0 || code === 0x3000 ||
    code === 0x2028 || code === 0x2029
  );
}

/**
 * Word edges around hits, found with bounded scans that never cover the same ground twice
 * going back (hits come in order): no `lastIndexOf` walking over the whole text.
 */
class WordEdges {
  private scannedTo = 0;
  /** Start of the word holding `scannedTo - 1`; -1 when it lies farther back than BACK. */
  private knownStart = 0;

  constructor(
    private readonly text: string,
    private readonly work: DetectorWork | undefined,
  ) {}

  /** Start of the whitespace-delimited word that holds `position`, or -1 if out of reach. */
  wordStart(position: number): number {
    const { text } = this;
    const floor = Math.max(this.scannedTo, position - BACK);
    let index = position;
    while (index > floor && !isSpace(text.charCodeAt(index - 1))) index--;
    if (this.work) this.work.edgeChars += position - index;
    let start: number;
    if (index > floor || floor === 0 || isSpace(text.charCodeAt(floor - 1))) start = index;
    else if (floor === this.scannedTo) start = this.knownStart;
    else start = -1;
    if (position >= this.scannedTo) {
      this.scannedTo = position;
      this.knownStart = start;
    }
    return start;
  }

  /**
   * End of the word that holds `position`, at most FORWARD away (`cut` when it is farther). A
   * spaced or spelled dot after the word (`t . me`, `t [.] me`, `t dot me`) joins the next word
   * to it, so no disguised host straddles a window's end.
   */
  wordEnd(position: number): { end: number; cut: boolean } {
    const { text } = this;
    const limit = Math.min(text.length, position + FORWARD);
    let index = position;
    for (;;) {
      while (index < limit && !isSpace(text.charCodeAt(index))) index++;
      if (index >= limit) break;
      DOT_CONTINUES.lastIndex = index;
      if (!DOT_CONTINUES.test(text) || DOT_CONTINUES.lastIndex >= limit) break;
      index = DOT_CONTINUES.lastIndex;
    }
    if (this.work) this.work.edgeChars += index - position;
    return { end: index, cut: index === limit && limit < text.length && !isSpace(text.charCodeAt(limit)) };
  }
}

/** Whitespace, then a dot (plain, odd, fenced or spelled), then more of a word. */
const DOT_CONTINUES = new RegExp(
  `\\s{1,3}(?:[${DOT_LIKE_CLASS}]|[[({]\\s?(?:\\.|dot|точка)\\s?[\\])}]|dot|точка)\\s{0,3}(?=\\S)`,
  'yi',
);

function isHostCode(code: number): boolean {
  return (code >= 97 && code <= 122) || (code >= 65 && code <= 90) || (code >= 48 && code <= 57) || code === 45 || code === 46;
}

/** Characters that, earlier in the same word, make a bare host part of another URL. */
function isUrlSyntax(code: number): boolean {
  return code === 47 || code === 63 || code === 61 || code === 38 || code === 37 || code === 35 || code === 92;
}

function scanWindow(
  source: string,
  from: number,
  to: number,
  leftCut: boolean,
  results: ForeignLink[],
  work: DetectorWork | undefined,
): void {
  if (work) {
    work.windows++;
    work.windowChars += to - from;
  }
  const normalized = normalizeSpan(source, from, to);
  const text = normalized.text;
  const found: ForeignLink[] = [];

  // One forward pointer over the window: where the current word and host-character run began,
  // and where URL syntax was last seen — so each host's context costs nothing extra.
  let position = 0;
  let lastSpace = -1;
  let lastSyntax = -1;
  let runStart = 0;
  const advance = (until: number) => {
    for (; position < until; position++) {
      const code = text.charCodeAt(position);
      if (isSpace(code)) {
        lastSpace = position;
        runStart = position + 1;
      } else if (!isHostCode(code)) {
        runStart = position + 1;
        if (isUrlSyntax(code)) lastSyntax = position;
      }
    }
  };

  DOMAIN.lastIndex = 0;
  for (let match = DOMAIN.exec(text); match; match = DOMAIN.exec(text)) {
    const domainStart = match.index;
    const hostEnd = domainStart + match[0].length;
    advance(domainStart);
    let hostStart = runStart;
    if ((hostStart === 0 && leftCut) || domainStart - hostStart > MAX_HOST) continue;
    while (hostStart < domainStart && (text[hostStart] === '.' || text[hostStart] === '-')) hostStart++;
    let hostText = text.slice(hostStart, hostEnd).toLowerCase();
    let owner = messengerOfHost(hostText);
    if (!owner) {
      // Glued to the word before it («Пишитеt.me»): the host starts after its look-alike letters.
      const firstDot = text.indexOf('.', hostStart);
      let glued = hostStart;
      for (let index = hostStart; index < firstDot; index++) if (normalized.lookAlike[index]) glued = index + 1;
      if (glued === hostStart) continue;
      hostStart = glued;
      hostText = text.slice(hostStart, hostEnd).toLowerCase();
      owner = messengerOfHost(hostText);
      if (!owner) continue;
    }
    const host = hostText.endsWith('.') ? hostText.slice(0, -1) : hostText;

    let start = hostStart;
    let scheme = 'https';
    // Written inside another URL (a redirect's target): that URL's next parameter is not ours.
    const nested = lastSyntax > lastSpace;
    if (text[hostStart - 1] === '@') {
      // Userinfo of a URL (`https://user@t.me/x`), else an e-mail address.
      let userStart = hostStart - 1;
      const floor = Math.max(0, userStart - 256);
      while (userStart > floor && !/[\s/\\?#@]/.test(text[userStart - 1])) userStart--;
      const before = schemeBefore(text, userStart);
      if (!before || before.slashes === 0) continue;
      start = before.start;
      scheme = before.scheme;
    } else {
      const before = schemeBefore(text, hostStart);
      if (before) {
        start = before.start;
        scheme = before.scheme;
      } else {
        const protocolRelative = text.startsWith('//', hostStart - 2) && lastSpace === hostStart - 3;
        // A bare host after URL syntax in the same word is part of another URL.
        if (lastSyntax > lastSpace && !protocolRelative) continue;
      }
    }
    const end = linkEnd(text, hostEnd, nested);
    const rest = text.slice(hostEnd, end);
    found.push(toLink(normalized, owner, start, end, `${scheme}://${host}${rest}`));
    DOMAIN.lastIndex = Math.max(DOMAIN.lastIndex, end);
  }

  // Deep links need a colon: most windows have none, and skip the scheme search.
  SCHEME.lastIndex = 0;
  for (let match = text.includes(':') ? SCHEME.exec(text) : null; match; match = SCHEME.exec(text)) {
    const bodyStart = match.index + match[0].length;
    const end = bodyEnd(text, bodyStart);
    if (end <= bodyStart) continue;
    const scheme = match[0].slice(0, -1).toLowerCase();
    const owner = SCHEME_OWNER.get(scheme) as MessengerId;
    found.push(toLink(normalized, owner, match.index, end, `${scheme}:${text.slice(bodyStart, end)}`));
    SCHEME.lastIndex = Math.max(SCHEME.lastIndex, end);
  }

  if (found.length > 1) found.sort((a, b) => a.start - b.start);
  for (const link of found) {
    const previous = results[results.length - 1];
    if (previous && link.start < previous.end) continue; // one link, found twice
    results.push(link);
  }
}

const SCHEME_CHARS = /[a-z0-9+.-]/i;

/**
 * A URL scheme ending right before `position` (`https://`, `https:///`, `https:\\`, `hxxps://`
 * already undone, `https:` alone), or null. Bounded walk back.
 */
function schemeBefore(text: string, position: number): { start: number; scheme: string; slashes: number } | null {
  let index = position;
  while (index > 0 && position - index < 3 && (text[index - 1] === '/' || text[index - 1] === '\\')) index--;
  const slashes = position - index;
  if (index === 0 || text[index - 1] !== ':') return null;
  const colon = index - 1;
  let start = colon;
  while (start > 0 && colon - start < 32 && SCHEME_CHARS.test(text[start - 1])) start--;
  const scheme = text.slice(start, colon).toLowerCase();
  if (!/^[a-z]/.test(scheme)) return null;
  if (slashes === 0 && scheme !== 'http' && scheme !== 'https') return null;
  return { start, scheme, slashes };
}

/** Characters that end a URL in running text besides white space: quotes, brackets of markup. */
const URL_STOPS = new Set([...'<>"\'«»`{}|^\u201C\u201D\u201E'].map((char) => char.charCodeAt(0)));

/** Whether a character ends a URL: white space (JavaScript's `\\s`) or a stop character. */
function isUrlStop(code: number): boolean {
  return code === 32 || (code >= 9 && code <= 13) || URL_STOPS.has(code) || (code > 127 && /\s/.test(String.fromCharCode(code)));
}

const PORT = /:\d{1,5}(?!\d)/y;

/** End of the link whose host ends at `hostEnd`: port, then path, query and fragment. */
function linkEnd(text: string, hostEnd: number, nested: boolean): number {
  let index = hostEnd;
  PORT.lastIndex = index;
  if (PORT.test(text)) index = PORT.lastIndex;
  if (index >= text.length || !'/?#'.includes(text[index])) return index;
  return bodyEnd(text, index, nested);
}

/**
 * End of a URL body starting at `start`: up to a stop character (and, for a URL nested in another
 * one's query, up to that query's next `&`), less trailing punctuation.
 */
function bodyEnd(text: string, start: number, nested = false): number {
  let end = start;
  let open = 0;
  for (; end < text.length; end++) {
    const code = text.charCodeAt(end);
    if (isUrlStop(code) || (nested && code === 38)) break;
    if (code === 40 || code === 91) open++;
    else if (code === 41 || code === 93) open--;
  }
  // Sentence punctuation and an unbalanced closing bracket after a link are not part of it.
  while (end > start) {
    const char = text[end - 1];
    if ('.,;:!?…'.includes(char)) end--;
    else if ((char === ')' || char === ']') && open < 0) {
      open++;
      end--;
    } else break;
  }
  return end;
}

function toLink(normalized: NormalizedText, messenger: MessengerId, start: number, end: number, url: string): ForeignLink {
  let obfuscated = false;
  for (let index = start; index < end && !obfuscated; index++) obfuscated = normalized.obfuscated[index] !== 0;
  return { messenger, start: normalized.sourceStart[start], end: normalized.sourceEnd[end - 1], url, obfuscated };
}
