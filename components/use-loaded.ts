/**
 * What a screen loads from the connector: null until it arrives, loaded again on `reload()` and
 * when `deps` change. Only the newest load is kept: an older answer arriving late does not
 * overwrite it. A failure goes to `onError` (said on the screen) and keeps what was shown.
 */
import { useCallback, useEffect, useRef, useState, type Inputs } from 'preact/hooks';

export function useLoaded<T>(load: () => Promise<T>, deps: Inputs, onError: (error: unknown) => void = () => undefined): [T | null, () => Promise<void>] {
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
  useEffect(() => {
    void reload();
  }, deps);
  return [value, reload];
}
