/**
 * The prefilter's keyword pass, grouped by first letter, finds exactly what one alternative per
 * keyword finds — the same places, the same lengths — on text made of the keywords' own letters,
 * their look-alikes, dots, gaps and escapes.
 */
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { ESCAPED_LETTER, KEYWORDS, prefilterKeywords, tolerantPattern } from '../../../lib/links/prefilter';

const reference = new RegExp(
  [...prefilterKeywords().map((keyword) => `[${keyword[0]}${keyword[0].toUpperCase()}]${tolerantPattern(keyword, 1)}`), ESCAPED_LETTER].join('|'),
  'g',
);

const matches = (pattern: RegExp, text: string) => [...text.matchAll(new RegExp(pattern.source, 'g'))].map((match) => [match.index, match[0]]);

const pieces = fc.constantFrom(
  ...'telgramscowhapviberdisckypnyfqxTELGWAVDSM.:-'.split(''),
  ' ', ' . ', '[.]', '(dot)', ' точка ', '%2E', '%74', '%2e', 'е', 'а', 'о', 'с', 'р', 'м', 'т', '\u200B', '。', 'x',
  't.me', 'wa.me', 'tg:', 'ms-sfb', 'dis.gd', 'wx.qq', 'telegram', 'whatsapp', 'teams', 'telesco',
);

describe('the prefilter’s keyword pass', () => {
  test('grouped by first letter, it matches where and as far as one alternative per keyword does', () => {
    fc.assert(
      fc.property(fc.array(pieces, { maxLength: 40 }), (parts) => {
        const text = parts.join('');
        expect(matches(KEYWORDS, text)).toEqual(matches(reference, text));
      }),
      { numRuns: 4000 },
    );
  });
});
