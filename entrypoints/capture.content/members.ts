/** The open chat's member count («25 участников»), for how many of a class have joined its chats. */
import type { Feature } from '../../lib/dom/features';
import { ask } from '../../lib/messaging/ask';
import { readOpenChatMembers, type SiteAdapter } from '../../lib/sites/index';
import type { MessengerSiteId } from '../../lib/sites/types';
import { RESEND_AFTER_MS, messengerOf, type CaptureContext } from './context';

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
 * nothing: no count is ever guessed.
 */
function followOpenChat(adapter: SiteAdapter, site: MessengerSiteId, signal: AbortSignal): () => void {
  const sent = new Map<string, { members: number; at: number }>();
  let timer: ReturnType<typeof setTimeout> | undefined;
  const send = () => {
    timer = undefined;
    const { title, members } = readOpenChatMembers(document, adapter);
    if (!title || members === null) return;
    const now = Date.now();
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
