/**
 * Matching people's names as chats and journals write them (leavers): «Иванов Иван»,
 * «Иван Иванов», «Иванов И. И.», «ИВАНОВ иван иванович», «Иванов И.И.», «И. Иванов», with ё or е,
 * any case, extra spaces. Two names are the same person when every full word of the shorter is in
 * the longer, each initial stands for a word of the other not already matched, and at least a
 * surname-like word and one more part agree. Pure; linear in the names' lengths.
 */

export interface NameParts {
  /** Lower-cased full words (ё → е), in order. */
  words: string[];
  /** First letters written as initials («И.», «И.И.»). */
  initials: string[];
}

export function nameParts(name: string): NameParts {
  const words: string[] = [];
  const initials: string[] = [];
  const lower = name.toLowerCase().replace(/ё/g, 'е').slice(0, 200);
  // «И.И.» → two initials; «Анна-Мария» stays one word.
  for (const token of lower.split(/[\s,]+|(?<=\.)(?=\p{L})/u)) {
    const letters = token.replace(/[^\p{L}-]/gu, '').replace(/^-+|-+$/g, '');
    if (!letters) continue;
    if (letters.length === 1) initials.push(letters);
    else words.push(letters);
  }
  return { words, initials };
}

/** A name as a chat writes it, for comparing the same writing (violations, blocks): trimmed, case and ё aside. */
export const personKey = (person: string) => person.trim().toLowerCase().replace(/ё/g, 'е').replace(/\s+/g, ' ');

/** The key of a name for lists: its words and initials, sorted («иван иванов»). */
export function nameKey(name: string): string {
  const { words, initials } = nameParts(name);
  return [...words, ...initials].sort().join(' ');
}

function covers(long: NameParts, short: NameParts): boolean {
  const unused = [...long.words];
  let matched = 0;
  for (const word of short.words) {
    const at = unused.indexOf(word);
    if (at < 0) return false;
    unused.splice(at, 1);
    matched++;
  }
  if (matched === 0) return false; // initials alone name nobody
  // Each initial stands for a remaining word of the other (or the same initial). When the other
  // has no part left, the initial is one it does not write (a patronymic): no contradiction.
  const longInitials = [...long.initials];
  for (const initial of short.initials) {
    const word = unused.findIndex((candidate) => candidate.startsWith(initial));
    const same = longInitials.indexOf(initial);
    if (word >= 0) unused.splice(word, 1);
    else if (same >= 0) longInitials.splice(same, 1);
    else if (unused.length > 0 || longInitials.length > 0) return false;
  }
  return matched + short.initials.length >= Math.min(2, long.words.length + long.initials.length);
}

/**
 * A name word without its case ending, so that a nominative and the accusative chats write for
 * the object of «пригласил(а) …», «исключил(а) …» meet: Иван/Ивана, Сидоров/Сидорова, Анна/Анну,
 * Мария/Марию, Андрей/Андрея, Игорь/Игоря, Лесная/Лесную, Ким/Ким → the same stem.
 */
export function nameStem(word: string): string {
  return word
    .split('-')
    .map((part) => part.replace(/(?:ая|яя|ую|юю|ый|ий|ой|ого|его|[аяуюйь])$/u, ''))
    .join('-');
}

export interface NameMatchOptions {
  /** `b` is written in the accusative (the object of a service line); `a` is a nominative name. */
  bAccusative?: boolean;
}

/** Whether two written names are the same person (see the module's note). */
export function sameName(a: string, b: string, options: NameMatchOptions = {}): boolean {
  if (options.bAccusative && sameName(stemmedName(a), stemmedName(b))) return true;
  const left = nameParts(a);
  const right = nameParts(b);
  if (left.words.length + left.initials.length === 0 || right.words.length + right.initials.length === 0) return false;
  // The side with fewer full words is matched into the other.
  return left.words.length <= right.words.length ? covers(right, left) || covers(left, right) : covers(left, right) || covers(right, left);
}

/** A name with each full word cut to its stem (`nameStem`); initials stay. */
function stemmedName(name: string): string {
  return name
    .toLowerCase()
    .replace(/ё/g, 'е')
    .slice(0, 200)
    .replace(/\p{L}[\p{L}-]+/gu, nameStem);
}

/** The first of `names` that `written` names, or null. `accusative`: `written` is the object of a service line. */
export function findName<T extends { name: string }>(written: string, names: readonly T[], accusative = false): T | null {
  for (const entry of names) if (sameName(entry.name, written, { bAccusative: accusative })) return entry;
  return null;
}
