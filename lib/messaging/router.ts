/**
 * The background's door: who may ask, in what words. Only our own extension's contexts; only
 * messages of the protocol (zod); data that only a page's content script has (a capture, a chat
 * list, a journal's classes) only from a tab. What passes goes to its type's handler; anything
 * else gets no answer at all. Pure routing, testable without a browser.
 */
import { toBackgroundSchema, type RequestOf, type RequestType, type ToBackground, type ToBackgroundReplies } from './protocol';

export interface Sender {
  id?: string;
  tab?: unknown;
  /** The address of the frame that sent it (a content script's page). */
  url?: string;
}

/** Which of Parta's pages a content script runs on: the background tells (it knows the added journals). */
export type PageKind = 'messenger' | 'journal';

/** One handler per request type, each typed by its own request and reply. */
export type Handlers = { [Type in RequestType]: (request: RequestOf<Type>) => Promise<ToBackgroundReplies[Type]> };

/**
 * Requests that come from a content script on a page, never from an extension page — and only from
 * the kind of page whose script sends them: a messenger's data from a messenger page, a journal's
 * from a journal page. A script is trusted for its own messages only.
 */
const FROM_A_PAGE: Partial<Record<RequestType, PageKind>> = {
  'invite/capture': 'messenger',
  'chats/seen': 'messenger',
  'chats/members': 'messenger',
  'moderation/page': 'messenger',
  'moderation/report': 'messenger',
  'rules/for-chat': 'messenger',
  'classes/seen': 'journal',
};

export function routeMessage(
  message: unknown,
  sender: Sender,
  ownId: string | undefined,
  handlers: Handlers,
  /** What page an address is; a promise while the background is still reading the added journals. */
  pageKind: (url: string) => PageKind | null | Promise<PageKind | null>,
): Promise<unknown> | undefined {
  if (!ownId || sender.id !== ownId) return undefined;
  const parsed = toBackgroundSchema.safeParse(message);
  if (!parsed.success) return undefined;
  const request = parsed.data;
  // The one place the union meets the map: each handler's own signature is checked where it is written.
  const handle = () => (handlers[request.type] as (request: ToBackground) => Promise<unknown>)(request);
  const from = FROM_A_PAGE[request.type];
  if (!from) return handle();
  if (!sender.tab || !sender.url) return undefined;
  const kind = pageKind(sender.url);
  if (kind instanceof Promise) return kind.then((known) => (known === from ? handle() : undefined));
  return kind === from ? handle() : undefined;
}
