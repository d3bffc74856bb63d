/**
 * `npm run bench` (detector part), every figure a ratio to a baseline measured in the same run:
 * - the close look's cost per link found: the same unique messages timed with and without their
 *   banned links (paired, alternating runs), the difference divided by the links found — on a 2%
 *   corpus like a real chat (1 MB in UTF-8), on a dense 20% one where the difference stands clear
 *   of the noise, and on Latin-heavy text with 0.5% links;
 * - the whole text against linkify-it's match() and against the every-character floor (one pass of
 *   a one-class regex over every character);
 * - hostile text: each family at 32 KB and 128 KB (a 4× longer input may take at most 6× the time),
 *   and at 128 KB against ordinary chat text of the same size, timed beside it (paired).
 */
import { linkifyit } from 'linkify-it';
import { findForeignLinks } from '../../lib/links/index';
import { ADVERSARIAL_FAMILIES } from './adversarial';
import { chatCorpus, latinChatCorpus, uniqueChatCorpus } from './corpus';

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

export function time(run: () => unknown, rounds: number): number {
  for (let index = 0; index < 5; index++) run(); // warm-up: JIT, regex compilation
  const samples: number[] = [];
  for (let index = 0; index < rounds; index++) {
    const start = performance.now();
    run();
    samples.push(performance.now() - start);
  }
  return median(samples);
}

/** The median of paired differences: each round times both texts, back to back. */
export function pairedDifference(a: () => unknown, b: () => unknown, rounds: number): { a: number; b: number; difference: number } {
  for (let index = 0; index < 5; index++) {
    a();
    b();
  }
  const aTimes: number[] = [];
  const bTimes: number[] = [];
  const differences: number[] = [];
  for (let index = 0; index < rounds; index++) {
    const first = index % 2 === 0;
    let start = performance.now();
    if (first) a();
    else b();
    const one = performance.now() - start;
    start = performance.now();
    if (first) b();
    else a();
    const two = performance.now() - start;
    const [aMs, bMs] = first ? [one, two] : [two, one];
    aTimes.push(aMs);
    bTimes.push(bMs);
    differences.push(aMs - bMs);
  }
  return { a: median(aTimes), b: median(bTimes), difference: median(differences) };
}

/** Every character read once, by the simplest regex there is: what any scan of the text costs. */
export const FLOOR = /[\u00AD\u200B-\u200F\u2060-\u206F\uFEFF]/g;

function perLink(share: number, make: typeof uniqueChatCorpus = uniqueChatCorpus) {
  const corpus = make(1_000_000, share);
  const found = findForeignLinks(corpus.withLinks).length;
  const { a: withMs, b: withoutMs, difference } = pairedDifference(() => findForeignLinks(corpus.withLinks), () => findForeignLinks(corpus.withoutLinks), 101);
  return { corpus, found, withMs, withoutMs, perLinkUs: (difference * 1000) / found };
}

export function benchDetector(): Record<string, number | string> {
  const sparse = perLink(0.02);
  const dense = perLink(0.2);
  // Latin-heavy text with few links: where the prefilter's first-letter filter passes most often.
  const latin = perLink(0.005, latinChatCorpus);
  const latinFloorMs = time(() => latin.corpus.withLinks.match(FLOOR), 31);
  const text = sparse.corpus.withLinks;
  const linkify = linkifyit({ fuzzyLink: true, fuzzyEmail: true });
  const linkifyMs = time(() => linkify.match(text), 11);
  const floorMs = time(() => text.match(FLOOR), 31);
  // The corpus of earlier runs (fixed sentences), where linkify-it is at its fastest.
  const classic = chatCorpus(1_000_000, 0.02);
  const classicDetectorMs = time(() => findForeignLinks(classic), 31);
  const classicLinkifyMs = time(() => linkify.match(classic), 11);

  // The same length in characters as each hostile text (those are sized in characters).
  const ordinary = uniqueChatCorpus(512 * 1024, 0).withLinks.slice(0, 128 * 1024);
  let worstGrowth = 0;
  let worstGrowthName = '';
  let worstVsOrdinary = 0;
  let worstVsOrdinaryName = '';
  for (const [name, make] of ADVERSARIAL_FAMILIES) {
    const small = make(32 * 1024);
    const large = make(128 * 1024);
    // Interleaved, so both sizes meet the same moments of the machine (timed one after the
    // other, a family's growth read 8× once where it is 4.3×).
    const { a: largeMs, b: smallMs } = pairedDifference(() => findForeignLinks(large), () => findForeignLinks(small), 15);
    const growth = largeMs / Math.max(smallMs, 0.001);
    if (growth > worstGrowth) [worstGrowth, worstGrowthName] = [growth, name];
    // Against ordinary text timed beside it: one ordinary timing for all families, taken before
    // them, read the same code's ratio at 54× and at 131× in runs of one afternoon.
    const { a: hostileMs, b: ordinaryMs } = pairedDifference(() => findForeignLinks(large), () => findForeignLinks(ordinary), 15);
    const vsOrdinary = hostileMs / Math.max(ordinaryMs, 0.001);
    if (vsOrdinary > worstVsOrdinary) [worstVsOrdinary, worstVsOrdinaryName] = [vsOrdinary, name];
  }
  return {
    textChars: text.length,
    linksFound: sparse.found,
    detectorMs: sparse.withMs,
    withoutLinksMs: sparse.withoutMs,
    perLinkUs: sparse.perLinkUs,
    denseLinksFound: dense.found,
    densePerLinkUs: dense.perLinkUs,
    latinLinksFound: latin.found,
    latinPerLinkUs: latin.perLinkUs,
    latinRatioVsFloor: latin.withMs / latinFloorMs,
    linkifyMatchMs: linkifyMs,
    ratioVsLinkify: sparse.withMs / linkifyMs,
    classicRatioVsLinkify: classicDetectorMs / classicLinkifyMs,
    floorMs,
    ratioVsFloor: sparse.withMs / floorMs,
    hostileWorstGrowth4x: worstGrowth,
    hostileWorstGrowthFamily: worstGrowthName,
    hostileWorstVsOrdinary128KB: worstVsOrdinary,
    hostileWorstVsOrdinaryFamily: worstVsOrdinaryName,
  };
}
