/** True only in a `npm run bench` build (see wxt.config.ts): timing marks for the benchmarks. */
declare const __PARTA_BENCH__: boolean;
