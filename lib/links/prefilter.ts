/**
 * A cheap first pass: one regular expression, built from the catalogue, that finds every place
 * where a banned link *could* be — in plain or obfuscated spelling. Almost all chat text has no
 * such place, so the expensive parsing only ever sees a few short windows.
 */
import { MESSENGERS } from './catalogue';
import { DOT_LIKE_CLASS, HOMOGLYPHS, INVISIBLE_CLASS } from './normalize';

/** Labels too generic to stand for a messenger on their own. */
const GENERIC_LABELS = new Set(['com', 'org', 'live', 'cloud', 'microsoft', 'qq']);

/** The keywords whose (possibly obfuscated) presence makes a text worth parsing. */
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

const INVISIBLE_RUN = `[${INVISIBLE_CLASS}]*`;
const GAP = `[\\s${INVISIBLE_CLASS}]{0,3}`;
const DOT = `${GAP}(?:[${DOT_LIKE_CLASS}]|[[({]\\s?(?:[${DOT_LIKE_CLASS}]|dot|точка)\\s?[\\])}]|dot|точка)${GAP}`;

function letterClass(letter: string, lookAlikes: boolean): string {
  const variants = new Set([letter, letter.toUpperCase()]);
  if (lookAlikes) {
    for (const variant of [...variants]) {
      const code = variant.charCodeAt(0);
      if (code >= 0x21 && code <= 0x7e) variants.add(String.fromCharCode(code + 0xfee0)); // full-width
    }
    for (const [lookAlike, latin] of Object.entries(HOMOGLYPHS)) {
      if (latin.toLowerCase() === letter) variants.add(lookAlike);
    }
  }
  const escaped = [...variants].map((char) => (/[\w]/.test(char) ? char : `\\${char}`));
  return escaped.length === 1 ? escaped[0] : `[${escaped.join('')}]`;
}

function keywordPattern(keyword: string, lookAlikes: boolean): string {
  const parts: string[] = [];
  for (const char of keyword) {
    if (char === '.') parts.push(DOT);
    else if (char === ':') parts.push(lookAlikes ? '[:：]' : ':');
    else if (char === '-') parts.push(lookAlikes ? '[-－]' : '-');
    else {
      if (lookAlikes && parts.length > 0 && parts[parts.length - 1] !== DOT) parts.push(INVISIBLE_RUN);
      parts.push(letterClass(char, lookAlikes));
    }
  }
  return parts.join('');
}

/**
 * Signs of disguise worth a closer look: invisible characters, full-width forms and odd dots, or
 * a Latin letter touching a Cyrillic or Greek one («тelegram», «т.me»). Each branch starts on a
 * rare character, so the scan stays fast on ordinary Cyrillic text.
 */
const LOOK_ALIKE_SCRIPTS = '\\u0370-\\u03FF\\u0400-\\u052F';
const DISGUISE =
  `[${INVISIBLE_CLASS}\\uFF01-\\uFF5E\\u3002\\uFF61\\u2024\\u2027\\u30FB\\uFE52]` +
  `|[a-zA-Z](?:(?=[${LOOK_ALIKE_SCRIPTS}])|(?<=[${LOOK_ALIKE_SCRIPTS}][.\\u00B7]{0,3}[a-zA-Z]))`;

/**
 * Fast pass over raw text. Group 1 set: a plainly spelled keyword (case and spelled-out dots
 * allowed). Otherwise: a sign of disguise — confirm the line with `DISGUISED_KEYWORD`.
 */
export const PREFILTER = new RegExp(
  `(${prefilterKeywords().map((keyword) => keywordPattern(keyword, false)).join('|')})|${DISGUISE}`,
  'g',
);

/** Every keyword in every disguise the normaliser undoes; run only on suspicious lines. */
export const DISGUISED_KEYWORD = new RegExp(
  prefilterKeywords().map((keyword) => keywordPattern(keyword, true)).join('|'),
  'g',
);
