/**
 * The fast report check (lib/school-report/check.ts) accepts exactly what the zod schema accepts:
 * valid reports, every field of the report, a row and a chat placed on a platform mutated to a
 * wrong or borderline value, extra and missing keys, and arbitrary values.
 */
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { isTeacherReport } from '../../../lib/school-report/check';
import { readTeacherReport, teacherReportSchema, type TeacherReport } from '../../../lib/school-report/report';
import { schoolReports } from '../../bench/school-corpus';

const NOW = Date.UTC(2026, 11, 4, 9);
const base: TeacherReport = schoolReports(1, NOW)[0];
const row = base.rows[0];

const oddValues = fc.oneof(
  fc.constantFrom(undefined, null, '', 'x'.repeat(41), 'x'.repeat(61), 'x'.repeat(101), 'x'.repeat(201), -1, 0, 1, 1.5, 100, 101, 200, 201, 100_000, 100_001, 2 ** 53, Number.NaN, Infinity, 'ok', 'max', 'vk', 'both', 'parents', 'staff', 'parta-coverage-report', [], {}),
  fc.string({ maxLength: 5 }),
  fc.integer(),
  fc.double(),
  fc.boolean(),
);

function without(object: object, key: string): Record<string, unknown> {
  const copy: Record<string, unknown> = { ...object };
  delete copy[key];
  return copy;
}

const withRow = (changed: unknown): unknown => ({ ...base, rows: [...base.rows.slice(1), changed] });
const reportKeys = Object.keys(base);
const rowKeys = ['classKey', 'requirementId', 'audience', 'subject', 'status', 'max', 'vk', 'joined', 'size', 'seenAt', 'extra'];
const placedKeys = ['chat', 'members', 'seenAt', 'weeks', 'extra'];
const weekKeys = ['week', 'members', 'extra'];
const aWeek = { week: '2026-11-30', members: 20 };

const mutated = fc.oneof(
  fc.record({ key: fc.constantFrom(...reportKeys, 'extra'), value: oddValues }).map(({ key, value }) => ({ ...base, [key]: value })),
  fc.constantFrom(...reportKeys).map((key) => without(base, key)),
  fc.record({ key: fc.constantFrom(...rowKeys), value: oddValues }).map(({ key, value }) => withRow({ ...row, [key]: value })),
  fc.constantFrom(...rowKeys).map((key) => withRow(without(row, key))),
  fc.record({ platform: fc.constantFrom('max', 'vk'), key: fc.constantFrom(...placedKeys), value: oddValues }).map(({ platform, key, value }) =>
    withRow({ ...row, [platform]: { chat: 'Родители 5А', members: 20, seenAt: NOW, [key]: value } }),
  ),
  fc.constantFrom(...placedKeys.slice(0, 3)).map((key) => withRow({ ...row, max: without({ chat: 'Родители 5А', members: 20, seenAt: NOW }, key) })),
  // A week of a chat's weekly counts: each key odd, missing, or a day that is no day; lists up to past the bound.
  fc.record({ key: fc.constantFrom(...weekKeys), value: fc.oneof(oddValues, fc.constantFrom('2026-13-01', '2026-02-29', '2028-02-29', '2026-11-30', '0999-01-01')) }).map(({ key, value }) =>
    withRow({ ...row, max: { chat: 'Родители 5А', members: 20, seenAt: NOW, weeks: [aWeek, { ...aWeek, [key]: value }] } }),
  ),
  fc.constantFrom(...weekKeys.slice(0, 2)).map((key) => withRow({ ...row, vk: { chat: 'Родители 5А', members: 20, seenAt: NOW, weeks: [without(aWeek, key)] } })),
  fc.integer({ min: 0, max: 60 }).map((length) => withRow({ ...row, max: { chat: 'Родители 5А', members: 20, seenAt: NOW, weeks: Array.from({ length }, () => aWeek) } })),
);

describe('fast report check', () => {
  test('valid reports pass, as written and as read back from a file', () => {
    for (const report of schoolReports(20, NOW)) {
      expect(isTeacherReport(report)).toBe(true);
      expect(isTeacherReport(JSON.parse(JSON.stringify(report)))).toBe(true);
    }
  });

  test('agrees with the zod schema on mutated reports and arbitrary values', () => {
    fc.assert(
      fc.property(fc.oneof(mutated, fc.anything()), (value) => {
        expect(isTeacherReport(value)).toBe(teacherReportSchema.safeParse(value).success);
      }),
      { numRuns: 6000 },
    );
  });

  test('a file that fails still says what is wrong, in the schema’s words', () => {
    const read = readTeacherReport(JSON.stringify(withRow({ ...row, joined: -1 })), NOW);
    expect(read.ok).toBe(false);
    if (!read.ok && read.problem.kind === 'invalid') expect(read.problem.issues.join(' ')).toContain('joined');
    else expect.fail('an invalid report');
  });
});
