/**
 * One shared way to follow a page that keeps changing: a MutationObserver whose records are
 * batched per animation frame (with a timer as fallback, since hidden tabs get no frames) and
 * handed over as the set of nodes that were added or whose text changed. Stops with `signal`.
 */
export function observeAdditions(
  root: Node,
  onNodes: (nodes: Set<Node>) => void,
  signal: AbortSignal,
  ignore: (node: Node) => boolean,
): void {
  let pending = new Set<Node>();
  let scheduled = false;
  const flush = () => {
    scheduled = false;
    if (signal.aborted || pending.size === 0) return;
    const batch = pending;
    pending = new Set();
    onNodes(batch);
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
      } else {
        for (const node of record.addedNodes) if (!ignore(node)) pending.add(node);
      }
    }
    if (pending.size > 0) schedule();
  });
  observer.observe(root, { childList: true, subtree: true, characterData: true });
  signal.addEventListener('abort', () => observer.disconnect(), { once: true });
}
