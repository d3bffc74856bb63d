/**
 * Chats seen in the messenger: the titles of the chat list (school chats only — one-to-one
 * dialogs are not kept) and the member count an open chat's header states. Housekeeping forgets
 * chats not seen for half a year and titles that are not (or no longer) school chats.
 */
import {
  FORGET_CHATS_AFTER_MS,
  chatKeeper,
  forgetChatsSeenBefore,
  forgetChatsWhere,
  recordChatList,
  recordChats,
  recordMembers,
} from '../../lib/classes/chat-store';
import { platformOfSite } from '../../lib/classes/coverage';
import type { Handlers } from '../../lib/messaging/router';
import { refreshBadge } from './badge';
import { database, softly } from './context';

export const chatHandlers = {
  'chats/seen': (request) =>
    softly(
      'record chats',
      async () => {
        const db = await database();
        const now = Date.now();
        const added = await recordChats(db, request.site, request.titles.filter(await chatKeeper(db)), now);
        // The titles first: a list that is whole proves missing only what is not among them.
        const proves = await recordChatList(db, platformOfSite(request.site), request.list, now);
        // A new chat may be a missing one, and a list seen whole turns «не проверено» into «нет»: recount.
        if (added > 0 || proves) void refreshBadge();
        return { ok: true, added };
      },
      { ok: false },
    ),
  // A count is kept only for a school chat (or one the teacher named in a correction).
  'chats/members': (request) =>
    softly(
      'record a member count',
      async () => {
        const db = await database();
        const kept = (await chatKeeper(db))(request.title) ? await recordMembers(db, request.site, request.title, request.members, Date.now()) : false;
        return { ok: kept };
      },
      { ok: false },
    ),
} satisfies Partial<Handlers>;

export function forgetOldAndPersonalChats(): Promise<void> {
  return softly(
    'forget old chats',
    async () => {
      const db = await database();
      await forgetChatsSeenBefore(db, Date.now() - FORGET_CHATS_AFTER_MS);
      const keep = await chatKeeper(db);
      await forgetChatsWhere(db, (record) => !keep(record.title));
    },
    undefined,
  );
}
