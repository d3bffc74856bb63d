/** Calendar days as Parta stores them: `YYYY-MM-DD` in the computer's own time zone. */

/** The local calendar day of a moment, `YYYY-MM-DD`. */
export function localDay(time: number): string {
  const date = new Date(time);
  const pad = (value: number) => String(value).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}
