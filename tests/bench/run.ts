/** `npm run bench`: figures and ratios against baselines measured in the same run. */
import fs from 'node:fs';
import path from 'node:path';
import { benchDetector } from './detector.bench';
import { benchScan } from './scan.bench';

const { benchMatcher } = await import('./matcher.bench');
const matcher = benchMatcher();
console.log('Required-chats matcher in Node (median of 21 runs, ms):');
console.table(matcher);
console.log(`goal: 300 classes × 2,000 chat titles <20 ms → ${matcher.matchMs.toFixed(1)} ms (first, cold run ${matcher.firstRunMs.toFixed(1)} ms)\n`);

const detector = benchDetector();
console.log('Detector on 1 MB (UTF-8) of unique Russian chat messages, 2% with a banned link (medians, ms; per link in µs):');
console.table(detector);
const figure = (value: number | string) => (typeof value === 'number' ? value.toFixed(2) : value);
console.log(
  `goals: per link found ≤5 µs → ${figure(detector.perLinkUs)} µs (dense 20%: ${figure(detector.densePerLinkUs)} µs); ` +
    `≤0.5× linkify-it → ${figure(detector.ratioVsLinkify)}× (fixed-sentence corpus ${figure(detector.classicRatioVsLinkify)}×); ` +
    `≤4× the every-character floor → ${figure(detector.ratioVsFloor)}× (Latin-heavy text ${figure(detector.latinRatioVsFloor)}×, ${figure(detector.latinPerLinkUs)} µs per link); hostile: 4× longer ≤6× the time → ${figure(detector.hostileWorstGrowth4x)}× ` +
    `(${detector.hostileWorstGrowthFamily}), at 128 KB ≤100× ordinary text → ${figure(detector.hostileWorstVsOrdinary128KB)}× (${detector.hostileWorstVsOrdinaryFamily})\n`,
);

const { benchRisks } = await import('./risks.bench');
const risks = benchRisks();
console.log('Fraud risks (findRisks) on the same 1 MB of unique chat messages, one message at a time (medians, ms; per message and per risk in µs):');
console.table(risks);
console.log(
  `findRisks: ${risks.ratioVsDetector.toFixed(2)}× the banned-link detector, ${risks.ratioVsFloor.toFixed(2)}× the every-character floor, ` +
    `${risks.perMessageUs.toFixed(2)} µs per message, ${risks.perRiskUs.toFixed(1)} µs per risk found (${risks.risksFound}); cold first call ${risks.coldFirstCallMs.toFixed(1)} ms\n`,
);

const scan = await benchScan();
console.log('\nContent script in headless Chromium, MAX page:');
console.table(scan);
console.log(
  `goals: initial scan of 5,000 messages ≤3× reading all their text once → ${scan.initialVsFloor.toFixed(1)}× (${scan.initialScanMs.toFixed(1)} ms); ` +
    `appended <0.1 ms each → ${scan.appendedPerMessageMs.toFixed(3)} ms; ` +
    `the tab's memory after 5,000 messages, JS heap after a forced GC: +${scan.extensionAddsMB.toFixed(2)} MB with Parta (goal ≤5 MB); ` +
    `invite capture reads the history in idle time: ${scan.inviteCaptureTotalMs.toFixed(0)} ms in ${scan.inviteCaptureChunks} chunks, longest ${scan.inviteCaptureLongestChunkMs.toFixed(1)} ms; ` +
    `moderation reads 5,000 senders in ${scan.moderationReadMs.toFixed(1)} ms (${scan.moderationVsFloor.toFixed(1)}× reading all text once)`,
);

const size = fs.statSync(path.resolve('.output/chrome-mv3/content-scripts/messenger.js')).size;
// This build carries the bench's timing marks; the shipped script's size is held by messenger.e2e.
console.log(`\nMessenger content script (bench build, with its timing marks): ${size} bytes; the shipped build must stay ≤48 KB (messenger.e2e)`);

const { benchPopup } = await import('./popup.bench');
const popup = await benchPopup();
console.log('\nPopup invite list in headless Chromium (medians; "from script" = Parta\'s own work after the page loaded):');
console.table(popup);
console.log(
  `goals (from navigation, against the empty register): 1,000 invitations ≤1.1× → ${popup.ratio1000VsEmptyFromNavigation.toFixed(2)}×; ` +
    `10,000 ≤1.5× → ${popup.ratio10000VsEmptyFromNavigation.toFixed(2)}× (${popup.firstRender10000FromNavigationMs.toFixed(0)} ms against ${popup.firstRenderEmptyFromNavigationMs.toFixed(0)} ms; ` +
    `cold first open ${popup.coldFirstOpenEmptyMs.toFixed(0)} ms empty, ${popup.coldFirstOpen10000Ms.toFixed(0)} ms at 10,000); ` +
    `smooth at 10,000 → worst operation ${Math.max(popup.filterAll10000Ms, popup.filterStale10000Ms, popup.search10000Ms, popup.scrollWorst10000Ms).toFixed(0)} ms ` +
    `against a two-frame baseline of ${popup.twoFramesBaselineMs.toFixed(0)} ms, ${popup.rowsInDomAt10000} rows in the DOM`,
);

const { benchSchool } = await import('./school.bench');
const school = await benchSchool();
console.log("\nDirector's school summary in headless Chromium (medians, ms from choosing the files):");
console.table(school);
console.log(
  `goal: 100 teachers' files (${school.rowsInFiles} rows) load, merge and show ≤3× one file → ${school.ratio.toFixed(2)}× ` +
    `(${school.hundredFilesMs.toFixed(0)} ms against ${school.oneFileMs.toFixed(0)} ms; all ${school.rowsOnPage} rows drawn after ${school.hundredFilesCompleteMs.toFixed(0)} ms)`,
);
