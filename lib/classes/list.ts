/** A class list as a teacher types it, with the subjects she teaches. Pure. */
import { classKey as classKeyOf } from './keys';
import type { TeacherClass } from './matcher';

/** «Математика: 7А, 7Б» — a subject, a colon, its classes. */
const SUBJECT_LINE = /^\s*([^:\n]{2,100}?)\s*:\s*(.+)$/;

/**
 * «5А, 7Б» or one per line → class inputs; a line «Математика: 7А, 7Б, 8В» gives those classes that
 * subject. The names that are not classes are reported.
 */
export function parseClassList(text: string, own: string): { classes: TeacherClass[]; names: Map<string, string>; bad: string[] } {
  const ownKey = classKeyOf(own);
  const classes: TeacherClass[] = [];
  const byKey = new Map<string, TeacherClass & { subjects: string[] }>();
  const names = new Map<string, string>();
  const bad: string[] = [];
  const add = (name: string, subject: string | null) => {
    const key = classKeyOf(name);
    if (!key) {
      bad.push(name);
      return;
    }
    let entry = byKey.get(key);
    if (!entry) {
      names.set(key, name);
      entry = { key, own: key === ownKey, subjects: [] };
      byKey.set(key, entry);
      classes.push(entry);
    }
    if (subject && !entry.subjects.includes(subject)) entry.subjects.push(subject);
  };
  for (const line of text.split('\n')) {
    const subjectLine = SUBJECT_LINE.exec(line);
    // «Математика: …» — unless what stands before the colon is itself a class («5А: …» is not a subject).
    const subject = subjectLine && !classKeyOf(subjectLine[1]) ? subjectLine[1].replace(/\s+/g, ' ') : null;
    for (const raw of (subject ? subjectLine![2] : line).split(/[,;]/)) {
      const name = raw.trim();
      if (name) add(name, subject);
    }
  }
  if (ownKey && !names.has(ownKey)) {
    names.set(ownKey, own.trim());
    classes.unshift({ key: ownKey, own: true, subjects: [] });
  }
  return { classes, names, bad };
}

/** The list as the teacher would type it again: the classes, then a line per subject. */
export function formatClassList(classes: readonly { name: string; subjects?: readonly string[] }[]): string {
  const bySubject = new Map<string, string[]>();
  for (const entry of classes) for (const subject of entry.subjects ?? []) bySubject.set(subject, [...(bySubject.get(subject) ?? []), entry.name]);
  const plain = classes.filter((entry) => (entry.subjects ?? []).length === 0).map((entry) => entry.name);
  return [...(plain.length > 0 ? [plain.join(', ')] : []), ...[...bySubject].map(([subject, names]) => `${subject}: ${names.join(', ')}`)].join('\n');
}
