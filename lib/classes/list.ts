/** A class list as a teacher types it. Pure. */
import { classKey as classKeyOf } from './keys';
import type { TeacherClass } from './matcher';

/** «5А, 7Б» or one per line → class inputs; the ones that are not classes are reported. */
export function parseClassList(text: string, own: string): { classes: TeacherClass[]; names: Map<string, string>; bad: string[] } {
  const ownKey = classKeyOf(own);
  const classes: TeacherClass[] = [];
  const names = new Map<string, string>();
  const bad: string[] = [];
  for (const raw of text.split(/[,;\n]/)) {
    const name = raw.trim();
    if (!name) continue;
    const key = classKeyOf(name);
    if (!key) bad.push(name);
    else if (!names.has(key)) {
      names.set(key, name);
      classes.push({ key, own: key === ownKey, subjects: [] });
    }
  }
  if (ownKey && !names.has(ownKey)) {
    names.set(ownKey, own.trim());
    classes.unshift({ key: ownKey, own: true, subjects: [] });
  }
  return { classes, names, bad };
}

