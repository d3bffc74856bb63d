/**
 * `npm run bench` (detector part): the detector on ~1 MB of realistic Russian chat text with 1% of
 * messages carrying a banned link, against linkify-it's own match() and a single pass of a trivial
 * regex over the messenger hosts on the same text, in the same run; then the worst adversarial
 * input per MB (the families of the unit test's work count). Medians and ratios; the machine is noisy.
 */
import { linkifyit } from 'linkify-it';
import { findForeignLinks } from '../../lib/links/index';
import { ADVERSARIAL_FAMILIES } from './adversarial';
import { chatCorpus } from './corpus';


function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

function time(run: () => unknown, rounds: number): number {
  for (let index = 0; index < 5; index++) run(); // warm-up: JIT, regex compilation
  const samples: number[] = [];
  for (let index = 0; index < rounds; index++) {
    const start = performance.now();
    run();
    samples.push(performance.now() - start);
  }
  return median(samples);
}

export function benchDetector(): Record<string, number> {
  const text = chatCorpus(1_000_000, 0.01);
  const linkify = linkifyit({ fuzzyLink: true, fuzzyEmail: true });
  const trivial = /t\.me|telegram\.(?:me|dog|org)|wa\.me|whatsapp\.com|viber|discord(?:app)?\.(?:gg|com)|teams\.(?:microsoft|live)\.com|skype|snapchat\.com|threema|wechat|weixin/gi;
  const rounds = 31;
  const detector = time(() => findForeignLinks(text), rounds);
  const linkifyMs = time(() => linkify.match(text), rounds);
  const trivialMs = time(() => text.match(trivial), rounds);
  const found = findForeignLinks(text).length;
  let worstName = '';
  let worstMs = 0;
  for (const [name, make] of ADVERSARIAL_FAMILIES) {
    const input = make(1 << 20);
    const ms = time(() => findForeignLinks(input), 3);
    if (ms > worstMs) {
      worstMs = ms;
      worstName = name;
    }
  }
  const result = {
    textChars: text.length,
    linksFound: found,
    detectorMs: detector,
    linkifyMatchMs: linkifyMs,
    trivialRegexMs: trivialMs,
    ratioVsLinkify: detector / linkifyMs,
    ratioVsTrivial: detector / trivialMs,
    adversarialWorstMsPerMB: worstMs,
    adversarialWorstVsOrdinary: worstMs / detector,
  };
  console.log(`worst adversarial input: ${worstName}`);
  return result;
}
