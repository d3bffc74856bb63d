/**
 * A window Parta opens from a messenger page (the capture form, the violation form) gets what the
 * page showed — a link, a chat title, a sender, a message's words — from the background through
 * session storage (kept in memory, gone when the browser closes), not in its address: an address
 * with them would sit in the browser's history, past «Стереть всё». The address carries only a
 * random token; the window takes (reads and forgets) what it names, and checks its shape.
 */
import { browser } from 'wxt/browser';
import { isMessengerSiteId, type MessengerSiteId } from '../sites/types';

const TOKEN = /^[0-9a-f-]{36}$/;

async function put(prefix: string, value: object): Promise<string> {
  const token = crypto.randomUUID();
  await browser.storage.session.set({ [prefix + token]: value });
  return token;
}

async function take<T>(prefix: string, token: string | null, read: (stored: Record<string, unknown>) => T | undefined): Promise<T | undefined> {
  if (!token || !TOKEN.test(token)) return undefined;
  const key = prefix + token;
  const stored: unknown = (await browser.storage.session.get(key))[key];
  await browser.storage.session.remove(key);
  return typeof stored === 'object' && stored !== null ? read(stored as Record<string, unknown>) : undefined;
}

export interface CaptureHandoff {
  link: string;
  chat: string;
  /** Who posted the link as the chat shows them (null: not shown), and whether it was the teacher. */
  poster: string | null;
  own: boolean;
}

/** Background: keeps the capture and returns the token for the window's address. */
export const putCapture = (handoff: CaptureHandoff) => put('capture:', handoff);

/** Capture window: takes the capture named by the token in its address. */
export const takeCapture = (token: string | null) =>
  take<CaptureHandoff>('capture:', token, ({ link, chat, poster, own }) =>
    typeof link === 'string' && typeof chat === 'string'
      ? { link: link.slice(0, 2000), chat: chat.slice(0, 200), poster: typeof poster === 'string' ? poster.slice(0, 120) : null, own: own === true }
      : undefined,
  );

/** What the violation form gets from a message: the chat, the sender, the words offered as a quote. */
export interface ModerationHandoff {
  site: MessengerSiteId;
  chat: string;
  person: string;
  quote: string;
}

export const putModeration = (handoff: ModerationHandoff) => put('moderation:', handoff);

/** The violation form: takes the report named by its address's token. */
export const takeModeration = (token: string | null) =>
  take<ModerationHandoff>('moderation:', token, ({ site, chat, person, quote }) =>
    isMessengerSiteId(site) && typeof chat === 'string' && typeof person === 'string' && typeof quote === 'string'
      ? { site, chat: chat.slice(0, 200), person: person.slice(0, 120), quote: quote.slice(0, 1000) }
      : undefined,
  );
