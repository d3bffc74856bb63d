/**
 * The school-wide coverage report, with no server: each teacher exports their checklist
 * as a versioned JSON file; the director's Parta imports any number of them and merges them into one
 * table — class × required chat × how many joined, who reported it and when. Two reports of the
 * same class and chat: the newer count wins, and the row says whose it replaced. Pure.
 */
import * as z from 'zod/mini';
import { belowThreshold, type PlatformCheckResult, type PlatformItem } from '../classes/coverage';
import { timeSchema } from '../db/records';
import { FUTURE_SLACK_MS, parseFileText, type ImportProblem } from '../invites/transfer';
import { POLICIES } from '../classes/policies';
import { classKey } from '../classes/keys';
import { MAX_CLASS_SIZE, MAX_MEMBERS } from '../classes/keys';
import { isTeacherReport } from './check';
import { REPORT_FORMAT, REPORT_MAX_WEEKS, REPORT_STATUSES, REPORT_VERSION, isReportWeek } from './format';
import type { ChatStateKind } from '../today/chat-state';
import { compareRussian, compareRussianNumeric } from '../util/collate';

export { REPORT_FORMAT, REPORT_VERSION } from './format';

const count = (max: number) => z.nullable(z.number().check(z.int(), z.nonnegative(), z.maximum(max)));
const placedSchema = z.strictObject({
  chat: z.string().check(z.minLength(1), z.maxLength(200)),
  members: count(MAX_MEMBERS),
  seenAt: z.nullable(timeSchema),
  /** The chat's member count by week (its Monday), weeks with a reading only, oldest first (version 3). */
  weeks: z.optional(
    z
      .array(z.strictObject({ week: z.string().check(z.refine(isReportWeek)), members: z.number().check(z.int(), z.nonnegative(), z.maximum(MAX_MEMBERS)) }))
      .check(z.maxLength(REPORT_MAX_WEEKS)),
  ),
});

export const reportRowSchema = z.strictObject({
  /** The class key; null for the school-wide chats. */
  classKey: z.nullable(z.string().check(z.minLength(1), z.maxLength(40))),
  requirementId: z.string().check(z.minLength(1), z.maxLength(60)),
  audience: z.enum(['students', 'parents', 'teachers', 'subject', 'staff', 'other']),
  subject: z.optional(z.string().check(z.maxLength(100))),
  status: z.enum(REPORT_STATUSES),
  max: z.optional(placedSchema),
  vk: z.optional(placedSchema),
  /** Children or families in the chat (members minus staff) on the required platform. */
  joined: count(MAX_MEMBERS),
  size: count(MAX_CLASS_SIZE),
  /** When the count was read; null when none was. */
  seenAt: z.nullable(timeSchema),
});
export type ReportRow = z.infer<typeof reportRowSchema>;

export const teacherReportSchema = z.strictObject({
  format: z.literal(REPORT_FORMAT),
  version: z.union([z.literal(1), z.literal(2), z.literal(REPORT_VERSION)]),
  /** Who reports, as they typed it. */
  teacher: z.string().check(z.minLength(1), z.maxLength(100)),
  exportedAt: timeSchema,
  platforms: z.enum(['max', 'vk', 'both']),
  threshold: z.number().check(z.int(), z.minimum(1), z.maximum(100)),
  rows: z.array(reportRowSchema).check(z.maxLength(5000)),
});
export type TeacherReport = z.infer<typeof teacherReportSchema>;

/** A chat's weeks with a count, by `<platform>:<title>` (lib/classes/count-history.ts `weeklyByChat`). */
export type WeeklyCounts = ReadonlyMap<string, readonly { week: string; members: number }[]>;

export function buildTeacherReport(
  result: PlatformCheckResult,
  meta: { teacher: string; now: number; platforms: TeacherReport['platforms']; threshold: number; weekly?: WeeklyCounts },
  stateOf: (item: PlatformItem) => ChatStateKind,
): TeacherReport {
  const rows: ReportRow[] = [];
  for (const entry of result.classes) {
    for (const item of entry.items) {
      const placed = (platform: 'max' | 'vk') => {
        const chat = item.on[platform];
        if (!chat) return {};
        const weeks = meta.weekly?.get(`${platform}:${chat.title}`);
        return { [platform]: { chat: chat.title, members: chat.members, seenAt: chat.membersAt, ...(weeks ? { weeks: [...weeks] } : {}) } };
      };
      rows.push({
        classKey: entry.classKey,
        requirementId: item.requirement.id,
        audience: item.requirement.audience,
        ...(item.subject ? { subject: item.subject } : {}),
        status: reportStatus(stateOf(item)),
        ...placed('max'),
        ...placed('vk'),
        joined: item.coverage?.joined ?? null,
        size: item.coverage?.size ?? null,
        seenAt: item.coverage?.seenAt ?? null,
      });
    }
  }
  return {
    format: REPORT_FORMAT,
    version: REPORT_VERSION,
    teacher: meta.teacher.trim().slice(0, 100),
    exportedAt: meta.now,
    platforms: meta.platforms,
    threshold: meta.threshold,
    rows,
  };
}

/** A state as a report row writes it: `exists` keeps version 1's `ok`. */
function reportStatus(state: ChatStateKind): ReportRow['status'] {
  return state === 'exists' ? 'ok' : state;
}

export type ReportRead = { ok: true; report: TeacherReport } | { ok: false; problem: ImportProblem };

/** The latest time a report states: when it was made, and when each count was read. */
function latestTime(report: TeacherReport): number {
  let latest = report.exportedAt;
  for (const row of report.rows) {
    latest = Math.max(latest, row.seenAt ?? 0, row.max?.seenAt ?? 0, row.vk?.seenAt ?? 0);
    // A week is named by its Monday: it started at most that day.
    for (const placed of [row.max, row.vk]) for (const reading of placed?.weeks ?? []) latest = Math.max(latest, Date.parse(reading.week));
  }
  return latest;
}

/**
 * A file's text → a teacher's report, or what is wrong with it (nothing is changed on failure).
 * A time later than `now` plus a day is refused: a report «from the year 275760» would otherwise
 * outrank every real one, the teacher's own later report included.
 */
export function readTeacherReport(text: string, now: number = Date.now()): ReportRead {
  const parsedText = parseFileText(text);
  if (!parsedText.ok) return parsedText;
  if (parsedText.format !== REPORT_FORMAT) return { ok: false, problem: { kind: 'foreign' } };
  const version = (parsedText.data as { version?: unknown }).version;
  if (typeof version === 'number' && version > REPORT_VERSION) return { ok: false, problem: { kind: 'newer-version', version } };
  const report = checkedReport(parsedText.data);
  if (!report.ok) return report;
  const latest = latestTime(report.report);
  if (latest > now + FUTURE_SLACK_MS) return { ok: false, problem: { kind: 'future', at: latest } };
  const bounds = beyondBounds(report.report);
  return bounds ? { ok: false, problem: bounds } : report;
}

/** Requirements a report may name: those of the rules Parta knows (a school's and a college's). */
const KNOWN_REQUIREMENTS: ReadonlySet<string> = new Set(Object.values(POLICIES).flatMap((policy) => policy.requirements.map((requirement) => requirement.id)));
/** More classes than any one teacher reports for (a school's every class is some 60, a college's groups a few more). */
export const MAX_REPORT_CLASSES = 200;
/** More chats of one class and requirement than any school has (one per subject). */
export const MAX_REPORT_SUBJECTS = 40;

/**
 * What a report may hold beyond its shape, so that no file can make the director's summary
 * unbounded: requirements Parta knows, class keys as Parta writes them, at most so many classes,
 * and so many subjects (the grid has a column per requirement and subject).
 */
function beyondBounds(report: TeacherReport): ImportProblem | null {
  const classes = new Set<string>();
  const subjects = new Set<string>();
  for (const row of report.rows) {
    if (!KNOWN_REQUIREMENTS.has(row.requirementId)) return { kind: 'unknown-requirement', id: row.requirementId.slice(0, 60) };
    if (row.classKey !== null) {
      if (classKey(row.classKey) !== row.classKey) return { kind: 'invalid', issues: [`classKey: ${row.classKey.slice(0, 40)}`] };
      classes.add(row.classKey);
    }
    if (row.subject) subjects.add(row.subject);
  }
  if (classes.size > MAX_REPORT_CLASSES) return { kind: 'too-many', what: 'classes', count: classes.size, max: MAX_REPORT_CLASSES };
  if (subjects.size > MAX_REPORT_SUBJECTS) return { kind: 'too-many', what: 'subjects', count: subjects.size, max: MAX_REPORT_SUBJECTS };
  return null;
}

/** The fast check first (check.ts); zod only to say what is wrong with a file that fails it. */
export function checkedReport(data: unknown): ReportRead {
  if (isTeacherReport(data)) return { ok: true, report: data as TeacherReport };
  const parsed = teacherReportSchema.safeParse(data);
  // The two agree (a property test); should they ever differ, the schema decides.
  if (parsed.success) return { ok: true, report: parsed.data };
  const issues = parsed.error.issues.slice(0, 5).map((issue) => `${issue.path.join('.') || '—'}: ${issue.message}`);
  return { ok: false, problem: { kind: 'invalid', issues } };
}

/** What loading a teacher's newer file in place of their stored one changes, row by row. */
export interface ReportChanges {
  changed: number;
  added: number;
  removed: number;
}

export function reportChanges(previous: TeacherReport, next: TeacherReport): ReportChanges {
  const before = new Map(previous.rows.map((row) => [rowKey(row), row]));
  let changed = 0;
  let added = 0;
  for (const row of next.rows) {
    const old = before.get(rowKey(row));
    if (!old) added += 1;
    else if (old.status !== row.status || old.joined !== row.joined || old.size !== row.size) changed += 1;
    before.delete(rowKey(row));
  }
  return { changed, added, removed: before.size };
}

/** One teacher's report is kept per name: a newer file from the same teacher replaces the older. */
export function reportId(report: Pick<TeacherReport, 'teacher'>): string {
  return report.teacher.trim().toLowerCase().replace(/ё/g, 'е').replace(/\s+/g, ' ');
}

export interface SchoolRow extends ReportRow {
  teacher: string;
  exportedAt: number;
  /** Other teachers' rows for the same class and chat that this one replaced (older counts). */
  replaced: { teacher: string; seenAt: number | null; joined: number | null }[];
}

const rowKey = (row: ReportRow) => `${row.classKey ?? ''}\u0000${row.requirementId}\u0000${row.subject ?? ''}`;
/** A row's date: when its count was read, else when its report was made. */
const rowTime = (row: ReportRow, report: TeacherReport) => row.seenAt ?? report.exportedAt;

/** What merging did, counted (the unit suite holds it linear in the rows: 100 teachers' files). */
export interface MergeWork {
  /** Rows read, and replaced entries written. */
  steps: number;
  /** Comparisons made ordering the merged rows. */
  comparisons: number;
}

type Entry = { row: ReportRow; report: TeacherReport; time: number };

/** Whether `candidate` outranks `known`: a count beats none; then the later one; a tie keeps the first. */
const outranks = (candidate: Entry, known: Entry) =>
  (candidate.row.joined !== null) !== (known.row.joined !== null) ? candidate.row.joined !== null : candidate.time > known.time;

const compareRows = (a: SchoolRow, b: SchoolRow) =>
  Number(a.classKey === null) - Number(b.classKey === null) ||
  compareRussianNumeric(a.classKey ?? '', b.classKey ?? '') ||
  a.requirementId.localeCompare(b.requirementId) ||
  compareRussian(a.subject ?? '', b.subject ?? '');

/**
 * The school table: one row per class, requirement and subject. Where reports disagree, the newer
 * count wins (a row with a count beats one without); the others are listed with it, in the order
 * their files were loaded. Rows are ordered by class (grade, then letter), the school-wide ones
 * last. Each row is looked at once: a chat every teacher reports (the staff room) costs no more.
 */
export function mergeReports(reports: readonly TeacherReport[], work: MergeWork = { steps: 0, comparisons: 0 }): SchoolRow[] {
  const byKey = new Map<string, Entry[]>();
  for (const report of reports) {
    for (const row of report.rows) {
      work.steps++;
      const key = rowKey(row);
      const entry = { row, report, time: rowTime(row, report) };
      const entries = byKey.get(key);
      if (entries) entries.push(entry);
      else byKey.set(key, [entry]);
    }
  }
  const rows: SchoolRow[] = [];
  for (const entries of byKey.values()) {
    let winner = entries[0];
    for (const entry of entries) if (outranks(entry, winner)) winner = entry;
    const replaced: SchoolRow['replaced'] = [];
    for (const entry of entries) {
      if (entry === winner) continue;
      work.steps++;
      replaced.push({ teacher: entry.report.teacher, seenAt: entry.row.seenAt, joined: entry.row.joined });
    }
    rows.push({ ...winner.row, teacher: winner.report.teacher, exportedAt: winner.report.exportedAt, replaced });
  }
  return rows.sort((a, b) => {
    work.comparisons++;
    return compareRows(a, b);
  });
}

/** A cell of the director's class × chat grid: how full the chat is, at a glance. */
export type GridState = 'ok' | 'low' | 'no-count' | 'missing' | 'unchecked' | 'waiting' | 'not-required';

export interface SchoolGrid {
  classes: string[];
  /** One column per required chat kind (audience and subject), in the rows' order. */
  columns: { id: string; row: SchoolRow }[];
  cell(classKey: string, columnId: string): { state: GridState; row: SchoolRow } | null;
  /** Classes and columns beyond the grid's bounds: in the tables below, not in the grid. */
  beyond: { classes: number; columns: number };
}

/** The grid stays a picture whatever the files hold: a school's classes and chats fit well inside. */
export const GRID_MAX_CLASSES = 300;
export const GRID_MAX_COLUMNS = 60;

const columnId = (row: Pick<ReportRow, 'requirementId' | 'subject'>) => `${row.requirementId}\u0000${row.subject ?? ''}`;

/** The merged rows of classes as a grid (school-wide chats stay in the table). Green, amber, grey by one rule. */
export function schoolGrid(rows: readonly SchoolRow[], threshold: number): SchoolGrid {
  const classes = new Set<string>();
  const columns = new Map<string, SchoolRow>();
  const cells = new Map<string, { state: GridState; row: SchoolRow }>();
  const beyondClasses = new Set<string>();
  const beyondColumns = new Set<string>();
  for (const row of rows) {
    if (row.classKey === null) continue;
    if (!classes.has(row.classKey)) {
      if (classes.size >= GRID_MAX_CLASSES) {
        beyondClasses.add(row.classKey);
        continue;
      }
      classes.add(row.classKey);
    }
    const id = columnId(row);
    if (!columns.has(id)) {
      if (columns.size >= GRID_MAX_COLUMNS) {
        beyondColumns.add(id);
        continue;
      }
      columns.set(id, row);
    }
    const state: GridState =
      row.status === 'not-required' || row.status === 'missing' || row.status === 'unchecked' || row.status === 'waiting'
        ? row.status
        : row.joined === null || row.size === null
            ? 'no-count'
            : belowThreshold(row.joined, row.size, threshold)
              ? 'low'
              : 'ok';
    cells.set(`${row.classKey}\u0001${columnId(row)}`, { state, row });
  }
  return {
    classes: [...classes],
    columns: [...columns].map(([id, row]) => ({ id, row })),
    cell: (classKey, id) => cells.get(`${classKey}\u0001${id}`) ?? null,
    beyond: { classes: beyondClasses.size, columns: beyondColumns.size },
  };
}

/** What the school still lacks, by the teachers' reports: the director's first look. */
export interface SchoolGaps {
  /** Chats a teacher's Parta saw missing. */
  missing: SchoolRow[];
  /** Chats a teacher's Parta could not check (it had not seen the whole chat list). */
  unchecked: SchoolRow[];
  /** Chats whose invitations are out, not seen yet. */
  waiting: SchoolRow[];
  /** Chats there, with fewer joined than the threshold. */
  low: SchoolRow[];
}

export function schoolGaps(rows: readonly SchoolRow[], threshold: number): SchoolGaps {
  const gaps: SchoolGaps = { missing: [], unchecked: [], waiting: [], low: [] };
  for (const row of rows) {
    if (row.status === 'missing') gaps.missing.push(row);
    else if (row.status === 'unchecked') gaps.unchecked.push(row);
    else if (row.status === 'waiting') gaps.waiting.push(row);
    else if (row.status === 'ok' && row.joined !== null && row.size !== null && belowThreshold(row.joined, row.size, threshold)) gaps.low.push(row);
  }
  return gaps;
}
