/** Calendar days as Parta stores them: `YYYY-MM-DD` in the computer's own time zone. */

/** The local calendar day of a moment, `YYYY-MM-DD`. */
export function localDay(time: number): string {
  const date = new Date(time);
  const pad = (value: number) => String(value).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/** A `YYYY-MM-DD` day moved by whole days (calendar arithmetic: no time zone, no daylight saving). */
export function shiftDay(day: string, days: number): string {
  const [year, month, date] = day.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(year, month - 1, date + days)).toISOString().slice(0, 10);
}

/** The Monday of a `YYYY-MM-DD` day's week. */
export function mondayOfDay(day: string): string {
  const [year, month, date] = day.split('-').map(Number) as [number, number, number];
  return shiftDay(day, -((new Date(Date.UTC(year, month - 1, date)).getUTCDay() + 6) % 7));
}

/** Whether a text is a real `YYYY-MM-DD` day (not «2026-13-45»), years 1000–9999. */
export function isCalendarDay(text: string): boolean {
  return /^[1-9]\d{3}-\d{2}-\d{2}$/.test(text) && shiftDay(text, 0) === text;
}
