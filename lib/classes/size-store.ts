/** Class sizes: a journal page's reading, or the teacher's typed number, which wins. */
import type { PartaDatabase } from '../db/open';
import { readValid } from '../db/records';
import { CLASS_SIZE_RECORD_VERSION, classSizeRecordSchema, upgradeClassSize, type ClassSizeRecord } from './records';

export async function listClassSizes(db: PartaDatabase): Promise<ClassSizeRecord[]> {
  return readValid(await db.getAll('classSizes'), upgradeClassSize).records;
}

/**
 * Sets the sizes from one source. A journal's reading never replaces a typed size; a typed `null`
 * forgets the teacher's number (the journal's may come back). One transaction.
 */
export async function saveClassSizes(
  db: PartaDatabase,
  source: ClassSizeRecord['source'],
  sizes: readonly { key: string; size: number | null }[],
  now: number,
): Promise<void> {
  const tx = db.transaction('classSizes', 'readwrite');
  for (const { key, size } of sizes) {
    const existing = await tx.store.get(key);
    const previous = existing === undefined ? null : upgradeClassSize(existing);
    if (source === 'journal' && previous?.ok && previous.record.source === 'manual') continue;
    if (size === null) {
      if (source === 'manual') await tx.store.delete(key);
      continue;
    }
    await tx.store.put(classSizeRecordSchema.parse({ v: CLASS_SIZE_RECORD_VERSION, key, size, source, updatedAt: now }));
  }
  await tx.done;
}
