/**
 * A list that renders only the rows in view (plus a margin), for registers of thousands of
 * invitations. Rows have known heights (a few kinds), so positions are prefix sums and the first
 * visible row is a binary search: no measuring, no layout thrash.
 */
import type { ComponentChildren } from 'preact';
import { useLayoutEffect, useMemo, useRef, useState } from 'preact/hooks';

export interface VirtualListProps<Item> {
  items: readonly Item[];
  height: (item: Item) => number;
  itemKey: (item: Item) => string;
  render: (item: Item) => ComponentChildren;
  /** Height of the scrolling box, CSS pixels. */
  viewport: number;
  /** Extra pixels rendered above and below the view: keyboard focus moves into rendered rows. */
  overscan?: number;
  label: string;
}

export function VirtualList<Item>({ items, height, itemKey, render, viewport, overscan = 400, label }: VirtualListProps<Item>) {
  const box = useRef<HTMLDivElement>(null);
  const [scrollTop, setScrollTop] = useState(0);
  const offsets = useMemo(() => {
    const tops = new Float64Array(items.length + 1);
    for (let index = 0; index < items.length; index++) tops[index + 1] = tops[index] + height(items[index]);
    return tops;
  }, [items, height]);
  const total = offsets[items.length];

  // A shorter list (a filter) must not leave the view scrolled past its end.
  useLayoutEffect(() => {
    if (box.current && scrollTop > Math.max(0, total - viewport)) {
      box.current.scrollTop = Math.max(0, total - viewport);
      setScrollTop(box.current.scrollTop);
    }
  }, [total, viewport, scrollTop]);

  const from = Math.max(0, lastAtOrBefore(offsets, scrollTop - overscan));
  let to = from;
  const bottom = scrollTop + viewport + overscan;
  while (to < items.length && offsets[to] < bottom) to++;

  const rows = [];
  for (let index = from; index < to; index++) {
    const item = items[index];
    rows.push(
      <div key={itemKey(item)} role="listitem" style={{ position: 'absolute', top: `${offsets[index]}px`, left: 0, right: 0, height: `${height(item)}px` }}>
        {render(item)}
      </div>,
    );
  }
  return (
    <div
      ref={box}
      class="virtual-list"
      style={{ height: `${Math.min(viewport, total)}px`, overflowY: 'auto', position: 'relative' }}
      onScroll={(event) => setScrollTop((event.currentTarget as HTMLDivElement).scrollTop)}
    >
      <div role="list" aria-label={label} style={{ position: 'relative', height: `${total}px` }}>
        {rows}
      </div>
    </div>
  );
}

/** Index of the last row starting at or before `position`. */
function lastAtOrBefore(offsets: Float64Array, position: number): number {
  let low = 0;
  let high = offsets.length - 2;
  while (low < high) {
    const middle = (low + high + 1) >> 1;
    if (offsets[middle] <= position) low = middle;
    else high = middle - 1;
  }
  return low;
}
