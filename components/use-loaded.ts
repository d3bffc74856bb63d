/**
 * What a screen loads from the connector: null until it arrives, loaded again on `reload()` and
 * when `deps` change. Only the newest load is kept: an older answer arriving late does not
 * overwrite it. A failure goes to `onError` (said on the screen) and keeps what was shown.
 * `replace` shows what the screen has just written itself, without reading it back.
 */
import { useCallback, useEffect, useRef, useState, type Inputs } from 'preact/hooks';

export function useLoaded<T>(
  load: () => Promise<T>,
  deps: Inputs,
  onError: (error: unknown) => void = () => undefined,
): [T | null, () => Promise<void>, (value: T) => void] {
  const [value, setValue] = useState<T | null>(null);
  const latest = useRef({ load, onError, sequence: 0 });
  latest.current.load = load;
  latest.current.onError = onError;
  const reload = useCallback(async () => {
    const sequence = ++latest.current.sequence;
    try {
      const loaded = await latest.current.load();
      if (sequence === latest.current.sequence) setValue(() => loaded);
    } catch (error) {
      if (sequence === latest.current.sequence) latest.current.onError(error);
    }
  }, []);
  /** What the screen itself just wrote and knows: shown without reading it back (a load under way is dropped). */
  const replace = useCallback((next: T) => {
    latest.current.sequence++;
    setValue(() => next);
  }, []);
  useEffect(() => {
    void reload();
  }, deps);
  return [value, reload, replace];
}
