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
}

/** One handler per request type, each typed by its own request and reply. */
export type Handlers = { [Type in RequestType]: (request: RequestOf<Type>) => Promise<ToBackgroundReplies[Type]> };

/** Requests that come from a content script on a page, never from an extension page. */
const FROM_A_TAB_ONLY: ReadonlySet<RequestType> = new Set([
  'invite/capture',
  'chats/seen',
  'chats/members',
  'classes/seen',
  'moderation/page',
  'moderation/report',
  'rules/for-chat',
]);

export function routeMessage(message: unknown, sender: Sender, ownId: string | undefined, handlers: Handlers): Promise<unknown> | undefined {
  if (!ownId || sender.id !== ownId) return undefined;
  const parsed = toBackgroundSchema.safeParse(message);
  if (!parsed.success) return undefined;
  const request = parsed.data;
  if (FROM_A_TAB_ONLY.has(request.type) && !sender.tab) return undefined;
  // The one place the union meets the map: each handler's own signature is checked where it is written.
  return (handlers[request.type] as (request: ToBackground) => Promise<unknown>)(request);
}
