/**
 * Undoing the usual link obfuscations in a short stretch of text while remembering, for every
 * character of the result, which characters of the original it came from — so a link found in
 * the normalised text can be reported (and highlighted) at its place in the original.
 */

/** Zero-width and other invisible characters that are dropped. */
export const INVISIBLE_CLASS = '\\u00AD\\u034F\\u180E\\u200B-\\u200F\\u2060-\\u2064\\uFEFF';
/** Characters that stand for a dot in obfuscated hosts (ideographic, full-width, leaders). */
export const DOT_LIKE_CLASS = '.\\u3002\\uFF0E\\uFF61\\u2024\\u2027\\u30FB\\uFE52\\u00B7\\u2219\\u22C5';

// U+034F (combining grapheme joiner) is listed on purpose: it is an invisible filler here.
// eslint-disable-next-line no-misleading-character-class
const INVISIBLE = new RegExp(`[${INVISIBLE_CLASS}]`);
const DOT_LIKE = new RegExp(`[${DOT_LIKE_CLASS}]`);

/**
 * Letters of other scripts that look like Latin ones, the substitutions seen in spam and
 * evasion attempts (Unicode confusables, restricted to Cyrillic and Greek).
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
 * A dot written out or fenced to dodge link detection: `t . me`, `t[.]me`, `t(dot)me`.
 * A bare spaced dot is collapsed only between Latin characters, so that Russian sentences
 * («см. t.me/x») keep their spaces.
 */
const SPELLED_DOT =
  /[ \t\u00A0]*[[({][ \t\u00A0]?(?:\.|dot|точка)[ \t\u00A0]?[\])}][ \t\u00A0]*|[ \t\u00A0]+(?:dot|точка)[ \t\u00A0]+|(?<=[a-z0-9])(?:[ \t\u00A0]+\.[ \t\u00A0]*|[ \t\u00A0]*\.[ \t\u00A0]+)(?=[a-z])/giu;

export interface NormalizedText {
  text: string;
  /** Original index where the character at each normalised index starts. */
  sourceStart: number[];
  /** Original index just past the character(s) it came from. */
  sourceEnd: number[];
  /** Whether that character came from an obfuscation (not just from case). */
  obfuscated: boolean[];
}

/** Normalises `source.slice(from, to)`; indices in the result refer to `source`. */
export function normalizeSpan(source: string, from: number, to: number): NormalizedText {
  const chars: string[] = [];
  const sourceStart: number[] = [];
  const sourceEnd: number[] = [];
  const obfuscated: boolean[] = [];
  let pendingObfuscation = false;

  for (let index = from; index < to; ) {
    const codePoint = source.codePointAt(index) as number;
    const width = codePoint > 0xffff ? 2 : 1;
    const char = width === 1 ? source[index] : source.slice(index, index + 2);
    const next = index + width;
    if (codePoint < 0x80) {
      chars.push(char);
      sourceStart.push(index);
      sourceEnd.push(next);
      obfuscated.push(pendingObfuscation);
      pendingObfuscation = false;
    } else if (INVISIBLE.test(char)) {
      pendingObfuscation = true;
    } else {
      let replacement = DOT_LIKE.test(char) ? '.' : char.normalize('NFKC');
      if (replacement === '') replacement = char;
      const changed = replacement !== char;
      // One entry per UTF-16 unit, so that indices into `text` stay aligned with the arrays.
      for (let unit = 0; unit < replacement.length; unit++) {
        chars.push(replacement[unit]);
        sourceStart.push(index);
        sourceEnd.push(next);
        obfuscated.push(changed || pendingObfuscation);
      }
      pendingObfuscation = false;
    }
    index = next;
  }

  let state: NormalizedText = { text: chars.join(''), sourceStart, sourceEnd, obfuscated };
  state = collapseSpelledDots(state);
  return mapHomoglyphs(state);
}

function collapseSpelledDots(state: NormalizedText): NormalizedText {
  SPELLED_DOT.lastIndex = 0;
  if (!SPELLED_DOT.test(state.text)) return state;
  SPELLED_DOT.lastIndex = 0;
  const result: NormalizedText = { text: '', sourceStart: [], sourceEnd: [], obfuscated: [] };
  const pieces: string[] = [];
  let copied = 0;
  const copy = (until: number) => {
    pieces.push(state.text.slice(copied, until));
    for (let index = copied; index < until; index++) {
      result.sourceStart.push(state.sourceStart[index]);
      result.sourceEnd.push(state.sourceEnd[index]);
      result.obfuscated.push(state.obfuscated[index]);
    }
  };
  for (const match of state.text.matchAll(SPELLED_DOT)) {
    const start = match.index;
    const end = start + match[0].length;
    copy(start);
    pieces.push('.');
    result.sourceStart.push(state.sourceStart[start]);
    result.sourceEnd.push(state.sourceEnd[end - 1]);
    result.obfuscated.push(true);
    copied = end;
  }
  copy(state.text.length);
  result.text = pieces.join('');
  return result;
}

/**
 * Replaces look-alike letters, but only inside whitespace-separated runs that look like a
 * host or URL (hold a Latin letter or a dot): ordinary Russian words are left alone.
 */
function mapHomoglyphs(state: NormalizedText): NormalizedText {
  const { text } = state;
  let output: string[] | null = null;
  let runStart = 0;
  for (let index = 0; index <= text.length; index++) {
    if (index < text.length && !/\s/.test(text[index])) continue;
    if (index > runStart) {
      const run = text.slice(runStart, index);
      if (/[a-z.]/i.test(run) && /[\u0080-\uFFFF]/.test(run)) {
        output ??= text.split('');
        for (let position = runStart; position < index; position++) {
          const latin = HOMOGLYPHS[text[position]];
          if (latin) {
            output[position] = latin;
            state.obfuscated[position] = true;
          }
        }
      }
    }
    runStart = index + 1;
  }
  if (output) state.text = output.join('');
  return state;
}
