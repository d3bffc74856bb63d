/**
 * The toolbar badge: how many tasks «Сегодня» lists (lib/today), its tooltip the kinds. Counted on
 * start, on the hourly alarm, when the settings change, and whenever something it counts changes:
 * a page's write (invitations, drafts, the moderation log) or the background's own (a new chat
 * seen, a journal's classes, a leaver sighted). Bursts of changes make one count.
 */
import { moderationStampItem } from '../../lib/moderation/changes';
import { browser } from 'wxt/browser';
import { translator } from '../../lib/i18n/index';
import { UI_MESSAGES, type UiKey } from '../../lib/i18n/ui';
import type { Handlers } from '../../lib/messaging/router';
import { loadEffectiveSettings } from '../../lib/policy/managed-store';
import { countKinds, todayTasks, type TaskKind } from '../../lib/today/tasks';
import { readTodayData } from '../../lib/today/store';
import { database, softly } from './context';

/** Chromium MV3 has `action`; the Firefox MV2 build has `browserAction`. */
function toolbarButton() {
  return browser.action ?? browser.browserAction;
}

/** How the tooltip names each kind of task, with its count. */
export const BADGE_KINDS: Readonly<Record<TaskKind, UiKey>> = {
  unblock: 'badgeUnblock',
  leaver: 'badgeLeaver',
  annul: 'badgeStale',
  rollover: 'badgeRollover',
  families: 'badgeFamilies',
  check: 'badgeCheck',
  subjects: 'badgeSubjects',
  create: 'badgeCreate',
  link: 'badgeLink',
  send: 'badgeSend',
};

async function countNow(): Promise<void> {
  const [{ settings }, db] = await Promise.all([loadEffectiveSettings(), database()]);
  const tasks = todayTasks(await readTodayData(db), settings, Date.now());
  const t = translator(UI_MESSAGES, settings.language);
  const button = toolbarButton();
  await button.setBadgeBackgroundColor({ color: '#a31515' });
  await button.setBadgeText({ text: tasks.length > 0 ? String(tasks.length) : '' });
  const kinds = countKinds(tasks).map(([kind, count]) => t(BADGE_KINDS[kind], { count }));
  await button.setTitle({ title: kinds.length > 0 ? `${t('extName')}: ${kinds.join('; ')}` : t('extName') });
}

let running: Promise<void> | null = null;
let again = false;

/** Counts now, or — while a count runs — once more after it, however many asked meanwhile. */
export function refreshBadge(): Promise<void> {
  if (running) {
    again = true;
    return running;
  }
  running = (async () => {
    do {
      again = false;
      await softly('update the badge', countNow, undefined);
    } while (again);
    running = null;
  })();
  return running;
}

/** The pages tell the background after every write to the register, the drafts, the moderation log or the families' lists. */
export const badgeHandlers = {
  'register/changed': async () => {
    await refreshBadge();
    return { ok: true };
  },
  'families/changed': async () => {
    await refreshBadge();
    return { ok: true };
  },
  'moderation/changed': async () => {
    // Chat pages draw their marks again (a new violation's count shows at once).
    await softly('tell the chat pages', () => moderationStampItem.save(Date.now()), undefined);
    await refreshBadge();
    return { ok: true };
  },
} satisfies Partial<Handlers>;
