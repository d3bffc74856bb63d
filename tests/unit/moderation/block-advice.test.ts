/**
 * blockAdvice: after more than three violations the rules (2.6) allow a block of up to one month.
 */
import { describe, expect, test } from 'vitest';
import { blockAdvice } from '../../../lib/moderation/index';

describe('blockAdvice', () => {
  const violations = (count: number) => Array.from({ length: count }, (_, index) => ({ at: `2026-11-0${(index % 9) + 1}` }));

  test('three violations: no block yet; four: a block of up to one month', () => {
    expect(blockAdvice(violations(3), '2026-11-25')).toEqual({ count: 3, mayBlock: false, blockUntilLatest: null });
    expect(blockAdvice(violations(4), '2026-11-25')).toEqual({ count: 4, mayBlock: true, blockUntilLatest: '2026-12-25' });
    expect(blockAdvice([], '2026-11-25')).toEqual({ count: 0, mayBlock: false, blockUntilLatest: null });
  });

  test.each([
    ['2027-01-31', '2027-02-28'],
    ['2028-01-31', '2028-02-29'],
    ['2026-12-15', '2027-01-15'],
    ['2026-03-31', '2026-04-30'],
    ['2026-11-25T23:30:00+03:00', '2026-12-25'],
    ['2026-08-31T10:00:00Z', '2026-09-30'],
  ])('one calendar month after %s is %s', (now, until) => {
    expect(blockAdvice(violations(5), now).blockUntilLatest).toBe(until);
  });
});
