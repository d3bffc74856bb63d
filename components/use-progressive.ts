/**
 * Long content drawn in steps: the first `first` items at once (the screen's worth), the rest in
 * steps of `step` between frames, so a page of a thousand rows shows its top as soon as a page of
 * forty would. New content (another `content`) starts again from the top. Everything is drawn
 * before printing (`beforeprint`, and `all()` for a print button).
 */
import { useCallback, useEffect, useState } from 'preact/hooks';

export function useProgressive(content: unknown, total: number, first: number, step: number): { shown: number; all: () => void } {
  const [state, setState] = useState({ content, shown: first });
  const shown = Math.min(state.content === content ? state.shown : first, total);
  const all = useCallback(() => setState((current) => ({ ...current, shown: Number.POSITIVE_INFINITY })), []);
  useEffect(() => {
    if (shown >= total) return;
    const timer = setTimeout(() => setState((current) => ({ content, shown: (current.content === content ? current.shown : first) + step })), 0);
    return () => clearTimeout(timer);
  }, [content, shown, total, first, step]);
  useEffect(() => {
    window.addEventListener('beforeprint', all);
    return () => window.removeEventListener('beforeprint', all);
  }, [all]);
  return { shown, all };
}
