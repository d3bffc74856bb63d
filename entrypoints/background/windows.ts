/**
 * Windows the background opens on Parta's pages: the capture form for an invitation seen on a
 * messenger page, the violation form for a message. What the page showed goes through session
 * storage (lib/messaging/handoff.ts); the address holds only a token.
 */
import { browser } from 'wxt/browser';
import { parseInvite } from '../../lib/invites/parse';
import { putCapture } from '../../lib/messaging/handoff';
import type { CaptureAnswer } from '../../lib/messaging/protocol';
import type { Handlers } from '../../lib/messaging/router';
import { softly } from './context';

/** The size of each window, fitted to its form. */
const SIZES = { capture: { width: 480, height: 640 }, moderation: { width: 520, height: 720 } } as const;

/**
 * Opens a small window on one of Parta's pages (or a tab where windows cannot be made) and answers
 * whether it opened.
 */
export function openWindow(path: '/popup.html' | '/moderation.html', query: string, size: keyof typeof SIZES): Promise<CaptureAnswer> {
  return softly(
    `open ${path}`,
    async () => {
      const url = `${browser.runtime.getURL(path)}?${query}`;
      if (browser.windows) await browser.windows.create({ url, type: 'popup', ...SIZES[size] });
      else await browser.tabs.create({ url });
      return { ok: true } as const;
    },
    { ok: false, reason: 'failed' } as const,
  );
}

export const windowHandlers = {
  'invite/capture': async (capture) => {
    const parsed = parseInvite(capture.url);
    if (!parsed.ok) return { ok: false, reason: 'not-an-invite' };
    const handoff = { link: parsed.url, chat: capture.chatTitle, poster: capture.poster, own: capture.own };
    const token = await softly('keep the capture', () => putCapture(handoff), null);
    return token ? openWindow('/popup.html', `capture=${token}`, 'capture') : { ok: false, reason: 'failed' };
  },
} satisfies Partial<Handlers>;
