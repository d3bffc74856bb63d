/** The director's report file: its format name and version (report.ts reads it, check.ts checks it). */
export const REPORT_FORMAT = 'parta-coverage-report';
/**
 * 2: a row's status also says `waiting` (an invitation is out, the chat not seen yet) and
 * `unchecked` (the teacher's Parta had not seen that messenger's whole chat list): version 1 said
 * «missing» of both. Version-1 files are still read.
 */
export const REPORT_VERSION = 2;
/** The versions this Parta reads. */
export const REPORT_VERSIONS: readonly number[] = [1, 2];
/** A required chat's state in a report row (lib/today/chat-state.ts, `exists` written as `ok`). */
export const REPORT_STATUSES = ['ok', 'missing', 'not-required', 'waiting', 'unchecked'] as const;
