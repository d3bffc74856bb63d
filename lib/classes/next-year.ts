/**
 * The new school year: a class's name one year later, written the same way as given —
 * «5А» → «6А», «5 «Б»» → «6 «Б»», «9-в» → «10-в», «Родители 5А» → «Родители 6А», «5-й класс» →
 * «6-й класс», «3» → «4» (a class with no letter); null when the class leaves (after the 11th grade, or the text names no class). A
 * college group keeps its name («ИСП-22-1»: the year in it is the year it started). Pure.
 */
import { findClassInField } from './keys';

/** The last grade of a Russian school: after it, the class leaves. */
export const LAST_GRADE = 11;

/** `name` is a field holding a class name (or a chat title naming one): a bare grade «3» counts. */
export function nextYearClass(name: string): string | null {
  if (typeof name !== 'string') return null;
  const found = findClassInField(name);
  if (!found) return null;
  const grade = /^\d+/.exec(found.key);
  if (!grade) return name; // a college group
  const next = Number(grade[0]) + 1;
  if (next > LAST_GRADE) return null;
  // Only the grade's digits change; letters, quotes, dashes, «класс» stay as written.
  const span = name.slice(found.index, found.index + found.length);
  const moved = span.replace(/1[01]|[1-9]/, String(next));
  return name.slice(0, found.index) + moved + name.slice(found.index + found.length);
}
