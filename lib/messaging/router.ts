/**
 * The background's door: who may ask, in what words. Only our own extension's contexts; only
 * messages of the protocol (zod); data that only a page's content script has (a capture, a chat
 * list, a journal's classes) only from a tab. What passes goes to `answer`; anything else gets no
 * answer at all. Pure routing, testable without a browser.
 */
import { toBackgroundSchema, type ToBackground } from './protocol';

export interface Sender {
  id?: string;
  tab?: unknown;
}

/** Requests that come from a content script on a page, never from an extension page. */
const FROM_A_TAB_ONLY: ReadonlySet<ToBackground['type']> = new Set([
  'invite/capture',
  'chats/seen',
  'chats/members',
  'classes/seen',
  'moderation/page',
  'moderation/report',
  'rules/for-chat',
]);

export function routeMessage<Reply>(
  message: unknown,
  sender: Sender,
  ownId: string | undefined,
  answer: (request: ToBackground) => Promise<Reply> | undefined,
): Promise<Reply> | undefined {
  if (!ownId || sender.id !== ownId) return undefined;
  const parsed = toBackgroundSchema.safeParse(message);
  if (!parsed.success) return undefined;
  if (FROM_A_TAB_ONLY.has(parsed.data.type) && !sender.tab) return undefined;
  return answer(parsed.data);
}
