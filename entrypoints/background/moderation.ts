/**
 * The moderator's side: marks for the people of an open group chat (and sightings of leavers in
 * school chats), the violation form for a message, the rules for a chat. Housekeeping forgets the
 * log after the teacher's keeping period (default: the end of the school year).
 */
import { chatKeeper } from '../../lib/classes/chat-store';
import { putModeration } from '../../lib/messaging/handoff';
import type { Handlers } from '../../lib/messaging/router';
import { marksFor, moderationCutoff, ruleKindOfChat, rulesFor, rulesText } from '../../lib/moderation/index';
import { forgetModeration, readModeration, recordSightings } from '../../lib/moderation/store';
import { schoolYearStart } from '../../lib/school-year/plan';
import { loadEffectiveSettings } from '../../lib/policy/managed-store';
import { refreshBadge } from './badge';
import { database, softly } from './context';
import { openWindow } from './windows';

export const moderationHandlers = {
  /**
   * A group chat's people: leavers among them are recorded as seen there (only in school chats,
   * and only people on the teacher's list: other names are not kept), and the marks to show are
   * returned.
   */
  'moderation/page': (request) =>
    softly(
      'read the moderation marks',
      async () => {
        const db = await database();
        if ((await chatKeeper(db))(request.chat)) {
          const people = request.people.map(({ person, left, accusative }) => ({ name: person, left, accusative }));
          // A leaver seen (or gone) changes «Сегодня».
          if ((await recordSightings(db, request.site, request.chat, people, Date.now())) > 0) void refreshBadge();
        }
        const log = await readModeration(db);
        const present = request.people.filter((entry) => !entry.left);
        return { ok: true, marks: marksFor(log, request.site, request.chat, present).slice(0, 300) };
      },
      { ok: false },
    ),
  'moderation/report': async (report) => {
    // The name and the words go through session storage; the address holds only a token.
    const handoff = { site: report.site, chat: report.chat, person: report.person, quote: report.quote };
    const token = await softly('keep the report', () => putModeration(handoff), null);
    return token ? openWindow('/moderation.html', `report=${token}`, 'moderation') : { ok: false, reason: 'failed' };
  },
  'rules/for-chat': (request) =>
    softly(
      'read the rules',
      async () => {
        const { settings } = await loadEffectiveSettings();
        return { ok: true, text: rulesText(rulesFor(ruleKindOfChat(request.chat), settings.rules)) };
      },
      { ok: false },
    ),
} satisfies Partial<Handlers>;

export function forgetOldModeration(): Promise<void> {
  return softly(
    'forget old moderation entries',
    async () => {
      const [{ settings }, db] = await Promise.all([loadEffectiveSettings(), database()]);
      const now = Date.now();
      await forgetModeration(db, moderationCutoff(now, schoolYearStart(now, settings.schoolYearStart), settings.moderationKeepDays));
    },
    undefined,
  );
}
