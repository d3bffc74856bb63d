/**
 * How long a content script's features live. Not WXT's `ctx.signal`: WXT aborts it when the
 * document receives a CustomEvent named `<extension id>:<script>:wxt:content-script-started`,
 * which any page script can dispatch (the name is guessable, and WXT used to post it to the page).
 * Here the features stop only when the extension context itself is gone — reloaded, updated or
 * removed: its `runtime.id` disappears. Nothing the page can dispatch reaches this.
 */
export interface Lifetime {
  signal: AbortSignal;
  /** Checks now (cheap): false, and the signal aborted, once the extension is gone. */
  alive(): boolean;
}

export function extensionLifetime(isAlive: () => boolean, pollMs = 2000): Lifetime {
  const controller = new AbortController();
  const alive = (): boolean => {
    if (controller.signal.aborted) return false;
    let ok = false;
    try {
      ok = isAlive();
    } catch {
      ok = false; // an invalidated context may throw on any access
    }
    if (!ok) controller.abort();
    return ok;
  };
  const timer = setInterval(() => {
    if (!alive()) clearInterval(timer);
  }, pollMs);
  controller.signal.addEventListener('abort', () => clearInterval(timer), { once: true });
  return { signal: controller.signal, alive };
}

/**
 * Calls `onChange` when the page's address changes without a reload (both messengers are
 * single-page apps). Polls `location.href` — a value the page cannot fake to us — instead of
 * listening to an event the page could dispatch in a loop.
 */
export function watchLocation(signal: AbortSignal, onChange: (href: string) => void, pollMs = 500): () => void {
  let last = location.href;
  const check = () => {
    if (signal.aborted || location.href === last) return;
    last = location.href;
    onChange(last);
  };
  const timer = setInterval(check, pollMs);
  signal.addEventListener('abort', () => clearInterval(timer), { once: true });
  return check;
}
