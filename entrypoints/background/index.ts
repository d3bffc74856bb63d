/**
 * The background: the one context every other context can reach. It answers content scripts and
 * pages in the typed protocol (lib/messaging: zod-validated, one handler per request type, each
 * in the room that owns it), keeps the toolbar badge, runs one housekeeping pass at start and on
 * an hourly alarm, and registers the journal script on addresses the teacher added. It makes no
 * network requests.
 */
import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { routeMessage, type Handlers } from '../../lib/messaging/router';
import { settingsItem } from '../../lib/settings/store';
import { badgeHandlers, refreshBadge } from './badge';
import { chatHandlers, forgetOldAndPersonalChats } from './chats';
import { classHandlers, forgetStaleUndoCopy } from './classes';
import { forgetLastYearsFamilies } from './families';
import { followCustomJournals, pageKindOf } from './journals';
import { followCommands } from './commands';
import { forgetOldModeration, moderationHandlers } from './moderation';
import { windowHandlers } from './windows';

export const STALE_ALARM = 'parta-stale-check';

const handlers: Handlers = { ...badgeHandlers, ...windowHandlers, ...chatHandlers, ...classHandlers, ...moderationHandlers };

/**
 * What time alone changes: invitations go stale, blocks come to their end, old chats and old log
 * entries are due to be forgotten, and an undo copy that can no longer be used. Each part fails alone (soft), the others still run.
 */
function housekeeping(): Promise<unknown> {
  return Promise.all([refreshBadge(), forgetOldAndPersonalChats(), forgetOldModeration(), forgetStaleUndoCopy(), forgetLastYearsFamilies()]);
}

export default defineBackground(() => {
  // Only our own content scripts and pages, only in the protocol's words (lib/messaging/router.ts).
  browser.runtime.onMessage.addListener((message: unknown, sender) => routeMessage(message, sender, browser.runtime.id, handlers, pageKindOf));

  // First install: a short welcome in the options page. Updates stay silent.
  browser.runtime.onInstalled.addListener((details) => {
    if (details.reason === 'install') void browser.tabs.create({ url: browser.runtime.getURL('/options.html?welcome' as '/options.html') });
  });

  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name === STALE_ALARM) void housekeeping();
  });
  void browser.alarms.get(STALE_ALARM).then((existing) => {
    if (!existing) void browser.alarms.create(STALE_ALARM, { periodInMinutes: 60 });
  });
  settingsItem.watch(() => void refreshBadge());
  void housekeeping();

  followCustomJournals();
  followCommands();
});
