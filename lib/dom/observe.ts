/**
 * One shared way to follow a page that keeps changing: a MutationObserver whose records are
 * batched per animation frame (with a timer as fallback, since hidden tabs get no frames) and
 * handed over as two sets: the nodes that were added or whose text changed, and the nodes that
 * changed *within* — lost a child (an edit that drops a link card) or had a link's `href` swapped
 * in place. The second set names where to look again, never a subtree to read whole: a chat switch
 * removes thousands of rows, and their parent is no message. Stops with `signal`.
 */
export type OnChanges = (added: Set<Node>, changedWithin: Set<Node>) => void;

export function observeAdditions(root: Node, onNodes: OnChanges, signal: AbortSignal, ignore: (node: Node) => boolean): void {
  let pending = new Set<Node>();
  let within = new Set<Node>();
  let scheduled = false;
  const flush = () => {
    scheduled = false;
    if (signal.aborted || (pending.size === 0 && within.size === 0)) return;
    const batch = pending;
    const changed = within;
    pending = new Set();
    within = new Set();
    onNodes(batch, changed);
  };
  const schedule = () => {
    if (scheduled) return;
    scheduled = true;
    const timer = setTimeout(flush, 100);
    requestAnimationFrame(() => {
      clearTimeout(timer);
      flush();
    });
  };
  const observer = new MutationObserver((records) => {
    for (const record of records) {
      if (record.type === 'characterData') {
        if (!ignore(record.target)) pending.add(record.target);
      } else if (record.type === 'attributes') {
        if (!ignore(record.target)) within.add(record.target);
      } else {
        for (const node of record.addedNodes) if (!ignore(node)) pending.add(node);
        // Our own elements leaving (a badge replaced) is no change of the page's.
        if (record.removedNodes.length > 0 && !ignore(record.target) && [...record.removedNodes].some((node) => !ignore(node))) within.add(record.target);
      }
    }
    if (pending.size > 0 || within.size > 0) schedule();
  });
  observer.observe(root, { childList: true, subtree: true, characterData: true, attributes: true, attributeFilter: ['href'] });
  signal.addEventListener('abort', () => observer.disconnect(), { once: true });
}
