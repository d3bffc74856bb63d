import { benchDetector } from './detector.bench';

const detector = benchDetector();
console.log('Detector on ~1 MB of chat text (median of 31 runs, ms):');
console.table(detector);
console.log(`goal: ≤0.5× linkify-it match → ${detector.ratioVsLinkify.toFixed(2)}×; ≤3× trivial regex → ${detector.ratioVsTrivial.toFixed(2)}×`);
