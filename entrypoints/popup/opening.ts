/**
 * What the popup reads as it opens, once for every section that shows it: the invitation register
 * (the list) and «Сегодня»'s data (the tasks, the checklist's steps), the latter reusing the former.
 * Each section reading it on its own cost a sixth of the first render at ten thousand
 * invitations (`npm run bench`). After a change (`useChanges`), each section reads again on its own.
 */
import { createContext } from 'preact';
import { useContext } from 'preact/hooks';
import { useChanges } from '../../components/changes';
import { useLoaded } from '../../components/use-loaded';
import type { Connector } from '../../lib/connector/connector';
import type { InviteList } from '../../lib/invites/store';
import type { TodayData } from '../../lib/today/tasks';

export interface Opening {
  register: Promise<InviteList>;
  /** Read on first use: the capture window shows no «Сегодня». */
  today: () => Promise<TodayData>;
}

export function openingReads(connector: Connector): Opening {
  const register = connector.register.list();
  // The list's own error is said by the list; here a failed read must not go unhandled twice.
  register.catch(() => undefined);
  let today: Promise<TodayData> | null = null;
  return { register, today: () => (today ??= connector.today.load(register)) };
}

export const OpeningContext = createContext<Opening | null>(null);

/** «Сегодня»'s data: the popup's opening read first, a fresh read after each change. */
export function useTodayData(connector: Connector, onError: (error: unknown) => void): TodayData | null {
  const opening = useContext(OpeningContext);
  const { version } = useChanges();
  const [data] = useLoaded(() => (version === 0 && opening ? opening.today() : connector.today.load()), [connector, version], onError);
  return data;
}
