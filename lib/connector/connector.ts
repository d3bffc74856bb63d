/**
 * How popup and options talk to the browser: one interface, a real implementation over the
 * extension APIs (browser-connector.ts) and a mock twin with an in-memory register, so the UI
 * renders in unit tests, benchmarks and demos without a browser.
 */
import type { ManagedRead } from '../policy/managed';
import type { AddResult, CompleteResult, InviteList, UpdateResult } from '../invites/store';
import { applyInviteAction, type InviteAction } from '../invites/lifecycle';
import type { InviteRecord } from '../invites/schema';
import type { DraftRecord } from '../invites/drafts';
import type { TodayData } from '../today/tasks';
import type { ChatLists } from '../classes/chat-list';
import type { Override } from '../classes/matcher';
import type { ClassInput } from '../classes/keys';
import type { StoreCounts } from '../db/erase';
import type { Everything, RestorePlan } from '../backup/backup';
import type { ChatRecord, ClassRecord, ClassSizeRecord, OverrideRecord } from '../classes/records';
import type { MemberCountRecord } from '../classes/count-history';
import type { RolloverRecord, UndoResult } from '../school-year/store';
import type { RolloverPlan } from '../school-year/plan';
import type { TeacherReport } from '../school-report/report';
import type { ModerationLog, NewBlock, NewViolation } from '../moderation/store';
import type { BlockRecord, LeaverRecord, ViolationRecord } from '../moderation/records';
import type { ModerationHandoff } from '../messaging/handoff';
import { reportId } from '../school-report/report';
import type { JournalStatus, PageStatus } from '../messaging/protocol';
import type { JournalId } from '../journals/adapters';
import type { PageStructure } from '../sites/snapshot';
import { DEFAULT_SETTINGS, type LoadedSettings, type Settings } from '../settings/index';
import type { CustomJournal, CustomJournalKind } from '../journals/custom-journals';
import type { MemberDecision } from '../families/class-chat';
import type { PupilName } from '../families/match';
import type { ClassListRecord, MemberListRecord, ToldHow } from '../families/records';
import { newClassList, newMemberList, withDecision, withPupils, withTold } from '../families/store';

export type TabStatus =
  | { kind: 'status'; status: PageStatus }
  /** The tab is not a supported messenger page. */
  | { kind: 'unsupported' }
  /** An e-journal page: its classes, for the required-chats checklist. */
  | { kind: 'journal'; status: JournalStatus }
  /** A supported page whose content script does not answer (opened before install). */
  | { kind: 'no-contact' }
  /** A page on an address Parta does not read that looks like a journal it knows: offered in one click. */
  | { kind: 'journal-offer'; origin: string; family: JournalId };

/** What the required-chats checklist needs besides the page: all from the database. */
export interface ChecklistData {
  chats: ChatRecord[];
  /** What Parta saw of each messenger's chat list: only a whole list proves a chat missing. */
  lists: ChatLists;
  classes: ClassRecord[];
  overrides: OverrideRecord[];
  sizes: ClassSizeRecord[];
  /** The first day of the school year the last «Новый учебный год» step was taken for. */
  lastRollover: number | null;
  /** Member counts by day, for the trend (numbers only). */
  memberCounts?: MemberCountRecord[];
}

export interface ChecklistStore {
  load(): Promise<ChecklistData>;
  saveOverride(override: Override, now: number): Promise<void>;
  deleteOverride(id: string): Promise<void>;
  saveManualClasses(classes: ClassInput[], now: number): Promise<void>;
  /** The subjects the teacher teaches in a class, as typed (kept beside what journals read). */
  saveSubjects(key: string, subjects: string[], now: number): Promise<void>;
  /** The teacher's number of students of a class; null forgets it. */
  saveSize(key: string, size: number | null, now: number): Promise<void>;
}

/** What the new school year's step needs to make its plan, and the last step taken. */
export interface RolloverData extends ChecklistData {
  invites: InviteRecord[];
  last: RolloverRecord | null;
  canUndo: boolean;
}

export interface RolloverStore {
  load(): Promise<RolloverData>;
  apply(plan: RolloverPlan, yearStart: number, now: number): Promise<void>;
  undo(): Promise<UndoResult>;
}

/** The director's imported teacher reports. Resolves, per report, whether it was kept (a newer one may be). */
export interface ReportStore {
  list(): Promise<TeacherReport[]>;
  save(reports: TeacherReport[]): Promise<boolean[]>;
  remove(teacher: string): Promise<void>;
}

/** The moderation log. Writes tell the background (its badge counts blocks to lift). */
export interface ModerationStore {
  load(): Promise<ModerationLog>;
  addViolation(violation: NewViolation): Promise<ViolationRecord>;
  deleteViolation(id: string): Promise<void>;
  addBlock(block: NewBlock): Promise<BlockRecord>;
  endBlock(id: string, ended: 'on-time' | 'early', reason: string, now: number): Promise<boolean>;
  addLeavers(people: { name: string; kind: LeaverRecord['kind']; classKey: string | null }[], now: number): Promise<number>;
  deleteLeaver(id: string): Promise<void>;
  markRemoved(id: string, site: string, chat: string, now: number): Promise<boolean>;
  /** The violation form's report from a messenger page, named by the token in its address. */
  takeReport(token: string | null): Promise<ModerationHandoff | undefined>;
}

/** A journal address the teacher added, and whether the browser lets Parta read it now. */
export interface CustomJournalEntry extends CustomJournal {
  granted: boolean;
}

/** Journal addresses the teacher adds (optional host permissions, asked for on their click). */
export interface JournalAddresses {
  list(): Promise<CustomJournalEntry[]>;
  /**
   * Asks the browser for the origin — must be called straight from the teacher's click, before any
   * other await — and, when granted, keeps the address. Resolves whether it was granted.
   */
  add(origin: string, kind: CustomJournalKind, now: number): Promise<boolean>;
  /** Gives the permission back and forgets the address. */
  remove(origin: string): Promise<void>;
  /**
   * Origins the browser lets Parta read beyond its own sites that are not in the list (a grant left
   * from an address refused or removed elsewhere): shown, each to be given back.
   */
  strays(): Promise<string[]>;
}

/** The invite register. Writes are transactions (lib/invites/store.ts). */
export interface Register {
  list(): Promise<InviteList>;
  add(record: InviteRecord): Promise<AddResult>;
  act(id: string, action: InviteAction, now: number): Promise<UpdateResult>;
  remove(id: string): Promise<void>;
}

/** Invitations in the making (lib/invites/drafts.ts). Writes tell the background (the «Сегодня» count). */
export interface Drafts {
  list(): Promise<DraftRecord[]>;
  save(draft: DraftRecord): Promise<void>;
  remove(id: string): Promise<void>;
  /** The draft's invitation added and the draft gone together; a known link changes nothing. */
  complete(draftId: string, record: InviteRecord): Promise<CompleteResult>;
}

/** What «Сегодня» is computed from (lib/today/tasks.ts), read in one go. */
export interface TodayStore {
  /** `register`: the invitations when the caller is reading them already (read once, not twice). */
  load(register?: Promise<InviteList>): Promise<TodayData>;
}

/** «Кто ещё не в чате»: class lists (per class, by the teacher's choice) and chats' member lists. */
export interface FamiliesStore {
  load(): Promise<{ classLists: ClassListRecord[]; memberLists: MemberListRecord[] }>;
  turnOn(classKey: string, now: number): Promise<void>;
  /** Forgets the class's names, answers and «Сообщили». */
  turnOff(classKey: string): Promise<void>;
  savePupils(classKey: string, pupils: readonly PupilName[], now: number): Promise<void>;
  saveMembers(site: MemberListRecord['site'], chat: string, members: readonly string[], now: number): Promise<void>;
  decide(classKey: string, decision: MemberDecision, now: number): Promise<void>;
  told(classKey: string, told: { pupil: string; chat: string; how: ToldHow }, now: number): Promise<void>;
}

export interface Connector {
  tabStatus(): Promise<TabStatus>;
  /** «Сообщить о странице»: the structure of the tab's page, or null when it does not answer. */
  pageStructure(): Promise<PageStructure | null>;
  /** The settings as every reader uses them: the teacher's, with the school's policy (`managed`) over them. */
  loadSettings(): Promise<LoadedSettings & { managed?: ManagedRead }>;
  saveSettings(settings: Settings): Promise<void>;
  openOptions(): void;
  /** Opens one of the extension's own pages (path with query) in a new tab. */
  openPage(path: string): void;
  register: Register;
  drafts: Drafts;
  today: TodayStore;
  checklist: ChecklistStore;
  rollover: RolloverStore;
  reports: ReportStore;
  moderation: ModerationStore;
  families: FamiliesStore;
  journals: JournalAddresses;
  copy(text: string): Promise<void>;
  /** How many records each store holds (the «Что хранится» page). */
  storedCounts(): Promise<StoreCounts>;
  /** Erases every record and the settings. */
  eraseEverything(): Promise<void>;
  /** Everything kept, for a backup file. */
  everything(): Promise<Everything>;
  /** Writes a restore plan: the records in one transaction, then the settings; on failure, nothing. */
  restore(plan: RestorePlan): Promise<void>;
  now(): number;
  newId(): string;
}

export function memoryRegister(initial: readonly InviteRecord[] = []): Register {
  const records = new Map(initial.map((record) => [record.id, record]));
  return {
    list: async () => ({ records: [...records.values()], damaged: 0 }),
    add: async (record) => {
      const existing = [...records.values()].find((stored) => stored.url === record.url);
      if (existing) return { ok: false, error: 'duplicate', existing };
      records.set(record.id, record);
      return { ok: true, record };
    },
    act: async (id, action, now) => {
      const stored = records.get(id);
      if (!stored) return { ok: false, error: 'missing' };
      const result = applyInviteAction(stored, action, now);
      if (result.ok) records.set(id, result.record);
      return result;
    },
    remove: async (id) => {
      records.delete(id);
    },
  };
}

/** In memory, sharing the register the invitations go to. */
export function memoryDrafts(register: Register, initial: readonly DraftRecord[] = []): Drafts {
  const drafts = new Map(initial.map((draft) => [draft.id, draft]));
  return {
    list: async () => [...drafts.values()],
    save: async (draft) => {
      drafts.set(draft.id, draft);
    },
    remove: async (id) => {
      drafts.delete(id);
    },
    complete: async (draftId, record) => {
      if (!drafts.has(draftId)) return { ok: false, error: 'draft-gone' };
      const result = await register.add(record);
      if (result.ok) drafts.delete(draftId);
      return result;
    },
  };
}

export function memoryChecklist(initial: Partial<ChecklistData> = {}): ChecklistStore {
  const data: ChecklistData = { chats: [], lists: {}, classes: [], overrides: [], sizes: [], lastRollover: null, ...initial };
  return {
    load: async () => ({ ...data, chats: [...data.chats], classes: [...data.classes], overrides: [...data.overrides], sizes: [...data.sizes] }),
    saveSize: async (key, size, now) => {
      data.sizes = data.sizes.filter((record) => record.key !== key);
      if (size !== null) data.sizes.push({ v: 1, key, size, source: 'manual', updatedAt: now });
    },
    saveOverride: async (override, now) => {
      const { overrideId } = await import('../classes/override-store');
      const id = overrideId(override);
      data.overrides = data.overrides.filter((record) => record.id !== id);
      data.overrides.push(
        override.kind === 'chat'
          ? { v: 1, id, kind: 'chat', title: override.title, classKey: override.classKey, audience: override.audience, createdAt: now }
          : { v: 1, id, kind: 'not-required', classKey: override.classKey, requirementId: override.requirementId, createdAt: now },
      );
    },
    deleteOverride: async (id) => {
      data.overrides = data.overrides.filter((record) => record.id !== id);
    },
    saveManualClasses: async (classes, now) => {
      data.classes = [
        ...data.classes.filter((record) => record.source !== 'manual'),
        ...classes.map((entry) => ({ v: 1 as const, key: entry.key, name: entry.name, source: 'manual' as const, updatedAt: now, own: entry.own, subjects: entry.subjects })),
      ];
    },
    saveSubjects: async (key, subjects, now) => {
      const known = data.classes.find((record) => record.key === key);
      const typed = { typedSubjects: subjects, updatedAt: now };
      data.classes = known
        ? data.classes.map((record) => (record === known ? { ...record, ...typed } : record))
        : [...data.classes, { v: 1 as const, key, name: key, source: 'manual' as const, own: false, subjects: [], since: now, ...typed }];
    },
  };
}

export function memoryReports(): ReportStore {
  const reports = new Map<string, TeacherReport>();
  return {
    list: async () => [...reports.values()],
    save: async (incoming) =>
      incoming.map((report) => {
        const known = reports.get(reportId(report));
        if (known && known.exportedAt > report.exportedAt) return false;
        reports.set(reportId(report), report);
        return true;
      }),
    remove: async (teacher) => {
      reports.delete(reportId({ teacher }));
    },
  };
}

/** In memory, with the same rules as the database (lib/moderation/store.ts) where the UI relies on them. */
export function memoryModeration(initial: Partial<ModerationLog> = {}, report?: ModerationHandoff): ModerationStore {
  const log: ModerationLog = { violations: [], blocks: [], leavers: [], damaged: 0, ...initial };
  let ids = 0;
  let pending = report;
  return {
    load: async () => ({ ...log, violations: [...log.violations], blocks: [...log.blocks], leavers: [...log.leavers] }),
    addViolation: async (violation) => {
      const record = { ...violation, v: 1 as const, id: `violation-${++ids}` };
      log.violations = [...log.violations, record];
      return record;
    },
    deleteViolation: async (id) => {
      log.violations = log.violations.filter((record) => record.id !== id);
    },
    addBlock: async (block) => {
      const record = { ...block, v: 1 as const, id: `block-${++ids}` };
      log.blocks = [...log.blocks, record];
      return record;
    },
    endBlock: async (id, ended, reason, now) => {
      const found = log.blocks.find((record) => record.id === id && record.endedAt === undefined);
      if (!found) return false;
      log.blocks = log.blocks.map((record) => (record === found ? { ...record, endedAt: now, ended, ...(reason ? { endReason: reason } : {}) } : record));
      return true;
    },
    addLeavers: async (people, now) => {
      const { nameKey } = await import('../moderation/names');
      const keys = new Set(log.leavers.map((leaver) => nameKey(leaver.name)));
      let added = 0;
      for (const person of people) {
        const key = nameKey(person.name);
        if (!key || keys.has(key)) continue;
        keys.add(key);
        log.leavers = [...log.leavers, { v: 1, id: `leaver-${++ids}`, name: person.name.trim(), kind: person.kind, classKey: person.classKey, addedAt: now, seen: [] }];
        added++;
      }
      return added;
    },
    deleteLeaver: async (id) => {
      log.leavers = log.leavers.filter((record) => record.id !== id);
    },
    markRemoved: async (id, site, chat, now) => {
      log.leavers = log.leavers.map((leaver) =>
        leaver.id === id ? { ...leaver, seen: leaver.seen.map((seen) => (seen.site === site && seen.chat === chat ? { ...seen, removedAt: now } : seen)) } : leaver,
      );
      return true;
    },
    takeReport: async () => {
      const taken = pending;
      pending = undefined;
      return taken;
    },
  };
}

/** In memory; `grant` decides what the «browser» answers to a permission request. */
export function memoryJournals(grant: (origin: string) => boolean = () => true): JournalAddresses {
  let journals: CustomJournal[] = [];
  return {
    list: async () => journals.map((journal) => ({ ...journal, granted: true })),
    add: async (origin, kind, now) => {
      if (!grant(origin)) return false;
      journals = [...journals.filter((journal) => journal.origin !== origin), { origin, kind, addedAt: now }];
      return true;
    },
    remove: async (origin) => {
      journals = journals.filter((journal) => journal.origin !== origin);
    },
    strays: async () => [],
  };
}

/** In memory, with the same record rules as the database (lib/families/store.ts). */
export function memoryFamilies(): FamiliesStore {
  const classes = new Map<string, ClassListRecord>();
  const chats = new Map<string, MemberListRecord>();
  const change = (classKey: string, next: (record: ClassListRecord) => ClassListRecord) => {
    const current = classes.get(classKey);
    if (current) classes.set(classKey, next(current));
  };
  return {
    load: async () => ({ classLists: [...classes.values()], memberLists: [...chats.values()] }),
    turnOn: async (classKey, now) => {
      if (!classes.has(classKey)) classes.set(classKey, newClassList(classKey, now));
    },
    turnOff: async (classKey) => {
      classes.delete(classKey);
    },
    savePupils: async (classKey, pupils, now) => change(classKey, (record) => withPupils(record, pupils, 'paste', now)),
    saveMembers: async (site, chat, members, now) => {
      const record = newMemberList(site, chat, members, 'paste', now);
      chats.set(record.key, record);
    },
    decide: async (classKey, decision, now) => change(classKey, (record) => withDecision(record, decision, now)),
    told: async (classKey, told, now) => change(classKey, (record) => withTold(record, told, now)),
  };
}

export function mockConnector(
  overrides: Partial<Connector> & { settings?: Settings; invites?: InviteRecord[]; draftRecords?: DraftRecord[]; checklistData?: Partial<ChecklistData> } = {},
): Connector {
  let saved: Settings | undefined = overrides.settings;
  let ids = 0;
  const { settings: _settings, invites, draftRecords, checklistData, ...rest } = overrides;
  const register = overrides.register ?? memoryRegister(invites);
  const draftStore = overrides.drafts ?? memoryDrafts(register, draftRecords);
  const checklist = overrides.checklist ?? memoryChecklist(checklistData);
  const moderation = overrides.moderation ?? memoryModeration();
  return {
    tabStatus: async () => ({ kind: 'unsupported' }),
    pageStructure: async () => null,
    loadSettings: async () => ({ settings: saved ?? DEFAULT_SETTINGS, damaged: false }),
    saveSettings: async (settings) => {
      saved = settings;
    },
    openOptions: () => undefined,
    openPage: () => undefined,
    register,
    drafts: draftStore,
    // Composed from the other stores, as the browser reads it from the one database.
    today: {
      load: async (read) => {
        const [data, list, waiting, log] = await Promise.all([checklist.load(), read ?? register.list(), draftStore.list(), moderation.load()]);
        return { ...data, invites: list.records, drafts: waiting, blocks: log.blocks, leavers: log.leavers };
      },
    },
    checklist,
    rollover: {
      load: async () => ({ chats: [], lists: {}, classes: [], overrides: [], sizes: [], lastRollover: null, invites: invites ?? [], last: null, canUndo: false, ...checklistData }),
      apply: async () => undefined,
      undo: async () => ({ ok: false, reason: 'nothing' }),
    },
    reports: memoryReports(),
    moderation,
    families: memoryFamilies(),
    journals: memoryJournals(),
    copy: async () => undefined,
    storedCounts: async () => ({}),
    eraseEverything: async () => undefined,
    everything: async () => ({ settings: saved ?? DEFAULT_SETTINGS, invites: [], chats: [], classes: [], overrides: [], classSizes: [], violations: [], blocks: [], leavers: [], drafts: [] }),
    restore: async () => undefined,
    now: () => Date.now(),
    newId: () => `mock-${++ids}`,
    ...rest,
  };
}
