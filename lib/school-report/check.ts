/**
 * A fast check of a teacher's report, for the director's files: zod takes most of the time of
 * loading a hundred teachers' files (4,000 rows; cold, in an extension page where it may not
 * compile its checks). It accepts exactly what `teacherReportSchema` accepts — a property test
 * (tests/unit/school-report/check.test.ts) holds the two together; zod still words what is wrong
 * with a file that fails.
 */
import { MAX_CLASS_SIZE, MAX_MEMBERS } from '../classes/keys';
import { hasKeys, isPlainObject, isText, isTime, isWhole } from '../db/checks';
import { REPORT_FORMAT, REPORT_MAX_WEEKS, REPORT_STATUSES, REPORT_VERSIONS, isReportWeek } from './format';

const REPORT_KEYS = new Set(['format', 'version', 'teacher', 'exportedAt', 'platforms', 'threshold', 'rows']);
const ROW_KEYS = new Set(['classKey', 'requirementId', 'audience', 'subject', 'status', 'max', 'vk', 'joined', 'size', 'seenAt']);
const PLACED_KEYS = new Set(['chat', 'members', 'seenAt', 'weeks']);
const WEEK_KEYS = new Set(['week', 'members']);
const AUDIENCES: ReadonlySet<unknown> = new Set(['students', 'parents', 'teachers', 'subject', 'staff', 'other']);
const STATUSES: ReadonlySet<unknown> = new Set(REPORT_STATUSES);
const PLATFORMS: ReadonlySet<unknown> = new Set(['max', 'vk', 'both']);

const isCount = (value: unknown, max: number) => value === null || isWhole(value, 0, max);

const isWeek = (value: unknown) =>
  isPlainObject(value) && hasKeys(value, WEEK_KEYS) && typeof value.week === 'string' && isReportWeek(value.week) && isWhole(value.members, 0, MAX_MEMBERS);

function isPlaced(value: unknown): boolean {
  if (value === undefined) return true;
  if (!isPlainObject(value) || !hasKeys(value, PLACED_KEYS)) return false;
  return (
    isText(value.chat, 1, 200) &&
    isCount(value.members, MAX_MEMBERS) &&
    (value.seenAt === null || isTime(value.seenAt)) &&
    (value.weeks === undefined || (Array.isArray(value.weeks) && value.weeks.length <= REPORT_MAX_WEEKS && value.weeks.every(isWeek)))
  );
}

function isRow(value: unknown): boolean {
  if (!isPlainObject(value) || !hasKeys(value, ROW_KEYS)) return false;
  return (
    (value.classKey === null || isText(value.classKey, 1, 40)) &&
    isText(value.requirementId, 1, 60) &&
    AUDIENCES.has(value.audience) &&
    (value.subject === undefined || isText(value.subject, 0, 100)) &&
    STATUSES.has(value.status) &&
    isPlaced(value.max) &&
    isPlaced(value.vk) &&
    isCount(value.joined, MAX_MEMBERS) &&
    isCount(value.size, MAX_CLASS_SIZE) &&
    (value.seenAt === null || isTime(value.seenAt))
  );
}

/** True for exactly what `teacherReportSchema` accepts (report.ts narrows the type on it). */
export function isTeacherReport(value: unknown): boolean {
  if (!isPlainObject(value) || !hasKeys(value, REPORT_KEYS)) return false;
  return (
    value.format === REPORT_FORMAT &&
    REPORT_VERSIONS.includes(value.version as number) &&
    isText(value.teacher, 1, 100) &&
    isTime(value.exportedAt) &&
    PLATFORMS.has(value.platforms) &&
    isWhole(value.threshold, 1, 100) &&
    Array.isArray(value.rows) &&
    value.rows.length <= 5000 &&
    value.rows.every(isRow)
  );
}
