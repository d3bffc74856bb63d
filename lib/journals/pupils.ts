/**
 * How many pupils a class's journal page lists, where no adapter knows its markup: one row per
 * pupil, each naming them («Иванов Иван», «Иванова-Петрова Анна Сергеевна», «Иванов И. И.»). The
 * names are counted in the column that holds the most distinct ones — elements with the same tag
 * path — so a teacher's name in the header or a parent's in a side panel does not join the class.
 * A reading by shape, not by a known selector: the caller says it is unconfirmed. Pure (DOM
 * reading only), one pass over the page's leaf elements.
 */
import { MAX_CLASS_SIZE } from '../classes/keys';
import { nameKey, sameName } from '../moderation/names';

/** Fewer names than this in one column is a list of something else (a class has more pupils). */
export const MIN_PUPILS = 5;

const WORD = String.raw`\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?`;
const INITIALS = String.raw`\p{Lu}\.\s?(?:\p{Lu}\.)?`;
/** Surname and name (and patronymic), or surname and initials; capitalised words only, no digits. */
const NAME_SHAPE = new RegExp(String.raw`^${WORD}\s+(?:${WORD}(?:\s+${WORD})?|${INITIALS})$`, 'u');

/** Where pupils' names may stand: cells and the short elements inside them. */
const CANDIDATES = 'td, th, a, span, div, li, p, [role="rowheader"], [role="gridcell"], [role="cell"]';

/** The element's tag path (itself and three ancestors, with roles): one column shares it. */
function pathOf(element: Element): string {
  let path = '';
  let current: Element | null = element;
  for (let depth = 0; current && depth < 4; depth++, current = current.parentElement) {
    const role = current.getAttribute('role');
    path += `${current.localName}${role ? `[${role}]` : ''}/`;
  }
  return path;
}

/** Whether a text reads as a person's name as a journal lists pupils. */
export function looksLikePupilName(text: string): boolean {
  return text.length <= 60 && NAME_SHAPE.test(text);
}

/**
 * The pupils the page lists, one name each (as first written), or null when it lists no class (fewer
 * than `MIN_PUPILS` names in any column, or more than any class holds). `exclude`: names that are not
 * pupils (the class teacher the page names).
 */
export function readPupilColumn(root: ParentNode, exclude: readonly string[] = []): string[] | null {
  const columns = new Map<string, Map<string, string>>();
  for (const element of root.querySelectorAll(CANDIDATES)) {
    // The innermost element holding the name: a cell wrapping a link is read through the link.
    if (element.childElementCount > 0) continue;
    const text = (element.textContent ?? '').replace(/\s+/g, ' ').trim();
    if (!looksLikePupilName(text)) continue;
    // Matched as names are («Петрова А. С.» is «Петрова Анна Сергеевна»); the list is one or two long.
    if (exclude.some((name) => sameName(name, text))) continue;
    const key = nameKey(text);
    const path = pathOf(element);
    let names = columns.get(path);
    if (!names) columns.set(path, (names = new Map()));
    if (!names.has(key)) names.set(key, text);
  }
  let best: Map<string, string> | null = null;
  for (const names of columns.values()) if (!best || names.size > best.size) best = names;
  return best && best.size >= MIN_PUPILS && best.size <= MAX_CLASS_SIZE ? [...best.values()] : null;
}

/** The number of distinct pupils the page lists, or null when it lists no class (see `readPupilColumn`). */
export function countPupils(root: ParentNode, exclude: readonly string[] = []): number | null {
  return readPupilColumn(root, exclude)?.length ?? null;
}
