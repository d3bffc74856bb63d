/**
 * The capture window gets the link and the chat title from the background through session storage
 * (kept in memory, gone when the browser closes), not in its address: an address with them would
 * sit in the browser's history, past «Стереть всё». The address carries only a random token.
 */
import { browser } from 'wxt/browser';

export interface CaptureHandoff {
  link: string;
  chat: string;
}

const PREFIX = 'capture:';
const TOKEN = /^[0-9a-f-]{36}$/;

/** Background: keeps the capture and returns the token for the window's address. */
export async function putCapture(handoff: CaptureHandoff): Promise<string> {
  const token = crypto.randomUUID();
  await browser.storage.session.set({ [PREFIX + token]: handoff });
  return token;
}

/** Capture window: takes (reads and forgets) the capture named by the token in its address. */
export async function takeCapture(token: string | null): Promise<CaptureHandoff | undefined> {
  if (!token || !TOKEN.test(token)) return undefined;
  const key = PREFIX + token;
  const stored = (await browser.storage.session.get(key))[key] as Partial<CaptureHandoff> | undefined;
  await browser.storage.session.remove(key);
  if (!stored || typeof stored.link !== 'string' || typeof stored.chat !== 'string') return undefined;
  return { link: stored.link.slice(0, 2000), chat: stored.chat.slice(0, 200) };
}

/** What the violation form gets from a message (issue 15): the chat, the sender, the words offered as a quote. */
export interface ModerationHandoff {
  site: 'max' | 'vk' | 'sferum';
  chat: string;
  person: string;
  quote: string;
}
const MODERATION_PREFIX = 'moderation:';

export async function putModeration(handoff: ModerationHandoff): Promise<string> {
  const token = crypto.randomUUID();
  await browser.storage.session.set({ [MODERATION_PREFIX + token]: handoff });
  return token;
}

/** The violation form: takes the report named by its address's token (read once, then forgotten). */
export async function takeModeration(token: string | null): Promise<ModerationHandoff | undefined> {
  if (!token || !TOKEN.test(token)) return undefined;
  const key = MODERATION_PREFIX + token;
  const stored = (await browser.storage.session.get(key))[key] as Partial<ModerationHandoff> | undefined;
  await browser.storage.session.remove(key);
  if (!stored || typeof stored.chat !== 'string' || typeof stored.person !== 'string' || typeof stored.quote !== 'string') return undefined;
  if (stored.site !== 'max' && stored.site !== 'vk' && stored.site !== 'sferum') return undefined;
  return { site: stored.site, chat: stored.chat.slice(0, 200), person: stored.person.slice(0, 120), quote: stored.quote.slice(0, 1000) };
}
