/** The real connector: extension APIs, and the IndexedDB register in the extension's origin. */
import { customJournalsItem } from '../journals/custom-journals-store';
import { JournalListFullError, MAX_CUSTOM_JOURNALS, originPattern, parseJournalAddress } from '../journals/custom-journals';
import { browser } from 'wxt/browser';
import { addInvite, deleteInvite, listInvites, updateInvite } from '../invites/store';
import { connection } from '../db/open';
import { completeDraft, deleteDraft, listDrafts, saveDraft } from '../invites/draft-store';
import { listChats } from '../classes/chat-store';
import { listClasses, replaceClasses, saveTypedSubjects } from '../classes/class-store';
import { countStores, eraseDatabase } from '../db/erase';
import { applyRestore } from '../backup/restore';
import { ChangedSinceError, revisionOf } from '../db/revision';
import { deleteOverride, listOverrides, saveOverride } from '../classes/override-store';
import { listClassSizes, saveClassSizes } from '../classes/size-store';
import { decide, listClassLists, listMemberLists, recordTold, saveMemberList, savePupils, turnOffClassList, turnOnClassList } from '../families/store';
import { addBlock, addLeavers, addViolation, deleteLeaver, deleteViolation, endBlock, markLeaverRemoved, readModeration } from '../moderation/store';
import { takeModeration } from '../messaging/handoff';
import { applyRollover, canUndoRollover, readRollover, undoRollover } from '../school-year/store';
import { deleteReport, listReports, saveReports } from '../school-report/store';
import { asker } from '../messaging/ask';
import { REPLY_SCHEMA_CHECKS, journalStatusSchema, messengerPageSchema, pageLookSchema, pageStructureSchema, pageWarningsSchema, type JournalStatus, type PageStatus, type ToContent } from '../messaging/protocol';
import { pageStatusOf } from '../messaging/page-status';
import type { PageStructure } from '../sites/snapshot';
import { JOURNAL_MATCHES, SIGNATURE_WIDGETS, journalAdapterFor, journalOfLook, type PageLook } from '../journals/adapters';
import { settingsSchema } from '../settings/schema';
import { settingsItem } from '../settings/store';
import { loadEffectiveSettings, loadManagedPolicy } from '../policy/managed-store';
import { withoutManaged } from '../policy/managed';
import { MESSENGER_ADAPTERS, MESSENGER_MATCHES } from '../sites/index';
import type { ChecklistStore, Connector, Drafts, FamiliesStore, JournalAddresses, ModerationStore, Register, ReportStore, RolloverStore, TabStatus, TodayStore } from './connector';
import { readChecklistData, readTodayData } from '../today/store';

/**
 * The tab the popup reports on: the active tab of the window the popup belongs to. A `?tab=<id>`
 * query parameter overrides it — the end-to-end tests open the popup as a page and name the tab.
 */
async function targetTab(): Promise<{ id: number; url?: string } | null> {
  const fromQuery = Number(new URLSearchParams(location.search).get('tab'));
  if (Number.isInteger(fromQuery) && fromQuery > 0) {
    const tab = await browser.tabs.get(fromQuery).catch(() => null);
    return tab?.id ? { id: tab.id, url: tab.url } : null;
  }
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id ? { id: tab.id, url: tab.url } : null;
}

type Answer = { kind: 'status'; status: PageStatus } | { kind: 'journal'; status: JournalStatus } | null;

/** One question to the tab's scripts; no answer (no script there, or none that answers it) is null. */
async function send(tabId: number, request: ToContent): Promise<unknown> {
  return browser.tabs.sendMessage(tabId, request).catch(() => null);
}

/**
 * What the tab's page is: a journal (its script answers `page/status`), or a messenger page —
 * the capture script answers `page/status` with its parts, the warnings' script `page/warnings`.
 */
async function askTab(tabId: number): Promise<Answer> {
  const [answer, counted] = await Promise.all([send(tabId, { type: 'page/status' }), send(tabId, { type: 'page/warnings' })]);
  const journal = journalStatusSchema.safeParse(answer);
  if (journal.success) return { kind: 'journal', status: journal.data };
  const page = messengerPageSchema.safeParse(answer);
  const warnings = pageWarningsSchema.safeParse(counted);
  const status = pageStatusOf(page.success ? page.data : null, warnings.success ? warnings.data : null);
  return status ? { kind: 'status', status } : null;
}

/**
 * A journal tab opened before its script could run there — an address added a moment ago, a tab
 * restored while the browser was still starting, a tab open since before Parta was installed —
 * gets the journal script now, so the checklist shows without the teacher reloading the page.
 * Only on a journal Parta lists or the teacher added (the browser refuses any other origin anyway).
 */
async function readJournalTab(tab: { id: number; url?: string }): Promise<Answer> {
  if (!tab.url) return null;
  const url = new URL(tab.url);
  const added = (await customJournalsItem.load()).some((journal) => journal.origin === url.origin);
  if (!added && journalAdapterFor(url) === null) return null;
  try {
    await browser.scripting.executeScript({ target: { tabId: tab.id }, files: ['/content-scripts/journal.js'] });
  } catch {
    return null;
  }
  // The script starts listening after reading the added journals' families: a few short tries.
  for (let attempt = 0; attempt < 10; attempt += 1) {
    const answer = await askTab(tab.id);
    if (answer) return answer;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return null;
}

/**
 * Run in the tab by the browser (only its argument and the page's globals are there): the page's
 * path and, per journal, whether one of its widgets is on the page. No text is read.
 */
function lookAtPage(widgets: readonly string[]): PageLook {
  const found = (selector: string) => {
    try {
      return document.querySelector(selector) !== null;
    } catch {
      return false;
    }
  };
  return { path: location.pathname, widgets: widgets.map(found) };
}

/**
 * On a page Parta does not read: does it look like a journal Parta knows? Then the popup offers its
 * address in one click. The browser lets the popup look only at the tab it was opened on (activeTab),
 * or at an origin already granted; any other answer is no offer.
 */
async function journalOffer(tab: { id: number; url?: string }): Promise<TabStatus | null> {
  if (!tab.url) return null;
  let url: URL;
  try {
    url = new URL(tab.url);
  } catch {
    return null;
  }
  // Only an address the options would take (https, a plain host, not a messenger or a listed journal).
  const address = parseJournalAddress(url.origin);
  if (!address.ok || address.origin !== url.origin) return null;
  try {
    const [injection] = await browser.scripting.executeScript({ target: { tabId: tab.id }, func: lookAtPage, args: [SIGNATURE_WIDGETS] });
    const look = pageLookSchema.safeParse(injection?.result);
    const journal = look.success ? journalOfLook(look.data) : null;
    return journal ? { kind: 'journal-offer', origin: url.origin, family: journal.id } : null;
  } catch {
    return null; // not allowed to look there (a browser page, the store, another extension)
  }
}

async function tabStatus(): Promise<TabStatus> {
  const tab = await targetTab();
  if (!tab) return { kind: 'unsupported' };
  const answer = (await askTab(tab.id)) ?? (await readJournalTab(tab));
  if (answer) return answer;
  const offer = await journalOffer(tab);
  if (offer) return offer;
  // Without the "tabs" permission the URL is only known for our own hosts: a known URL means
  // a supported page whose content script did not answer.
  const supported = tab.url
    ? MESSENGER_ADAPTERS.some((adapter) => adapter.matches(new URL(tab.url as string))) || journalAdapterFor(new URL(tab.url)) !== null
    : false;
  return supported ? { kind: 'no-contact' } : { kind: 'unsupported' };
}

async function pageStructure(): Promise<PageStructure | null> {
  const tab = await targetTab();
  if (!tab) return null;
  const request: ToContent = { type: 'page/structure' };
  const answer: unknown = await browser.tabs.sendMessage(tab.id, request).catch(() => null);
  // Checked before it reaches a file: the shape, not the tree (it is only ever written out).
  return pageStructureSchema.safeParse(answer).success ? (answer as PageStructure) : null;
}

const database = connection();

/** Extension pages check the background's replies with zod. */
const ask = asker(REPLY_SCHEMA_CHECKS);

/** The badge counts what waits for the teacher: tell the background after every write to it. */
async function tell<T>(type: 'register/changed' | 'moderation/changed' | 'families/changed', result: T): Promise<T> {
  await ask({ type });
  return result;
}
/** Stale invitations. */
const changed = <T>(result: T) => tell('register/changed', result);

const register: Register = {
  list: async () => listInvites(await database()),
  add: async (record) => changed(await addInvite(await database(), record)),
  act: async (id, action, now) => changed(await updateInvite(await database(), id, action, now)),
  remove: async (id) => changed(await deleteInvite(await database(), id)),
};

const drafts: Drafts = {
  list: async () => listDrafts(await database()),
  save: async (draft) => changed(await saveDraft(await database(), draft)),
  remove: async (id) => changed(await deleteDraft(await database(), id)),
  complete: async (draftId, record) => changed(await completeDraft(await database(), draftId, record)),
};

const checklist: ChecklistStore = {
  load: async () => readChecklistData(await database()),
  // Each of these changes which chats are missing: the badge is counted again.
  saveSize: async (key, size, now) => changed(await saveClassSizes(await database(), 'manual', [{ key, size }], now)),
  saveOverride: async (override, now) => changed(await saveOverride(await database(), override, now)),
  deleteOverride: async (id) => changed(await deleteOverride(await database(), id)),
  saveManualClasses: async (classes, now) => changed(await replaceClasses(await database(), 'manual', classes, now)),
  saveSubjects: async (key, subjects, now) => changed(await saveTypedSubjects(await database(), key, subjects, now)),
};

const today: TodayStore = {
  load: async (register) => readTodayData(await database(), register),
};

const rollover: RolloverStore = {
  load: async () => {
    const db = await database();
    const [data, invites, last, canUndo] = await Promise.all([checklist.load(), listInvites(db), readRollover(db), canUndoRollover(db)]);
    return { ...data, invites: invites.records, last, canUndo };
  },
  apply: async (plan, yearStart, now) => changed(await applyRollover(await database(), plan, yearStart, now)),
  undo: async () => changed(await undoRollover(await database())),
};

const reports: ReportStore = {
  list: async () => listReports(await database()),
  save: async (list) => saveReports(await database(), list),
  remove: async (teacher) => deleteReport(await database(), teacher),
};

/** Blocks to lift. */
const moderationChanged = <T>(result: T) => tell('moderation/changed', result);

const familiesChanged = <T>(result: T) => tell('families/changed', result);

const families: FamiliesStore = {
  load: async () => {
    const db = await database();
    const [classLists, memberLists] = await Promise.all([listClassLists(db), listMemberLists(db)]);
    return { classLists, memberLists };
  },
  turnOn: async (classKey, now) => familiesChanged(void (await turnOnClassList(await database(), classKey, now))),
  turnOff: async (classKey) => familiesChanged(await turnOffClassList(await database(), classKey)),
  savePupils: async (classKey, pupils, now) => familiesChanged(void (await savePupils(await database(), classKey, pupils, 'paste', now))),
  saveMembers: async (site, chat, members, now) => familiesChanged(void (await saveMemberList(await database(), site, chat, members, 'paste', now))),
  decide: async (classKey, decision, now) => familiesChanged(void (await decide(await database(), classKey, decision, now))),
  told: async (classKey, told, now) => familiesChanged(void (await recordTold(await database(), classKey, told, now))),
};

const moderation: ModerationStore = {
  load: async () => readModeration(await database()),
  addViolation: async (violation) => moderationChanged(await addViolation(await database(), violation)),
  deleteViolation: async (id) => moderationChanged(await deleteViolation(await database(), id)),
  addBlock: async (block) => moderationChanged(await addBlock(await database(), block)),
  endBlock: async (id, ended, reason, now) => moderationChanged(await endBlock(await database(), id, ended, reason, now)),
  addLeavers: async (people, now) => moderationChanged(await addLeavers(await database(), people, now)),
  deleteLeaver: async (id) => moderationChanged(await deleteLeaver(await database(), id)),
  markRemoved: async (id, site, chat, now) => moderationChanged(await markLeaverRemoved(await database(), id, site, chat, now)),
  takeReport: takeModeration,
};

/** Copies text; the Clipboard API first, the selection-based command where it is refused. */
async function copy(text: string): Promise<void> {
  try {
    await navigator.clipboard.writeText(text);
    return;
  } catch {
    // e.g. the page lost focus: fall back below
  }
  const area = document.createElement('textarea');
  area.value = text;
  area.setAttribute('readonly', '');
  area.style.position = 'fixed';
  area.style.opacity = '0';
  document.body.append(area);
  area.select();
  const copied = document.execCommand('copy');
  area.remove();
  if (!copied) throw new Error('clipboard unavailable');
}

const journals: JournalAddresses = {
  list: async () => {
    const stored = await customJournalsItem.load();
    return Promise.all(
      stored.map(async (journal) => ({
        ...journal,
        granted: await browser.permissions.contains({ origins: [originPattern(journal.origin)] }).catch(() => false),
      })),
    );
  },
  add: async (origin, kind, now) => {
    // The request comes first: the browser only asks while the teacher's click is being handled.
    // The address is kept at once beside it — a popup the browser's question closes loses nothing
    // (the background registers the script when the grant arrives) — and taken back if refused.
    const asked = browser.permissions.request({ origins: [originPattern(origin)] });
    const before = await customJournalsItem.load();
    const known = before.some((journal) => journal.origin === origin);
    // A full list keeps no more (the stored list is read back capped): the grant is given back, and said.
    if (!known && before.length >= MAX_CUSTOM_JOURNALS) {
      if (await asked.catch(() => false)) await browser.permissions.remove({ origins: [originPattern(origin)] }).catch(() => false);
      throw new JournalListFullError(`at most ${MAX_CUSTOM_JOURNALS} journal addresses`);
    }
    await customJournalsItem.save([...before.filter((journal) => journal.origin !== origin), { origin, kind, addedAt: now }]);
    const granted = await asked.catch(() => false);
    if (!granted && !known) await customJournalsItem.save((await customJournalsItem.load()).filter((journal) => journal.origin !== origin));
    return granted;
  },
  remove: async (origin) => {
    await customJournalsItem.save((await customJournalsItem.load()).filter((journal) => journal.origin !== origin));
    await browser.permissions.remove({ origins: [originPattern(origin)] }).catch(() => false);
  },
  strays: async () => {
    const [{ origins = [] }, listed] = await Promise.all([browser.permissions.getAll(), customJournalsItem.load()]);
    const own = new Set<string>([...MESSENGER_MATCHES, ...JOURNAL_MATCHES, ...listed.map((journal) => originPattern(journal.origin))]);
    // Each `https://host/*` grant not Parta's own: its origin, as the list writes origins.
    return origins.flatMap((pattern) => (own.has(pattern) || !/^https:\/\/[^/*]+\/\*$/.test(pattern) ? [] : [pattern.slice(0, -2)]));
  },
};

export const browserConnector: Connector = {
  tabStatus,
  pageStructure,
  loadSettings: () => loadEffectiveSettings(),
  // The school's policy keeps its keys: what the teacher stored under them stays as it was.
  saveSettings: async (settings) => {
    const [stored, managed] = await Promise.all([settingsItem.load(), loadManagedPolicy()]);
    await settingsItem.save(settingsSchema.parse(withoutManaged(settings, stored.settings, managed.policy)));
  },
  openOptions: () => void browser.runtime.openOptionsPage(),
  // The typed getURL knows each page's path; `path` carries a query after it.
  openPage: (path) => void browser.tabs.create({ url: browser.runtime.getURL(path as '/report.html') }),
  register,
  drafts,
  today,
  checklist,
  rollover,
  reports,
  moderation,
  families,
  journals,
  copy,
  storedCounts: async () => countStores(await database()),
  everything: async () => {
    const db = await database();
    const [loaded, invites, chats, classes, overrides, classSizes, moderation] = await Promise.all([
      settingsItem.load(),
      listInvites(db),
      listChats(db),
      listClasses(db),
      listOverrides(db),
      listClassSizes(db),
      readModeration(db),
    ]);
    const { violations, blocks, leavers } = moderation;
    return { settings: loaded.settings, invites: invites.records, chats: chats.records, classes, overrides, classSizes, violations, blocks, leavers, drafts: await listDrafts(db) };
  },
  restore: async (plan) => {
    // Settings live apart from the database: written first, put back if the records fail.
    const putBack = await settingsItem.snapshot();
    if (plan.settings) {
      // A backup never overwrites what the school's policy sets.
      const [stored, managed] = await Promise.all([settingsItem.load(), loadManagedPolicy()]);
      // Settings changed since the preview (in another window): nothing is written, the preview is shown again.
      if (revisionOf([[stored.settings]]) !== plan.settingsBasis) throw new ChangedSinceError('settings changed since the preview');
      await settingsItem.save(settingsSchema.parse(withoutManaged(plan.settings, stored.settings, managed.policy)));
    }
    try {
      await applyRestore(await database(), plan);
    } catch (error) {
      if (plan.settings) await putBack();
      throw error;
    }
    await changed(undefined);
  },
  eraseEverything: async () => {
    // The journal addresses' permissions go back with them.
    for (const journal of await customJournalsItem.load()) {
      await browser.permissions.remove({ origins: [originPattern(journal.origin)] }).catch(() => false);
    }
    await eraseDatabase(await database());
    await browser.storage.local.clear();
    await changed(undefined);
  },
  now: () => Date.now(),
  newId: () => crypto.randomUUID(),
};
