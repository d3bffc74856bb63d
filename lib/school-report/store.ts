/** The director's imported teacher reports (lib/school-report/report.ts): one per teacher, the newest file. */
import { isTeacherReport } from './check';
import { reportId, type TeacherReport } from './report';
import type { PartaDatabase } from '../db/open';
import { readValid, type Validated } from '../db/records';

interface StoredReport {
  id: string;
  report: TeacherReport;
}

function upgradeReport(raw: unknown): Validated<TeacherReport> {
  const report = isTeacherReport((raw as { report?: unknown } | undefined)?.report);
  return report ? { ok: true, record: (raw as StoredReport).report } : { ok: false };
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
  const ids = reports.map(reportId);
  // Every teacher's stored report asked at once (one round trip, not one per file), then decided
  // in the files' order: two files of one teacher in one choice behave as one after the other.
  const stored = await Promise.all([...new Set(ids)].map(async (id) => [id, upgradeReport(await tx.store.get(id))] as const));
  const current = new Map<string, TeacherReport>();
  for (const [id, known] of stored) if (known.ok) current.set(id, known.record);
  const changed = new Map<string, TeacherReport>();
  const kept = reports.map((report, index) => {
    const known = current.get(ids[index]);
    if (known && known.exportedAt > report.exportedAt) return false;
    current.set(ids[index], report);
    changed.set(ids[index], report);
    return true;
  });
  // A report comes from readTeacherReport (checked as it was read); it is checked again when read back.
  await Promise.all([...changed].map(([id, report]) => tx.store.put({ id, report } satisfies StoredReport)));
  await tx.done;
  return kept;
}

export async function deleteReport(db: PartaDatabase, teacher: string): Promise<void> {
  await db.delete('reports', reportId({ teacher }));
}
