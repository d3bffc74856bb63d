/**
 * The background: the one context every other context can reach. It answers content scripts in
 * the typed protocol (lib/protocol.ts, zod-validated here), opens the capture form for an
 * invitation seen on a messenger page, and keeps the toolbar badge showing how many sent
 * invitations wait to be annulled — on start, on an hourly alarm, when the register or the
 * settings change. The hourly alarm also forgets chat names not seen for half a year. It makes
 * no network requests.
 */
import { putCapture } from '../lib/capture-handoff';
import { loadCustomJournals, onCustomJournalsChanged } from '../lib/custom-journals-store';
import { originPattern } from '../lib/sites/custom-journals';
import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { saveClassSizes } from '../lib/db/sizes';
import { FORGET_CHATS_AFTER_MS, chatKeeper, forgetChatsSeenBefore, forgetChatsWhere, recordChats, recordMembers } from '../lib/db/chats';
import { noteClasses, replaceClasses } from '../lib/db/classes';
import { listInvites } from '../lib/db/invites';
import { connection } from '../lib/db/open';
import { translator } from '../lib/i18n/index';
import { UI_MESSAGES } from '../lib/i18n/ui';
import { countStale } from '../lib/invites/lifecycle';
import { parseInvite } from '../lib/invites/parse';
import { routeMessage } from '../lib/background/router';
import { type CaptureAnswer, type InviteCapture, type ToBackground, type ToBackgroundReplies } from '../lib/protocol';
import { loadSettings, onSettingsChanged } from '../lib/settings-store';

export const STALE_ALARM = 'parta-stale-check';
const database = connection();

/** Chromium MV3 has `action`; the Firefox MV2 build has `browserAction`. */
function toolbarButton() {
  return browser.action ?? browser.browserAction;
}

async function refreshBadge(): Promise<void> {
  try {
    const [{ settings }, db] = await Promise.all([loadSettings(), database()]);
    const { records } = await listInvites(db);
    const stale = countStale(records, Date.now(), settings.staleDays);
    const t = translator(UI_MESSAGES, settings.language);
    const button = toolbarButton();
    await button.setBadgeBackgroundColor({ color: '#a31515' });
    await button.setBadgeText({ text: stale > 0 ? String(stale) : '' });
    await button.setTitle({ title: stale > 0 ? t('badgeStale', { count: stale }) : t('extName') });
  } catch (error) {
    console.error('[Parta] could not update the badge', error);
  }
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
