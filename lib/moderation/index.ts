/**
 * The moderator's rules from the schools' «Положение об этике общения» (seed 000, §2.6): a
 * participant who broke the chat rules more than three times may be blocked for up to one month.
 * Pure; dates as ISO strings.
 */

/** More than this many violations allow a block (2.6: «более трёх раз»). */
export const VIOLATIONS_BEFORE_BLOCK = 3;

export interface BlockAdvice {
  /** How many violations were given. */
  count: number;
  /** More than three: the rules allow a block. */
  mayBlock: boolean;
  /** The latest end of a block starting `now`: one calendar month later (`YYYY-MM-DD`), or null. */
  blockUntilLatest: string | null;
}

/**
 * The calendar date written at the start of an ISO string (`2027-01-31`, `2027-01-31T23:30+03:00`:
 * the date where it was written), or that of a parsable date in UTC.
 */
function calendarDate(iso: string): { year: number; month: number; day: number } | null {
  const written = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso);
  if (written) return { year: Number(written[1]), month: Number(written[2]), day: Number(written[3]) };
  const parsed = new Date(iso);
  if (Number.isNaN(parsed.getTime())) return null;
  return { year: parsed.getUTCFullYear(), month: parsed.getUTCMonth() + 1, day: parsed.getUTCDate() };
}

/** One calendar month after a date; a day the next month lacks becomes its last (31 Jan → 28/29 Feb). */
export function oneMonthLater(iso: string): string | null {
  const date = calendarDate(iso);
  if (!date) return null;
  const month = date.month === 12 ? 1 : date.month + 1;
  const year = date.month === 12 ? date.year + 1 : date.year;
  const lastDay = new Date(Date.UTC(year, month, 0)).getUTCDate();
  const day = Math.min(date.day, lastDay);
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

export function blockAdvice(violations: { at: string }[], now: string): BlockAdvice {
  const count = Array.isArray(violations) ? violations.length : 0;
  const mayBlock = count > VIOLATIONS_BEFORE_BLOCK;
  return { count, mayBlock, blockUntilLatest: mayBlock ? oneMonthLater(now) : null };
}

export * from './rules';
export * from './names';
export * from './service-lines';
export * from './records';
