/**
 * One counter for a screen's writes: whatever a section changes (a draft, an invitation, a block),
 * every section that shows the same data loads it again — «Сегодня», the checklist and the
 * invitation list never disagree on the same screen.
 */
import { createContext } from 'preact';
import { useContext } from 'preact/hooks';

export interface Changes {
  version: number;
  bump: () => void;
}

export const ChangesContext = createContext<Changes>({ version: 0, bump: () => undefined });

export function useChanges(): Changes {
  return useContext(ChangesContext);
}
