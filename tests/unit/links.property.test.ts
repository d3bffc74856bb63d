/**
 * Properties of the detector on random and adversarial input: it never throws, its results are
 * well-formed, and its cost grows linearly with the input (up to 1 MB).
 */
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { findForeignLinks } from '../../lib/links/index';
import { MESSENGERS } from '../../lib/links/catalogue';
import { prefilterKeywords, PREFILTER } from '../../lib/links/prefilter';

const pieces = [
  't.me/', 'wa.me', 'telegram', 'whatsapp', 'discord.gg', 'tg://', 'viber:', '.', '. ', ' . ', '[.]', '(.)', '@',
  'т', 'е', 'а', 'ｔ', '．', '。', '\u200B', '\u00AD', 'https://', '?u=', '%2F', '/', ' ', '\n', 'Ссылка:', '«', '»',
  'skype:', 'msteams:', 'teams.', 'microsoft.com', 'x', '1', '😀', '\uD800', '\uDC00',
];
const adversarial = fc.array(fc.constantFrom(...pieces), { maxLength: 400 }).map((parts) => parts.join(''));
const anyText = fc.oneof(fc.string({ unit: 'binary', maxLength: 2000 }), adversarial);

describe('never throws, always well-formed', () => {
  test('on random and adversarial Unicode', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        const links = findForeignLinks(text);
        let previousEnd = 0;
        for (const link of links) {
          expect(link.start).toBeGreaterThanOrEqual(previousEnd);
          expect(link.end).toBeGreaterThan(link.start);
          expect(link.end).toBeLessThanOrEqual(text.length);
          expect(link.url.length).toBeGreaterThan(0);
          previousEnd = link.end;
        }
      }),
      { numRuns: 1500 },
    );
  });

  test('non-string input gives no links instead of throwing', () => {
    for (const value of [undefined, null, 42, {}, []]) {
      expect(findForeignLinks(value as unknown as string)).toEqual([]);
    }
  });

  test('a found link is found again inside any surrounding ordinary text', () => {
    fc.assert(
      fc.property(
        fc.constantFrom('t.me/abc', 'chat.whatsapp.com/AbC', 'discord.gg/x', 'viber://chat?number=1'),
        fc.constantFrom('', 'Привет! ', 'Ссылка: ', '(', '«'),
        fc.constantFrom('', ' спасибо', ').', '»', '\nновая строка'),
        (link, before, after) => {
          const found = findForeignLinks(before + link + after);
          expect(found).toHaveLength(1);
          expect(found[0].start).toBe(before.length);
          expect(found[0].end).toBe(before.length + link.length);
        },
      ),
    );
  });
});

describe('the prefilter', () => {
  test('catches every catalogue domain and scheme (so the catalogue cannot drift from it)', () => {
    for (const messenger of MESSENGERS) {
      for (const sample of [...messenger.domains, ...messenger.schemes.map((scheme) => `${scheme}://x`)]) {
        PREFILTER.lastIndex = 0;
        expect(PREFILTER.test(sample), sample).toBe(true);
        expect(findForeignLinks(`https://${sample}/x`).length + findForeignLinks(sample).length, sample).toBeGreaterThan(0);
      }
    }
    expect(prefilterKeywords().length).toBeGreaterThan(10);
  });
});

/**
 * Linear time, measured as a ratio within one run (absolute times are noise on these machines):
 * 1 MB must cost under 4× what 8 × 128 KB costs: linear is ~1×, a quadratic path ~8×, and the
 * gap leaves room for the noise of a busy two-core machine (GC of megabyte strings).
 */
describe('linear time', () => {
  const median = (run: () => void) => {
    const samples: number[] = [];
    for (let index = 0; index < 7; index++) {
      const start = performance.now();
      run();
      samples.push(performance.now() - start);
    }
    return samples.sort((a, b) => a - b)[3];
  };
  const cases: [string, (size: number) => string][] = [
    ['links everywhere', (size) => 't.me/a '.repeat(size / 7)],
    ['dots and spaces', (size) => 't . '.repeat(size / 4)],
    ['one endless token', (size) => 'a.'.repeat(size / 2)],
    ['look-alike soup', (size) => 'тe.ме.'.repeat(size / 6)],
    ['invisible characters', (size) => 't\u200B'.repeat(size / 2)],
    ['random Unicode', (size) => fc.sample(fc.string({ unit: 'binary', minLength: size, maxLength: size }), { numRuns: 1, seed: 7 })[0]],
  ];
  test.each(cases)('%s', (_name, make) => {
    const small = make(128 * 1024);
    const large = make(1024 * 1024);
    findForeignLinks(small); // warm-up
    const smallTime = Math.max(median(() => findForeignLinks(small)), 0.5);
    const largeTime = median(() => findForeignLinks(large));
    expect(largeTime / (8 * smallTime)).toBeLessThan(4);
  });
});
