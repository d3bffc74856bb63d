/**
 * `npm run bench` (fraud-risk part): `findRisks` beside `findForeignLinks` on the same corpora, every
 * figure a ratio to a baseline of the same run — per message (a chat's messages one by one, as the
 * content script meets them) against the detector and against the every-character floor; per risk
 * found (the same messages with and without their frauds, paired); the cold first call.
 */
import { findForeignLinks, findRisks } from '../../lib/links/index';
import { riskChatCorpus, uniqueChatCorpus } from './corpus';
import { FLOOR, pairedDifference, time } from './detector.bench';

export function benchRisks(): Record<string, number> {
  const coldStart = performance.now();
  findRisks('Продиктуйте код из СМС: https://gosuslugi-ru.com');
  const coldFirstCallMs = performance.now() - coldStart;

  const messages = uniqueChatCorpus(1_000_000, 0.02).withLinks.split('\n');
  const eachMessage = (run: (text: string) => unknown) => () => {
    for (const message of messages) run(message);
  };
  const risksMs = time(eachMessage((text) => findRisks(text)), 21);
  const detectorMs = time(eachMessage((text) => findForeignLinks(text)), 21);
  const floorMs = time(eachMessage((text) => text.match(FLOOR)), 21);

  const frauds = riskChatCorpus(1_000_000, 0.02);
  const withRisks = frauds.withLinks.split('\n');
  const withoutRisks = frauds.withoutLinks.split('\n');
  const found = withRisks.reduce((sum, message) => sum + findRisks(message).length, 0);
  const { difference } = pairedDifference(
    () => withRisks.forEach((message) => findRisks(message)),
    () => withoutRisks.forEach((message) => findRisks(message)),
    31,
  );
  return {
    messages: messages.length,
    coldFirstCallMs,
    risksMs,
    detectorMs,
    floorMs,
    perMessageUs: (risksMs * 1000) / messages.length,
    ratioVsDetector: risksMs / detectorMs,
    ratioVsFloor: risksMs / floorMs,
    risksFound: found,
    perRiskUs: (difference * 1000) / found,
  };
}
