/** The open chat's member count («25 участников»), for how many of a class have joined its chats. */
import type { Feature } from '../../lib/dom/features';
import { ask } from '../../lib/messaging/ask';
import { readOpenChatMembers, type SiteAdapter } from '../../lib/sites/index';
import type { MessengerSiteId } from '../../lib/sites/types';
import { RESEND_AFTER_MS, messengerOf, type CaptureContext } from './context';

/** How long after a switch the previous chat's title is not trusted with a count. */
const LINGER_MS = 3000;

export function memberCounts({ adapter, lifetime }: CaptureContext): Feature {
  return {
    name: 'member counts',
    start: () => {
      const site = messengerOf(adapter);
      return site ? followOpenChat(adapter, site, lifetime.signal) : undefined;
    },
  };
}

/**
 * The open chat's member count, read from its header once changes settle and sent when
 * it is new or changed (at most once per half hour otherwise). A header with no count sends
 * nothing: no count is ever guessed. On a switch the header may repaint its title and its count
 * at different moments: a reading is sent only when the next one, a settle later, says the same
 * title and count — never one chat's count under the other's title.
 */
function followOpenChat(adapter: SiteAdapter, site: MessengerSiteId, signal: AbortSignal): () => void {
  const sent = new Map<string, { members: number; at: number }>();
  let timer: ReturnType<typeof setTimeout> | undefined;
  let unconfirmed: { title: string; members: number } | null = null;
  // The chat the address left: its title lingers in the header for a moment after a switch
  // (sites.md: ~0.7 s), while the next chat's count may already be painted beside it.
  let address = location.href;
  let lastTitle = '';
  let leaving: { title: string; until: number } | null = null;
  const send = () => {
    timer = undefined;
    const now = Date.now();
    if (location.href !== address) {
      address = location.href;
      if (lastTitle) leaving = { title: lastTitle, until: now + LINGER_MS };
    }
    const { title, members } = readOpenChatMembers(document, adapter);
    if (title) lastTitle = title;
    if (leaving && (title !== leaving.title || now >= leaving.until)) leaving = null;
    if (leaving) {
      // The previous chat's title: whatever count stands beside it now may be the next chat's.
      unconfirmed = null;
      timer = setTimeout(send, leaving.until - now);
      return;
    }
    if (!title || members === null) {
      unconfirmed = null;
      return;
    }
    if (unconfirmed?.title !== title || unconfirmed.members !== members) {
      // Read again once things settle: sent when two readings agree.
      unconfirmed = { title, members };
      schedule();
      return;
    }
    const last = sent.get(title);
    if (last && last.members === members && now - last.at < RESEND_AFTER_MS) return;
    sent.set(title, { members, at: now });
    void ask({ type: 'chats/members', site, title: title.slice(0, 200), members }).then((reply) => {
      if (!reply) sent.delete(title);
    });
  };
  const schedule = () => {
    if (timer === undefined) timer = setTimeout(send, 700);
  };
  send();
  signal.addEventListener('abort', () => clearTimeout(timer), { once: true });
  return schedule;
}
