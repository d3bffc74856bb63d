/**
 * A message's words as the violation form shows them — and exactly that is kept when the teacher
 * keeps them. A file of its own: the chat page's script uses it without the record schemas. Pure.
 */

/** How much of a message the violation form shows. */
export const QUOTE_SHOWN = 300;

/** Spaces collapsed; cut at a character (never inside one) with «…». */
export function shownQuote(text: string): string {
  const words = text.replace(/\s+/g, ' ').trim();
  const characters = Array.from(words);
  return characters.length > QUOTE_SHOWN ? `${characters.slice(0, QUOTE_SHOWN - 1).join('').trimEnd()}…` : words;
}
