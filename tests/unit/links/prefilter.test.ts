/**
 * The prefilter: its keyword pass, grouped by first letter with the dotted keywords sharing one
 * dot, finds exactly what one alternative per keyword finds (the same places, the same lengths)
 * on text made of the keywords' own letters, their look-alikes, dots, gaps and escapes; and
 * `possibleLinkStarts`, which lets the page scan read a whole page's text at once, points into
 * every stretch of it where the detector would look, in work linear in the text.
 */
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { findForeignLinks, newDetectorWork } from '../../../lib/links/index';
import { ESCAPED_LETTER, KEYWORDS, PREFILTER_PASSES, possibleLinkStarts, prefilterKeywords, tolerantPattern, type StartsWork } from '../../../lib/links/prefilter';
import { ADVERSARIAL_FAMILIES } from '../../bench/adversarial';

const keywords = prefilterKeywords();
const dotted = keywords.filter((keyword) => keyword.includes('.'));
// The dotted keywords share one dot: any first part with any second part («t.gd» too).
const pairs = dotted.flatMap((first) => dotted.map((second) => `${first.split('.')[0]}.${second.split('.')[1]}`));
const reference = new RegExp(
  [...new Set([...keywords, ...pairs])].map((keyword) => `[${keyword[0]}${keyword[0].toUpperCase()}]${tolerantPattern(keyword, 1)}`).concat(ESCAPED_LETTER).join('|'),
  'g',
);

const matches = (pattern: RegExp, text: string) => [...text.matchAll(new RegExp(pattern.source, 'g'))].map((match) => [match.index, match[0]]);

const pieces = fc.constantFrom(
  ...'telgramscowhapviberdisckypnyfqxTELGWAVDSM.:-'.split(''),
  ' ', ' . ', '[.]', '(dot)', ' точка ', '%2E', '%74', '%2e', 'е', 'а', 'о', 'с', 'р', 'м', 'т', '\u200B', '。', 'x',
  't.me', 'wa.me', 'tg:', 'ms-sfb', 'dis.gd', 'wx.qq', 'telegram', 'whatsapp', 'teams', 'telesco',
);

describe('the prefilter’s keyword pass', () => {
  test('grouped by first letter, it matches where and as far as one alternative per keyword (and per dotted pair) does', () => {
    fc.assert(
      fc.property(fc.array(pieces, { maxLength: 40 }), (parts) => {
        const text = parts.join('');
        expect(matches(KEYWORDS, text)).toEqual(matches(reference, text));
      }),
      { numRuns: 4000 },
    );
  });
});

describe('possibleLinkStarts: one search of a whole page’s text', () => {
  const messagePieces = fc.constantFrom(
    't.me/', 'wa.me', 'telegram', 'telegra', 'ms-sfb', 'whatsapp', 'discord.gg', 'tg://', 'viber:', 'dis.gd', 'wx.qq.com', '.', ' . ', '[.]', '(dot)', ' точка ',
    'т', 'е', 'а', 'м', 'ｔ', '．', '。', '\u200B', '\u200D', '\u00AD', '\u202E', '%74', '%2E', 'https://', '/', ' ', '\n', 'Ссылка:',
    '«', '»', 'skype:', 'msteams:', 'x', '1', '😀', '👨\u200D👩', '\uD83C', '\uDD70', '\uD800', '\uDC00', 'Привет, ', 'см. стр. 5',
  );
  const page = fc.array(fc.array(messagePieces, { maxLength: 12 }).map((parts) => parts.join('')), { minLength: 1, maxLength: 30 });

  test('every message the detector would look into holds a start, read among all the others', () => {
    fc.assert(
      fc.property(page, (messages) => {
        const starts = possibleLinkStarts(messages.join(''));
        let offset = 0;
        for (const message of messages) {
          const work = newDetectorWork();
          findForeignLinks(message, work);
          if (work.hits > 0) expect(starts.some((start) => start >= offset && start < offset + message.length)).toBe(true);
          offset += message.length;
        }
      }),
      { numRuns: 3000 },
    );
  });

  test('sorted; overlapping matches all found, none of the rare-letter context asked', () => {
    expect(possibleLinkStarts('Привет, как дела?')).toEqual([]);
    // «ms-sfb» starts inside «telegram»: both, though the first match covers the second's «m».
    expect(possibleLinkStarts('telegrams-sfb')).toEqual([0, 7]);
    // A joiner at the start of a message is a hit there; after an emoji it hides nothing, but a
    // page's text may put any character before a message's first one: it is a start all the same.
    const starts = possibleLinkStarts('😀\u200Dt.me');
    expect(starts).toEqual([...starts].sort((a, b) => a - b));
    expect(starts).toContain(2);
  });

  test('the passes have no lookaround and no anchor: what a stretch matches alone, the whole text matches there too', () => {
    for (const pass of PREFILTER_PASSES) expect(pass.source).not.toMatch(/\(\?<?[=!]|\\b|\\B|\^|\$/);
  });

  test('linear: the characters searched stay within a constant of the text, 8× the text at most 8× (+ a little)', () => {
    const workOf = (text: string) => {
      const work: StartsWork = { chars: 0 };
      possibleLinkStarts(text, work);
      return work.chars;
    };
    for (const [name, make] of ADVERSARIAL_FAMILIES) {
      const small = make(16 * 1024);
      const large = make(128 * 1024);
      expect(workOf(small), name).toBeLessThanOrEqual(4 * PREFILTER_PASSES.length * small.length);
      expect(workOf(large), name).toBeLessThanOrEqual(4 * PREFILTER_PASSES.length * large.length);
      expect(workOf(large), name).toBeLessThanOrEqual(8.5 * workOf(small) + 4096);
    }
  });
});
