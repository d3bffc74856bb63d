/** The director's imported teacher reports (lib/school-report.ts): one per teacher, the newest file. */
import { reportId, teacherReportSchema, type TeacherReport } from './report';
import type { PartaDatabase } from '../db/open';
import { readValid, type Validated } from '../db/records';

interface StoredReport {
  id: string;
  report: TeacherReport;
}

function upgradeReport(raw: unknown): Validated<TeacherReport> {
  const report = teacherReportSchema.safeParse((raw as { report?: unknown } | undefined)?.report);
  return report.success ? { ok: true, record: report.data } : { ok: false };
}

export async function listReports(db: PartaDatabase): Promise<TeacherReport[]> {
  return readValid(await db.getAll('reports'), upgradeReport).records;
}

/**
 * Keeps the reports: a teacher's newer file replaces their older one; an older file than the one
 * kept changes nothing. Returns, per report, whether it was kept. One transaction.
 */
export async function saveReports(db: PartaDatabase, reports: readonly TeacherReport[]): Promise<boolean[]> {
  const tx = db.transaction('reports', 'readwrite');
  const kept: boolean[] = [];
  for (const report of reports) {
    const id = reportId(report);
    const known = upgradeReport(await tx.store.get(id));
    if (known.ok && known.record.exportedAt > report.exportedAt) {
      kept.push(false);
      continue;
    }
    const record: StoredReport = { id, report: teacherReportSchema.parse(report) };
    await tx.store.put(record);
    kept.push(true);
  }
  await tx.done;
  return kept;
}

export async function deleteReport(db: PartaDatabase, teacher: string): Promise<void> {
  await db.delete('reports', reportId({ teacher }));
}
