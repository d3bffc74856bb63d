/**
 * The sending side of the protocol: one `ask(request)` that returns that request's reply, checked
 * against its own type, or null when the background did not answer or answered something else.
 * Content scripts use `ask` (the dependency-free guards: zod does not fit their size budget);
 * extension pages use `askChecked` (zod). A property test holds the two checks equal.
 */
import { browser } from 'wxt/browser';
import { REPLY_GUARDS } from './guards';
import type { ReplyChecks, RequestOf, RequestType, ToBackgroundReplies } from './protocol';

export type Ask = <Type extends RequestType>(request: RequestOf<Type>) => Promise<ToBackgroundReplies[Type] | null>;

export function asker(checks: ReplyChecks): Ask {
  return async <Type extends RequestType>(request: RequestOf<Type>) => {
    const check: (value: unknown) => value is ToBackgroundReplies[Type] = checks[request.type as Type];
    try {
      const reply: unknown = await browser.runtime.sendMessage(request);
      return check(reply) ? reply : null;
    } catch {
      return null; // the background was asleep, reloading or gone: the caller tries again later
    }
  };
}

/** For content scripts. */
export const ask: Ask = /* @__PURE__ */ asker(REPLY_GUARDS);
