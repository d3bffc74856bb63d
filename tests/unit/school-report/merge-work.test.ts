/**
 * Merging the teachers' files grows linearly with their rows, counted rather than timed: every row
 * is read once and every replaced count written once, whatever the overlap — a chat that every
 * teacher reports (the staff room) included — and ordering the merged rows costs n·log n comparisons.
 */
import { describe, expect, test } from 'vitest';
import { mergeReports, type MergeWork, type TeacherReport } from '../../../lib/school-report/report';
import { schoolReports } from '../../bench/school-corpus';

const NOW = Date.UTC(2026, 11, 4, 9);
const rowsIn = (reports: readonly TeacherReport[]) => reports.reduce((sum, report) => sum + report.rows.length, 0);

function merged(reports: readonly TeacherReport[]): { work: MergeWork; rows: number } {
  const work: MergeWork = { steps: 0, comparisons: 0 };
  return { work, rows: mergeReports(reports, work).length };
}

describe('merging the director’s files', () => {
  test.each([25, 50, 100, 200])('%i teachers: each row read once, each replaced count written once', (teachers) => {
    const reports = schoolReports(teachers, NOW);
    const { work, rows } = merged(reports);
    expect(work.steps).toBeLessThanOrEqual(2 * rowsIn(reports));
    expect(work.comparisons).toBeLessThanOrEqual(2 * rows * Math.ceil(Math.log2(rows + 1)));
  });

  test('one chat reported by every teacher: its row lists every other report once, in the order loaded', () => {
    const reports = schoolReports(400, NOW).map((report) => ({ ...report, rows: report.rows.slice(-1) }));
    const work: MergeWork = { steps: 0, comparisons: 0 };
    const [row] = mergeReports(reports, work);
    expect(row.replaced).toHaveLength(399);
    expect(new Set(row.replaced.map((old) => old.teacher)).size).toBe(399);
    expect(work.steps).toBe(400 + 399);
  });

  test('100 teachers’ files: about 4,000 rows merge into one row per class and chat', () => {
    const reports = schoolReports(100, NOW);
    expect(rowsIn(reports)).toBe(4000);
    const rows = mergeReports(reports);
    // 40 classes × (students, parents, teachers, five subjects) less the slot the staff room takes, plus the staff room.
    expect(rows.length).toBeGreaterThan(300);
    expect(rows.at(-1)?.classKey).toBeNull();
    expect(rows.filter((row) => row.replaced.length > 0).length).toBeGreaterThan(200);
  });
});
