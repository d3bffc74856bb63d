/** The director's report file: its format name and version (report.ts reads it, check.ts checks it). */
export const REPORT_FORMAT = 'parta-coverage-report';
export const REPORT_VERSION = 1;
