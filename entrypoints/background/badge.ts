/**
 * The toolbar badge: sent invitations to annul and blocks whose end has come (to lift) — counted
 * on start, on the hourly alarm, when the settings change and whenever a page says it wrote.
 */
import { browser } from 'wxt/browser';
import { translator } from '../../lib/i18n/index';
import { UI_MESSAGES } from '../../lib/i18n/ui';
import { countStale } from '../../lib/invites/lifecycle';
import { listInvites } from '../../lib/invites/store';
import type { Handlers } from '../../lib/messaging/router';
import { dueUnblocks } from '../../lib/moderation/index';
import { readModeration } from '../../lib/moderation/store';
import { settingsItem } from '../../lib/settings/store';
import { database, softly } from './context';

/** Chromium MV3 has `action`; the Firefox MV2 build has `browserAction`. */
function toolbarButton() {
  return browser.action ?? browser.browserAction;
}

export function refreshBadge(): Promise<void> {
  return softly(
    'update the badge',
    async () => {
      const [{ settings }, db] = await Promise.all([settingsItem.load(), database()]);
      const [{ records }, log] = await Promise.all([listInvites(db), readModeration(db)]);
      const now = Date.now();
      const stale = countStale(records, now, settings.staleDays);
      const unblock = dueUnblocks(log.blocks, now).length;
      const t = translator(UI_MESSAGES, settings.language);
      const button = toolbarButton();
      const total = stale + unblock;
      await button.setBadgeBackgroundColor({ color: '#a31515' });
      await button.setBadgeText({ text: total > 0 ? String(total) : '' });
      const parts = [...(stale > 0 ? [t('badgeStale', { count: stale })] : []), ...(unblock > 0 ? [t('badgeUnblock', { count: unblock })] : [])];
      await button.setTitle({ title: parts.length > 0 ? parts.join('; ') : t('extName') });
    },
    undefined,
  );
}

/** The pages tell the background after every write to the register or the moderation log. */
export const badgeHandlers = {
  'register/changed': async () => {
    await refreshBadge();
    return { ok: true };
  },
  'moderation/changed': async () => {
    await refreshBadge();
    return { ok: true };
  },
} satisfies Partial<Handlers>;
