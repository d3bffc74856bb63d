/**
 * The backup of everything Parta keeps — settings, invitations, chat names, classes, corrections —
 * as one versioned JSON file, validated as a whole (one bad record refuses the file), merged by
 * key, with a plan that says what would change before anything is written. Also reads the older
 * invitations-only file (lib/invites/transfer.ts). Pure.
 */
import * as z from 'zod/mini';
import { chatRecordSchema, classRecordSchema, classSizeRecordSchema, overrideRecordSchema, type ChatRecord, type ClassRecord, type ClassSizeRecord, type OverrideRecord } from '../classes/records';
import { revisionOf } from '../db/revision';
import { BACKUP_MAX_BYTES, EXPORT_FORMAT, FUTURE_SLACK_MS, badInviteLinks, latestMoment, parseFileText, planImport, readImportFile, type ImportPlan, type ImportProblem } from '../invites/transfer';
import { inviteRecordSchema, type InviteRecord } from '../invites/schema';
import { blockRecordSchema, leaverRecordSchema, mergeLeaver, violationRecordSchema, type BlockRecord, type LeaverRecord, type ViolationRecord } from '../moderation/records';
import { draftRecordSchema, type DraftRecord } from '../invites/drafts';
import { settingsSchema } from '../settings/schema';
import type { Settings } from '../settings/index';

export const BACKUP_FORMAT = 'parta-backup';
export const BACKUP_VERSION = 1;

const backupSchema = z.strictObject({
  format: z.literal(BACKUP_FORMAT),
  version: z.literal(BACKUP_VERSION),
  exportedAt: z.string(),
  settings: settingsSchema,
  invites: z.array(inviteRecordSchema).check(z.maxLength(100_000)),
  chats: z.array(chatRecordSchema).check(z.maxLength(100_000)),
  classes: z.array(classRecordSchema).check(z.maxLength(10_000)),
  overrides: z.array(overrideRecordSchema).check(z.maxLength(100_000)),
  /** Class sizes: files written before Parta counted them have none. */
  classSizes: z.optional(z.array(classSizeRecordSchema).check(z.maxLength(10_000))),
  /** The moderation log: files written before it have none. */
  violations: z.optional(z.array(violationRecordSchema).check(z.maxLength(100_000))),
  blocks: z.optional(z.array(blockRecordSchema).check(z.maxLength(100_000))),
  leavers: z.optional(z.array(leaverRecordSchema).check(z.maxLength(10_000))),
  /** Invitation drafts: files written before them have none. */
  drafts: z.optional(z.array(draftRecordSchema).check(z.maxLength(10_000))),
});

export interface Everything {
  settings: Settings;
  invites: InviteRecord[];
  chats: ChatRecord[];
  classes: ClassRecord[];
  overrides: OverrideRecord[];
  classSizes: ClassSizeRecord[];
  violations: ViolationRecord[];
  blocks: BlockRecord[];
  leavers: LeaverRecord[];
  drafts: DraftRecord[];
}

export type BackupFile = Everything & { format: typeof BACKUP_FORMAT; version: typeof BACKUP_VERSION; exportedAt: string };

export function makeBackup(everything: Everything, now: number): BackupFile {
  return { format: BACKUP_FORMAT, version: BACKUP_VERSION, exportedAt: new Date(now).toISOString(), ...everything };
}

/** What a file holds: everything, or (an older export) only invitations. */
export type BackupRead =
  | { ok: true; kind: 'everything'; file: Everything }
  | { ok: true; kind: 'invites'; invites: InviteRecord[] }
  | { ok: false; problem: ImportProblem };

function unique<T>(records: readonly T[], key: (record: T) => string): string | null {
  const seen = new Set<string>();
  for (const record of records) {
    const value = key(record);
    if (seen.has(value)) return value;
    seen.add(value);
  }
  return null;
}

export function readBackupFile(text: string, now: number = Date.now()): BackupRead {
  const parsedText = parseFileText(text, BACKUP_MAX_BYTES);
  if (!parsedText.ok) return parsedText;
  const { data, format } = parsedText;
  if (format === EXPORT_FORMAT) {
    const invites = readImportFile(text);
    return invites.ok ? { ok: true, kind: 'invites', invites: invites.file.invites } : invites;
  }
  if (format !== BACKUP_FORMAT) return { ok: false, problem: { kind: 'foreign' } };
  const version = (data as { version?: unknown }).version;
  if (typeof version === 'number' && version > BACKUP_VERSION) return { ok: false, problem: { kind: 'newer-version', version } };
  const parsed = backupSchema.safeParse(data);
  if (!parsed.success) {
    const issues = parsed.error.issues.slice(0, 5).map((issue) => `${issue.path.join('.') || '—'}: ${issue.message}`);
    return { ok: false, problem: { kind: 'invalid', issues } };
  }
  const file = {
    ...parsed.data,
    classSizes: parsed.data.classSizes ?? [],
    violations: parsed.data.violations ?? [],
    blocks: parsed.data.blocks ?? [],
    leavers: parsed.data.leavers ?? [],
    drafts: parsed.data.drafts ?? [],
  };
  const badLinks = badInviteLinks(file.invites);
  if (badLinks.length > 0) return { ok: false, problem: { kind: 'invalid', issues: badLinks } };
  const duplicate =
    unique(file.invites, (record) => record.url) ??
    unique(file.chats, (record) => record.key) ??
    unique(file.classes, (record) => record.key) ??
    unique(file.overrides, (record) => record.id) ??
    unique(file.classSizes, (record) => record.key) ??
    unique(file.violations, (record) => record.id) ??
    unique(file.blocks, (record) => record.id) ??
    unique(file.leavers, (record) => record.id) ??
    unique(file.drafts, (record) => record.id);
  if (duplicate) return { ok: false, problem: { kind: 'duplicate', url: duplicate } };
  // A record dated after today would win every later merge and never be forgotten: the file is refused.
  const latest = latestMoment(file);
  if (latest > now + FUTURE_SLACK_MS) return { ok: false, problem: { kind: 'future', at: latest } };
  return { ok: true, kind: 'everything', file };
}

export interface RestorePlan {
  invites: ImportPlan;
  chats: ChatRecord[];
  classes: ClassRecord[];
  overrides: OverrideRecord[];
  classSizes: ClassSizeRecord[];
  /** Moderation records new here, or that say more than the stored ones (a block ended, a leaver seen since). */
  moderation: { violations: ViolationRecord[]; blocks: BlockRecord[]; leavers: LeaverRecord[] };
  /** Drafts new here (a draft kept here is the teacher's newer intent). */
  drafts: DraftRecord[];
  /** The settings to write, when the file has them and they differ. */
  settings: Settings | null;
  /** How many records of each kind the file holds that are new here. */
  added: { chats: number; classes: number; overrides: number };
  /** What the stores held when this plan was made (lib/db/revision.ts): applied only if they still do. */
  basis: string;
  /** …and the settings (they live apart from the stores). */
  settingsBasis: string;
}

/** The records a restore writes to, in one order, for its revision (`restoreBasis`). */
export function restoreBasis(existing: Omit<Everything, 'settings'>): string {
  return revisionOf([existing.invites, existing.chats, existing.classes, existing.overrides, existing.classSizes, existing.violations, existing.blocks, existing.leavers, existing.drafts]);
}

/**
 * Merge by key, never losing newer work: invitations as the invitation import does; a chat keeps the
 * earliest first sighting and the latest last one; a class or correction from the file replaces the
 * stored one unless the stored one is newer.
 */
export function planRestore(existing: Omit<Everything, 'settings'> & { settings: Settings }, read: BackupRead & { ok: true }): RestorePlan {
  if (read.kind === 'invites') {
    return {
      invites: planImport(existing.invites, read.invites),
      chats: [],
      classes: [],
      overrides: [],
      classSizes: [],
      moderation: { violations: [], blocks: [], leavers: [] },
      drafts: [],
      settings: null,
      added: { chats: 0, classes: 0, overrides: 0 },
      basis: restoreBasis(existing),
      settingsBasis: revisionOf([[existing.settings]]),
    };
  }
  const { file } = read;
  const chatsByKey = new Map(existing.chats.map((record) => [record.key, record]));
  const chats: ChatRecord[] = [];
  let addedChats = 0;
  for (const record of file.chats) {
    const stored = chatsByKey.get(record.key);
    if (!stored) {
      chats.push(record);
      addedChats++;
    } else if (record.firstSeen < stored.firstSeen || record.lastSeen > stored.lastSeen || (record.membersAt ?? -1) > (stored.membersAt ?? -1)) {
      // The newer member count of the two.
      const counted = (record.membersAt ?? -1) > (stored.membersAt ?? -1) ? record : stored;
      chats.push({
        ...stored,
        firstSeen: Math.min(stored.firstSeen, record.firstSeen),
        lastSeen: Math.max(stored.lastSeen, record.lastSeen),
        ...(counted.membersAt === undefined ? {} : { members: counted.members, membersAt: counted.membersAt }),
      });
    }
  }
  const classesByKey = new Map(existing.classes.map((record) => [record.key, record]));
  const classes = file.classes.filter((record) => {
    const stored = classesByKey.get(record.key);
    return !stored || record.updatedAt > stored.updatedAt;
  });
  const overridesById = new Map(existing.overrides.map((record) => [record.id, record]));
  const overrides = file.overrides.filter((record) => {
    const stored = overridesById.get(record.id);
    return !stored || record.createdAt > stored.createdAt;
  });
  const sizesByKey = new Map(existing.classSizes.map((record) => [record.key, record]));
  const classSizes = file.classSizes.filter((record) => {
    const stored = sizesByKey.get(record.key);
    return !stored || record.updatedAt > stored.updatedAt;
  });
  const violationIds = new Set(existing.violations.map((record) => record.id));
  const blocksById = new Map(existing.blocks.map((record) => [record.id, record]));
  const leaversById = new Map(existing.leavers.map((record) => [record.id, record]));
  const draftIds = new Set(existing.drafts.map((record) => record.id));
  const moderation = {
    // A violation never changes: only new ones.
    violations: file.violations.filter((record) => !violationIds.has(record.id)),
    // A block's only change is its end: the file's when it ended and the stored one did not.
    blocks: file.blocks.filter((record) => {
      const stored = blocksById.get(record.id);
      return !stored || (stored.endedAt === undefined && record.endedAt !== undefined);
    }),
    // A leaver in both: merged chat by chat, the later state of each (the sightings here are kept).
    leavers: file.leavers.flatMap((record) => {
      const stored = leaversById.get(record.id);
      if (!stored) return [record];
      const merged = mergeLeaver(stored, record);
      return JSON.stringify(merged) === JSON.stringify(stored) ? [] : [merged];
    }),
  };
  return {
    invites: planImport(existing.invites, file.invites),
    chats,
    classes,
    overrides,
    classSizes,
    moderation,
    drafts: file.drafts.filter((record) => !draftIds.has(record.id)),
    settings: JSON.stringify(file.settings) === JSON.stringify(existing.settings) ? null : file.settings,
    added: {
      chats: addedChats,
      classes: classes.filter((record) => !classesByKey.has(record.key)).length,
      overrides: overrides.filter((record) => !overridesById.has(record.id)).length,
    },
    basis: restoreBasis(existing),
    settingsBasis: revisionOf([[existing.settings]]),
  };
}

export function planIsEmpty(plan: RestorePlan): boolean {
  return (
    plan.invites.add.length + plan.invites.update.length + plan.chats.length + plan.classes.length + plan.overrides.length + plan.classSizes.length +
      plan.moderation.violations.length +
      plan.moderation.blocks.length +
      plan.moderation.leavers.length +
      plan.drafts.length ===
      0 &&
    plan.settings === null
  );
}
