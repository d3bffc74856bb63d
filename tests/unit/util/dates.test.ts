/** Calendar days as reports name weeks: moved by whole days, their Monday, and what is a real day. */
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { isCalendarDay, localDay, mondayOfDay, shiftDay } from '../../../lib/util/dates';

describe('calendar days', () => {
  test('moving by days crosses months, years and leap days', () => {
    expect(shiftDay('2026-12-07', -7)).toBe('2026-11-30');
    expect(shiftDay('2026-01-05', -7)).toBe('2025-12-29');
    expect(shiftDay('2028-02-28', 1)).toBe('2028-02-29');
    expect(shiftDay('2027-02-28', 1)).toBe('2027-03-01');
    // The night the clocks changed in 2011 is a day like any other here.
    expect(shiftDay('2011-03-27', 1)).toBe('2011-03-28');
  });

  test('a week is named by its Monday', () => {
    expect(mondayOfDay('2026-12-07')).toBe('2026-12-07');
    expect(mondayOfDay('2026-12-13')).toBe('2026-12-07');
    expect(mondayOfDay('2026-12-09')).toBe('2026-12-07');
    expect(mondayOfDay('2026-01-01')).toBe('2025-12-29');
  });

  test('only real days count as days', () => {
    for (const day of ['2026-12-07', '2028-02-29', '1999-01-01']) expect(isCalendarDay(day)).toBe(true);
    for (const day of ['2026-13-01', '2026-02-30', '2027-02-29', '0000-00-00', '2026-1-1', ' 2026-12-07', '2026-12-07T00:00', '+10007-01-01']) expect(isCalendarDay(day)).toBe(false);
  });

  test('any moment’s local day is a real day, and its Monday is at most six days before it', () => {
    fc.assert(
      fc.property(fc.integer({ min: Date.UTC(2000, 0, 1), max: Date.UTC(2090, 0, 1) }), fc.integer({ min: -400, max: 400 }), (time, days) => {
        const day = localDay(time);
        expect(isCalendarDay(day)).toBe(true);
        expect(shiftDay(shiftDay(day, days), -days)).toBe(day);
        const monday = mondayOfDay(day);
        expect(new Date(`${monday}T00:00:00Z`).getUTCDay()).toBe(1);
        expect(monday <= day && shiftDay(monday, 6) >= day).toBe(true);
      }),
    );
  });
});
