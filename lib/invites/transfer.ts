/**
 * Export and import of the whole register. The JSON file is versioned and validated as a whole:
 * one bad record rejects the file (all-or-nothing), and the plan says what an import would change
 * before anything is written. CSV is for a spreadsheet and export-only. Pure.
 */
import * as z from 'zod/mini';
import { parseInvite } from './parse';
import { inviteRecordSchema, type InviteRecord } from './schema';
import { csvDateTime } from '../util/csv';

export const EXPORT_FORMAT = 'parta-invites';
export const EXPORT_VERSION = 1;
/** A file bigger than this is not a register Parta wrote. */
export const IMPORT_MAX_BYTES = 20 * 1024 * 1024;

export const exportFileSchema = z.strictObject({
  format: z.literal(EXPORT_FORMAT),
  version: z.literal(EXPORT_VERSION),
  exportedAt: z.string(),
  invites: z.array(inviteRecordSchema).check(z.maxLength(100_000)),
});
export type ExportFile = z.infer<typeof exportFileSchema>;

export function exportRegister(records: readonly InviteRecord[], now: number): ExportFile {
  return { format: EXPORT_FORMAT, version: EXPORT_VERSION, exportedAt: new Date(now).toISOString(), invites: [...records] };
}

export type ImportProblem =
  | { kind: 'too-big' }
  | { kind: 'not-json' }
  /** JSON, but not a Parta register (another program's file). */
  | { kind: 'foreign' }
  /** A register from a newer Parta: update the extension first. */
  | { kind: 'newer-version'; version: number }
  /** A Parta register with invalid content: the first problems, with where they are. */
  | { kind: 'invalid'; issues: string[] }
  /** The same link twice in the file. */
  | { kind: 'duplicate'; url: string }
  /** A date later than the file could have been made (a forged or broken file). */
  | { kind: 'future'; at: number }
  /** A teacher's report naming a requirement Parta does not know (a newer Parta's, or a forged file). */
  | { kind: 'unknown-requirement'; id: string }
  /** A teacher's report with more classes or subjects than any teacher has. */
  | { kind: 'too-many'; what: 'classes' | 'subjects'; count: number; max: number };

export type ImportRead = { ok: true; file: ExportFile } | { ok: false; problem: ImportProblem };

/** A file's size in bytes is over the limit: checked before the file is read at all. */
export function importTooBig(bytes: number, limit: number = IMPORT_MAX_BYTES): boolean {
  return !(bytes <= limit);
}

/**
 * A whole backup may hold what the format allows — 100,000 invitations are some 31 MB — and is
 * read, not refused: its own, larger limit.
 */
export const BACKUP_MAX_BYTES = 96 * 1024 * 1024;

/** A file made on another computer may be a few hours ahead: dates later than a day from now are not real. */
export const FUTURE_SLACK_MS = 24 * 60 * 60 * 1000;

/** Fields of Parta's records that hold a moment (`createdAt`, `lastSeen`, a violation's `at`…). */
const MOMENT_FIELD = /(?:At|Seen)$|^at$/;

/**
 * The latest moment any record of a file names, found by its fields' names wherever they are
 * nested (one pass over the parsed data, linear in its size). Days (`until`) are not moments.
 */
export function latestMoment(data: unknown): number {
  let latest = 0;
  const stack: unknown[] = [data];
  while (stack.length > 0) {
    const value = stack.pop();
    if (Array.isArray(value)) stack.push(...value);
    else if (typeof value === 'object' && value !== null) {
      for (const [key, field] of Object.entries(value)) {
        if (typeof field === 'number') {
          if (MOMENT_FIELD.test(key) && field > latest) latest = field;
        } else if (typeof field === 'object' && field !== null) stack.push(field);
      }
    }
  }
  return latest;
}

/** The UTF-8 size of a text, counted without encoding it (the limit is in bytes, not characters). */
export function utf8Length(text: string): number {
  let bytes = 0;
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index);
    if (code < 0x80) bytes += 1;
    else if (code < 0x800) bytes += 2;
    else if (code >= 0xd800 && code <= 0xdbff && index + 1 < text.length) {
      const next = text.charCodeAt(index + 1);
      if (next >= 0xdc00 && next <= 0xdfff) {
        bytes += 4;
        index++;
      } else bytes += 3;
    } else bytes += 3;
  }
  return bytes;
}

/** A file's text as JSON, with its `format` field; too big or not JSON is a problem. */
export function parseFileText(text: string, limit: number = IMPORT_MAX_BYTES): { ok: true; data: unknown; format: unknown } | { ok: false; problem: ImportProblem } {
  // A UTF-16 unit is at most three UTF-8 bytes: a text well under the limit needs no count.
  if (importTooBig(text.length, limit) || (importTooBig(text.length * 3, limit) && importTooBig(utf8Length(text), limit))) return { ok: false, problem: { kind: 'too-big' } };
  let data: unknown;
  try {
    data = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch {
    return { ok: false, problem: { kind: 'not-json' } };
  }
  const format = typeof data === 'object' && data !== null ? (data as { format?: unknown }).format : undefined;
  return { ok: true, data, format };
}

/**
 * The links of a file's invitations as the form would take them: each an invitation link of an
 * allowed platform, in its one spelling, of the platform the record says. A `javascript:` address
 * or a t.me link in a file is refused as it would be in the form (it would end up in messages).
 */
export function badInviteLinks(invites: readonly InviteRecord[]): string[] {
  const issues: string[] = [];
  invites.forEach((record, index) => {
    const parsed = parseInvite(record.url);
    if (!parsed.ok || parsed.url !== record.url || parsed.platform !== record.platform) {
      issues.push(`invites.${index}.url: «${record.url.slice(0, 80)}» — не ссылка-приглашение`);
    }
  });
  return issues.slice(0, 5);
}

export function readImportFile(text: string): ImportRead {
  const parsedText = parseFileText(text);
  if (!parsedText.ok) return parsedText;
  const { data } = parsedText;
  if (parsedText.format !== EXPORT_FORMAT) {
    return { ok: false, problem: { kind: 'foreign' } };
  }
  const version = (data as { version?: unknown }).version;
  if (typeof version === 'number' && version > EXPORT_VERSION) {
    return { ok: false, problem: { kind: 'newer-version', version } };
  }
  const parsed = exportFileSchema.safeParse(data);
  if (!parsed.success) {
    const issues = parsed.error.issues.slice(0, 5).map((issue) => `${issue.path.join('.') || '—'}: ${issue.message}`);
    return { ok: false, problem: { kind: 'invalid', issues } };
  }
  const badLinks = badInviteLinks(parsed.data.invites);
  if (badLinks.length > 0) return { ok: false, problem: { kind: 'invalid', issues: badLinks } };
  const seen = new Set<string>();
  for (const record of parsed.data.invites) {
    if (seen.has(record.url)) return { ok: false, problem: { kind: 'duplicate', url: record.url } };
    seen.add(record.url);
  }
  return { ok: true, file: parsed.data };
}

export interface ImportPlan {
  /** Links not in the register yet. */
  add: InviteRecord[];
  /** Links in both, where the file's record was changed later: it replaces the stored one. */
  update: InviteRecord[];
  /** Links in both where the stored record is the same or newer: left as they are. */
  keep: number;
}

/**
 * Merge by link. A record in the file replaces the stored one only when it was updated later, so
 * importing an old backup never rolls back newer work; stored ids are kept, so nothing is duplicated.
 */
export function planImport(existing: readonly InviteRecord[], incoming: readonly InviteRecord[]): ImportPlan {
  const byUrl = new Map(existing.map((record) => [record.url, record]));
  const ids = new Set(existing.map((record) => record.id));
  const plan: ImportPlan = { add: [], update: [], keep: 0 };
  for (const record of incoming) {
    const stored = byUrl.get(record.url);
    if (!stored) {
      // An id clash with a different link (two registers started independently, or two records of
      // the file) gets a fresh id, checked against every id so far: two records never become one.
      let id = record.id;
      for (let attempt = 1; ids.has(id); attempt++) id = `${record.id.slice(0, 40)}-imported-${attempt}`;
      ids.add(id);
      plan.add.push(id === record.id ? record : { ...record, id });
    } else if (record.updatedAt > stored.updatedAt) {
      plan.update.push({ ...record, id: stored.id });
    } else {
      plan.keep++;
    }
  }
  return plan;
}

export const CSV_COLUMNS = [
  'class',
  'chat',
  'purpose',
  'role',
  'recipients',
  'link',
  'platform',
  'status',
  'created',
  'sent',
  'sentTo',
  'joined',
  'closed',
] as const;
export type CsvColumn = (typeof CSV_COLUMNS)[number];

/**
 * Rows for a spreadsheet: the header names and value labels come from the caller (the UI
 * language), dates as local `YYYY-MM-DD HH:MM` that spreadsheets recognise.
 */
export function csvRows(
  records: readonly InviteRecord[],
  labels: { header: Record<CsvColumn, string>; value: (kind: 'purpose' | 'role' | 'status' | 'platform', value: string) => string; all: string },
): string[][] {
  const rows: string[][] = [CSV_COLUMNS.map((column) => labels.header[column])];
  for (const record of records) {
    rows.push([
      record.className,
      record.chatTitle,
      labels.value('purpose', record.chatPurpose),
      labels.value('role', record.role),
      record.recipients,
      record.url,
      labels.value('platform', record.platform),
      labels.value('status', record.status),
      localTime(record.createdAt),
      record.sentAt === undefined ? '' : localTime(record.sentAt),
      record.sentTo ?? '',
      record.joined === 'all' ? labels.all : String(record.joined),
      record.closedAt === undefined ? '' : localTime(record.closedAt),
    ]);
  }
  return rows;
}

/** The one date form of every file: `дд.мм.гггг чч:мм`. */
const localTime = csvDateTime;
