/**
 * Properties of the detector on random and adversarial input: it never throws, its results are
 * well-formed, and the work it does grows linearly with the input.
 */
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { findForeignLinks, newDetectorWork, type DetectorWork } from '../../../lib/links/index';
import { MESSENGERS } from '../../../lib/links/catalogue';
import { prefilterKeywords, PREFILTER_PASSES } from '../../../lib/links/prefilter';
import { ADVERSARIAL_FAMILIES } from '../../bench/adversarial';

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
        const hit = PREFILTER_PASSES.some((pass) => {
          pass.lastIndex = 0;
          return pass.test(sample);
        });
        expect(hit, sample).toBe(true);
        expect(findForeignLinks(`https://${sample}/x`).length + findForeignLinks(sample).length, sample).toBeGreaterThan(0);
      }
    }
    expect(prefilterKeywords().length).toBeGreaterThan(10);
  });
});

/**
 * Linear work, counted rather than timed (clocks are noise on a busy machine): for every
 * adversarial family, the characters the detector examines — window edges found, windows
 * normalised — stay under a small constant times the input's length, and 8× the input costs
 * at most 8× (+ a little) the work.
 */
describe('linear work on adversarial input', () => {
  const families: [string, (size: number) => string][] = [
    ...ADVERSARIAL_FAMILIES,
    ['random Unicode', (size) => fc.sample(fc.string({ unit: 'binary', minLength: size, maxLength: size }), { numRuns: 1, seed: 7 })[0]],
  ];
  const workOf = (text: string) => {
    const work = newDetectorWork();
    findForeignLinks(text, work);
    return work;
  };
  test.each(families)('%s', (_name, make) => {
    const small = make(16 * 1024);
    const large = make(128 * 1024);
    const smallWork = workOf(small);
    const largeWork = workOf(large);
    const total = (work: DetectorWork) => work.windowChars + work.edgeChars + work.prefilterChars;
    // Each character is normalised by few windows and edge scans, whatever the input…
    expect((smallWork.windowChars + smallWork.edgeChars) / small.length).toBeLessThan(4);
    expect((largeWork.windowChars + largeWork.edgeChars) / large.length).toBeLessThan(4);
    // …and searched by each prefilter pass once: a pass never searches text again.
    for (const work of [smallWork, largeWork]) expect(work.prefilterChars).toBeGreaterThan(0);
    expect(smallWork.prefilterChars).toBeLessThanOrEqual(PREFILTER_PASSES.length * small.length);
    expect(largeWork.prefilterChars).toBeLessThanOrEqual(PREFILTER_PASSES.length * large.length);
    // Random text differs between the two sizes; the built families must scale exactly.
    if (!_name.startsWith('random')) expect(total(largeWork)).toBeLessThanOrEqual(8.5 * total(smallWork) + 4096);
    expect(largeWork.windows).toBeLessThanOrEqual(large.length / 2 + 1);
  });

  test('the old quadratic case (8,000 characters of «дт.me») is found in bounded work', () => {
    const text = 'дт.me'.repeat(1600);
    const work = newDetectorWork();
    const links = findForeignLinks(text, work);
    expect(links).toHaveLength(1600);
    expect(work.windowChars + work.edgeChars).toBeLessThan(6 * text.length);
    expect(work.prefilterChars).toBeLessThanOrEqual(PREFILTER_PASSES.length * text.length);
  });

  test('ordinary chat text: windows only around the links, not over every word', () => {
    const message = 'Добрый вечер! Завтра контрольная, т.е. повторите стр. 45. Собрание в 18.00. ';
    const text = `${message.repeat(200)}Канал: t.me/klass5a ${message.repeat(200)}`;
    const work = newDetectorWork();
    expect(findForeignLinks(text, work)).toHaveLength(1);
    expect(work.windows).toBe(1);
    expect(work.windowChars).toBeLessThan(100);
    // Both passes read the whole text once, to its end: no more.
    expect(work.prefilterChars).toBe(PREFILTER_PASSES.length * text.length);
  });

  test('the close look costs only the hit’s own neighbourhood, once per hit, however the hits are spaced', () => {
    const link = (index: number) => ['t.me/klass', 'chat.whatsapp.com/Gx', 'https://%74.me/k', 'discord . gg/c', 'wа.me/7900'][index % 5] + index;
    const words = 'Ребята, завтра контрольная по математике, повторите параграф';
    const perHit = (gap: number) => {
      const text = Array.from({ length: 50 }, (_, index) => `${words} ${'т.е. '.repeat(gap)}Ссылка: ${link(index)} спасибо`).join('\n');
      const work = newDetectorWork();
      expect(findForeignLinks(text, work)).toHaveLength(50);
      expect(work.windows).toBe(work.hits);
      return { hits: work.hits, chars: (work.windowChars + work.edgeChars) / work.hits };
    };
    const dense = perHit(0);
    const sparse = perHit(500);
    // One window per link; each reads the link's word and what a dot joins to it, nothing more.
    expect(dense.hits).toBe(50);
    expect(sparse.hits).toBe(50);
    expect(dense.chars).toBeLessThan(80);
    expect(sparse.chars).toBe(dense.chars);
  });
});
