/**
 * What a preview was made from, as one short value: the restore preview and the new-school-year
 * preview apply their plan only when the stores still hold what they showed (checked again inside
 * the writing transaction). Order-insensitive — each record hashed alone, the hashes summed — so
 * a list read in another order gives the same revision. Pure.
 */

/** The stores changed since the preview: the preview is shown again, nothing was written. */
export class ChangedSinceError extends Error {
  override name = 'ChangedSinceError';
}

/** FNV-1a over a string, 32 bits, from `seed`. */
function fnv(text: string, seed: number): number {
  let hash = seed;
  for (let index = 0; index < text.length; index++) {
    hash ^= text.charCodeAt(index);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}

/** One value for the lists' records (64 bits of two seeds, and each list's length). */
export function revisionOf(lists: readonly (readonly unknown[])[]): string {
  const parts = lists.map((list) => {
    let low = 0;
    let high = 0;
    for (const record of list) {
      const json = JSON.stringify(record);
      low = (low + fnv(json, 0x811c9dc5)) >>> 0;
      high = (high + fnv(json, 0x01234567)) >>> 0;
    }
    return `${list.length}.${low.toString(16)}.${high.toString(16)}`;
  });
  return parts.join(':');
}
