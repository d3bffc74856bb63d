/** The director's report file: its format name and version (report.ts reads it, check.ts checks it). */
export const REPORT_FORMAT = 'parta-coverage-report';
/**
 * 2: a row's status also says `waiting` (an invitation is out, the chat not seen yet) and
 * `unchecked` (the teacher's Parta had not seen that messenger's whole chat list): version 1 said
 * «missing» of both. 3: a chat placed on a platform may carry its member count week by week
 * (`weeks`). Older files are still read.
 */
export const REPORT_VERSION = 3;
/** The versions this Parta reads. */
export const REPORT_VERSIONS: readonly number[] = [1, 2, 3];
/** The most weeks a placed chat may carry: a year's. */
export const REPORT_MAX_WEEKS = 53;
/** A week as a report names it: its Monday, `YYYY-MM-DD`. */
export { isCalendarDay as isReportWeek } from '../util/dates';
/** A required chat's state in a report row (lib/today/chat-state.ts, `exists` written as `ok`). */
export const REPORT_STATUSES = ['ok', 'missing', 'not-required', 'waiting', 'unchecked'] as const;
