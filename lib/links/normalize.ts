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

// eslint-disable-next-line no-misleading-character-class
const INVISIBLE_OR_COMBINING = new RegExp(`[${INVISIBLE_CLASS}${COMBINING_CLASS}]`);
const DOT_LIKE = new RegExp(`[${DOT_LIKE_CLASS}]`);

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
  'giu',
);

export interface NormalizedText {
  text: string;
  /** Original index where the character at each normalised index starts. */
  sourceStart: number[];
  /** Original index just past the character(s) it came from. */
  sourceEnd: number[];
  /** Whether that character came from a disguise (not just from case). */
  obfuscated: boolean[];
  /** Whether that character was a look-alike letter of another script (for glued words). */
  lookAlike: boolean[];
}

/** Code points whose NFKC form may be Latin: letter-like, enclosed, mathematical, ligatures. */
function mayFoldToLatin(code: number): boolean {
  return (
    (code >= 0x00c0 && code <= 0x024f) || // Latin-1 and Extended-A/B letters with accents
    (code >= 0x1d00 && code <= 0x1dbf) || // phonetic small capitals and modifier letters
    (code >= 0x1e00 && code <= 0x1eff) || // Latin Extended Additional
    (code >= 0x2070 && code <= 0x209f) || // superscripts and subscripts
    (code >= 0x2100 && code <= 0x218f) || // letter-like symbols, Roman numerals
    (code >= 0x2460 && code <= 0x24ff) || // enclosed (circled) alphanumerics
    (code >= 0x3200 && code <= 0x33ff) || // enclosed CJK letters, squared Latin abbreviations
    (code >= 0xfb00 && code <= 0xfb06) || // Latin ligatures
    (code >= 0xfe50 && code <= 0xfe6b) || // small form variants
    (code >= 0xff01 && code <= 0xff5e) || // full-width ASCII
    (code >= 0x1d400 && code <= 0x1d7ff) || // mathematical alphanumerics
    (code >= 0x1f110 && code <= 0x1f189) // parenthesised, circled, squared Latin letters
  );
}

/** The Latin letters a character folds to (NFKC, then accents dropped), or null if none. */
function foldToLatin(char: string): string | null {
  const folded = char.normalize('NFKC');
  const stripped = /^[\x21-\x7e]+$/.test(folded) ? folded : folded.normalize('NFD').replace(/[\u0300-\u036f]/g, '');
  return /^[\x21-\x7e]+$/.test(stripped) ? stripped : null;
}

function isHex(code: number): boolean {
  return (code >= 48 && code <= 57) || ((code | 0x20) >= 97 && (code | 0x20) <= 102);
}

/** Normalises `source.slice(from, to)`; indices in the result refer to `source`. */
export function normalizeSpan(source: string, from: number, to: number): NormalizedText {
  const chars: string[] = [];
  const sourceStart: number[] = [];
  const sourceEnd: number[] = [];
  const obfuscated: boolean[] = [];
  const lookAlike: boolean[] = [];
  let pending = false;
  const emit = (value: string, start: number, end: number, disguised: boolean) => {
    for (let unit = 0; unit < value.length; unit++) {
      chars.push(value[unit]);
      sourceStart.push(start);
      sourceEnd.push(end);
      obfuscated.push(disguised || pending);
      lookAlike.push(false);
    }
    pending = false;
  };

  for (let index = from; index < to; ) {
    const code = source.charCodeAt(index);
    if (code < 0x80) {
      // Percent-encoded dot, slash, or «://» (a redirect's encoded target): what the URL means.
      if (code === 37 /* % */ && index + 2 < to && isHex(source.charCodeAt(index + 1)) && isHex(source.charCodeAt(index + 2))) {
        const byte = parseInt(source.slice(index + 1, index + 3), 16);
        const schemeSlashes = byte === 0x3a && /^%2f%2f/i.test(source.slice(index + 3, index + 9));
        if (byte === 0x2e || byte === 0x2f || schemeSlashes) {
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
    const char = width === 1 ? source[index] : source.slice(index, index + 2);
    const next = index + width;
    if (INVISIBLE_OR_COMBINING.test(char) || (codePoint >= 0xe0000 && codePoint <= 0xe01ef)) {
      pending = true; // tags and variation selectors are invisible too
    } else if (DOT_LIKE.test(char)) {
      emit('.', index, next, true);
    } else if (mayFoldToLatin(codePoint)) {
      const latin = foldToLatin(char);
      emit(latin ?? char, index, next, latin !== null);
    } else {
      emit(char, index, next, false);
    }
    index = next;
  }

  let state: NormalizedText = { text: chars.join(''), sourceStart, sourceEnd, obfuscated, lookAlike };
  state = collapseSpelledDots(state);
  state = undoDefang(state);
  return mapHomoglyphs(state);
}

function collapseSpelledDots(state: NormalizedText): NormalizedText {
  SPELLED_DOT.lastIndex = 0;
  if (!SPELLED_DOT.test(state.text)) return state;
  const result: NormalizedText = { text: '', sourceStart: [], sourceEnd: [], obfuscated: [], lookAlike: [] };
  const pieces: string[] = [];
  let copied = 0;
  const copy = (until: number) => {
    pieces.push(state.text.slice(copied, until));
    for (let index = copied; index < until; index++) {
      result.sourceStart.push(state.sourceStart[index]);
      result.sourceEnd.push(state.sourceEnd[index]);
      result.obfuscated.push(state.obfuscated[index]);
      result.lookAlike.push(false);
    }
  };
  SPELLED_DOT.lastIndex = 0;
  for (const match of state.text.matchAll(SPELLED_DOT)) {
    const start = match.index;
    const end = start + match[0].length;
    copy(start);
    pieces.push(match[0] === '[:]' ? ':' : '.');
    result.sourceStart.push(state.sourceStart[start]);
    result.sourceEnd.push(state.sourceEnd[end - 1]);
    result.obfuscated.push(true);
    result.lookAlike.push(false);
    copied = end;
  }
  copy(state.text.length);
  result.text = pieces.join('');
  return result;
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
    for (let offset = 0; offset < 4; offset++) state.obfuscated[match.index + offset] = true;
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

/**
 * Replaces look-alike letters, only inside whitespace-separated runs that also hold a Latin
 * letter or a look-alike that is not a Russian letter (ѕ, і, Greek): Russian words and
 * abbreviations («т.е.») are left alone.
 */
function mapHomoglyphs(state: NormalizedText): NormalizedText {
  const { text } = state;
  let output: string[] | null = null;
  let runStart = 0;
  let qualifies = false;
  let hasLookAlike = false;
  for (let index = 0; index <= text.length; index++) {
    const code = index < text.length ? text.charCodeAt(index) : 32;
    if (!isSpaceCode(code)) {
      if (((code | 0x20) >= 97 && (code | 0x20) <= 122) || (code >= 0x80 && !isRussianLetter(code) && HOMOGLYPHS[text[index]])) {
        qualifies = true;
      }
      if (code >= 0x80 && HOMOGLYPHS[text[index]]) hasLookAlike = true;
      continue;
    }
    if (qualifies && hasLookAlike) {
      output ??= text.split('');
      for (let position = runStart; position < index; position++) {
        const latin = HOMOGLYPHS[text[position]];
        if (latin) {
          output[position] = latin;
          state.obfuscated[position] = true;
          state.lookAlike[position] = true;
        }
      }
    }
    runStart = index + 1;
    qualifies = false;
    hasLookAlike = false;
  }
  if (output) state.text = output.join('');
  return state;
}
