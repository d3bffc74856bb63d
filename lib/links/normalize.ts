/**
 * Undoing link disguises in a short window of text, remembering for every character of the
 * result which characters of the original it came from, so a link found in the normalised text
 * is reported at its place in the original. One forward pass plus two regex passes: linear in
 * the window's length whatever it holds.
 *
 * Undone: invisible and bidi characters, combining marks, full-width and letter-like forms (what
 * NFKC maps to Latin: mathematical letters, circled letters, superscripts), accents on Latin
 * letters, odd dots, spelled-out or fenced dots (`t [.] me`, `t(dot)me`), percent-encoded dots
 * and slashes, defanged schemes (`hxxps`), and Cyrillic or Greek look-alike letters in runs that
 * look like a host. Case is kept (paths are case-sensitive); matchers use case-insensitive regexes.
 */

/** Invisible characters: zero-width, bidi controls, fillers, variation selectors. */
export const INVISIBLE_CLASS =
  '\\u00AD\\u034F\\u061C\\u115F\\u1160\\u17B4\\u17B5\\u180B-\\u180F\\u200B-\\u200F\\u202A-\\u202E' +
  '\\u2060-\\u206F\\u3164\\uFE00-\\uFE0F\\uFEFF\\uFFA0';
/** Combining marks (strikethrough, accents, enclosing marks) that a reader looks through. */
export const COMBINING_CLASS = '\\u0300-\\u036F\\u0483-\\u0489\\u1AB0-\\u1AFF\\u1DC0-\\u1DFF\\u20D0-\\u20FF\\uFE20-\\uFE2F';
/** Characters that stand for a dot in disguised hosts (ideographic, full-width, leaders). */
export const DOT_LIKE_CLASS = '.\\u3002\\uFF0E\\uFF61\\u2024\\u2027\\u30FB\\uFE52\\u00B7\\u2219\\u22C5';

/**
 * Letters of other scripts that look like Latin ones (Unicode confusables, Cyrillic and Greek,
 * plus the IPA «ɡ»).
 */
export const HOMOGLYPHS: Readonly<Record<string, string>> = {
  а: 'a', в: 'b', е: 'e', ё: 'e', к: 'k', м: 'm', н: 'h', о: 'o', р: 'p', с: 'c', т: 't',
  у: 'y', х: 'x', і: 'i', ј: 'j', ѕ: 's', ԁ: 'd', ԛ: 'q', ԝ: 'w', һ: 'h', ӏ: 'l', ɡ: 'g',
  А: 'A', В: 'B', Е: 'E', Ё: 'E', К: 'K', М: 'M', Н: 'H', О: 'O', Р: 'P', С: 'C', Т: 'T',
  У: 'Y', Х: 'X', І: 'I', Ј: 'J', Ѕ: 'S', Ԁ: 'D', Ԛ: 'Q', Ԝ: 'W', Һ: 'H', Ӏ: 'l',
  ο: 'o', α: 'a', ν: 'v', τ: 't', ι: 'i', κ: 'k', ρ: 'p', ε: 'e', υ: 'u',
  Ο: 'O', Α: 'A', Ν: 'N', Τ: 'T', Ι: 'I', Κ: 'K', Ρ: 'P', Ε: 'E', Μ: 'M', Β: 'B', Χ: 'X',
};

/**
 * Spelled or fenced dots: `t [.] me`, `t(dot)me`, `t dot me`, `t(точка)me`; a spaced dot between
 * host characters (`t . me`, `t .me`, `t. me`). After a Cyrillic letter only a dot with a space
 * *before* it counts: «см. t.me» is a sentence, «т . me» a disguise. `[:]` is a fenced colon.
 */
const SPELLED_DOT = new RegExp(
  [
    '[ \\t\\u00A0]*[[({][ \\t\\u00A0]?(?:\\.|dot|точка)[ \\t\\u00A0]?[\\])}][ \\t\\u00A0]*',
    '[ \\t\\u00A0]+(?:dot|точка)[ \\t\\u00A0]+',
    '(?<=[a-z0-9])(?:[ \\t\\u00A0]+\\.[ \\t\\u00A0]*|[ \\t\\u00A0]*\\.[ \\t\\u00A0]+)(?=[a-z])',
    '(?<=[а-яё])[ \\t\\u00A0]+\\.[ \\t\\u00A0]*(?=[a-zа-яё])',
    '\\[:\\]',
  ].join('|'),
  // No `u`: case-insensitive matching without it still folds Cyrillic (т/Т), and runs several
  // times faster in V8 (Unicode case folding goes through ICU).
  'gi',
);
/**
 * What every spelled dot needs somewhere in the window: a fence, a spaced dot, a spelled word.
 * Plain, without look-behinds: most windows fail it at once, and SPELLED_DOT never runs there.
 */
const MAY_SPELL_DOT = /[[({]|[ \t\u00A0]\.|\.[ \t\u00A0]|dot|точка/i;

export interface NormalizedText {
  text: string;
  /** Original index where the character at each normalised index starts. */
  sourceStart: Int32Array;
  /** Original index just past the character(s) it came from. */
  sourceEnd: Int32Array;
  /** 1 where that character came from a disguise (not just from case). */
  obfuscated: Uint8Array;
  /** 1 where that character was a look-alike letter of another script (for glued words). */
  lookAlike: Uint8Array;
}

// eslint-disable-next-line no-misleading-character-class
const INVISIBLE_OR_COMBINING = new RegExp(`[${INVISIBLE_CLASS}${COMBINING_CLASS}]`);
const DOT_LIKE_CHAR = new RegExp(`[${DOT_LIKE_CLASS}]`);

/**
 * What a character of the Basic Multilingual Plane is to the normaliser, learnt the first time it
 * is met and kept (bit KNOWN): a window's characters are then one table read each.
 */
const INVISIBLE = 1;
const DOT_LIKE = 2;
const MAY_FOLD = 4;
const KNOWN = 8;
const CHAR_CLASS = new Uint8Array(0x10000);

function classOf(code: number): number {
  let kind = CHAR_CLASS[code];
  if (kind === 0) {
    const char = String.fromCharCode(code);
    kind = KNOWN | (INVISIBLE_OR_COMBINING.test(char) ? INVISIBLE : DOT_LIKE_CHAR.test(char) ? DOT_LIKE : mayFoldToLatin(code) ? MAY_FOLD : 0);
    CHAR_CLASS[code] = kind;
  }
  return kind;
}

/** A dot or a character that stands for one (for the detector's look at the word before a hit). */
export const isDotLike = (code: number) => code === 46 || (code < 0xd800 && (classOf(code) & DOT_LIKE) !== 0);

/** Code points whose NFKC form may be Latin: letter-like, enclosed, mathematical, ligatures. */
const FOLD_RANGES = [
  0x00c0, 0x024f, // Latin-1 and Extended-A/B letters with accents
  0x1d00, 0x1dbf, // phonetic small capitals and modifier letters
  0x1e00, 0x1eff, // Latin Extended Additional
  0x2070, 0x209f, // superscripts and subscripts
  0x2100, 0x218f, // letter-like symbols, Roman numerals
  0x2460, 0x24ff, // enclosed (circled) alphanumerics
  0x3200, 0x33ff, // enclosed CJK letters, squared Latin abbreviations
  0xfb00, 0xfb06, // Latin ligatures
  0xfe50, 0xfe6b, // small form variants
  0xff01, 0xff5e, // full-width ASCII
  0x1d400, 0x1d7ff, // mathematical alphanumerics
  0x1f110, 0x1f189, // parenthesised, circled, squared Latin letters
];

function mayFoldToLatin(code: number): boolean {
  for (let index = 0; index < FOLD_RANGES.length; index += 2) if (code >= FOLD_RANGES[index] && code <= FOLD_RANGES[index + 1]) return true;
  return false;
}

/** Folds seen so far, by code point: hostile text repeats a few letter-like characters. */
const FOLDED = new Map<number, string | null>();
const FOLDED_MAX = 4096;

/** The Latin letters a character folds to (NFKC, then accents dropped), or null if none. */
function foldToLatin(char: string): string | null {
  const code = char.codePointAt(0) ?? 0;
  const known = FOLDED.get(code);
  if (known !== undefined) return known;
  const folded = char.normalize('NFKC');
  const stripped = /^[\x21-\x7e]+$/.test(folded) ? folded : folded.normalize('NFD').replace(/[\u0300-\u036f]/g, '');
  const latin = /^[\x21-\x7e]+$/.test(stripped) ? stripped : null;
  if (FOLDED.size < FOLDED_MAX) FOLDED.set(code, latin);
  return latin;
}

function isHex(code: number): boolean {
  return (code >= 48 && code <= 57) || ((code | 0x20) >= 97 && (code | 0x20) <= 102);
}

/** A percent-escape's byte at `index` (`%2E` → 0x2e), or -1. */
function escapedByte(source: string, index: number, to: number): number {
  if (index + 2 >= to || !isHex(source.charCodeAt(index + 1)) || !isHex(source.charCodeAt(index + 2))) return -1;
  return parseInt(source.slice(index + 1, index + 3), 16);
}

/** A letter, digit or hyphen: what a percent-escape may hide in a host (`%74.me` is t.me). */
function isHostByte(byte: number): boolean {
  return (byte >= 0x61 && byte <= 0x7a) || (byte >= 0x41 && byte <= 0x5a) || (byte >= 0x30 && byte <= 0x39) || byte === 0x2d;
}

/**
 * The maps, in buffers reused by every span: a span's maps are read before the next span is
 * normalised (the detector looks at one span at a time). Allocating them per window cost more
 * than everything else a window does (measured in `npm run bench`). Module variables, not an
 * object's fields: the content script's size budget counts every property name.
 */
let starts = new Int32Array(256);
let ends = new Int32Array(256);
let marks = new Uint8Array(256);
let alike = new Uint8Array(256);
/** The text and the length of the maps being written, and whether an invisible character came just before. */
let pieces = '';
let written = 0;
let pending = false;

function grown<T extends Int32Array | Uint8Array>(old: T, fresh: T, keep: number): T {
  fresh.set(old.subarray(0, keep));
  return fresh;
}

/** Room for `needed` characters in the maps, the first `keep` kept. */
function reserve(needed: number, keep: number): void {
  if (needed <= starts.length) return;
  const size = Math.max(needed, starts.length * 2);
  starts = grown(starts, new Int32Array(size), keep);
  ends = grown(ends, new Int32Array(size), keep);
  marks = grown(marks, new Uint8Array(size), keep);
  alike = grown(alike, new Uint8Array(size), keep);
}

/** Appends `value`, made from source characters `start`–`end`. */
function emit(value: string, start: number, end: number, disguised: boolean): void {
  reserve(written + value.length, written);
  const mark = disguised || pending ? 1 : 0;
  for (let unit = 0; unit < value.length; unit++, written++) {
    starts[written] = start;
    ends[written] = end;
    marks[written] = mark;
  }
  pending = false;
  pieces += value;
}

function begin(): void {
  pieces = '';
  written = 0;
  pending = false;
}

function finish(): NormalizedText {
  alike.fill(0, 0, written);
  return { text: pieces, sourceStart: starts, sourceEnd: ends, obfuscated: marks, lookAlike: alike };
}

/**
 * Normalises `source.slice(from, to)`; indices in the result refer to `source`. The maps are valid
 * (and as long as the text) until the next call: read them before normalising another span.
 */
export function normalizeSpan(source: string, from: number, to: number): NormalizedText {
  let state = undoDisguisedCharacters(source, from, to);
  if (MAY_SPELL_DOT.test(state.text)) state = collapseSpelledDots(state);
  state = undoDefang(state);
  return mapHomoglyphs(state);
}

/**
 * The one forward pass: invisible characters dropped (marking the next one disguised), odd dots,
 * letter-like forms and percent-escapes of dots, slashes, «://» and host letters undone. A window
 * with none of these (most of them) is copied as it is.
 */
function undoDisguisedCharacters(source: string, from: number, to: number): NormalizedText {
  const length = to - from;
  let plain = true;
  for (let index = from; index < to && plain; index++) {
    const code = source.charCodeAt(index);
    plain = code === 37 ? escapedByte(source, index, to) < 0 : code < 0x80 || ((code < 0xd800 || code > 0xdfff) && classOf(code) === KNOWN);
  }
  begin();
  if (plain) {
    reserve(length, 0);
    for (let index = 0; index < length; index++) {
      starts[index] = from + index;
      ends[index] = from + index + 1;
    }
    marks.fill(0, 0, length);
    pieces = source.slice(from, to);
    written = length;
    return finish();
  }

  for (let index = from; index < to; ) {
    const code = source.charCodeAt(index);
    if (code < 0x80) {
      // Percent-encoded dot, slash, «://» (a redirect's encoded target), or a host's letter: what
      // the URL means — the WHATWG parser decodes a host's escapes before it looks the host up.
      const byte = code === 37 ? escapedByte(source, index, to) : -1;
      if (byte >= 0) {
        const schemeSlashes = byte === 0x3a && /^%2f%2f/i.test(source.slice(index + 3, index + 9));
        if (byte === 0x2e || byte === 0x2f || schemeSlashes || isHostByte(byte)) {
          emit(String.fromCharCode(byte), index, index + 3, true);
          index += 3;
          continue;
        }
      }
      emit(source[index], index, index + 1, false);
      index++;
      continue;
    }
    let width = 1;
    let codePoint = code;
    if (code >= 0xd800 && code <= 0xdbff && index + 1 < to) {
      const low = source.charCodeAt(index + 1);
      if (low >= 0xdc00 && low <= 0xdfff) {
        codePoint = ((code - 0xd800) << 10) + (low - 0xdc00) + 0x10000;
        width = 2;
      }
    }
    const next = index + width;
    const kind = width === 1 ? classOf(code) : 0;
    if (kind & INVISIBLE || (codePoint >= 0xe0000 && codePoint <= 0xe01ef)) {
      pending = true; // tags and variation selectors are invisible too
    } else if (kind & DOT_LIKE) {
      emit('.', index, next, true);
    } else if (width === 1 ? kind & MAY_FOLD : mayFoldToLatin(codePoint)) {
      const char = source.slice(index, next);
      const latin = foldToLatin(char);
      emit(latin ?? char, index, next, latin !== null);
    } else {
      emit(width === 1 ? source[index] : source.slice(index, next), index, next, false);
    }
    index = next;
  }
  return finish();
}

/**
 * Spelled dots collapsed in place: each becomes one character, so what is written never overtakes
 * what is still to be read in the same buffers.
 */
function collapseSpelledDots(state: NormalizedText): NormalizedText {
  const { text } = state;
  SPELLED_DOT.lastIndex = 0;
  let match = SPELLED_DOT.exec(text);
  if (!match) return state;
  begin();
  let copied = 0;
  const copy = (until: number) => {
    for (let index = copied; index < until; index++, written++) {
      starts[written] = starts[index];
      ends[written] = ends[index];
      marks[written] = marks[index];
    }
    pieces += text.slice(copied, until);
  };
  for (; match; match = SPELLED_DOT.exec(text)) {
    const end = match.index + match[0].length;
    copy(match.index);
    const start = starts[match.index];
    const last = ends[end - 1];
    starts[written] = start;
    ends[written] = last;
    marks[written++] = 1;
    pieces += match[0] === '[:]' ? ':' : '.';
    copied = end;
  }
  copy(text.length);
  return finish();
}

/** `hxxp://`, `hxxps://`: the defanged schemes of security write-ups, read as what they mean. */
const DEFANGED = /\bhxxp(?=s?:)/gi;

function undoDefang(state: NormalizedText): NormalizedText {
  DEFANGED.lastIndex = 0;
  if (!DEFANGED.test(state.text)) return state;
  DEFANGED.lastIndex = 0;
  const chars = state.text.split('');
  for (const match of state.text.matchAll(DEFANGED)) {
    chars[match.index + 1] = chars[match.index + 1] === 'X' ? 'T' : 't';
    chars[match.index + 2] = chars[match.index + 2] === 'X' ? 'T' : 't';
    for (let offset = 0; offset < 4; offset++) state.obfuscated[match.index + offset] = 1;
  }
  state.text = chars.join('');
  return state;
}

function isSpaceCode(code: number): boolean {
  return code === 32 || code === 10 || code === 9 || code === 13 || code === 0xa0 || code === 0x3000 || code === 0x2028 || code === 0x2029;
}

/** Letters of the Russian alphabet: a run of only these (and punctuation) is a Russian word. */
function isRussianLetter(code: number): boolean {
  return (code >= 0x0410 && code <= 0x044f) || code === 0x0401 || code === 0x0451;
}

/** Every look-alike is below U+0530 (Cyrillic, Greek, the IPA «ɡ»): its Latin letter by code. */
export const LOOK_ALIKE_LIMIT = 0x530;
const LOOK_ALIKE = new Uint16Array(LOOK_ALIKE_LIMIT);
// (A unit test keeps every look-alike below the limit.)
for (const [char, latin] of Object.entries(HOMOGLYPHS)) LOOK_ALIKE[char.charCodeAt(0)] = latin.charCodeAt(0);
const lookAlikeOf = (code: number) => (code >= 0x80 && code < LOOK_ALIKE_LIMIT ? LOOK_ALIKE[code] : 0);

/**
 * Replaces look-alike letters, only inside whitespace-separated runs that also hold a Latin
 * letter or a look-alike that is not a Russian letter (ѕ, і, Greek): Russian words and
 * abbreviations («т.е.») are left alone.
 */
function mapHomoglyphs(state: NormalizedText): NormalizedText {
  const { text } = state;
  let output: string | null = null;
  let copied = 0;
  let runStart = 0;
  let qualifies = false;
  let hasLookAlike = false;
  for (let index = 0; index <= text.length; index++) {
    const code = index < text.length ? text.charCodeAt(index) : 32;
    if (!isSpaceCode(code)) {
      const latin = lookAlikeOf(code);
      if (((code | 0x20) >= 97 && (code | 0x20) <= 122) || (latin !== 0 && !isRussianLetter(code))) qualifies = true;
      if (latin !== 0) hasLookAlike = true;
      continue;
    }
    if (qualifies && hasLookAlike) {
      // The run is rebuilt with its look-alikes replaced; the text between runs is copied whole.
      output = (output ?? '') + text.slice(copied, runStart);
      for (let position = runStart; position < index; position++) {
        const latin = lookAlikeOf(text.charCodeAt(position));
        if (latin !== 0) {
          output += String.fromCharCode(latin);
          state.obfuscated[position] = 1;
          state.lookAlike[position] = 1;
        } else output += text[position];
      }
      copied = index;
    }
    runStart = index + 1;
    qualifies = false;
    hasLookAlike = false;
  }
  if (output !== null) state.text = output + text.slice(copied);
  return state;
}
