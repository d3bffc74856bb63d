/**
 * The background: the one context every other context can reach. It answers content scripts in
 * the typed protocol (lib/protocol.ts, zod-validated here), opens the capture form for an
 * invitation seen on a messenger page, and keeps the toolbar badge showing how many sent
 * invitations wait to be annulled — on start, on an hourly alarm, when the register or the
 * settings change. The hourly alarm also forgets chat names not seen for half a year. It makes
 * no network requests.
 */
import { putCapture, putModeration } from '../../lib/messaging/handoff';
import { forgetModeration, readModeration, recordSightings } from '../../lib/moderation/store';
import { dueUnblocks, marksFor, moderationCutoff, ruleKindOfChat, rulesFor, rulesText } from '../../lib/moderation/index';
import { schoolYearStart } from '../../lib/school-year/plan';
import { loadCustomJournals, onCustomJournalsChanged } from '../../lib/journals/custom-journals-store';
import { originPattern } from '../../lib/journals/custom-journals';
import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { saveClassSizes } from '../../lib/classes/size-store';
import { FORGET_CHATS_AFTER_MS, chatKeeper, forgetChatsSeenBefore, forgetChatsWhere, recordChats, recordMembers } from '../../lib/classes/chat-store';
import { noteClasses, replaceClasses } from '../../lib/classes/class-store';
import { listInvites } from '../../lib/invites/store';
import { connection } from '../../lib/db/open';
import { translator } from '../../lib/i18n/index';
import { UI_MESSAGES } from '../../lib/i18n/ui';
import { countStale } from '../../lib/invites/lifecycle';
import { parseInvite } from '../../lib/invites/parse';
import { routeMessage } from '../../lib/messaging/router';
import { type CaptureAnswer, type InviteCapture, type ToBackground, type ToBackgroundReplies } from '../../lib/messaging/protocol';
import type { moderationPageSchema, moderationReportSchema } from '../../lib/messaging/protocol';
import type * as z from 'zod/mini';
import { loadSettings, onSettingsChanged } from '../../lib/settings/store';

export const STALE_ALARM = 'parta-stale-check';
const database = connection();

/** Chromium MV3 has `action`; the Firefox MV2 build has `browserAction`. */
function toolbarButton() {
  return browser.action ?? browser.browserAction;
}

/** The badge: sent invitations to annul, and blocks whose end has come (to lift). */
async function refreshBadge(): Promise<void> {
  try {
    const [{ settings }, db] = await Promise.all([loadSettings(), database()]);
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
  } catch (error) {
    console.error('[Parta] could not update the badge', error);
  }
}

/** Opens a small window (or a tab where windows cannot be made) on one of Parta's pages. */
async function openWindow(url: string): Promise<void> {
  if (browser.windows) await browser.windows.create({ url, type: 'popup', width: 520, height: 720 });
  else await browser.tabs.create({ url });
}

async function openViolationForm(report: z.infer<typeof moderationReportSchema>): Promise<CaptureAnswer> {
  try {
    // The name and the words go through session storage; the address holds only a token.
    const token = await putModeration({ site: report.site, chat: report.chat, person: report.person, quote: report.quote });
    await openWindow(`${browser.runtime.getURL('/moderation.html')}?report=${token}`);
    return { ok: true };
  } catch (error) {
    console.error('[Parta] could not open the violation form', error);
    return { ok: false, reason: 'failed' };
  }
}

/**
 * A group chat's people: leavers among them are recorded as seen there (only in school chats, and
 * only people on the teacher's list: other names are not kept), and the marks to show are returned.
 */
async function moderationPage(request: z.infer<typeof moderationPageSchema>): Promise<ToBackgroundReplies['moderation/page']> {
  const db = await database();
  if ((await chatKeeper(db))(request.chat)) {
    await recordSightings(db, request.site, request.chat, request.people.map(({ person, left, accusative }) => ({ name: person, left, accusative })), Date.now());
  }
  const log = await readModeration(db);
  const present = request.people.filter((entry) => !entry.left);
  return { ok: true, marks: marksFor(log, request.site, request.chat, present).slice(0, 300) };
}

/** The moderation log is kept no longer than the teacher's period (default: this school year). */
async function forgetOldModeration(db: Awaited<ReturnType<typeof database>>): Promise<void> {
  const { settings } = await loadSettings();
  const now = Date.now();
  await forgetModeration(db, moderationCutoff(now, schoolYearStart(now, settings.schoolYearStart), settings.moderationKeepDays));
}

async function openCaptureForm(capture: InviteCapture): Promise<CaptureAnswer> {
  const parsed = parseInvite(capture.url);
  if (!parsed.ok) return { ok: false, reason: 'not-an-invite' };
  try {
    // The link and the title go through session storage; the address holds only a token.
    const token = await putCapture({ link: parsed.url, chat: capture.chatTitle });
    const url = `${browser.runtime.getURL('/popup.html')}?capture=${token}`;
    if (browser.windows) await browser.windows.create({ url, type: 'popup', width: 480, height: 640 });
    else await browser.tabs.create({ url });
    return { ok: true };
  } catch (error) {
    console.error('[Parta] could not open the capture form', error);
    return { ok: false, reason: 'failed' };
  }
}

export default defineBackground(() => {
  // Only our own content scripts and pages, only in the protocol's words (lib/background/router.ts).
  browser.runtime.onMessage.addListener((message: unknown, sender) => routeMessage(message, sender, browser.runtime.id, answer));

  // First install: a short welcome in the options page. Updates stay silent.
  browser.runtime.onInstalled.addListener((details) => {
    if (details.reason === 'install') void browser.tabs.create({ url: browser.runtime.getURL('/options.html?welcome' as '/options.html') });
  });

  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name !== STALE_ALARM) return;
    void refreshBadge();
    void database()
      .then((db) => forgetOldAndPersonalChats(db))
      .catch((error: unknown) => console.error('[Parta] could not forget old chats', error));
    void database()
      .then((db) => forgetOldModeration(db))
      .catch((error: unknown) => console.error('[Parta] could not forget old moderation entries', error));
  });
  // Invitations go stale with time alone: check hourly (and whenever the worker starts).
  void browser.alarms.get(STALE_ALARM).then((existing) => {
    if (!existing) void browser.alarms.create(STALE_ALARM, { periodInMinutes: 60 });
  });
  onSettingsChanged(() => void refreshBadge());
  void refreshBadge();
  void database()
    .then((db) => forgetOldAndPersonalChats(db))
    .catch((error: unknown) => console.error('[Parta] could not forget old chats', error));
  void database()
    .then((db) => forgetOldModeration(db))
    .catch((error: unknown) => console.error('[Parta] could not forget old moderation entries', error));

  // Journal addresses the teacher added: the journal script runs there, registered at run time
  // for the origins the browser has granted. Checked at every start (an update or a browser
  // restart may drop registrations), when the list changes, and when a permission changes.
  const sync = () => void syncCustomJournalScript().catch((error: unknown) => console.error('[Parta] could not register the journal script', error));
  sync();
  onCustomJournalsChanged(sync);
  browser.permissions.onAdded.addListener(sync);
  browser.permissions.onRemoved.addListener(sync);
});

/**
 * Chats not seen for half a year go; so do titles that are not school chats (kept by an earlier
 * version, or a correction since removed).
 */
async function forgetOldAndPersonalChats(db: Awaited<ReturnType<typeof database>>): Promise<void> {
  await forgetChatsSeenBefore(db, Date.now() - FORGET_CHATS_AFTER_MS);
  const keep = await chatKeeper(db);
  await forgetChatsWhere(db, (record) => !keep(record.title));
}

/**
 * The background's answers, typed by the protocol's reply map: a request of type T gets
 * `ToBackgroundReplies[T]`. Who may ask was checked by the router.
 */
function answer(request: ToBackground): Promise<ToBackgroundReplies[ToBackground['type']]> | undefined {
  switch (request.type) {
    case 'invite/capture':
      return openCaptureForm(request);
    case 'register/changed':
      return refreshBadge().then(() => ({ ok: true }));
    case 'classes/seen':
      return database()
        .then(async (db) => {
          const now = Date.now();
          await (request.scope === 'all' ? replaceClasses(db, 'journal', request.classes, now) : noteClasses(db, request.scope, request.classes, now));
          // A page that lists a class's pupils gives its size (a typed size stays the teacher's).
          const sizes = request.classes.flatMap((entry) => (entry.size === undefined ? [] : [{ key: entry.key, size: entry.size }]));
          if (sizes.length > 0) await saveClassSizes(db, 'journal', sizes, now);
        })
        .then(() => ({ ok: true }))
        .catch((error: unknown) => {
          console.error('[Parta] could not record classes', error);
          return { ok: false };
        });
    case 'chats/members':
      return database()
        // A count is kept only for a school chat (or one the teacher named in a correction).
        .then(async (db) => ((await chatKeeper(db))(request.title) ? recordMembers(db, request.site, request.title, request.members, Date.now()) : false))
        .then((kept) => ({ ok: kept }))
        .catch((error: unknown) => {
          console.error('[Parta] could not record a member count', error);
          return { ok: false };
        });
    case 'moderation/page':
      return moderationPage(request).catch((error: unknown) => {
        console.error('[Parta] could not read the moderation marks', error);
        return { ok: false };
      });
    case 'moderation/report':
      return openViolationForm(request);
    case 'moderation/changed':
      return refreshBadge().then(() => ({ ok: true }));
    case 'rules/for-chat':
      return loadSettings()
        .then(({ settings }) => ({ ok: true as const, text: rulesText(rulesFor(ruleKindOfChat(request.chat), settings.rules)) }))
        .catch(() => ({ ok: false as const }));
    case 'chats/seen':
      return database()
        // Only school chats' titles are kept: the one-to-one dialogs of the list are not.
        .then(async (db) => recordChats(db, request.site, request.titles.filter(await chatKeeper(db)), Date.now()))
        .then((added) => ({ ok: true, added }))
        .catch((error: unknown) => {
          console.error('[Parta] could not record chats', error);
          return { ok: false };
        });
  }
}

const CUSTOM_JOURNAL_SCRIPT = 'parta-custom-journals';

async function syncCustomJournalScript(): Promise<void> {
  const wanted: string[] = [];
  for (const journal of await loadCustomJournals()) {
    const pattern = originPattern(journal.origin);
    if (await browser.permissions.contains({ origins: [pattern] })) wanted.push(pattern);
  }
  const [registered] = await browser.scripting.getRegisteredContentScripts({ ids: [CUSTOM_JOURNAL_SCRIPT] });
  const current = registered?.matches ?? [];
  if (current.length === wanted.length && current.every((pattern) => wanted.includes(pattern))) return;
  if (registered) await browser.scripting.unregisterContentScripts({ ids: [CUSTOM_JOURNAL_SCRIPT] });
  if (wanted.length === 0) return;
  await browser.scripting.registerContentScripts([
    { id: CUSTOM_JOURNAL_SCRIPT, matches: wanted, js: ['content-scripts/journal.js'], runAt: 'document_idle' },
  ]);
}
