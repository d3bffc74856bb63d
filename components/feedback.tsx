/**
 * Feedback where the eye is: a confirmation or an error is shown right next to the control that
 * caused it (`<Said at="…">` placed beside it), replaces whatever was said before anywhere on the
 * screen, and goes after a few seconds. The same words go to one polite live region, so a screen
 * reader hears them once.
 */
import { createContext, type ComponentChildren } from 'preact';
import { useCallback, useContext, useEffect, useMemo, useState } from 'preact/hooks';

export interface SaidMessage {
  /** Where it is shown: the key of the control (or row) that caused it. */
  at: string;
  text: string;
  bad?: boolean;
  /** Each saying is new, even with the same words (the fade starts again). */
  serial: number;
}

export type Say = (at: string, text: string, bad?: boolean) => void;

/** How long a message stays; an error a little longer. */
export const SAID_MS = 8000;
const SAID_BAD_MS = 12000;

interface FeedbackValue {
  said: SaidMessage | null;
  say: Say;
}

const FeedbackContext = createContext<FeedbackValue>({ said: null, say: () => undefined });

export function FeedbackProvider({ children }: { children: ComponentChildren }) {
  const [said, setSaid] = useState<SaidMessage | null>(null);
  const say = useCallback<Say>((at, text, bad) => setSaid((previous) => ({ at, text, bad, serial: (previous?.serial ?? 0) + 1 })), []);
  useEffect(() => {
    if (!said) return;
    const timer = setTimeout(() => setSaid((current) => (current?.serial === said.serial ? null : current)), said.bad ? SAID_BAD_MS : SAID_MS);
    return () => clearTimeout(timer);
  }, [said]);
  const value = useMemo(() => ({ said, say }), [said, say]);
  return (
    <FeedbackContext.Provider value={value}>
      {children}
      <p class="sr-only" role="status" aria-live="polite" data-testid="live-region">
        {said?.text ?? ''}
      </p>
    </FeedbackContext.Provider>
  );
}

export function useSay(): Say {
  return useContext(FeedbackContext).say;
}

/** What was last said, if it was said here. */
export function Said({ at }: { at: string }) {
  const { said } = useContext(FeedbackContext);
  if (!said || said.at !== at) return null;
  return (
    <p class="said" data-testid="said" data-at={at} data-bad={said.bad ? 'true' : undefined} key={said.serial}>
      {said.text}
    </p>
  );
}
