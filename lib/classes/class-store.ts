/** The teacher's classes, as read from an e-journal or typed by the teacher. One transaction. */
import type { ClassInput } from './keys';
import type { PartaDatabase } from '../db/open';
import { readValid } from '../db/records';
import { CLASS_RECORD_VERSION, classRecordSchema, knownSince, upgradeClass, type ClassRecord } from './records';

/**
 * Replaces the classes from one source with a new reading: a journal page lists all of the
 * teacher's classes, so a class it no longer lists is gone. A class the teacher typed is never
 * replaced by a journal's reading of it; typing a class replaces the journal's.
 */
export async function replaceClasses(db: PartaDatabase, source: ClassRecord['source'], classes: readonly ClassInput[], now: number): Promise<void> {
  const tx = db.transaction('classes', 'readwrite');
  // Which classes the teacher leads may come from another page (МЭШ's «Журналы класса»): a list
  // that does not mark them keeps that knowledge.
  const ledBefore = new Set<string>();
  // Since when each class has been known, whatever wrote it: a re-read is not a new class.
  const since = new Map<string, number>();
  // What a re-read does not replace: the subjects the teacher typed, and those a page does not show.
  const before = new Map<string, ClassRecord>();
  for (const value of await tx.store.getAll()) {
    const upgraded = upgradeClass(value);
    if (upgraded.ok) since.set(upgraded.record.key, knownSince(upgraded.record));
    if (upgraded.ok) before.set(upgraded.record.key, upgraded.record);
    if (upgraded.ok && upgraded.record.source === source) {
      if (upgraded.record.own) ledBefore.add(upgraded.record.key);
      await tx.store.delete(upgraded.record.key);
    }
  }
  for (const entry of classes) {
    const existing = await tx.store.get(entry.key);
    const previous = existing === undefined ? null : upgradeClass(existing);
    // A class typed by the teacher and also read from a journal: the teacher's word wins.
    if (source === 'journal' && previous?.ok && previous.record.source === 'manual') continue;
    await tx.store.put(
      classRecordSchema.parse({
        v: CLASS_RECORD_VERSION,
        key: entry.key,
        name: entry.name.slice(0, 80) || entry.key,
        source,
        updatedAt: now,
        own: entry.own || (source === 'journal' && ledBefore.has(entry.key)),
        subjects: entry.keepSubjects ? (before.get(entry.key)?.subjects ?? []) : entry.subjects,
        since: since.get(entry.key) ?? now,
        ...typed(before.get(entry.key)),
      }),
    );
  }
  await tx.done;
}

/**
 * A journal page that shows only part of the picture: `some` adds the classes it shows (nothing
 * removed, a known class keeps what it knows); `own` marks the classes the teacher leads and
 * unmarks the other journal classes. A class the teacher typed is never changed by a journal.
 */
export async function noteClasses(db: PartaDatabase, scope: 'some' | 'own', classes: readonly ClassInput[], now: number): Promise<void> {
  const tx = db.transaction('classes', 'readwrite');
  const shown = new Map(classes.map((entry) => [entry.key, entry]));
  if (scope === 'own') {
    for (const value of await tx.store.getAll()) {
      const upgraded = upgradeClass(value);
      if (!upgraded.ok || upgraded.record.source !== 'journal' || !upgraded.record.own || shown.has(upgraded.record.key)) continue;
      await tx.store.put(classRecordSchema.parse({ ...upgraded.record, own: false, updatedAt: now }));
    }
  }
  for (const entry of classes) {
    const existing = await tx.store.get(entry.key);
    const previous = existing === undefined ? null : upgradeClass(existing);
    if (previous?.ok && previous.record.source === 'manual') continue;
    const known = previous?.ok ? previous.record : null;
    await tx.store.put(
      classRecordSchema.parse({
        v: CLASS_RECORD_VERSION,
        key: entry.key,
        name: (known?.name ?? entry.name).slice(0, 80) || entry.key,
        source: 'journal',
        updatedAt: now,
        // A page may say a class is the teacher's own (Дневник.ру's class teacher); none unsays it.
        own: scope === 'own' ? true : (known?.own ?? false) || entry.own,
        subjects: [...new Set([...(known?.subjects ?? []), ...entry.subjects])].slice(0, 50),
        since: known ? knownSince(known) : now,
        ...typed(known),
      }),
    );
  }
  await tx.done;
}

/** The typed subjects of a record, to carry over. */
function typed(record: ClassRecord | null | undefined): Pick<ClassRecord, 'typedSubjects'> {
  return record?.typedSubjects?.length ? { typedSubjects: record.typedSubjects } : {};
}

/**
 * The subjects the teacher teaches in a class, as typed: kept beside what journals read (a
 * journal's re-read never drops them). A class not known yet is added as typed. Empty forgets them.
 */
export async function saveTypedSubjects(db: PartaDatabase, key: string, subjects: readonly string[], now: number): Promise<void> {
  const clean = [...new Set(subjects.map((subject) => subject.replace(/\s+/g, ' ').trim().slice(0, 100)).filter(Boolean))].slice(0, 50);
  const tx = db.transaction('classes', 'readwrite');
  const existing = await tx.store.get(key);
  const previous = existing === undefined ? null : upgradeClass(existing);
  const base: ClassRecord = previous?.ok
    ? previous.record
    : { v: CLASS_RECORD_VERSION, key, name: key, source: 'manual', updatedAt: now, own: false, subjects: [], since: now };
  const { typedSubjects: _dropped, ...rest } = base;
  await tx.store.put(classRecordSchema.parse({ ...rest, updatedAt: now, ...(clean.length > 0 ? { typedSubjects: clean } : {}) }));
  await tx.done;
}

export async function listClasses(db: PartaDatabase): Promise<ClassRecord[]> {
  return readValid(await db.getAll('classes'), upgradeClass).records;
}
