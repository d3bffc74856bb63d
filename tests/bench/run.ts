/** `npm run bench`: figures and ratios against baselines measured in the same run. */
import fs from 'node:fs';
import path from 'node:path';
import { benchDetector } from './detector.bench';
import { benchScan } from './scan.bench';

const detector = benchDetector();
console.log('Detector on ~1 MB of Russian chat text, 1% of messages with a banned link (median of 31 runs, ms):');
console.table(detector);
console.log(
  `goals: ≤0.5× linkify-it match() → ${detector.ratioVsLinkify.toFixed(2)}×; ≤3× one trivial regex pass → ${detector.ratioVsTrivial.toFixed(2)}×`,
);

const scan = await benchScan();
console.log('\nContent script in headless Chromium, MAX page:');
console.table(scan);
console.log(
  `goals: initial scan of 5,000 messages <50 ms → ${scan.initialScanMs.toFixed(1)} ms; appended <0.2 ms each → ${scan.appendedPerMessageMs.toFixed(3)} ms`,
);

const size = fs.statSync(path.resolve('.output/chrome-mv3/content-scripts/messenger.js')).size;
console.log(`\nMessenger content script: ${(size / 1024).toFixed(1)} KB minified (goal ≤40 KB)`);
