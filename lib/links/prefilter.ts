/**
 * A cheap first pass that finds every place where a banned link *could* be, plainly spelled or
 * disguised; the expensive close look only ever sees short windows around these places.
 *
 * Two regexes, each run once over the text (their hits are merged in order by the detector):
 * - KEYWORDS: the catalogue's keywords from their Latin first letter, every later letter in either
 *   case or a Russian look-alike («wа.me», «whatsаpp»), the dot odd, spaced, fenced, spelled or
 *   percent-encoded («t . me», «t[.]me», «t%2Eme»); and any Latin letter written as a
 *   percent-escape («%74.me»).
 * - RARE_LETTERS: characters that hide a keyword's letter or stand for it and that Russian text
 *   does not use (invisible, combining, full-width, circled, mathematical, Greek …), and a Russian
 *   «т»/«м» starting a keyword («тelegram», «т.me»).
 * One regex holding both loses V8's first-character filter and costs several times more; a
 * third pass would cost about a whole trivial regex more (measured in `npm run bench`).
 */
import { MESSENGERS } from './catalogue';
import { DOT_LIKE_CLASS, HOMOGLYPHS, INVISIBLE_CLASS } from './normalize';

/** Labels too generic to stand for a messenger on their own. */
const GENERIC_LABELS = new Set(['com', 'org', 'live', 'cloud', 'microsoft', 'qq']);

/** The keywords whose presence makes a text worth a close look. */
export function prefilterKeywords(): string[] {
  const keywords = new Set<string>();
  for (const messenger of MESSENGERS) {
    for (const domain of messenger.domains) {
      const labels = domain.split('.');
      const distinctive = labels
        .slice(0, -1)
        .filter((label) => label.length >= 4 && !GENERIC_LABELS.has(label))
        .sort((a, b) => a.length - b.length)[0];
      // Short domains (t.me, wa.me, dis.gd, wx.qq.com) are matched whole, with their dots.
      keywords.add(distinctive ?? labels.slice(0, 2).join('.'));
    }
    for (const scheme of messenger.schemes) keywords.add(scheme.length < 4 ? `${scheme}:` : scheme);
  }
  // Drop keywords that contain a shorter one (discordapp ⊃ discord): the shorter finds both.
  const list = [...keywords];
  return list.filter((keyword) => !list.some((other) => other !== keyword && keyword.includes(other)));
}

const GAP = `[\\s${INVISIBLE_CLASS}]{0,3}`;
const DOT_FORM = `[${DOT_LIKE_CLASS}]|%2[eE]|[[({]\\s?(?:[${DOT_LIKE_CLASS}]|dot|точка)\\s?[\\])}]|dot|точка`;
const DOT = `${GAP}(?:${DOT_FORM})${GAP}`;

/** Russian letters that look like `letter` (other look-alikes are RARE_LETTERS hits). */
function russianLookAlikes(letter: string): string[] {
  return Object.entries(HOMOGLYPHS)
    .filter(([char, latin]) => latin.toLowerCase() === letter && /[а-яё]/i.test(char))
    .map(([char]) => char);
}

/** A later letter of a keyword: either case, or a Russian look-alike. */
function letterClass(letter: string): string {
  return `[${letter}${letter.toUpperCase()}${russianLookAlikes(letter).join('')}]`;
}

/**
 * The pattern of `keyword` from `from` on, every letter tolerant. Kept small on purpose: a regex
 * that grows past V8's native-code limit runs in the bytecode interpreter, ~50× slower.
 */
export function tolerantPattern(keyword: string, from: number): string {
  let pattern = '';
  for (let index = from; index < keyword.length; index++) {
    const char = keyword[index];
    if (char === '.') pattern += DOT;
    else if (char === ':' || char === '-') pattern += `\\${char}`;
    else pattern += letterClass(char);
  }
  return pattern;
}

const KEYWORD_LIST = prefilterKeywords();

/**
 * A Latin letter written as a percent-escape (`%74` is «t»): a browser decodes a host's escapes
 * (`https://%74.me/x` opens t.me), so any keyword may hide behind one. Rare in chat text, ASCII
 * first character: V8 keeps its first-character filter.
 */
export const ESCAPED_LETTER = '%(?:[46][1-9A-Fa-f]|[57][0-9Aa])';

/**
 * Keywords grouped by their Latin first letter (`[tT](?:…|…)`): at each «t» of a text the rest is
 * tried once per keyword of that letter, not the first letter once per keyword — Latin-heavy text
 * meets these letters at every other word. And escaped letters.
 */
function groupedPattern(keywords: readonly string[]): string {
  const byFirst: Record<string, string[]> = {};
  for (const keyword of keywords) (byFirst[keyword[0]] ??= []).push(tolerantPattern(keyword, 1));
  return Object.entries(byFirst)
    .map(([first, rests]) => `[${first}${first.toUpperCase()}](?:${rests.join('|')})`)
    .join('|');
}

/**
 * The keywords written with a dot (t.me, wa.me, dis.gd, wx.qq) as one pattern with one dot:
 * any of their first parts, the dot, any of their second parts. V8 compiles each tolerant dot
 * slowly (its spaces before and after, its spelled forms), and the prefilter is compiled on
 * every page load: one dot instead of four takes that from ~5 ms to ~2 ms, the search of Russian text
 * as fast (Latin-heavy text ~7% slower, measured). The pairs it adds («t.gd», «wx.me») are only a few more close looks: a prefilter
 * may say yes too often, never too rarely.
 */
function dottedPattern(keywords: readonly string[]): string {
  const parts = (index: number) => [...new Set(keywords.map((keyword) => keyword.split('.')[index]))];
  const firsts = parts(0).map((part) => `[${part[0]}${part[0].toUpperCase()}]${tolerantPattern(part, 1)}`);
  const seconds = parts(1).map((part) => tolerantPattern(part, 0));
  return `(?:${firsts.join('|')})${tolerantPattern('.', 0)}(?:${seconds.join('|')})`;
}

const DOTTED = KEYWORD_LIST.filter((keyword) => keyword.includes('.'));

export const KEYWORDS = new RegExp(
  [groupedPattern(KEYWORD_LIST.filter((keyword) => !DOTTED.includes(keyword))), dottedPattern(DOTTED), ESCAPED_LETTER].join('|'),
  'g',
);

/**
 * Characters that hide or stand for a keyword's letter and that Russian text does not use:
 * invisible ones, combining marks and accented Latin, Greek and non-Russian Cyrillic, small
 * capitals, letter-like, circled, full-width and mathematical letters. Few, wide ranges on
 * purpose — each range costs V8 a comparison for every Cyrillic letter of the text — so a few
 * common characters inside them are let through and dropped by `isRareHit` (emoji joiners,
 * arrows, math signs, emoji that are not enclosed letters).
 * Also here, only as a necessary sign (the window decides): a keyword whose first letter is the
 * Russian look-alike «т» or «м» («тelegram», «т.me», «т . ме/x», «мs-sfb»). In KEYWORDS it would
 * cost V8 its first-character filter for the whole regex (4–5× slower, measured).
 */
export const RARE_LETTERS = new RegExp(
  '[\\u00AD\\u00C0-\\u040F\\u0450\\u0452-\\u052F\\u1D00-\\u1EFF\\u200B-\\u200F\\u202A-\\u202E\\u2060-\\u209F' +
    '\\u2100-\\u2115\\u2117-\\u24FF\\uD835\\uD83C\\uFEFF-\\uFF5E]' +
    '|[тТ](?:[eEgGhH]|\\s{0,3}[.\\u00B7\\u3002\\uFF0E\\uFF61]\\s{0,3}[mMмМ])|[мМ][sS]-',
  'g',
);

/** Whether a RARE_LETTERS match at `index` is worth a close look. */
export function isRareHit(text: string, index: number): boolean {
  const code = text.charCodeAt(index);
  if (code === 0xd83c) {
    const low = text.charCodeAt(index + 1);
    return low >= 0xdd10 && low <= 0xdd89; // parenthesised, circled, squared Latin letters
  }
  if (code === 0x200d) {
    // The zero-width joiner inside an emoji sequence (👨‍👩‍👧) hides nothing.
    const before = text.charCodeAt(index - 1);
    return !(before >= 0xdc00 && before <= 0xdfff) && !(before >= 0x2600 && before <= 0x27bf);
  }
  if (code >= 0x2150 && code <= 0x245f) return false; // number forms, arrows, math, technical
  return true;
}

/** The passes, merged in text order by the detector. */
export const PREFILTER_PASSES: readonly RegExp[] = [KEYWORDS, RARE_LETTERS];

/** Characters the passes searched for `possibleLinkStarts` (tests prove it linear with this). */
export interface StartsWork {
  chars: number;
}

/**
 * Every position of `text` where a prefilter pass matches, sorted, with no look at the characters
 * around a match (`isRareHit` is not asked): after a match, the pass searches again from one past
 * its start, so overlapping matches are all found. The passes have no lookaround and no anchors,
 * so a stretch of `text` read alone (one message among all of a page's text) matches only where
 * `text` matches too: wherever the detector would look in that stretch, a start lies in it. That
 * lets one pass over a page's whole text choose the messages worth reading one by one.
 * Linear: matches are bounded in length, and every search starts past the last one's start.
 */
export function possibleLinkStarts(text: string, work?: StartsWork): number[] {
  const [first, ...rest] = PREFILTER_PASSES.map((pass) => {
    const starts: number[] = [];
    let from = (pass.lastIndex = 0);
    for (let match = pass.exec(text); match; match = pass.exec(text)) {
      if (work) work.chars += pass.lastIndex - from;
      starts.push(match.index);
      from = pass.lastIndex = match.index + 1;
    }
    if (work) work.chars += text.length - Math.min(from, text.length);
    return starts;
  });
  return rest.reduce(mergeSorted, first);
}

function mergeSorted(a: number[], b: number[]): number[] {
  const merged: number[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length || j < b.length) merged.push(j >= b.length || (i < a.length && a[i] <= b[j]) ? a[i++] : b[j++]);
  return merged;
}
